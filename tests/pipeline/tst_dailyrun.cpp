// The daily run's fetch path against the fake arXiv server: fetch → store → filter → score, the
// conditional GET on the next run, a feed arXiv has not updated yet, the lock, and resume.
#include "config/settings.h"
#include "fakearxivserver.h"
#include "pipeline/dailyrun.h"
#include "pipeline/runlock.h"
#include "store/database.h"
#include "store/libraryquery.h"
#include "store/paperrepository.h"
#include "store/runlog.h"
#include "testsupport.h"

#include <QTest>

using namespace PaperSift;
using namespace PaperSift::Test;
using namespace Qt::StringLiterals;

class TestDailyRun : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<FakeArxivServer> m_server;

    RunOptions options() const
    {
        RunOptions o = RunOptions::fromSettings(Settings());
        o.categories = {u"cs.AI"_s};
        o.announceTypes = {u"new"_s, u"cross"_s};
        o.scorer = RunOptions::Scorer::Keyword;
        o.rssBaseUrl = m_server->url().toString();
        return o;
    }

    /// The verdict the runs table recorded for the day's latest run.
    static RunVerdict recordedVerdict(QDate day)
    {
        auto db = Database::open(AppPaths::databaseFile(), Database::Mode::ReadOnly);
        auto runs = RunLog(**db).runsForDay(day);
        if (!runs || runs->isEmpty())
            return RunVerdict::None;
        const auto record = RunVerdictRecord::fromState(runs->last().state);
        return record ? record->verdict : RunVerdict::None;
    }

    static int paperCount()
    {
        auto db = Database::open(AppPaths::databaseFile(), Database::Mode::ReadOnly);
        return PaperRepository(**db).paperCount().value();
    }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<Sandbox>();
        Settings settings;
        QVERIFY(settings.set(Settings::RequestSpacingMs, 50).isEmpty());
        settings.sync();
        m_server = std::make_unique<FakeArxivServer>();
        QVERIFY(m_server->listen());
        m_server->serveFile(u"/rss/cs.AI"_s, readFixture(u"arxiv/rss2_daily_cs-ai_fetched-2025-06-17.xml"_s), "\"v1\"");
    }

    void cleanup()
    {
        m_server.reset();
        m_sandbox.reset();
    }

    void fetchesScoresAndThenAsksConditionally()
    {
        QList<RunProgress::Stage> stages;
        DailyRun run(options());
        connect(&run, &DailyRun::progress, this, [&](const RunProgress &p) { stages.append(p.stage); });
        const RunResult result = run.execute();
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.summary.day, QDate(2025, 6, 16));
        QCOMPARE(result.summary.totalPapers, 293);
        QCOMPARE(result.summary.scannedPapers, 202); // 22 new + 180 cross
        QCOMPARE(result.summary.model, u"keyword"_s);
        QVERIFY(result.summary.relevantPapers > 0);
        QCOMPARE(result.verdict, RunVerdict::Complete); // a normal day
        QVERIFY(stages.contains(RunProgress::Stage::Fetching));
        QVERIFY(stages.contains(RunProgress::Stage::Scoring));
        QCOMPARE(m_server->requests().size(), 1);
        QVERIFY(m_server->requests().first().headers.value("user-agent").startsWith("PaperSift/"));
        QCOMPARE(paperCount(), 293);

        // The next run asks with the ETag, gets 304, and pays for nothing.
        DailyRun again(options());
        const RunResult second = again.execute();
        QVERIFY2(second.ok(), qPrintable(second.message));
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_server->requests().last().headers.value("if-none-match"), QByteArray("\"v1\""));
        QVERIFY(second.notice.contains(u"not changed"_s));
        QCOMPARE(second.summary.day, QDate(2025, 6, 16));
        QCOMPARE(second.cached, 202);

        auto db = Database::open(AppPaths::databaseFile(), Database::Mode::ReadOnly);
        auto runs = RunLog(**db).runsForDay(QDate(2025, 6, 16));
        QVERIFY(runs);
        QCOMPARE(runs->size(), 2);
        QCOMPARE(runs->first().status, RunStatus::Done);
        QCOMPARE(runs->first().scannedPapers, 202);
    }

    void aFeedWithYesterdaysPapersIsNotUpdatedYet()
    {
        DailyRun first(options());
        QVERIFY(first.execute().ok());
        // The same papers under a new ETag (and a later pubDate): arXiv has not announced yet.
        QByteArray body = readFixture(u"arxiv/rss2_daily_cs-ai_fetched-2025-06-17.xml"_s);
        body.replace("Mon, 16 Jun 2025 00:00:00 -0400", "Tue, 17 Jun 2025 00:00:00 -0400");
        m_server->serveFile(u"/rss/cs.AI"_s, body, "\"v2\"");
        DailyRun second(options());
        const RunResult result = second.execute();
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY2(result.notice.contains(u"not published"_s), qPrintable(result.notice));
        QCOMPARE(result.verdict, RunVerdict::NotAnnounced);
        QCOMPARE(recordedVerdict(QDate(2025, 6, 16)), RunVerdict::NotAnnounced);
        QCOMPARE(result.summary.day, QDate(2025, 6, 16));
        auto db = Database::open(AppPaths::databaseFile(), Database::Mode::ReadOnly);
        auto days = LibraryQuery(**db).days();
        QCOMPARE(days->size(), 1); // nothing listed under 2025-06-17
    }

    void anEmptyFeedIsAHolidayOrAMissingDay_data()
    {
        QTest::addColumn<QByteArray>("pubDate");
        QTest::addColumn<int>("verdict");
        QTest::newRow("a Saturday") << QByteArray("Sat, 09 Mar 2024 00:00:00 -0500") << int(RunVerdict::NoAnnouncement);
        QTest::newRow("a holiday") << QByteArray("Wed, 31 Dec 2025 00:00:00 -0500") << int(RunVerdict::NoAnnouncement);
        QTest::newRow("a plain Monday") << QByteArray("Mon, 11 Mar 2024 00:00:00 -0400") << int(RunVerdict::Missing);
    }

    void anEmptyFeedIsAHolidayOrAMissingDay()
    {
        QFETCH(QByteArray, pubDate);
        QFETCH(int, verdict);
        // The real empty weekend feed, dated as each row says.
        QByteArray body = readFixture(u"arxiv/rss2_empty-weekend_cs.LG_pub-2024-03-09.xml"_s);
        body.replace("Sat, 09 Mar 2024 00:00:00 -0500", pubDate);
        m_server->serveFile(u"/rss/cs.AI"_s, body, "\"empty\"");
        DailyRun run(options());
        const RunResult result = run.execute();
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(int(result.verdict), verdict);
        QVERIFY(!result.notice.isEmpty());
        if (verdict == int(RunVerdict::Missing))
            QVERIFY2(result.notice.contains(u"papersift recover --date 2024-03-11"_s), qPrintable(result.notice));
        QCOMPARE(int(recordedVerdict(result.summary.day)), verdict);
    }

    void aFeedErrorIsItsOwnVerdict()
    {
        m_server->serveFile(u"/rss/cs.AI"_s, "<html><body>Service unavailable</body></html>", "\"html\"");
        DailyRun run(options());
        const RunResult result = run.execute();
        QVERIFY(!result.ok());
        QCOMPARE(result.verdict, RunVerdict::FeedFailed);
    }

    void aDayWithNothingKeptSaysWhy()
    {
        RunOptions o = options();
        o.relevanceCutoff = 10;
        o.noveltyCutoff = 10;
        o.criteriaText = u"## Topics\n\n- Keywords: zzyzx quuxification\n"_s; // matches no paper
        DailyRun run(o);
        const RunResult result = run.execute();
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.summary.relevantPapers, 0);
        QCOMPARE(result.verdict, RunVerdict::NoneKept);
        QVERIFY2(result.notice.contains(u"check the cutoffs"_s), qPrintable(result.notice));
        QCOMPARE(recordedVerdict(QDate(2025, 6, 16)), RunVerdict::NoneKept);
    }

    void aSecondRunIsRefusedWhileOneHoldsTheLock()
    {
        auto lock = RunLock::acquire(AppPaths::databaseFile());
        QVERIFY(lock);
        DailyRun run(options());
        const RunResult result = run.execute();
        QCOMPARE(result.failure, RunFailure::Busy);
        QVERIFY(result.message.contains(u"Another PaperSift run"_s));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void anInterruptedRunIsRecordedAndResumed()
    {
        // A run that died mid-way (its process killed): marked running, some papers scored.
        {
            auto db = Database::open(AppPaths::databaseFile());
            RunLog runLog(**db);
            RunSummary dead;
            dead.day = QDate(2025, 6, 16);
            dead.status = RunStatus::Running;
            dead.started = QDateTime::currentDateTimeUtc();
            QVERIFY(runLog.startRun(dead));
        }
        DailyRun run(options());
        const RunResult result = run.execute();
        QVERIFY2(result.ok(), qPrintable(result.message));
        auto db = Database::open(AppPaths::databaseFile(), Database::Mode::ReadOnly);
        RunLog runLog(**db);
        QVERIFY(runLog.unfinishedRuns()->isEmpty());
        auto runs = runLog.runsForDay(QDate(2025, 6, 16));
        QCOMPARE(runs->first().status, RunStatus::Interrupted);
    }

    void scoringAStoredDayNeedsPapers()
    {
        RunOptions o = options();
        o.day = QDate(2024, 1, 2);
        o.fetch = false;
        DailyRun run(o);
        const RunResult result = run.execute();
        QCOMPARE(result.failure, RunFailure::Input);
        QVERIFY(result.message.contains(u"papersift import"_s));
    }

    void aRecoveryThatFindsNothingSaysSo()
    {
        // The API answers "no results" for the day's window: nothing is listed, and the run ends
        // with the day's verdict and why, not with "import that day's feeds".
        m_server->enqueue(u"/api/query"_s,
            FakeArxivServer::Reply::ok(readFixture(u"arxiv/api_id-list_0000.0000_zero-results.xml"_s)));
        {
            Settings settings;
            QVERIFY(settings.set(Settings::ApiBaseUrl, m_server->apiUrl().toString()).isEmpty());
        }
        RunOptions o = options();
        o.day = QDate(2025, 6, 16);
        o.fetch = false;
        o.recover = true;
        DailyRun run(o);
        const RunResult result = run.execute();
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.verdict, RunVerdict::Missing);
        QVERIFY2(result.notice.contains(u"nothing to recover"_s), qPrintable(result.notice));
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(paperCount(), 0);

        // A Saturday has no feed to recover.
        o.day = QDate(2025, 6, 14);
        DailyRun saturday(o);
        const RunResult refused = saturday.execute();
        QCOMPARE(refused.failure, RunFailure::Input);
        QVERIFY2(refused.message.contains(u"no daily feed"_s), qPrintable(refused.message));
        QCOMPARE(m_server->requests().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDailyRun)
#include "tst_dailyrun.moc"
