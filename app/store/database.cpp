#include "database.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

#include <algorithm>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {

const QString migrationsDir = u":/resources/migrations"_s;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter = 0;
    return u"papersift-db-%1"_s.arg(counter.fetchAndAddRelaxed(1) + 1);
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

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

// ---- construction ---------------------------------------------------------------------------

Database::Database(QString path, QString connectionName, Mode mode)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_mode(mode)
    , m_thread(QThread::currentThread())
{
}

Database::~Database()
{
    if (m_db.isValid() && m_db.isOpen() && m_mode == Mode::ReadWrite) {
        // What SQLite recommends before closing a connection: refresh the planner's statistics
        // where they are missing or stale, bounded by analysis_limit so it stays cheap on a big
        // library. A failure here (a busy or read-only file) costs nothing but the statistics.
        QSqlQuery q(m_db);
        q.exec(u"PRAGMA analysis_limit = 400"_s);
        q.exec(u"PRAGMA optimize"_s);
    }
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    Options options;
    options.mode = mode;
    return open(path, options);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    if (path.isEmpty())
        return Error{u"No database file was given."_s, {}};
    const QFileInfo info(path);
    const QString shown = nativePath(info.absoluteFilePath());
    if (info.isDir())
        return Error{u"%1 is a folder, not a database file. Use --db to pick a file."_s.arg(shown), {}};

    const bool existed = info.exists() && info.size() > 0;
    if (options.mode == Mode::ReadWrite) {
        if (!QDir().mkpath(info.absolutePath()))
            return Error{u"Cannot create the folder %1 for the database. Check its permissions, or use "
                         "--db to pick another place."_s.arg(nativePath(info.absolutePath())),
                         {}};
    } else if (!existed) {
        return Error{u"There is no PaperSift database at %1 yet. Fetch or import papers first."_s.arg(shown), {}};
    }
    if (existed) {
        bool readable = false;
        if (!hasSqliteHeader(info.absoluteFilePath(), &readable)) {
            if (!readable)
                return Error{u"Cannot read the database %1. Check the file's permissions."_s.arg(shown), {}};
            return Error{u"%1 is not a database (it is not an SQLite file). Move it aside, or use --db to "
                         "pick another file."_s.arg(shown),
                         {}};
        }
    }

    const QString name = nextConnectionName();
    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), name, options.mode));
    db->m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    if (!db->m_db.isValid())
        return Error{u"Qt's SQLite driver (QSQLITE) is not installed. Install the Qt 6 SQLite plugin "
                     "(Debian: libqt6sql6-sqlite)."_s,
                     {}};
    db->m_db.setDatabaseName(db->m_path);
    QString connectOptions = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(options.busyTimeoutMs);
    if (options.mode == Mode::ReadOnly)
        connectOptions += ";QSQLITE_OPEN_READONLY"_L1;
    db->m_db.setConnectOptions(connectOptions);
    if (!db->m_db.open())
        return db->errorFor(db->m_db.lastError(), u"opening it"_s);

    if (Status s = db->configure(options); !s)
        return s.error();
    const QList<Migration> &migrations = options.migrations.isEmpty() ? bundledMigrations() : options.migrations;
    if (Status s = db->migrate(migrations, existed); !s)
        return s.error();
    return db;
}

Status Database::configure(const Options &options)
{
    // busy_timeout first, so that the pragmas below wait for a writer instead of failing.
    auto busy = exec(u"PRAGMA busy_timeout = %1"_s.arg(options.busyTimeoutMs));
    if (!busy)
        return busy.error();
    auto busyNow = pragma(u"busy_timeout"_s);
    if (!busyNow)
        return busyNow.error();
    if (busyNow->toInt() != options.busyTimeoutMs)
        return Error{u"SQLite did not accept a busy timeout for %1."_s.arg(nativePath(m_path)),
                     u"PRAGMA busy_timeout answered %1"_s.arg(busyNow->toString())};

    // The answer of journal_mode is the mode actually in force: WAL can be refused (network file
    // systems, read-only media) and SQLite then silently keeps the old mode.
    if (m_mode == Mode::ReadWrite) {
        auto mode = exec(u"PRAGMA journal_mode = WAL"_s);
        if (!mode)
            return mode.error();
        const QString answer = mode->isEmpty() ? QString() : mode->first().value(0).toString().toLower();
        if (answer != "wal"_L1)
            return Error{u"SQLite could not put %1 in WAL mode (it answered '%2'). The file may be on a network "
                         "share or a read-only disk: use --db to pick a file on a local disk."_s
                             .arg(nativePath(m_path), answer),
                         {}};
    } else {
        auto mode = pragma(u"journal_mode"_s);
        if (!mode)
            return mode.error();
        if (mode->toString().toLower() != "wal"_L1)
            return Error{u"%1 is not in WAL mode (journal_mode is '%2'), so it cannot be read while PaperSift "
                         "writes to it. Open it once with write access to convert it."_s
                             .arg(nativePath(m_path), mode->toString()),
                         {}};
    }

    if (auto r = exec(u"PRAGMA foreign_keys = ON"_s); !r)
        return r.error();
    auto fk = pragma(u"foreign_keys"_s);
    if (!fk)
        return fk.error();
    if (fk->toInt() != 1)
        return Error{u"This SQLite build does not enforce foreign keys; PaperSift needs it."_s, {}};

    // A larger page cache for a store of hundreds of MB (a hint; SQLite may lower it). No
    // memory-mapped I/O: measured on the 200,000-paper benchmark it was no quicker, and every
    // connection mapped the file again, which counted up to 2.4 GB of resident memory.
    if (auto r = exec(u"PRAGMA cache_size = -32768"_s); !r) // KiB
        return r.error();

    if (auto r = exec(u"PRAGMA synchronous = NORMAL"_s); !r)
        return r.error();
    auto sync = pragma(u"synchronous"_s);
    if (!sync)
        return sync.error();
    if (sync->toInt() != 1)
        return Error{u"SQLite did not accept synchronous=NORMAL for %1."_s.arg(nativePath(m_path)),
                     u"PRAGMA synchronous answered %1"_s.arg(sync->toString())};
    return success();
}

// ---- migrations -----------------------------------------------------------------------------

const QList<Migration> &Database::bundledMigrations()
{
    static const QList<Migration> migrations = [] {
        QList<Migration> list;
        static const QRegularExpression pattern(u"^(\\d+)_(.*)\\.sql$"_s);
        const QStringList files = QDir(migrationsDir).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const auto m = pattern.match(file);
            if (!m.hasMatch())
                continue;
            QFile f(migrationsDir + u'/' + file);
            if (!f.open(QIODevice::ReadOnly))
                qFatal("The compiled-in migration %s cannot be read", qPrintable(file));
            list.append({m.captured(1).toInt(), m.captured(2), QString::fromUtf8(f.readAll())});
        }
        std::sort(list.begin(), list.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
        return list;
    }();
    return migrations;
}

int Database::latestSchemaVersion()
{
    const auto &m = bundledMigrations();
    return m.isEmpty() ? 0 : m.last().version;
}

QStringList Database::splitStatements(const QString &script)
{
    static const QRegularExpression triggerStart(u"^CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression endsWithEnd(u"\\bEND$"_s, QRegularExpression::CaseInsensitiveOption);
    QStringList statements;
    QString current;
    const qsizetype n = script.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();
        if (c == u'-' && next == u'-') {
            while (i < n && script.at(i) != u'\n')
                ++i;
            current += u'\n';
            continue;
        }
        if (c == u'/' && next == u'*') {
            i += 2;
            while (i + 1 < n && !(script.at(i) == u'*' && script.at(i + 1) == u'/'))
                ++i;
            ++i;
            current += u' ';
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar close = c == u'[' ? u']' : c;
            current += c;
            ++i;
            while (i < n && script.at(i) != close)
                current += script.at(i++);
            if (i < n)
                current += script.at(i);
            continue;
        }
        if (c == u';') {
            const QString statement = current.trimmed();
            // Inside a trigger body the statements end with ';' too; the trigger ends with "END;".
            if (triggerStart.match(statement).hasMatch() && !endsWithEnd.match(statement).hasMatch()) {
                current += c;
                continue;
            }
            if (!statement.isEmpty())
                statements.append(statement);
            current.clear();
            continue;
        }
        current += c;
    }
    if (const QString rest = current.trimmed(); !rest.isEmpty())
        statements.append(rest);
    return statements;
}

Status Database::migrate(const QList<Migration> &migrations, bool existedBefore)
{
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    auto version = pragma(u"user_version"_s);
    if (!version)
        return version.error();
    const int current = version->toInt();
    m_schemaVersion = current;
    const QString shown = nativePath(m_path);

    if (current > latest)
        return Error{u"%1 was written by a newer PaperSift (schema %2; this version knows up to %3). Upgrade "
                     "PaperSift, or use --db to pick another file."_s
                         .arg(shown)
                         .arg(current)
                         .arg(latest),
                     {}};
    if (current == latest)
        return success();
    if (m_mode == Mode::ReadOnly)
        return Error{u"%1 has an older schema (%2, this version needs %3). Open it once with write access "
                     "(for example 'papersift import' or a fetch) to upgrade it."_s
                         .arg(shown)
                         .arg(current)
                         .arg(latest),
                     {}};

    if (current == 0 && existedBefore) {
        // A schema version of 0 with tables in it is someone else's database: do not touch it.
        auto objects = exec(u"SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"_s);
        if (!objects)
            return objects.error();
        if (objects->value(0).value(0).toInt() > 0)
            return Error{u"%1 is an SQLite database, but not PaperSift's. Use --db to pick another file."_s.arg(shown),
                         {}};
    }

    // Copy the file aside first: a consistent snapshot even in WAL mode, and the user's way back.
    if (current > 0) {
        const QString backup = m_path + u".bak-v%1"_s.arg(current);
        if (QFile::exists(backup) && !QFile::remove(backup))
            return Error{u"Cannot replace the old backup %1 before upgrading the database. Move it aside and "
                         "try again."_s.arg(nativePath(backup)),
                         {}};
        if (auto r = exec(u"VACUUM INTO ?"_s, {backup}); !r)
            return Error{u"Could not back up %1 to %2 before upgrading it: %3"_s.arg(shown, nativePath(backup),
                                                                                     r.error().message),
                         r.error().detail};
        m_backupPath = backup;
    }

    Transaction tx(*this);
    if (Status s = tx.begin(); !s)
        return s;
    int reached = current;
    for (const Migration &m : migrations) {
        if (m.version <= current)
            continue;
        for (const QString &statement : splitStatements(m.sql)) {
            if (auto r = exec(statement); !r) {
                tx.rollback();
                return Error{u"Upgrading %1 to schema %2 (%3) failed; the database was left as it was%4. %5"_s
                                 .arg(shown)
                                 .arg(m.version)
                                 .arg(m.name,
                                      m_backupPath.isEmpty() ? QString()
                                                             : u" and a copy is in %1"_s.arg(nativePath(m_backupPath)),
                                      r.error().message),
                             r.error().detail + u"\nStatement: "_s + statement};
            }
        }
        reached = m.version;
    }
    if (auto r = exec(u"PRAGMA user_version = %1"_s.arg(reached)); !r)
        return r.error();
    if (Status s = tx.commit(); !s)
        return s;
    m_schemaVersion = reached;
    return success();
}

// ---- queries --------------------------------------------------------------------------------

void Database::assertThread() const
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "PaperSift::Database",
               "a database connection may only be used in the thread that opened it");
}

QSqlDatabase Database::connection() const
{
    assertThread();
    return m_db;
}

Result<QList<QVariantList>> Database::exec(const QString &sql, const QVariantList &bindings) const
{
    assertThread();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return errorFor(q, u"preparing a statement"_s);
    for (const QVariant &v : bindings)
        q.addBindValue(v);
    if (!q.exec())
        return errorFor(q, u"running a statement"_s);
    QList<QVariantList> rows;
    while (q.next()) {
        const int columns = q.record().count();
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row.append(q.value(i));
        rows.append(row);
    }
    return rows;
}

Result<QVariant> Database::pragma(const QString &name) const
{
    auto rows = exec(u"PRAGMA "_s + name);
    if (!rows)
        return rows.error();
    if (rows->isEmpty() || rows->first().isEmpty())
        return QVariant();
    return rows->first().first();
}

Error Database::errorFor(const QSqlQuery &query, const QString &doing) const
{
    return errorFor(query.lastError(), doing);
}

Error Database::errorFor(const QSqlError &error, const QString &doing) const
{
    const QString shown = nativePath(m_path);
    const QString detail = u"SQLite error %1 while %2: %3 (%4)"_s.arg(error.nativeErrorCode(), doing,
                                                                     error.databaseText(), error.driverText());
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
        message = m_mode == Mode::ReadOnly
                      ? u"The database %1 was opened read-only and cannot be changed here."_s.arg(shown)
                      : u"The database %1 is read-only. Check the permissions of the file and its folder, or "
                        "use --db to pick another file."_s.arg(shown);
        break;
    case 13: // SQLITE_FULL
        kind = ErrorCode::DiskFull;
        message = u"The disk holding %1 is full. Free some space and try again; nothing was half-written."_s.arg(shown);
        break;
    case 26: // SQLITE_NOTADB
        message = u"%1 is not a database (or is encrypted). Move it aside, or use --db to pick another file."_s.arg(shown);
        break;
    case 11: // SQLITE_CORRUPT
        message = u"The database %1 is damaged. Restore a backup (%1.bak-v*) or move it aside and import "
                  "again."_s.arg(shown);
        break;
    case 14: // SQLITE_CANTOPEN
        message = u"Cannot open the database %1. Check that its folder exists and is writable, or use --db "
                  "to pick another file."_s.arg(shown);
        break;
    case 10: // SQLITE_IOERR
        message = u"Reading or writing %1 failed (I/O error). Check the disk and try again."_s.arg(shown);
        break;
    case 19: // SQLITE_CONSTRAINT
        message = u"The database %1 refused inconsistent data while %2: %3."_s.arg(shown, doing, error.databaseText());
        break;
    default:
        message = u"Database error on %1 while %2: %3."_s.arg(shown, doing,
                                                              error.databaseText().isEmpty() ? error.driverText()
                                                                                             : error.databaseText());
        break;
    }
    return Error{message, detail, kind};
}

// ---- transactions ---------------------------------------------------------------------------

Database::Transaction::Transaction(const Database &db)
    : m_db(db)
{
}

Database::Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Database::Transaction::begin()
{
    if (auto r = m_db.exec(u"BEGIN IMMEDIATE"_s); !r)
        return r.error();
    m_active = true;
    return success();
}

Status Database::Transaction::commit()
{
    if (auto r = m_db.exec(u"COMMIT"_s); !r) {
        rollback();
        return r.error();
    }
    m_active = false;
    return success();
}

void Database::Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    (void)m_db.exec(u"ROLLBACK"_s);
}

} // namespace PaperSift
