#include "rowcursor.h"

#include "database.h"
#include "engine.h"
#include "sqlsupport.h"

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {

class QueryCursor final : public CursorBackend
{
public:
    explicit QueryCursor(const Database &db)
        : m_db(db)
    {
    }

    Status start(const QString &sql, const QVariantList &values, const QString &doing) override
    {
        m_query.emplace(m_db, sql, doing);
        return m_query->run(values);
    }
    bool next() override
    {
        if (!m_query->next())
            return false;
        m_utf8.clear();
        return true;
    }
    std::optional<Error> error(const QString &) const override { return m_query ? m_query->stepError() : std::nullopt; }
    bool isNull(int column) const override { return m_query->value(column).isNull(); }
    QByteArrayView utf8(int column) const override
    {
        // Kept until the next row, as the SQLite backend's bytes are.
        return m_utf8[column] = m_query->value(column).toString().toUtf8();
    }
    QString text(int column) const override { return m_query->value(column).toString(); }
    qint64 integer(int column) const override { return m_query->value(column).toLongLong(); }

private:
    const Database &m_db;
    std::optional<Sql::Query> m_query;
    mutable QHash<int, QByteArray> m_utf8;
};

int digits(QByteArrayView s, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

std::unique_ptr<CursorBackend> makeQueryCursor(const Database &db)
{
    return std::make_unique<QueryCursor>(db);
}

RowCursor::RowCursor(const Database &db, QString sql, QString doing)
    : m_backend(db.engine().cursor(db))
    , m_sql(std::move(sql))
    , m_doing(std::move(doing))
{
}

RowCursor::~RowCursor() = default;

Status RowCursor::run(const QVariantList &values)
{
    return m_backend->start(m_sql, values, m_doing);
}

Status RowCursor::finished() const
{
    if (std::optional<Error> e = m_backend->error(m_doing))
        return *e;
    return success();
}

std::optional<int> RowCursor::optionalInt(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int(integer(column));
}

QDate RowCursor::day(int column) const
{
    // "yyyy-MM-dd", parsed by hand: QDate::fromString's format machinery, 200,000 times, showed
    // in the profile.
    const QByteArrayView s = utf8(column);
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return {};
    const int y = digits(s, 0, 4), m = digits(s, 5, 2), d = digits(s, 8, 2);
    if (y < 0 || m < 0 || d < 0)
        return {};
    return QDate(y, m, d);
}

QString TextInterner::intern(QByteArrayView utf8)
{
    const QByteArray key = QByteArray::fromRawData(utf8.data(), utf8.size());
    auto it = m_texts.find(key);
    if (it == m_texts.end())
        it = m_texts.insert(QByteArray(utf8.data(), utf8.size()), QString::fromUtf8(utf8)); // its own copy
    return *it;
}

} // namespace PaperSift
