// Database: real SQLite files in a sandbox — pragmas, migrations, backups, refusals, errors.
#include "store/database.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <unistd.h>

using namespace PaperSift;
using namespace Qt::StringLiterals;

namespace {

QVariant scalar(const Database &db, const QString &sql)
{
    auto rows = db.exec(sql);
    if (!rows || rows->isEmpty() || rows->first().isEmpty())
        return {};
    return rows->first().first();
}

// Reads a value from a file with a plain connection, outside Database (for backups).
QVariant rawScalar(const QString &file, const QString &sql)
{
    QVariant v;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                v = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return v;
}

Database::Options withMigrations(QList<Migration> migrations)
{
    Database::Options o;
    o.migrations = std::move(migrations);
    return o;
}

const Migration v1{1, u"one"_s, u"CREATE TABLE t (a INTEGER); -- a comment; with a semicolon\n"
                                "INSERT INTO t VALUES (1);"_s};
const Migration v2{2, u"two"_s, u"ALTER TABLE t ADD COLUMN b TEXT NOT NULL DEFAULT 'x;y';"_s};

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void pragmasAreSetAndChecked()
    {
        Test::Sandbox sandbox;
        QVERIFY(!QFileInfo::exists(QFileInfo(sandbox.databaseFile()).absolutePath()));
        auto db = Database::open(sandbox.databaseFile());
        QVERIFY2(db, qPrintable(db.errorMessage()));
        QVERIFY(QFileInfo::exists(sandbox.databaseFile())); // and its folder was made
        QCOMPARE((*db)->pragma(u"journal_mode"_s)->toString(), u"wal"_s);
        QCOMPARE((*db)->pragma(u"foreign_keys"_s)->toInt(), 1);
        QCOMPARE((*db)->pragma(u"busy_timeout"_s)->toInt(), 10000);
        QCOMPARE((*db)->pragma(u"synchronous"_s)->toInt(), 1); // NORMAL
        QCOMPARE((*db)->pragma(u"user_version"_s)->toInt(), Database::latestSchemaVersion());
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QVERIFY((*db)->backupPath().isEmpty()); // nothing to back up in a new file
        QCOMPARE((*db)->connection().driverName(), u"QSQLITE"_s);
    }

    void schemaHasEveryTable()
    {
        Test::Sandbox sandbox;
        auto db = Database::open(sandbox.databaseFile());
        QVERIFY2(db, qPrintable(db.errorMessage()));
        for (const char *table : {"papers", "paper_versions", "listings", "feed_state", "criteria", "scores", "runs",
                                  "user_state", "papers_fts"}) {
            QCOMPARE(scalar(**db, u"SELECT count(*) FROM sqlite_master WHERE name = '%1'"_s.arg(QLatin1StringView(table)))
                         .toInt(),
                     1);
        }
        QCOMPARE(scalar(**db, u"PRAGMA foreign_key_check"_s), QVariant());
        QCOMPARE(scalar(**db, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    }

    void migratesAnEmptyFile()
    {
        Test::Sandbox sandbox;
        QDir().mkpath(QFileInfo(sandbox.databaseFile()).absolutePath());
        QFile f(sandbox.databaseFile());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QCOMPARE(QFileInfo(sandbox.databaseFile()).size(), 0);
        auto db = Database::open(sandbox.databaseFile());
        QVERIFY2(db, qPrintable(db.errorMessage()));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY((*db)->backupPath().isEmpty());
        QCOMPARE(scalar(**db, u"SELECT count(*) FROM papers"_s).toInt(), 0);
    }

    void reopeningDoesNotMigrateAgain()
    {
        Test::Sandbox sandbox;
        {
            auto db = Database::open(sandbox.databaseFile(), withMigrations({v1}));
            QVERIFY2(db, qPrintable(db.errorMessage()));
            QCOMPARE(scalar(**db, u"SELECT count(*) FROM t"_s).toInt(), 1);
        }
        auto db = Database::open(sandbox.databaseFile(), withMigrations({v1}));
        QVERIFY2(db, qPrintable(db.errorMessage()));
        QCOMPARE(scalar(**db, u"SELECT count(*) FROM t"_s).toInt(), 1); // the INSERT did not run twice
        QVERIFY((*db)->backupPath().isEmpty());
    }

    void upgradeMakesABackupFirst()
    {
        Test::Sandbox sandbox;
        {
            auto db = Database::open(sandbox.databaseFile(), withMigrations({v1}));
            QVERIFY2(db, qPrintable(db.errorMessage()));
            QVERIFY((*db)->exec(u"INSERT INTO t VALUES (2)"_s));
        }
        auto db = Database::open(sandbox.databaseFile(), withMigrations({v1, v2}));
        QVERIFY2(db, qPrintable(db.errorMessage()));
        QCOMPARE((*db)->schemaVersion(), 2);
        QCOMPARE(scalar(**db, u"SELECT group_concat(b) FROM t"_s).toString(), u"x;y,x;y"_s);
        const QString backup = sandbox.databaseFile() + u".bak-v1"_s;
        QCOMPARE((*db)->backupPath(), backup);
        QVERIFY(QFileInfo::exists(backup));
        QCOMPARE(rawScalar(backup, u"PRAGMA user_version"_s).toInt(), 1);
        QCOMPARE(rawScalar(backup, u"SELECT count(*) FROM t"_s).toInt(), 2);
        QCOMPARE(rawScalar(backup, u"SELECT count(*) FROM pragma_table_info('t') WHERE name = 'b'"_s).toInt(), 0);
    }

    void failedMigrationChangesNothing()
    {
        Test::Sandbox sandbox;
        {
            auto db = Database::open(sandbox.databaseFile(), withMigrations({v1}));
            QVERIFY2(db, qPrintable(db.errorMessage()));
        }
        const Migration broken{2, u"broken"_s, u"CREATE TABLE u (x); ALTER TABLE nowhere ADD COLUMN c;"_s};
        auto db = Database::open(sandbox.databaseFile(), withMigrations({v1, broken}));
        QVERIFY(!db);
        QVERIFY2(db.errorMessage().contains(u"schema 2"_s), qPrintable(db.errorMessage()));
        QVERIFY2(db.errorMessage().contains(u"left as it was"_s), qPrintable(db.errorMessage()));
        QCOMPARE(rawScalar(sandbox.databaseFile(), u"PRAGMA user_version"_s).toInt(), 1);
        QCOMPARE(rawScalar(sandbox.databaseFile(), u"SELECT count(*) FROM sqlite_master WHERE name = 'u'"_s).toInt(), 0);
    }

    void newerSchemaIsRefused()
    {
        Test::Sandbox sandbox;
        {
            auto db = Database::open(sandbox.databaseFile());
            QVERIFY2(db, qPrintable(db.errorMessage()));
            QVERIFY((*db)->exec(u"PRAGMA user_version = 99"_s));
        }
        auto db = Database::open(sandbox.databaseFile());
        QVERIFY(!db);
        QVERIFY2(db.errorMessage().contains(u"was written by a newer PaperSift (schema 99"_s), qPrintable(db.errorMessage()));
        QVERIFY(db.errorMessage().contains(u"use --db to pick another library"_s));
        QCOMPARE(rawScalar(sandbox.databaseFile(), u"PRAGMA user_version"_s).toInt(), 99); // untouched
        auto readOnly = Database::open(sandbox.databaseFile(), Database::Mode::ReadOnly);
        QVERIFY(!readOnly);
        QVERIFY(readOnly.errorMessage().contains(u"newer PaperSift"_s));
    }

    void fileThatIsNotADatabase()
    {
        Test::Sandbox sandbox;
        QDir().mkpath(QFileInfo(sandbox.databaseFile()).absolutePath());
        QFile f(sandbox.databaseFile());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<html>This is a saved web page, not a database.</html>\n");
        f.close();
        auto db = Database::open(sandbox.databaseFile());
        QVERIFY(!db);
        QVERIFY2(db.errorMessage().contains(u"is not a database"_s), qPrintable(db.errorMessage()));
        QVERIFY(db.errorMessage().contains(u"--db"_s));
        QFile check(sandbox.databaseFile());
        QVERIFY(check.open(QIODevice::ReadOnly));
        QVERIFY(check.readAll().startsWith("<html>")); // left alone
    }

    void someoneElsesSqliteFileIsRefused()
    {
        Test::Sandbox sandbox;
        QDir().mkpath(QFileInfo(sandbox.databaseFile()).absolutePath());
        rawScalar(sandbox.databaseFile(), u"CREATE TABLE bookmarks (url TEXT)"_s);
        auto db = Database::open(sandbox.databaseFile());
        QVERIFY(!db);
        QVERIFY2(db.errorMessage().contains(u"not PaperSift's"_s), qPrintable(db.errorMessage()));
        QCOMPARE(rawScalar(sandbox.databaseFile(), u"SELECT count(*) FROM sqlite_master"_s).toInt(), 1);
    }

    void folderThatCannotBeCreated()
    {
        Test::Sandbox sandbox;
        // A regular file where the folder should be: mkpath fails even for root.
        QFile blocker(sandbox.path(u"blocker"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto db = Database::open(sandbox.path(u"blocker/papersift.sqlite"_s));
        QVERIFY(!db);
        QVERIFY2(db.errorMessage().contains(u"Cannot create the folder"_s), qPrintable(db.errorMessage()));
    }

    void readOnlyFolder()
    {
        if (::geteuid() == 0)
            QSKIP("root ignores folder permissions; folderThatCannotBeCreated covers the error path");
        Test::Sandbox sandbox;
        const QString dir = sandbox.path(u"locked"_s);
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner));
        auto db = Database::open(dir + u"/papersift.sqlite"_s);
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!db);
        QVERIFY2(db.errorMessage().contains(u"writable"_s) || db.errorMessage().contains(u"read-only"_s),
                 qPrintable(db.errorMessage()));
    }

    void readOnlyMode()
    {
        Test::Sandbox sandbox;
        auto missing = Database::open(sandbox.databaseFile(), Database::Mode::ReadOnly);
        QVERIFY(!missing);
        QVERIFY2(missing.errorMessage().contains(u"no PaperSift database"_s), qPrintable(missing.errorMessage()));
        QVERIFY(!QFileInfo::exists(sandbox.databaseFile())); // read-only creates nothing

        auto writer = Database::open(sandbox.databaseFile());
        QVERIFY2(writer, qPrintable(writer.errorMessage()));
        QVERIFY((*writer)->exec(u"INSERT INTO criteria VALUES ('abc', 'text', '2025-06-17T00:00:00.000Z')"_s));

        auto reader = Database::open(sandbox.databaseFile(), Database::Mode::ReadOnly);
        QVERIFY2(reader, qPrintable(reader.errorMessage()));
        QVERIFY((*reader)->isReadOnly());
        QCOMPARE(scalar(**reader, u"SELECT text FROM criteria"_s).toString(), u"text"_s);
        auto write = (*reader)->exec(u"DELETE FROM criteria"_s);
        QVERIFY(!write);
        QVERIFY2(write.errorMessage().contains(u"read-only"_s), qPrintable(write.errorMessage()));
        QCOMPARE(scalar(**writer, u"SELECT count(*) FROM criteria"_s).toInt(), 1);
    }

    void readerIsNotBlockedByAWriter()
    {
        // WAL: the GUI's reader sees the last committed state while a worker holds a write transaction.
        Test::Sandbox sandbox;
        auto writer = Database::open(sandbox.databaseFile());
        QVERIFY2(writer, qPrintable(writer.errorMessage()));
        auto reader = Database::open(sandbox.databaseFile(), Database::Mode::ReadOnly);
        QVERIFY2(reader, qPrintable(reader.errorMessage()));
        QVERIFY((*writer)->connection().connectionName() != (*reader)->connection().connectionName());

        Database::Transaction tx(**writer);
        QVERIFY(tx.begin());
        QVERIFY((*writer)->exec(u"INSERT INTO criteria VALUES ('abc', 'text', '2025-06-17T00:00:00.000Z')"_s));
        QCOMPARE(scalar(**reader, u"SELECT count(*) FROM criteria"_s).toInt(), 0);
        QVERIFY(tx.commit());
        QCOMPARE(scalar(**reader, u"SELECT count(*) FROM criteria"_s).toInt(), 1);
    }

    void secondWriterGetsABusyError()
    {
        Test::Sandbox sandbox;
        auto first = Database::open(sandbox.databaseFile());
        QVERIFY2(first, qPrintable(first.errorMessage()));
        Database::Options quick;
        quick.busyTimeoutMs = 50;
        auto second = Database::open(sandbox.databaseFile(), quick);
        QVERIFY2(second, qPrintable(second.errorMessage()));

        Database::Transaction holding(**first);
        QVERIFY(holding.begin());
        Database::Transaction waiting(**second);
        const Status s = waiting.begin();
        QVERIFY(!s);
        QVERIFY2(s.errorMessage().contains(u"busy"_s), qPrintable(s.errorMessage()));
        QVERIFY(s.errorMessage().contains(u"try again"_s));
        holding.rollback();
        QVERIFY(waiting.begin());
    }

    void eachThreadOpensItsOwnConnection()
    {
        Test::Sandbox sandbox;
        auto main = Database::open(sandbox.databaseFile());
        QVERIFY2(main, qPrintable(main.errorMessage()));
        QString workerError;
        int workerCount = -1;
        QThread *worker = QThread::create([&] {
            auto db = Database::open(sandbox.databaseFile());
            if (!db) {
                workerError = db.errorMessage();
                return;
            }
            (void)(*db)->exec(u"INSERT INTO criteria VALUES ('w', 'from a worker', '2025-06-17T00:00:00.000Z')"_s);
            workerCount = scalar(**db, u"SELECT count(*) FROM criteria"_s).toInt();
        });
        worker->start();
        QVERIFY(worker->wait(30000));
        delete worker;
        QVERIFY2(workerError.isEmpty(), qPrintable(workerError));
        QCOMPARE(workerCount, 1);
        QCOMPARE(scalar(**main, u"SELECT text FROM criteria"_s).toString(), u"from a worker"_s);
    }

    void splitsScripts()
    {
        const QStringList s = Database::splitStatements(
            u"-- header; with semicolon\nCREATE TABLE a (x TEXT DEFAULT ';');\n/* block; comment */\n"
            "CREATE TRIGGER tr AFTER INSERT ON a BEGIN\n  INSERT INTO b VALUES (new.x);\n  DELETE FROM c;\nEND;\n"
            "INSERT INTO a VALUES ('it''s; fine');\nSELECT 1"_s);
        QCOMPARE(s.size(), 4);
        QCOMPARE(s[0], u"CREATE TABLE a (x TEXT DEFAULT ';')"_s);
        QVERIFY(s[1].startsWith(u"CREATE TRIGGER tr"_s));
        QVERIFY(s[1].endsWith(u"END"_s));
        QVERIFY(s[1].contains(u"DELETE FROM c;"_s));
        QCOMPARE(s[2], u"INSERT INTO a VALUES ('it''s; fine')"_s);
        QCOMPARE(s[3], u"SELECT 1"_s);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
