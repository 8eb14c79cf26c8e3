#pragma once

// What differs between SQLite and PostgreSQL, one method per concern and nowhere else: how a
// connection is made and configured, where the schema version lives, how errors read, and the
// few fragments of SQL whose dialects differ. The store's classes write one statement for both
// engines and ask the Engine only for these fragments (`db.engine().indexedBy(…)`).

#include "databaselocation.h"
#include "domain/result.h"

#include <QString>
#include <QStringList>

#include <memory>

class QSqlDatabase;
class QSqlError;

namespace PaperSift {

class CursorBackend; // rowcursor.h
class Database;
struct DatabaseOptions;
struct Statement; // sqlsupport.h

/// One term of a user's search, as PaperSearch reads it: a word (a prefix) or a phrase, perhaps
/// limited to one column (title, authors, abstract).
struct SearchTerm
{
    QString column; ///< empty: any column
    QString text;
    bool phrase = false;
};

/// The engine behind a Database: SQLite (a file) or PostgreSQL (a shared server).
class Engine
{
public:
    virtual ~Engine() = default;

    /// The engine for a location.
    static std::unique_ptr<Engine> forLocation(const DatabaseLocation &location);

    /// "sqlite" or "postgresql": the folder of its migrations under resources/migrations.
    virtual QString name() const = 0;
    /// Whether several machines share the library (claims and notifications matter).
    virtual bool isShared() const = 0;

    // ---- connecting ----
    /// Checks before connecting (the file exists, is SQLite, its folder can be made); sets
    /// `existed` when there is a library there already.
    virtual Status checkBeforeOpen(const DatabaseLocation &location, bool readOnly, bool *existed) const = 0;
    /// The Qt driver and what to set on the connection before open().
    virtual QString driver() const = 0;
    virtual void setUp(
        QSqlDatabase &connection, const DatabaseLocation &location, bool readOnly, int busyTimeoutMs) const = 0;
    /// Connects; may try again with a password from the keychain when the server asks for one.
    virtual bool connect(QSqlDatabase &connection, const DatabaseLocation &location) const = 0;
    /// Session settings after connecting (pragmas; time zone, read-only, lock timeout).
    virtual Status configure(Database &db, bool readOnly, int busyTimeoutMs) const = 0;
    /// Work before closing a writing connection (SQLite refreshes its statistics).
    virtual void beforeClose(Database &db) const = 0;
    /// The reader the personal marks belong to: the database user, '' on SQLite.
    virtual Result<QString> currentUser(Database &db) const = 0;
    /// An error when this reader may read but not write the library; success when it may write.
    virtual Status checkWriteAccess(Database &db) const = 0;

    // ---- the schema ----
    virtual Result<int> schemaVersion(Database &db) const = 0;
    virtual Status setSchemaVersion(Database &db, int version) const = 0;
    /// Whether there are tables in it that are not PaperSift's (a schema version of 0 with tables).
    virtual Result<bool> hasOtherTables(Database &db) const = 0;
    /// A copy before upgrading an existing library from `version`; returns where, or empty.
    virtual Result<QString> backUp(Database &db, int version) const = 0;
    /// Inside the migration's transaction: waits for any other client migrating the same library.
    virtual Status lockSchema(Database &db) const = 0;
    /// After rows were copied in with their ids: moves the id generators past them and refreshes
    /// the planner's statistics.
    virtual Status afterCopy(Database &db) const = 0;

    // ---- errors ----
    /// A failed query as an Error that says what the user can do.
    virtual Error errorFor(const QSqlError &error, const QString &doing, const QString &shown, bool readOnly) const = 0;
    /// Whether a constraint (foreign key, NOT NULL, unique, check) refused the statement.
    virtual bool violatedConstraint(const QSqlError &error) const = 0;

    // ---- fragments of SQL ----
    /// The statement that starts a write transaction.
    virtual QString beginWrite() const = 0;
    /// " INDEXED BY name" where the engine takes such a hint, else empty.
    virtual QString indexedBy(const QString &index) const = 0;
    /// A subquery of the values of a JSON array of text bound at its one `?`.
    virtual QString jsonTextList() const = 0;
    /// The database's clock, in milliseconds since 1970 (so every machine claims by one clock).
    virtual QString nowMs() const = 0;

    // ---- full-text search ----
    // Each search is a statement with its bindings, made here from the terms: an engine may bind
    // more than the one expression (PostgreSQL binds a phrase's word pairs, schema 9). Each is
    // empty (no SQL) when the terms have nothing to search.
    /// The engine's MATCH expression for these terms; empty when nothing to search.
    virtual QString searchExpression(const QList<SearchTerm> &terms) const = 0;
    /// Ids of the papers matching the terms, best first, at most `limit`.
    virtual Statement rankedSearch(const QList<SearchTerm> &terms, int limit) const = 0;
    /// Ids of every paper matching the terms, unordered.
    virtual Statement matchingSearch(const QList<SearchTerm> &terms) const = 0;
    /// The same as the papers' keys (papers.pk), which the search index holds itself: no lookup
    /// of each match's id (98,000 for a common word in a library of 200,000).
    virtual Statement matchingKeysSearch(const QList<SearchTerm> &terms) const = 0;
    /// The statement that indexes, in one go, the papers whose keys lie in (`?`, `?`]: for an
    /// engine whose insert trigger stands aside while an import's transaction holds the row of
    /// search_deferred (schema 8). Empty where the index is kept row by row (PostgreSQL).
    virtual QString deferredSearchFill() const { return {}; }

    // ---- across processes ----
    /// Marks run `id` as alive for as long as this connection lasts (or does nothing).
    virtual Status holdRun(Database &db, qint64 id) const = 0;
    /// An SQL condition on runs (alias-free `id`) that holds when the run's process is gone.
    virtual QString runIsOrphaned() const = 0;
    /// Takes a lock named by `key` for the library, shared or alone, without waiting; false when
    /// another connection holds it in a way that excludes this one. Released when the connection closes.
    virtual Result<bool> tryLock(Database &db, int key, bool shared) const = 0;
    /// The channel on which stored scores are announced (payload: the paper id); empty when the
    /// engine announces nothing to other connections.
    virtual QString scoresChannel() const = 0;

    // ---- reading many rows ----
    /// How a RowCursor steps a statement on this connection: through QSqlQuery, unless the
    /// engine has a path that skips a QVariant per cell.
    virtual std::unique_ptr<CursorBackend> cursor(const Database &db) const;
};

} // namespace PaperSift
