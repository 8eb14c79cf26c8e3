#pragma once
// Reading a whole library's rows without a QVariant per cell: for the few statements that step
// through 200,000 rows (LibraryQuery::listedPapers). The engine makes the backend
// (Engine::cursor()): SQLite steps its own statement on the Qt driver's sqlite3 handle and hands
// out the row's UTF-8 text as it lies in SQLite's memory; any other engine wraps a QSqlQuery.

#include "domain/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QHash>
#include <QString>
#include <QVariant>

#include <memory>

namespace PaperSift {

class Database;

/// What an engine does for a RowCursor: prepare, bind, step, read a column of the current row.
class CursorBackend
{
public:
    virtual ~CursorBackend() = default;
    /// Prepares `sql` and binds `values` as Sql::Query does (a null QString binds as ''), then
    /// runs it up to its first row. An error says what failed, in the engine's words.
    virtual Status start(const QString &sql, const QVariantList &values, const QString &doing) = 0;
    /// The next row; false at the end or on an error (then error() holds it).
    virtual bool next() = 0;
    virtual std::optional<Error> error(const QString &doing) const = 0;
    virtual bool isNull(int column) const = 0;
    /// The column's text as UTF-8, valid until next().
    virtual QByteArrayView utf8(int column) const = 0;
    virtual QString text(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
};

/// A forward-only SELECT whose columns are read as text, integers and days.
class RowCursor
{
public:
    RowCursor(const Database &db, QString sql, QString doing);
    ~RowCursor();

    Status run(const QVariantList &values = {});
    bool next() { return m_backend->next(); }
    /// After next() returned false: success at the end of the rows, or the error that stopped it.
    Status finished() const;

    bool isNull(int column) const { return m_backend->isNull(column); }
    QByteArrayView utf8(int column) const { return m_backend->utf8(column); }
    QString text(int column) const { return m_backend->text(column); }
    qint64 integer(int column) const { return m_backend->integer(column); }
    std::optional<int> optionalInt(int column) const;
    /// A day stored as ISO text ("2025-06-16"); invalid for NULL or anything else.
    QDate day(int column) const;

private:
    std::unique_ptr<CursorBackend> m_backend;
    QString m_sql;
    QString m_doing;
};

/// One QString per distinct text: the few dozen categories, types, models and criteria hashes
/// that 200,000 rows repeat are then stored once and shared. Looks up by UTF-8 without copying.
class TextInterner
{
public:
    /// A copy sharing the one string, not a reference: QHash moves its entries as it grows.
    QString intern(QByteArrayView utf8);

private:
    QHash<QByteArray, QString> m_texts;
};

/// The QSqlQuery backend, for engines without a faster path (PostgreSQL).
std::unique_ptr<CursorBackend> makeQueryCursor(const Database &db);

} // namespace PaperSift
