#pragma once

// What the store's classes share to speak SQL: the query wrapper, the encodings of values in
// columns, and the SQL fragments more than one class uses. Their headers only forward-declare
// Statement, so no caller outside the store sees QSqlQuery.

#include "domain/paper.h"
#include "domain/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace PaperSift {

class Database;

/// One SQL statement with its positional bindings.
struct Statement
{
    QString sql;
    QVariantList values;
};

namespace Sql {

/// A prepared forward-only statement whose failures become the Database's actionable errors.
class Query
{
public:
    Query(const Database &db, const QString &sql, QString doing);

    /// Binds `values` in order and runs the statement. A null QString binds as '' (text columns
    /// are NOT NULL); SQL NULL is an invalid QVariant, or a null one of the column's type.
    Status run(const QVariantList &values = {});

    bool next() { return m_query.next(); }
    /// After next() returned false: the error that ended the rows early, if one did.
    std::optional<Error> stepError() const;
    QVariant value(int i) const { return m_query.value(i); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QVariant lastInsertId() const { return m_query.lastInsertId(); }
    void finish() { m_query.finish(); }
    /// After a failed run(): whether a constraint (foreign key, NOT NULL, unique) refused it.
    bool violatedConstraint() const;

private:
    const Database &m_db;
    QSqlQuery m_query;
    QString m_doing;
    bool m_prepared = false;
};

// ---- values in columns: days and instants as ISO text, lists as JSON ----

QVariant dayValue(const QDate &day); ///< NULL for an invalid day
QVariant instantValue(const QDateTime &t); ///< in UTC with milliseconds; NULL when invalid
QString dayString(const QDate &day);
QDate dayFrom(const QVariant &v);
QDateTime instantFrom(const QVariant &v);
QVariant optionalInt(const std::optional<int> &v); ///< a null int when empty
std::optional<int> intFrom(const QVariant &v);
QString jsonList(const QStringList &list);
QStringList listFromJson(const QVariant &v);
QStringList listFromJson(const QString &text);

// ---- fragments of SQL ----

/// The order in which a paper's listings of one day count as its main listing (new, cross,
/// replace, replace-cross, other), as an SQL expression over the announce type in `column`.
QString typeRank(const QString &column);
/// " AND column IN ('new','cross')" for these types; empty for none (no filter).
QString typeFilter(const QString &column, const QList<AnnounceType> &types);

} // namespace Sql
} // namespace PaperSift
