#pragma once

// The store: PaperSift's SQLite database and the queries over it, one small class per job.
//
//   Database         one connection: pragmas, migrations, transactions, errors a user can act on
//   PaperRepository  papers, their versions and listings: imports from feeds and the API
//   LibraryQuery     the window's table rows and day counts, in a few passes over many papers
//   PaperSearch      full-text search (FTS5) from the words a user types
//   ScoreStore       criteria texts and the scores made with them, so no paper is paid for twice
//   RunLog           the pipeline's runs and what each feed answered last
//   UserStateStore   the reader's marks: read, starred, rating, note
//
// Each class holds a Database& and nothing else, so a caller builds the ones it needs where it
// needs them (`ScoreStore scores(db);`). One connection per thread: a Database, and every class
// over it, stays in the thread that opened it (the GUI's reader and writer, each worker's own).
// Each SQL statement lives in the class whose job it is; what several share (Sql::Query, the
// column encodings, typeRank, typeFilter) is in sqlsupport.h, once. SQLite's own dialect
// (upserts, FTS5, json_each, INDEXED BY, pragmas, error codes) stays in this folder, so another
// engine changes the store alone. The schema is resources/migrations/NNN_name.sql, applied in
// order by open() after a backup, up to PRAGMA user_version: a change of schema is a new file.

#include "domain/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>

class QSqlError;
class QSqlQuery;
class QThread;

namespace PaperSift {

/// One versioned schema step: `resources/migrations/NNN_name.sql`, applied when
/// `PRAGMA user_version` is below `version`.
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

/// One SQLite connection (QSQLITE driver) to a PaperSift database file, with the pragmas set and
/// the schema migrated. A connection belongs to the thread that opened it: open one per thread
/// (the GUI a read-only one, each worker its own writer) and never pass it to another thread.
class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    struct Options
    {
        Mode mode = Mode::ReadWrite;
        int busyTimeoutMs = 10000;
        /// The schema steps to apply; empty means the ones compiled in (bundledMigrations()).
        QList<Migration> migrations;
    };

    /// Opens (creating it and its folder when needed, in ReadWrite mode) the database at `path`,
    /// checks it is a PaperSift database no newer than this build, backs it up and migrates it.
    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::ReadWrite);

    /// The migrations compiled in from resources/migrations, in version order.
    static const QList<Migration> &bundledMigrations();
    /// The schema version this build writes.
    static int latestSchemaVersion();
    /// Splits a .sql script into statements (trigger bodies kept whole; comments dropped).
    static QStringList splitStatements(const QString &script);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// The Qt connection; only valid in the thread that opened it.
    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    /// The copy made before migrating this file, or empty when none was needed.
    QString backupPath() const { return m_backupPath; }

    /// Runs one statement with positional bindings; for pragmas and small one-off statements.
    Result<QList<QVariantList>> exec(const QString &sql, const QVariantList &bindings = {}) const;
    /// The answer of `PRAGMA name` (first column of the first row).
    Result<QVariant> pragma(const QString &name) const;

    /// Turns a failed query into an Error that says what the user can do about it.
    Error errorFor(const QSqlError &error, const QString &doing) const;
    /// The same, for a query that failed to prepare or run.
    Error errorFor(const QSqlQuery &query, const QString &doing) const;

    /// Begins a write transaction (BEGIN IMMEDIATE, so the write lock is taken up front and the busy
    /// timeout applies) and rolls it back on destruction unless commit() succeeded.
    class Transaction
    {
    public:
        explicit Transaction(const Database &db);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;

        Status begin();
        Status commit();
        void rollback();

    private:
        const Database &m_db;
        bool m_active = false;
    };

private:
    Database(QString path, QString connectionName, Mode mode);
    Status configure(const Options &options);
    Status migrate(const QList<Migration> &migrations, bool existedBefore);
    void assertThread() const;

    QString m_path;
    QString m_connectionName;
    Mode m_mode;
    QSqlDatabase m_db;
    QThread *m_thread = nullptr;
    int m_schemaVersion = 0;
    QString m_backupPath;
};

} // namespace PaperSift
