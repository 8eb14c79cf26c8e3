// `papersift import` as a real process: counts, bad input, and a kill -9 in the middle of an import.
#include "store/database.h"
#include "store/libraryquery.h"
#include "store/paperrepository.h"
#include "store/papersearch.h"
#include "syntheticfeed.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <memory>

using namespace PaperSift;
using namespace Qt::StringLiterals;

class TestImportCommand : public QObject
{
    Q_OBJECT

    struct Outcome
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Outcome run(const QString &db, const QStringList &args)
    {
        QProcess p;
        p.setProgram(QStringLiteral(PAPERSIFT_EXECUTABLE));
        p.setArguments(QStringList{u"--db"_s, db, u"import"_s} + args);
        p.start();
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    static int papersIn(const QString &file)
    {
        auto db = Database::open(file, Database::Mode::ReadOnly);
        if (!db)
            return -1;
        auto rows = (*db)->exec(u"SELECT count(*) FROM papers"_s);
        return rows ? rows->first().first().toInt() : -1;
    }

    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

private slots:
    void importsTheRealFeeds()
    {
        Test::Sandbox sandbox;
        const QString ai = Test::fixturePath(u"arxiv/rss2_daily_cs-ai_fetched-2025-06-17.xml"_s);
        const QString lg = Test::fixturePath(u"arxiv/rss2_daily_cs-lg_fetched-2025-06-17.xml"_s);
        const Outcome first = run(sandbox.databaseFile(), {ai, lg});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains(u"293 papers (feed day 2025-06-16, cs.AI)"_s), qPrintable(first.out));
        QVERIFY2(first.out.contains(u"317 papers (feed day 2025-06-16, cs.LG)"_s), qPrintable(first.out));
        QVERIFY2(first.out.contains(u"total: 2 of 2 files, 610 papers"_s), qPrintable(first.out));

        {
            auto db = Database::open(sandbox.databaseFile(), Database::Mode::ReadOnly);
            QVERIFY2(db, qPrintable(db.errorMessage()));
            auto day = PaperRepository(**db).papersForDay(QDate(2025, 6, 16), {AnnounceType::New, AnnounceType::Cross});
            QVERIFY2(day, qPrintable(day.errorMessage()));
            QCOMPARE(day->size(), 318); // distinct new+cross papers across both feeds
            auto days = LibraryQuery(**db).days({{AnnounceType::New, AnnounceType::Cross}});
            QCOMPARE(days->size(), 1);
            QCOMPARE(days->first().papers, 318);
            auto listings = (*db)->exec(u"SELECT count(*) FROM listings WHERE announce_type IN ('new', 'cross')"_s);
            QCOMPARE(listings->first().first().toInt(), 396); // what the old tool counted as "scanned"
            // arXiv sends TeX; search finds the decoded, accent-folded text.
            QVERIFY(!PaperSearch(**db).search(u"knowledge graph reasoning"_s)->isEmpty());
        }

        const Outcome again = run(sandbox.databaseFile(), {ai, lg});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(u"610 papers: 0 new, 0 new versions"_s), qPrintable(again.out));
        QVERIFY(again.out.contains(u"0 listings added, 0 changed"_s));
    }

    void emptyFeedIsNotAnError()
    {
        Test::Sandbox sandbox;
        const Outcome o = run(sandbox.databaseFile(), {Test::fixturePath(u"arxiv/rss2_empty-weekend_cs.LG_pub-2024-03-09.xml"_s)});
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QVERIFY2(o.out.contains(u": 0 papers"_s), qPrintable(o.out));
        QVERIFY(o.out.contains(u"weekends and holidays"_s));
    }

    void badFilesStoreNothingAndFail()
    {
        Test::Sandbox sandbox;
        QVERIFY(writeFile(sandbox.path(u"error.html"_s), "<!DOCTYPE html><html><body>503 Service Unavailable</body></html>"));
        const QByteArray good = Test::readFixture(u"arxiv/rss2_daily_cs-ai_fetched-2025-06-17.xml"_s);
        QVERIFY(writeFile(sandbox.path(u"truncated.xml"_s), good.left(good.size() / 2)));
        const Outcome o = run(sandbox.databaseFile(),
                              {sandbox.path(u"error.html"_s), sandbox.path(u"truncated.xml"_s),
                               Test::fixturePath(u"arxiv/api_id-list_1605.08386.xml"_s)});
        QCOMPARE(o.exitCode, 7); // ExitInput
        QVERIFY2(o.err.contains(u"error.html"_s), qPrintable(o.err));
        QVERIFY2(o.err.contains(u"truncated.xml"_s), qPrintable(o.err));
        QVERIFY2(o.out.contains(u"total: 1 of 3 files"_s), qPrintable(o.out));
        QCOMPARE(papersIn(sandbox.databaseFile()), 1); // only the good API page

        // A missing file and a folder are unreadable input, as a file that is not a feed (issue 15).
        const Outcome missing = run(sandbox.databaseFile(), {sandbox.path(u"nope.xml"_s)});
        QCOMPARE(missing.exitCode, 7); // ExitInput
        QVERIFY2(missing.err.contains(u"Cannot read "_s + sandbox.path(u"nope.xml"_s) + u": there is no such file"_s),
            qPrintable(missing.err));
        const Outcome folder = run(sandbox.databaseFile(), { sandbox.path(QString()) });
        QCOMPARE(folder.exitCode, 7);
        QVERIFY2(folder.err.contains(u"it is a folder, not a feed file"_s), qPrintable(folder.err));

        const Outcome apiError = run(sandbox.databaseFile(), {Test::fixturePath(u"arxiv/api_error_http400_id-list_abc.xml"_s)});
        QCOMPARE(apiError.exitCode, 7);
        QCOMPARE(papersIn(sandbox.databaseFile()), 1);

        const Outcome none = run(sandbox.databaseFile(), {});
        QCOMPARE(none.exitCode, 2);
    }

    void refusesADatabaseItCannotUse()
    {
        Test::Sandbox sandbox;
        QVERIFY(writeFile(sandbox.path(u"notes.txt"_s), "not a database"));
        const Outcome o = run(sandbox.path(u"notes.txt"_s),
                              {Test::fixturePath(u"arxiv/rss2_daily_cs-ai_fetched-2025-06-17.xml"_s)});
        QCOMPARE(o.exitCode, 6);
        QVERIFY2(o.err.contains(u"is not a database"_s), qPrintable(o.err));
    }

    void survivesKillMidImport()
    {
        // Many files, each its own transaction: the child is killed with SIGKILL once some of them
        // are committed. The database must be intact, hold whole files only,
        // and a second import must finish the job.
        Test::Sandbox sandbox;
        constexpr int files = 24;
        constexpr int perFile = 300;
        const QDate day(2025, 6, 16);
        QStringList paths;
        for (int i = 0; i < files; ++i) {
            const QString path = sandbox.path(u"feed-%1.xml"_s.arg(i));
            QVERIFY(writeFile(path, Test::syntheticRss2(i * perFile, perFile, day, u"cs.LG"_s)));
            paths.append(path);
        }
        const QString dbFile = sandbox.databaseFile();
        const QString wal = dbFile + u"-wal"_s;

        QProcess child;
        child.setProgram(QStringLiteral(PAPERSIFT_EXECUTABLE));
        child.setArguments(QStringList{u"--db"_s, dbFile, u"import"_s} + paths);
        child.start();
        QVERIFY(child.waitForStarted());
        // The command prints a line after each committed file: kill it a few files in, while the
        // WAL holds committed and uncommitted frames.
        QByteArray printed;
        auto committedFiles = [&] {
            printed += child.readAllStandardOutput();
            return printed.count(" changed\n");
        };
        QTRY_VERIFY_WITH_TIMEOUT(committedFiles() >= 3 || child.state() == QProcess::NotRunning, 60000);
        QVERIFY(QFileInfo(wal).size() > 0);
        QVERIFY2(child.state() == QProcess::Running, "the import finished before it could be killed; make it bigger");
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        {
            auto db = Database::open(dbFile);
            QVERIFY2(db, qPrintable(db.errorMessage()));
            auto check = (*db)->exec(u"PRAGMA integrity_check"_s);
            QVERIFY2(check, qPrintable(check.errorMessage()));
            QCOMPARE(check->first().first().toString(), u"ok"_s);
            auto fts = (*db)->exec(u"INSERT INTO papers_fts(papers_fts, rank) VALUES ('integrity-check', 1)"_s);
            QVERIFY2(fts, qPrintable(fts.errorMessage()));
            const int stored = (*db)->exec(u"SELECT count(*) FROM papers"_s)->first().first().toInt();
            QVERIFY(stored > 0);
            QVERIFY(stored < files * perFile);
            QCOMPARE(stored % perFile, 0); // whole files only: each one is a transaction
            const int listed = (*db)->exec(u"SELECT count(DISTINCT paper_id) FROM listings"_s)->first().first().toInt();
            QCOMPARE(listed, stored);
        }

        const Outcome second = run(dbFile, paths);
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(second.out.contains(u"total: %1 of %1 files, %2 papers"_s.arg(files).arg(files * perFile)),
                 qPrintable(second.out));
        QCOMPARE(papersIn(dbFile), files * perFile);
    }
};

QTEST_GUILESS_MAIN(TestImportCommand)
#include "tst_importcommand.moc"
