#include "librarycopy.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {

constexpr int chunkRows = 500; // rows per transaction: what an interrupted copy may have to redo
constexpr int rowsPerInsert = 50; // rows per INSERT statement: one round trip to a server for many rows

struct TableSpec
{
    QString table;
    QStringList columns;
    QString order;
    /// The reader's own tables (marks, imported ratings, ranking): only the copying reader's rows,
    /// under the destination's user; db_user is their first column.
    bool personal = false;
};

// In the order the foreign keys need. Columns are the same on both engines (PostgreSQL's search
// vector is made again by its trigger; SQLite's FTS index by its own).
const QList<TableSpec> &tables()
{
    static const QList<TableSpec> list = {
        { u"papers"_s,
            { u"pk"_s, u"id"_s, u"version"_s, u"title"_s, u"title_raw"_s, u"authors"_s, u"authors_raw"_s,
                u"affiliations"_s, u"abstract"_s, u"abstract_raw"_s, u"categories"_s, u"primary_category"_s,
                u"comments"_s, u"journal_ref"_s, u"doi"_s, u"published"_s, u"updated"_s, u"first_announced"_s,
                u"last_seen"_s, u"updated_flag"_s, u"replaced_at"_s },
            u"pk"_s },
        { u"paper_versions"_s,
            { u"paper_id"_s, u"version"_s, u"title"_s, u"authors"_s, u"abstract"_s, u"comments"_s, u"updated"_s,
                u"announced"_s, u"first_seen"_s },
            u"paper_id, version"_s },
        { u"listings"_s, { u"day"_s, u"category"_s, u"paper_id"_s, u"announce_type"_s, u"version"_s },
            u"day, category, paper_id"_s },
        { u"feed_state"_s,
            { u"url"_s, u"etag"_s, u"last_modified"_s, u"feed_day"_s, u"ids_hash"_s, u"ids"_s, u"fetched_at"_s },
            u"url"_s },
        { u"criteria"_s, { u"sha256"_s, u"text"_s, u"created"_s, u"rowid"_s }, u"rowid"_s },
        { u"runs"_s,
            { u"id"_s, u"day"_s, u"categories"_s, u"announce_types"_s, u"model"_s, u"criteria_sha256"_s,
                u"prompt_version"_s, u"total_papers"_s, u"scanned_papers"_s, u"relevant_papers"_s, u"prompt_tokens"_s,
                u"cached_tokens"_s, u"completion_tokens"_s, u"cost_usd"_s, u"status"_s, u"error"_s, u"started"_s,
                u"finished"_s, u"state"_s },
            u"id"_s },
        { u"scores"_s,
            { u"id"_s, u"paper_id"_s, u"paper_version"_s, u"criteria_sha256"_s, u"model"_s, u"prompt_version"_s,
                u"relevance"_s, u"novelty"_s, u"comment"_s, u"unscored_reason"_s, u"prompt_tokens"_s,
                u"cached_tokens"_s, u"completion_tokens"_s, u"run_id"_s, u"scored_at"_s },
            u"id"_s },
        { u"user_state"_s,
            { u"db_user"_s, u"paper_id"_s, u"read"_s, u"starred"_s, u"rating"_s, u"note"_s, u"updated"_s },
            u"paper_id"_s, true },
        { u"outside_ratings"_s,
            { u"db_user"_s, u"paper_id"_s, u"liked"_s, u"title"_s, u"authors"_s, u"abstract"_s, u"categories"_s,
                u"rated"_s },
            u"paper_id"_s, true },
        { u"learned_models"_s,
            { u"db_user"_s, u"version"_s, u"trained"_s, u"liked"_s, u"disliked"_s, u"folds"_s, u"precision_learned"_s,
                u"precision_keyword"_s, u"trained_on"_s, u"model"_s },
            u"db_user"_s, true },
        { u"rules"_s, { u"db_user"_s, u"action"_s, u"query"_s, u"created"_s }, u"id"_s, true },
    };
    return list;
}

QString insertStatement(const QString &table, const QStringList &columns, int rows)
{
    const QString row = u'(' + QStringList(columns.size(), u"?"_s).join(u", "_s) + u')';
    return u"INSERT INTO %1 (%2) VALUES %3 ON CONFLICT DO NOTHING"_s.arg(
        table, columns.join(u", "_s), QStringList(rows, row).join(u", "_s));
}

} // namespace

LibraryCopy::LibraryCopy(Database &source, Database &destination)
    : m_source(source)
    , m_destination(destination)
{
}

void LibraryCopy::setProgressCallback(std::function<void(const QString &, qint64, qint64)> callback)
{
    m_progress = std::move(callback);
}

Result<qint64> LibraryCopy::count(
    Database &db, const QString &table, const QString &where, const QVariantList &values) const
{
    auto rows = db.exec(u"SELECT count(*) FROM %1%2"_s.arg(table, where), values);
    if (!rows)
        return rows.error();
    return rows->value(0).value(0).toLongLong();
}

Result<qint64> LibraryCopy::copyTable(const QString &table, const QStringList &columns, const QString &order,
    const QString &where, const QVariantList &whereValues, int userColumn)
{
    auto total = count(m_source, table, where, whereValues);
    if (!total)
        return total.error();
    // Raw queries: a copy keeps NULLs as NULLs (Sql::Query binds an absent text as '').
    QSqlQuery read(m_source.connection());
    read.setForwardOnly(true);
    if (!read.prepare(u"SELECT %1 FROM %2%3 ORDER BY %4"_s.arg(columns.join(u", "_s), table, where, order)))
        return m_source.errorFor(read, u"reading %1"_s.arg(table));
    for (const QVariant &v : whereValues)
        read.addBindValue(v);
    if (!read.exec())
        return m_source.errorFor(read, u"reading %1"_s.arg(table));
    // Every row is read before the first write: the source's connection may be the destination's server.
    QList<QVariantList> rows;
    while (read.next()) {
        QVariantList row;
        row.reserve(columns.size());
        for (int i = 0; i < columns.size(); ++i)
            row.append(i == userColumn ? QVariant(m_destination.userName()) : read.value(i));
        rows.append(std::move(row));
    }
    read.finish();

    QSqlQuery many(m_destination.connection());
    if (!many.prepare(insertStatement(table, columns, rowsPerInsert)))
        return m_destination.errorFor(many, u"copying %1"_s.arg(table));
    qint64 done = 0;
    while (done < rows.size()) {
        Database::Transaction tx(m_destination);
        if (Status s = tx.begin(); !s)
            return s.error();
        const qint64 chunkEnd = qMin<qint64>(rows.size(), done + chunkRows);
        while (done < chunkEnd) {
            const int n = int(qMin<qint64>(rowsPerInsert, chunkEnd - done));
            QSqlQuery few(m_destination.connection());
            QSqlQuery &insert = n == rowsPerInsert ? many : few;
            if (n != rowsPerInsert && !few.prepare(insertStatement(table, columns, n)))
                return m_destination.errorFor(few, u"copying %1"_s.arg(table));
            int index = 0;
            for (int r = 0; r < n; ++r) {
                for (const QVariant &v : std::as_const(rows[done + r]))
                    insert.bindValue(index++, v);
            }
            if (!insert.exec())
                return m_destination.errorFor(insert, u"copying %1"_s.arg(table));
            done += n;
        }
        if (Status s = tx.commit(); !s)
            return s.error();
        if (m_progress)
            m_progress(table, done, *total);
    }
    return *total;
}

Result<QList<TableCount>> LibraryCopy::run()
{
    QList<TableCount> counts;
    for (const TableSpec &spec : tables()) {
        const QString where = spec.personal ? u" WHERE db_user = ?"_s : QString();
        const QVariantList sourceUser = spec.personal ? QVariantList { m_source.userName() } : QVariantList {};
        const QVariantList destinationUser
            = spec.personal ? QVariantList { m_destination.userName() } : QVariantList {};
        auto copied = copyTable(spec.table, spec.columns, spec.order, where, sourceUser, spec.personal ? 0 : -1);
        if (!copied)
            return copied.error();
        auto there = count(m_destination, spec.table, where, destinationUser);
        if (!there)
            return there.error();
        counts.append({ spec.table, *copied, *there });
        if (*there < *copied)
            return Error { u"The copy of %1 into %2 fell short: %3 of its %4 rows are there. Run the copy again to "
                           "finish it."_s.arg(spec.table, m_destination.location().shown())
                               .arg(*there)
                               .arg(*copied),
                {} };
    }
    if (Status s = m_destination.engine().afterCopy(m_destination); !s)
        return s.error();
    return counts;
}

} // namespace PaperSift
