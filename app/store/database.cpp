#include "database.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

#include <algorithm>
#include <map>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter = 0;
    return u"papersift-db-%1"_s.arg(counter.fetchAndAddRelaxed(1) + 1);
}

} // namespace

// ---- construction ---------------------------------------------------------------------------

Database::Database(DatabaseLocation location, std::unique_ptr<Engine> engine, QString connectionName, Mode mode)
    : m_location(std::move(location))
    , m_engine(std::move(engine))
    , m_connectionName(std::move(connectionName))
    , m_mode(mode)
    , m_thread(QThread::currentThread())
{
}

Database::~Database()
{
    if (m_db.isValid() && m_db.isOpen() && m_mode == Mode::ReadWrite)
        m_engine->beforeClose(*this);
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, Mode mode)
{
    Options options;
    options.mode = mode;
    return open(location, options);
}

Result<std::unique_ptr<Database>> Database::open(const QString &text, const Options &options)
{
    auto location = DatabaseLocation::parse(text);
    if (!location)
        return location.error();
    std::unique_ptr<Engine> engine = Engine::forLocation(*location);
    const bool readOnly = options.mode == Mode::ReadOnly;
    bool existed = false;
    if (Status s = engine->checkBeforeOpen(*location, readOnly, &existed); !s)
        return s.error();

    const QString name = nextConnectionName();
    const QString driver = engine->driver();
    std::unique_ptr<Database> db(new Database(*location, std::move(engine), name, options.mode));
    db->m_db = QSqlDatabase::addDatabase(driver, name);
    if (!db->m_db.isValid())
        return Error { driver == "QPSQL"_L1
                ? u"Qt's PostgreSQL driver (QPSQL) is not installed. Install the Qt 6 PostgreSQL plugin "
                  "(Debian: libqt6sql6-psql)."_s
                : u"Qt's SQLite driver (QSQLITE) is not installed. Install the Qt 6 SQLite plugin "
                  "(Debian: libqt6sql6-sqlite)."_s,
            {} };
    db->m_engine->setUp(db->m_db, db->m_location, readOnly, options.busyTimeoutMs);
    if (!db->m_engine->connect(db->m_db, db->m_location))
        return db->errorFor(db->m_db.lastError(), u"opening it"_s);

    if (Status s = db->m_engine->configure(*db, readOnly, options.busyTimeoutMs); !s)
        return s.error();
    const QList<Migration> migrations // shared, not copied
        = options.migrations.isEmpty() ? bundledMigrations(db->m_engine->name()) : options.migrations;
    if (Status s = db->migrate(migrations, existed); !s)
        return s.error();
    auto user = db->m_engine->currentUser(*db);
    if (!user)
        return user.error();
    db->m_userName = *user;
    if (!readOnly) {
        if (Status s = db->m_engine->checkWriteAccess(*db); !s)
            return s.error();
    }
    return db;
}

// ---- migrations -----------------------------------------------------------------------------

const QList<Migration> &Database::bundledMigrations(const QString &engine)
{
    static const std::map<QString, QList<Migration>> all = [] {
        std::map<QString, QList<Migration>> byEngine;
        static const QRegularExpression pattern(u"^(\\d+)_(.*)\\.sql$"_s);
        for (const QString &name : { u"sqlite"_s, u"postgresql"_s }) {
            const QString dir = u":/resources/migrations/"_s + name;
            QList<Migration> list;
            const QStringList files = QDir(dir).entryList({ u"*.sql"_s }, QDir::Files, QDir::Name);
            for (const QString &file : files) {
                const auto m = pattern.match(file);
                if (!m.hasMatch())
                    continue;
                QFile f(dir + u'/' + file);
                if (!f.open(QIODevice::ReadOnly))
                    qFatal("The compiled-in migration %s cannot be read", qPrintable(file));
                list.append({ m.captured(1).toInt(), m.captured(2), QString::fromUtf8(f.readAll()) });
            }
            std::sort(list.begin(), list.end(), [](const Migration &a, const Migration &b) {
                return a.version < b.version;
            });
            byEngine[name] = list;
        }
        return byEngine;
    }();
    static const QList<Migration> none;
    const auto it = all.find(engine);
    return it == all.end() ? none : it->second;
}

int Database::latestSchemaVersion()
{
    const QList<Migration> m = bundledMigrations();
    return m.isEmpty() ? 0 : m.last().version;
}

QStringList Database::splitStatements(const QString &script)
{
    static const QRegularExpression triggerStart(
        u"^CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"_s, QRegularExpression::CaseInsensitiveOption);
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
        if (c == u'$') {
            // A PostgreSQL dollar-quoted body ($$ … $$, $tag$ … $tag$) is one token, semicolons and all.
            static const QRegularExpression tag(u"\\$[A-Za-z_]*\\$"_s);
            const auto m
                = tag.match(script, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            if (m.hasMatch()) {
                const qsizetype close = script.indexOf(m.captured(), i + m.capturedLength());
                const qsizetype end = close < 0 ? n : close + m.capturedLength();
                current += script.mid(i, end - i);
                i = end - 1;
                continue;
            }
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
    auto version = m_engine->schemaVersion(*this);
    if (!version)
        return version.error();
    int current = *version;
    m_schemaVersion = current;
    const QString shown = m_location.shown();

    if (current > latest)
        return Error { u"%1 was written by a newer PaperSift (schema %2; this version knows up to %3). Upgrade "
                       "PaperSift, or use --db to pick another library."_s.arg(shown)
                           .arg(current)
                           .arg(latest),
            {} };
    if (current == latest)
        return success();
    if (m_mode == Mode::ReadOnly)
        return Error { u"%1 has an older schema (%2, this version needs %3). Open it once with write access "
                       "(for example 'papersift import' or a fetch) to upgrade it."_s.arg(shown)
                           .arg(current)
                           .arg(latest),
            {} };

    if (current == 0 && existedBefore) {
        // A schema version of 0 with tables in it is someone else's database: do not touch it.
        auto other = m_engine->hasOtherTables(*this);
        if (!other)
            return other.error();
        if (*other)
            return Error { u"%1 is a database, but not PaperSift's. Use --db to pick another library."_s.arg(shown),
                {} };
    }

    if (current > 0) {
        auto backup = m_engine->backUp(*this, current);
        if (!backup)
            return backup.error();
        m_backupPath = *backup;
    }

    Transaction tx(*this);
    if (Status s = tx.begin(); !s)
        return s;
    // Another client may have migrated while this one waited for the lock: read the version again.
    if (Status s = m_engine->lockSchema(*this); !s)
        return s;
    auto again = m_engine->schemaVersion(*this);
    if (!again)
        return again.error();
    current = *again;
    int reached = current;
    for (const Migration &m : migrations) {
        if (m.version <= current)
            continue;
        for (const QString &statement : splitStatements(m.sql)) {
            if (auto r = exec(statement); !r) {
                tx.rollback();
                return Error { u"Upgrading %1 to schema %2 (%3) failed; the library was left as it was%4. %5"_s
                                   .arg(shown)
                                   .arg(m.version)
                                   .arg(m.name,
                                       m_backupPath.isEmpty()
                                           ? QString()
                                           : u" and a copy is in %1"_s.arg(QDir::toNativeSeparators(m_backupPath)),
                                       r.error().message),
                    r.error().detail + u"\nStatement: "_s + statement, r.error().code };
            }
        }
        reached = m.version;
    }
    if (reached != current) {
        if (Status s = m_engine->setSchemaVersion(*this, reached); !s)
            return s;
    }
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
    if (bindings.isEmpty()) {
        if (!q.exec(sql))
            return errorFor(q, u"running a statement"_s);
    } else {
        if (!q.prepare(sql))
            return errorFor(q, u"preparing a statement"_s);
        for (const QVariant &v : bindings)
            q.addBindValue(v);
        if (!q.exec())
            return errorFor(q, u"running a statement"_s);
    }
    QList<QVariantList> rows;
    while (q.isSelect() && q.next()) {
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
    return m_engine->errorFor(error, doing, m_location.shown(), m_mode == Mode::ReadOnly);
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
    if (auto r = m_db.exec(m_db.engine().beginWrite()); !r)
        return r.error();
    m_active = true;
    m_db.m_open = this;
    return success();
}

Status Database::Transaction::commit()
{
    if (auto r = m_db.exec(u"COMMIT"_s); !r) {
        rollback();
        return r.error();
    }
    m_active = false;
    if (m_db.m_open == this)
        m_db.m_open = nullptr;
    return success();
}

void Database::Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_db.m_open == this)
        m_db.m_open = nullptr;
    (void)m_db.exec(u"ROLLBACK"_s);
}

void Database::abortTransaction() const
{
    if (m_open)
        m_open->rollback();
}

} // namespace PaperSift
