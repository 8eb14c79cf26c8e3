#include "sqlitecursor.h"

#include "database.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {

class SqliteCursor final : public CursorBackend
{
public:
    SqliteCursor(const Database &db, sqlite3 *handle)
        : m_db(db)
        , m_handle(handle)
    {
    }
    ~SqliteCursor() override { sqlite3_finalize(m_statement); }

    Status start(const QString &sql, const QVariantList &values, const QString &doing) override
    {
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v3(m_handle, text.constData(), int(text.size()), 0, &m_statement, nullptr) != SQLITE_OK)
            return failure(doing);
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (bind(int(i) + 1, values.at(i)) != SQLITE_OK)
                return failure(doing);
        }
        return success();
    }

    bool next() override
    {
        m_result = sqlite3_step(m_statement);
        return m_result == SQLITE_ROW;
    }

    std::optional<Error> error(const QString &doing) const override
    {
        if (m_result == SQLITE_DONE || m_result == SQLITE_ROW)
            return std::nullopt;
        return failure(doing);
    }

    bool isNull(int column) const override { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    QByteArrayView utf8(int column) const override
    {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QByteArrayView(bytes, sqlite3_column_bytes(m_statement, column));
    }
    QString text(int column) const override { return QString::fromUtf8(utf8(column)); }
    qint64 integer(int column) const override { return sqlite3_column_int64(m_statement, column); }

private:
    int bind(int index, const QVariant &v)
    {
        if (v.isNull() && v.typeId() != QMetaType::QString)
            return sqlite3_bind_null(m_statement, index);
        switch (v.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            return sqlite3_bind_int64(m_statement, index, v.toLongLong());
        case QMetaType::Double:
            return sqlite3_bind_double(m_statement, index, v.toDouble());
        case QMetaType::QByteArray: {
            const QByteArray blob = v.toByteArray();
            return sqlite3_bind_blob64(
                m_statement, index, blob.constData(), sqlite3_uint64(blob.size()), SQLITE_TRANSIENT);
        }
        default: {
            // Text, and a null QString as '' (text columns are NOT NULL), as Sql::Query binds them.
            const QByteArray text = v.toString().toUtf8();
            return sqlite3_bind_text64(
                m_statement, index, text.constData(), sqlite3_uint64(text.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
        }
        }
    }

    Error failure(const QString &doing) const
    {
        // The driver's shape of an error (its code as the native code), so the engine words it
        // as it words every other: busy, read-only, full disk, not a database.
        const QSqlError error(u"Unable to step the statement"_s, QString::fromUtf8(sqlite3_errmsg(m_handle)),
            QSqlError::StatementError, QString::number(sqlite3_extended_errcode(m_handle)));
        return m_db.errorFor(error, doing);
    }

    const Database &m_db;
    sqlite3 *m_handle;
    sqlite3_stmt *m_statement = nullptr;
    int m_result = SQLITE_OK;
};

} // namespace

std::unique_ptr<CursorBackend> makeSqliteCursor(const Database &db)
{
    // Qt hands out its connection's handle as a QVariant holding a sqlite3* (QSqlDriver::handle).
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *h = *static_cast<sqlite3 *const *>(handle.constData());
    if (!h)
        return nullptr;
    return std::make_unique<SqliteCursor>(db, h);
}

} // namespace PaperSift
