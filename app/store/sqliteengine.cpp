#include "sqliteengine.h"

#include "config/freespace.h"

#include "database.h"
#include "sqlitecursor.h"
#include "sqlsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {

// Every SQLite file starts with these 16 bytes; anything else is not a database at all.
bool hasSqliteHeader(const QString &path, bool *readable)
{
    QFile f(path);
    *readable = f.open(QIODevice::ReadOnly);
    if (!*readable)
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

QString SqliteEngine::name() const
{
    return u"sqlite"_s;
}

bool SqliteEngine::isShared() const
{
    return false;
}

// ---- connecting ----------------------------------------------------------------------------

Status SqliteEngine::checkBeforeOpen(const DatabaseLocation &location, bool readOnly, bool *existed) const
{
    const QFileInfo info(location.text());
    const QString shown = location.shown();
    if (info.isDir())
        return Error { u"%1 is a folder, not a database file. Use --db to pick a file."_s.arg(shown), {} };
    *existed = info.exists() && info.size() > 0;
    if (!readOnly) {
        if (!QDir().mkpath(info.absolutePath()))
            return Error { u"Cannot create the folder %1 for the database. Check its permissions, or use "
                           "--db to pick another place."_s.arg(QDir::toNativeSeparators(info.absolutePath())),
                {} };
    } else if (!*existed) {
        return Error { u"There is no PaperSift database at %1 yet. Fetch or import papers first."_s.arg(shown), {} };
    }
    if (*existed) {
        bool readable = false;
        if (!hasSqliteHeader(info.absoluteFilePath(), &readable)) {
            if (!readable)
                return Error { u"Cannot read the database %1. Check the file's permissions."_s.arg(shown), {} };
            return Error { u"%1 is not a database (it is not an SQLite file). Move it aside, or use --db to "
                           "pick another file."_s.arg(shown),
                {} };
        }
    }
    return success();
}

QString SqliteEngine::driver() const
{
    return u"QSQLITE"_s;
}

void SqliteEngine::setUp(
    QSqlDatabase &connection, const DatabaseLocation &location, bool readOnly, int busyTimeoutMs) const
{
    connection.setDatabaseName(location.text());
    QString connectOptions = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs);
    if (readOnly)
        connectOptions += ";QSQLITE_OPEN_READONLY"_L1;
    connection.setConnectOptions(connectOptions);
}

bool SqliteEngine::connect(QSqlDatabase &connection, const DatabaseLocation &) const
{
    return connection.open();
}

Status SqliteEngine::configure(Database &db, bool readOnly, int busyTimeoutMs) const
{
    // busy_timeout first, so that the pragmas below wait for a writer instead of failing.
    auto busy = db.exec(u"PRAGMA busy_timeout = %1"_s.arg(busyTimeoutMs));
    if (!busy)
        return busy.error();
    auto busyNow = db.pragma(u"busy_timeout"_s);
    if (!busyNow)
        return busyNow.error();
    if (busyNow->toInt() != busyTimeoutMs)
        return Error { u"SQLite did not accept a busy timeout for %1."_s.arg(db.location().shown()),
            u"PRAGMA busy_timeout answered %1"_s.arg(busyNow->toString()) };

    // The answer of journal_mode is the mode actually in force: WAL can be refused (network file
    // systems, read-only media) and SQLite then silently keeps the old mode.
    if (!readOnly) {
        auto mode = db.exec(u"PRAGMA journal_mode = WAL"_s);
        if (!mode)
            return mode.error();
        const QString answer = mode->isEmpty() ? QString() : mode->first().value(0).toString().toLower();
        if (answer != "wal"_L1)
            return Error { u"SQLite could not put %1 in WAL mode (it answered '%2'). The file may be on a network "
                           "share or a read-only disk: use --db to pick a file on a local disk."_s.arg(
                               db.location().shown(), answer),
                {} };
    } else {
        auto mode = db.pragma(u"journal_mode"_s);
        if (!mode)
            return mode.error();
        if (mode->toString().toLower() != "wal"_L1)
            return Error { u"%1 is not in WAL mode (journal_mode is '%2'), so it cannot be read while PaperSift "
                           "writes to it. Open it once with write access to convert it."_s.arg(
                               db.location().shown(), mode->toString()),
                {} };
    }

    if (auto r = db.exec(u"PRAGMA foreign_keys = ON"_s); !r)
        return r.error();
    auto fk = db.pragma(u"foreign_keys"_s);
    if (!fk)
        return fk.error();
    if (fk->toInt() != 1)
        return Error { u"This SQLite build does not enforce foreign keys; PaperSift needs it."_s, {} };

    // A larger page cache for a writer of a store of hundreds of MB (a hint; SQLite may lower it).
    // Readers keep SQLite's default 2 MB: a window's reader scans the whole library for the day
    // list and would keep 32 MB of it resident, for pages the system's file cache holds anyway
    // (bench_ui: no slower). No memory-mapped I/O: measured on the 200,000-paper benchmark it was
    // no quicker, and every connection mapped the file again, which counted up to 2.4 GB of
    // resident memory.
    if (auto r = db.exec(readOnly ? u"PRAGMA cache_size = -2000"_s : u"PRAGMA cache_size = -32768"_s); !r) // KiB
        return r.error();

    if (auto r = db.exec(u"PRAGMA synchronous = NORMAL"_s); !r)
        return r.error();
    auto sync = db.pragma(u"synchronous"_s);
    if (!sync)
        return sync.error();
    if (sync->toInt() != 1)
        return Error { u"SQLite did not accept synchronous=NORMAL for %1."_s.arg(db.location().shown()),
            u"PRAGMA synchronous answered %1"_s.arg(sync->toString()) };
    return success();
}

void SqliteEngine::beforeClose(Database &db) const
{
    // What SQLite recommends before closing a connection: refresh the planner's statistics
    // where they are missing or stale, bounded by analysis_limit so it stays cheap on a big
    // library. A failure here (a busy or read-only file) costs nothing but the statistics.
    (void)db.exec(u"PRAGMA analysis_limit = 400"_s);
    (void)db.exec(u"PRAGMA optimize"_s);
}

Result<QString> SqliteEngine::currentUser(Database &) const
{
    return QString(""_L1); // one reader per file (empty, not null: it is bound as a value)
}

Status SqliteEngine::checkWriteAccess(Database &) const
{
    return success(); // the file's permissions answer at the first write
}

// ---- the schema ----------------------------------------------------------------------------

Result<int> SqliteEngine::schemaVersion(Database &db) const
{
    auto version = db.pragma(u"user_version"_s);
    if (!version)
        return version.error();
    return version->toInt();
}

Status SqliteEngine::setSchemaVersion(Database &db, int version) const
{
    if (auto r = db.exec(u"PRAGMA user_version = %1"_s.arg(version)); !r)
        return r.error();
    return success();
}

Result<bool> SqliteEngine::hasOtherTables(Database &db) const
{
    auto objects = db.exec(u"SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"_s);
    if (!objects)
        return objects.error();
    return objects->value(0).value(0).toInt() > 0;
}

Result<QString> SqliteEngine::backUp(Database &db, int version) const
{
    // Copy the file aside first: a consistent snapshot even in WAL mode, and the user's way back.
    const QString backup = db.path() + u".bak-v%1"_s.arg(version);
    if (QFile::exists(backup) && !QFile::remove(backup))
        return Error { u"Cannot replace the old backup %1 before upgrading the database. Move it aside and "
                       "try again."_s.arg(QDir::toNativeSeparators(backup)),
            {} };
    if (auto r = db.exec(u"VACUUM INTO ?"_s, { backup }); !r)
        return Error { u"Could not back up %1 to %2 before upgrading it: %3"_s.arg(
                           db.location().shown(), QDir::toNativeSeparators(backup), r.error().message),
            r.error().detail };
    return backup;
}

Status SqliteEngine::lockSchema(Database &) const
{
    return success(); // BEGIN IMMEDIATE already holds the file's write lock
}

Status SqliteEngine::afterCopy(Database &) const
{
    return success(); // an INTEGER PRIMARY KEY continues after the largest id by itself
}

// ---- errors --------------------------------------------------------------------------------

Error SqliteEngine::errorFor(const QSqlError &error, const QString &doing, const QString &shown, bool readOnly) const
{
    const QString detail = u"SQLite error %1 while %2: %3 (%4)"_s.arg(
        error.nativeErrorCode(), doing, error.databaseText(), error.driverText());
    // The driver reports SQLite's result code; the low byte is the primary code.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    QString message;
    ErrorCode kind = ErrorCode::Unspecified;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        kind = ErrorCode::Busy;
        message = u"The database %1 is busy: another PaperSift (or another program) is writing to it. Wait "
                  "for it to finish and try again."_s.arg(shown);
        break;
    case 8: // SQLITE_READONLY
        kind = ErrorCode::ReadOnly;
        message = readOnly ? u"The database %1 was opened read-only and cannot be changed here."_s.arg(shown)
                           : u"The database %1 is read-only. Check the permissions of the file and its folder, or "
                             "use --db to pick another file."_s.arg(shown);
        break;
    case 13: // SQLITE_FULL
        kind = ErrorCode::DiskFull;
        message = FreeSpace::fullDiskMessage(shown);
        if (message.isEmpty())
            message = u"The disk holding %1 is full. Free some space and try again."_s.arg(shown);
        message += u" Nothing was half-written: the library is as it was before."_s;
        break;
    case 26: // SQLITE_NOTADB
        message
            = u"%1 is not a database (or is encrypted). Move it aside, or use --db to pick another file."_s.arg(shown);
        break;
    case 11: // SQLITE_CORRUPT
        message = u"The database %1 is damaged. Restore a backup (%1.bak-v*) or move it aside and import "
                  "again."_s.arg(shown);
        break;
    case 14: // SQLITE_CANTOPEN
    case 10: // SQLITE_IOERR
        // A write into a full disk is often an I/O error (a WAL or journal write), not SQLITE_FULL,
        // and opening one fails when its shared-memory file cannot grow.
        if (message = FreeSpace::fullDiskMessage(shown); !message.isEmpty()) {
            kind = ErrorCode::DiskFull;
            message += u" Nothing was half-written: the library is as it was before."_s;
        } else if (code == 14) {
            message = u"Cannot open the database %1. Check that its folder exists and is writable, or use --db "
                      "to pick another file."_s.arg(shown);
        } else {
            message = u"Reading or writing %1 failed (I/O error). Check the disk and try again."_s.arg(shown);
        }
        break;
    case 19: // SQLITE_CONSTRAINT
        message = u"The database %1 refused inconsistent data while %2: %3."_s.arg(shown, doing, error.databaseText());
        break;
    default:
        message = u"Database error on %1 while %2: %3."_s.arg(
            shown, doing, error.databaseText().isEmpty() ? error.driverText() : error.databaseText());
        break;
    }
    return Error { message, detail, kind };
}

bool SqliteEngine::violatedConstraint(const QSqlError &error) const
{
    // SQLITE_CONSTRAINT in the low byte of the extended result code.
    return error.nativeErrorCode().toInt() % 256 == 19;
}

// ---- fragments -----------------------------------------------------------------------------

QString SqliteEngine::beginWrite() const
{
    return u"BEGIN IMMEDIATE"_s;
}

QString SqliteEngine::indexedBy(const QString &index) const
{
    return u" INDEXED BY "_s + index;
}

QString SqliteEngine::jsonTextList() const
{
    return u"SELECT value FROM json_each(?)"_s;
}

QString SqliteEngine::nowMs() const
{
    return u"CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"_s;
}

// ---- full-text search (FTS5) ---------------------------------------------------------------

QString SqliteEngine::searchExpression(const QList<SearchTerm> &terms) const
{
    QStringList parts;
    for (const SearchTerm &t : terms) {
        // A plain word matches as a prefix ("transf" finds "transformer"); a phrase matches exactly.
        QString term = u'"' + t.text + u'"' + (t.phrase ? QString() : u"*"_s);
        if (!t.column.isEmpty())
            term = t.column + u" : "_s + term;
        parts.append(term);
    }
    return parts.join(u" AND "_s);
}

QString SqliteEngine::deferredSearchFill() const
{
    return u"INSERT INTO papers_fts(rowid, title, authors, abstract) SELECT pk, title, authors, abstract "
           "FROM papers WHERE pk > ? AND pk <= ?"_s;
}

// bm25 in SQLite's own sorter, bounded by the LIMIT, not FTS5's ORDER BY rank: that sorts every
// match in a statement of its own, and took 2.3 times as long for a word half the library holds
// (140 against 60 ms for 98,000 matches in bench_fts's 200,000 papers). Inside a subquery, so only
// the LIMIT's rows are joined to papers; ties go by key, as PostgreSQL's go by id.
Statement SqliteEngine::rankedSearch(const QList<SearchTerm> &terms, int limit) const
{
    const QString match = searchExpression(terms);
    if (match.isEmpty())
        return {};
    return { u"SELECT p.id FROM (SELECT rowid AS pk, bm25(papers_fts) AS score FROM papers_fts "
             "WHERE papers_fts MATCH ? ORDER BY score, rowid LIMIT ?) f "
             "JOIN papers p ON p.pk = f.pk ORDER BY f.score, f.pk"_s,
        { match, limit } };
}

Statement SqliteEngine::matchingKeysSearch(const QList<SearchTerm> &terms) const
{
    const QString match = searchExpression(terms);
    if (match.isEmpty())
        return {};
    return { u"SELECT rowid FROM papers_fts WHERE papers_fts MATCH ?"_s, { match } };
}

Statement SqliteEngine::matchingSearch(const QList<SearchTerm> &terms) const
{
    const QString match = searchExpression(terms);
    if (match.isEmpty())
        return {};
    return { u"SELECT p.id FROM papers p WHERE p.pk IN (SELECT rowid FROM papers_fts WHERE papers_fts MATCH ?)"_s,
        { match } };
}

// ---- across processes ----------------------------------------------------------------------

Status SqliteEngine::holdRun(Database &, qint64) const
{
    return success(); // the run lock file keeps other runs out for the whole run
}

QString SqliteEngine::runIsOrphaned() const
{
    return u"TRUE"_s; // under the run lock, a run marked running is one that was interrupted
}

Result<bool> SqliteEngine::tryLock(Database &, int, bool) const
{
    return Error { u"An SQLite library is locked with a lock file beside it, not through a connection."_s, {} };
}

QString SqliteEngine::scoresChannel() const
{
    return {}; // another process's writes are not announced to this connection
}

std::unique_ptr<CursorBackend> SqliteEngine::cursor(const Database &db) const
{
    if (auto fast = makeSqliteCursor(db))
        return fast;
    return Engine::cursor(db);
}

} // namespace PaperSift
