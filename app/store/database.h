#pragma once

// The store: PaperSift's library and the queries over it, one small class per job, on two
// engines: SQLite (a file, the default) and PostgreSQL (a lab's shared library, QPSQL).
//
//   Database         one connection: its engine, migrations, transactions, errors a user can act on
//   Engine           what differs between the engines, one method per concern (engine.h)
//   PaperRepository  papers, their versions and listings: imports from feeds and the API
//   LibraryQuery     the window's table rows and day counts, in a few passes over many papers
//   PaperSearch      full-text search (FTS5, or tsvector + GIN) from the words a user types
//   ScoreStore       criteria texts and the scores made with them, so no paper is paid for twice
//   ScoreClaims      who is scoring what right now, so two machines never pay for one paper
//   RunLog           the pipeline's runs and what each feed answered last
//   UserStateStore   the reader's marks: read, starred, rating, note, kept per database user
//   ChangeFeed       tells an open window that another connection stored scores (LISTEN/NOTIFY)
//   LibraryLock      one lock per library across processes: a lock file, or an advisory lock
//   LibraryCopy      copies a library between engines, resumably, and checks the counts
//
// Each class holds a Database& and nothing else, so a caller builds the ones it needs where it
// needs them (`ScoreStore scores(db);`). One connection per thread: a Database, and every class
// over it, stays in the thread that opened it (the GUI's reader and writer, each worker's own).
// Each SQL statement lives in the class whose job it is and is written once for both engines
// (ON CONFLICT upserts, CASE, RETURNING); the few fragments whose dialects differ (INDEXED BY,
// json_each, the clock, full-text search) come from db.engine(), and so do connecting, session
// settings, the schema version, backups and error codes: no query asks which engine it runs on.
// The schema is resources/migrations/<engine>/NNN_name.sql, the same version numbers for both,
// applied in order by open() (after a backup, on SQLite) up to the version the engine keeps
// (PRAGMA user_version; the papersift_schema table): a change of schema is a new file per engine.
// Shared between a lab's readers: papers, listings, criteria, scores, runs, claims. Personal:
// user_state, keyed by db_user (the database user; '' on SQLite).

#include "databaselocation.h"
#include "domain/result.h"
#include "engine.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>

class QSqlError;
class QSqlQuery;
class QThread;

namespace PaperSift {

/// One versioned schema step: `resources/migrations/<engine>/NNN_name.sql`, applied when the
/// library's schema version is below `version`.
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

/// One connection to a PaperSift library, its session set up and its schema migrated: an SQLite
/// file (QSQLITE) or a PostgreSQL database (QPSQL). A connection belongs to the thread that
/// opened it: open one per thread (the GUI a read-only one, each worker its own writer) and never
/// pass it to another thread.
class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    struct Options
    {
        Mode mode = Mode::ReadWrite;
        int busyTimeoutMs = 10000;
        /// The schema steps to apply; empty means the ones compiled in for the engine.
        QList<Migration> migrations;
    };

    /// Opens the library at `location` (a file path, or a postgresql:// URL): creates it and its
    /// folder when needed (ReadWrite, SQLite), checks it is a PaperSift library no newer than
    /// this build, backs it up and migrates it. ReadWrite on a server library the user may only
    /// read fails with ErrorCode::ReadOnly and says so.
    static Result<std::unique_ptr<Database>> open(const QString &location, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &location, Mode mode = Mode::ReadWrite);

    /// The migrations compiled in for an engine ("sqlite", "postgresql"), in version order.
    static const QList<Migration> &bundledMigrations(const QString &engine = QStringLiteral("sqlite"));
    /// The schema version this build writes (the same for every engine).
    static int latestSchemaVersion();
    /// Splits a .sql script into statements (trigger and $$ bodies kept whole; comments dropped).
    static QStringList splitStatements(const QString &script);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// The Qt connection; only valid in the thread that opened it.
    QSqlDatabase connection() const;
    /// The location as open() takes it again: the absolute file, or the URL (never a password).
    QString path() const { return m_location.text(); }
    const DatabaseLocation &location() const { return m_location; }
    const Engine &engine() const { return *m_engine; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    /// Whose personal marks this connection reads and writes: the database user ('' on SQLite).
    QString userName() const { return m_userName; }
    /// The copy made before migrating this file, or empty when none was needed.
    QString backupPath() const { return m_backupPath; }

    /// Runs one statement with positional bindings; for session settings and small one-off
    /// statements. Without bindings it is sent as it is (PostgreSQL cannot prepare DDL).
    Result<QList<QVariantList>> exec(const QString &sql, const QVariantList &bindings = {}) const;
    /// The answer of `PRAGMA name` (first column of the first row); SQLite only.
    Result<QVariant> pragma(const QString &name) const;

    /// After a statement failed: rolls back the open transaction at once, before the statements
    /// of the scope are freed (PostgreSQL refuses everything in an aborted transaction).
    void abortTransaction() const;

    /// Turns a failed query into an Error that says what the user can do about it.
    Error errorFor(const QSqlError &error, const QString &doing) const;
    /// The same, for a query that failed to prepare or run.
    Error errorFor(const QSqlQuery &query, const QString &doing) const;

    /// Begins a write transaction (SQLite: BEGIN IMMEDIATE, so the write lock is taken up front and
    /// the busy timeout applies) and rolls it back on destruction unless commit() succeeded.
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
    Database(DatabaseLocation location, std::unique_ptr<Engine> engine, QString connectionName, Mode mode);
    Status migrate(const QList<Migration> &migrations, bool existedBefore);
    void assertThread() const;

    DatabaseLocation m_location;
    std::unique_ptr<Engine> m_engine;
    QString m_connectionName;
    Mode m_mode;
    QSqlDatabase m_db;
    QThread *m_thread = nullptr;
    int m_schemaVersion = 0;
    QString m_userName;
    QString m_backupPath;
    mutable Transaction *m_open = nullptr; ///< the transaction in progress, if any
};

} // namespace PaperSift
