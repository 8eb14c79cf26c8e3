#include "sqlsupport.h"

#include "database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace PaperSift::Sql {

using namespace Qt::StringLiterals;

// ---- Query ----------------------------------------------------------------------------------

Query::Query(const Database &db, const QString &sql, QString doing)
    : m_db(db)
    , m_query(db.connection())
    , m_doing(std::move(doing))
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

Status Query::run(const QVariantList &values)
{
    if (!m_prepared)
        return m_db.errorFor(m_query, m_doing);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        // Text columns are NOT NULL: an absent QString is the empty text, not NULL.
        if (v.typeId() == QMetaType::QString && get<QString>(v).isNull())
            m_query.bindValue(int(i), QString(""_L1)); // empty, not null
        else
            m_query.bindValue(int(i), v);
    }
    if (!m_query.exec()) {
        Error error = m_db.errorFor(m_query, m_doing);
        m_db.abortTransaction();
        return error;
    }
    return success();
}

std::optional<Error> Query::stepError() const
{
    if (!m_query.lastError().isValid())
        return std::nullopt;
    return m_db.errorFor(m_query, m_doing);
}

bool Query::violatedConstraint() const
{
    return m_db.engine().violatedConstraint(m_query.lastError());
}

// ---- values ---------------------------------------------------------------------------------

namespace {
// SQL NULL. (A null QString would bind as NULL too; Query::run binds those as '' instead.)
QVariant nullString()
{
    return QVariant();
}
} // namespace

QVariant dayValue(const QDate &day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate)) : nullString();
}

QVariant instantValue(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : nullString();
}

QString dayString(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

QDate dayFrom(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QDateTime instantFrom(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

QVariant optionalInt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}

std::optional<int> intFrom(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt();
}

QString jsonList(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QVariant &v)
{
    return listFromJson(v.toString());
}

QStringList listFromJson(const QString &text)
{
    QStringList out;
    // What jsonList() writes: ["a","b"]. Without a backslash no name holds a quote, so splitting
    // on "," is exact, and several times quicker than a JSON parse over a whole library.
    if (text == "[]"_L1)
        return out;
    if (text.startsWith("[\""_L1) && text.endsWith("\"]"_L1) && !text.contains(u'\\')) {
        const QStringView inner = QStringView(text).sliced(2, text.size() - 4);
        for (const QStringView name : inner.tokenize("\",\""_L1))
            out.append(name.toString());
        return out;
    }
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    out.reserve(array.size());
    for (const QJsonValue &e : array)
        out.append(e.toString());
    return out;
}

// ---- fragments ------------------------------------------------------------------------------

QString typeRank(const QString &column)
{
    return u"CASE %1 WHEN 'new' THEN 0 WHEN 'cross' THEN 1 WHEN 'replace' THEN 2 "
           "WHEN 'replace-cross' THEN 3 ELSE 4 END"_s.arg(column);
}

QString typeFilter(const QString &column, const QList<AnnounceType> &types)
{
    if (types.isEmpty())
        return {};
    // Names from the enum, never user text: nothing to bind.
    QStringList names;
    for (AnnounceType t : types)
        names.append(u"'"_s + announceTypeName(t) + u"'"_s);
    return u" AND %1 IN (%2)"_s.arg(column, names.join(u','));
}

} // namespace PaperSift::Sql
