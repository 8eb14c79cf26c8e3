#pragma once

#include "domain/result.h"

#include <QList>
#include <QString>

#include <functional>

namespace PaperSift {

class Database;

/// How many rows of one table the source had, and how many the destination has after the copy.
struct TableCount
{
    QString table;
    qint64 source = 0;
    qint64 destination = 0;
};

/// Copies a library into another, across engines (SQLite ↔ PostgreSQL): papers and their
/// versions, listings, feed states, criteria, runs, scores and the copying reader's own marks
/// (a shared library's other readers keep theirs). Rows keep their ids, so the copy is the same
/// library. Resumable: rows go over in chunks of one transaction each and a row already there is
/// skipped, so a copy interrupted at any point is finished by running it again. At the end every
/// table's count is checked: the destination holds at least every row of the source.
class LibraryCopy
{
public:
    LibraryCopy(Database &source, Database &destination);

    /// Called after each chunk: the table and how many of its rows are done.
    void setProgressCallback(std::function<void(const QString &table, qint64 done, qint64 total)> callback);

    /// Copies everything, then checks the counts; an error says which table fell short.
    Result<QList<TableCount>> run();

private:
    Result<qint64> copyTable(const QString &table, const QStringList &columns, const QString &order,
        const QString &where, const QVariantList &whereValues, int userColumn);
    Result<qint64> count(Database &db, const QString &table, const QString &where, const QVariantList &values) const;

    Database &m_source;
    Database &m_destination;
    std::function<void(const QString &, qint64, qint64)> m_progress;
};

} // namespace PaperSift
