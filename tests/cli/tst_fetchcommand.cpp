// `papersift fetch`, `papersift backfill` and `papersift recover` as real processes against the fake arXiv server.
//
// The server lives in this process and answers from this thread's event loop, so the child is
// always awaited with QSignalSpy::wait (which spins the loop), never with waitForFinished().
#include "config/settings.h"
#include "fakearxivserver.h"
#include "store/database.h"
#include "store/paperrepository.h"
#include "store/runlog.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace PaperSift;
using namespace PaperSift::Test;
using namespace Qt::StringLiterals;

namespace {

const QString feedPath = u"/rss/cs.LG+cs.AI"_s;
const QString aiFixture = u"arxiv/rss2_daily_cs-ai_fetched-2025-06-17.xml"_s;

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs papersift with the sandbox's database and config; the event loop keeps serving meanwhile.
Outcome run(const Sandbox &sandbox, const QStringList &args)
{
    QProcess p;
    p.setProgram(QStringLiteral(PAPERSIFT_EXECUTABLE));
    p.setArguments(QStringList { u"--db"_s, sandbox.databaseFile(), u"--config"_s, sandbox.configDir() } + args);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start();
    if (!finished.wait(120000) || p.exitStatus() != QProcess::NormalExit) {
        p.kill();
        finished.wait(5000);
        return {};
    }
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

// Short spacing so the tests run fast; the client's politeness still applies.
void setSpacing(int ms)
{
    Settings settings; // the sandbox's config dir
    QVERIFY(settings.set(Settings::RequestSpacingMs, ms).isEmpty());
    settings.sync();
}

int count(const Sandbox &sandbox, const QString &sql)
{
    if (!QFile::exists(sandbox.databaseFile()))
        return 0;
    auto db = Database::open(sandbox.databaseFile(), Database::Mode::ReadOnly);
    if (!db)
        return -1;
    auto rows = (*db)->exec(sql);
    return rows && !rows->isEmpty() ? rows->first().first().toInt() : -1;
}

QString joined(const QStringList &list)
{
    return list.join(u',');
}

} // namespace

class TestFetchCommand : public QObject
{
    Q_OBJECT

private slots:
    void firstFetchStoresTheFeedThenNotModified()
    {
        Sandbox sandbox;
        setSpacing(200);
        FakeArxivServer server;
        QVERIFY(server.listen());
        server.serveFile(feedPath, readFixture(aiFixture), "\"day-2025-06-16\"", "Mon, 16 Jun 2025 04:00:05 GMT");
        const QStringList args { u"fetch"_s, u"--rss-base-url"_s, server.url().toString() };

        const Outcome first = run(sandbox, args);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QCOMPARE(server.requestCount(), 1); // one request for both categories (the settings' default)
        const FakeArxivServer::Request &request = server.requests().first();
        QCOMPARE(request.path, feedPath);
        QVERIFY2(request.header("User-Agent").startsWith("PaperSift/"), request.header("User-Agent").constData());
        QVERIFY(request.header("If-None-Match").isEmpty());
        QVERIFY2(first.out.contains(
                     u"feed day 2025-06-16 (cs.AI): 293 items (new 22, cross 180, replace 18, replace-cross 73)"_s),
            qPrintable(first.out));
        QVERIFY2(first.out.contains(u"kept: 202 (new 22, cross 180); every item is stored"_s), qPrintable(first.out));
        QVERIFY2(first.out.contains(u"store: 293 added, 0 new versions, 0 unchanged; 293 listings added, 0 changed"_s),
            qPrintable(first.out));
        QVERIFY2(first.err.isEmpty(), qPrintable(first.err)); // no progress lines: stderr is not a terminal

        {
            auto db = Database::open(sandbox.databaseFile(), Database::Mode::ReadOnly);
            QVERIFY2(db, qPrintable(db.errorMessage()));
            PaperRepository papers(**db);
            QCOMPARE(*papers.paperCount(), 293); // every announce type is stored
            QCOMPARE(papers.papersForDay(QDate(2025, 6, 16), { AnnounceType::New, AnnounceType::Cross })->size(), 202);
            const auto state = RunLog(**db).feedState(server.url().toString() + feedPath);
            QVERIFY(state.ok() && state->has_value());
            QCOMPARE((*state)->etag, u"\"day-2025-06-16\""_s);
            QCOMPARE((*state)->feedDay, QDate(2025, 6, 16));
            QCOMPARE((*state)->ids.size(), 293);
        }

        const Outcome second = run(sandbox, args + QStringList { u"--announce"_s, u"new"_s });
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QCOMPARE(server.requestCount(), 2);
        QCOMPARE(server.requests().last().header("If-None-Match"), QByteArray("\"day-2025-06-16\""));
        QCOMPARE(server.requests().last().header("If-Modified-Since"), QByteArray("Mon, 16 Jun 2025 04:00:05 GMT"));
        QVERIFY2(
            second.out.contains(u"not modified since 2025-06-16 04:00 UTC, nothing new"_s), qPrintable(second.out));
        QCOMPARE(count(sandbox, u"SELECT count(*) FROM papers"_s), 293);
    }

    void sameIdsIsNotUpdatedYet()
    {
        Sandbox sandbox;
        setSpacing(200);
        FakeArxivServer server;
        QVERIFY(server.listen());
        const QByteArray monday = readFixture(aiFixture);
        server.serveFile(feedPath, monday, "\"a\"");
        const QStringList args { u"fetch"_s, u"--rss-base-url"_s, server.url().toString() };
        const Outcome first = run(sandbox, args);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));

        // Tuesday evening, before 20:00: a rebuilt feed with a new date but Monday's papers.
        QByteArray tuesday = monday;
        tuesday.replace("Mon, 16 Jun 2025", "Tue, 17 Jun 2025");
        QVERIFY(tuesday != monday);
        server.serveFile(feedPath, tuesday, "\"b\"");
        const Outcome stale = run(sandbox, args);
        QVERIFY2(stale.exitCode == 0, qPrintable(stale.err));
        QVERIFY2(stale.out.contains(u"arXiv has not published today's announcements yet (same 293 papers as "
                                    "2025-06-16); try again after 20:00 US Eastern"_s),
            qPrintable(stale.out));
        // Monday's papers are not listed again under Tuesday.
        QCOMPARE(count(sandbox, u"SELECT count(*) FROM listings WHERE day = '2025-06-17'"_s), 0);
        QCOMPARE(count(sandbox, u"SELECT count(DISTINCT day) FROM listings"_s), 1);

        // The validators of the stale copy are remembered: the next try is a cheap 304.
        const Outcome again = run(sandbox, args);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(server.requests().last().header("If-None-Match"), QByteArray("\"b\""));
        QVERIFY2(again.out.contains(u"nothing new"_s), qPrintable(again.out));

        // Then arXiv announces: other papers, stored.
        server.serveFile(feedPath, readFixture(u"arxiv/rss2_daily_cs-lg_fetched-2025-06-17.xml"_s), "\"c\"");
        const Outcome fresh = run(sandbox, args);
        QVERIFY2(fresh.exitCode == 0, qPrintable(fresh.err));
        QVERIFY2(fresh.out.contains(u"(cs.LG): 317 items"_s), qPrintable(fresh.out));
        QVERIFY(!fresh.out.contains(u"not published"_s));
        QCOMPARE(server.requestCount(), 4);
    }

    void emptyWeekendFeedIsNormal()
    {
        Sandbox sandbox;
        setSpacing(200);
        FakeArxivServer server;
        QVERIFY(server.listen());
        server.serveFile(u"/rss/cs.LG"_s, readFixture(u"arxiv/rss2_empty-weekend_cs.LG_pub-2024-03-09.xml"_s));
        const QStringList args { u"fetch"_s, u"--categories"_s, u"cs.LG"_s, u"--rss-base-url"_s,
            server.url().toString() };
        for (int i = 0; i < 2; ++i) { // Sunday's empty feed after Saturday's is not "not updated yet"
            const Outcome o = run(sandbox, args);
            QVERIFY2(o.exitCode == 0, qPrintable(o.err));
            QVERIFY2(o.out.contains(u"feed day 2024-03-09 (cs.LG): 0 items; an empty feed: arXiv announces nothing "
                                    "on weekends and holidays"_s),
                qPrintable(o.out));
            QVERIFY2(!o.out.contains(u"not published"_s), qPrintable(o.out));
        }
        QCOMPARE(server.requestCount(), 2);
        QCOMPARE(count(sandbox, u"SELECT count(*) FROM papers"_s), 0);
        QCOMPARE(count(sandbox, u"SELECT count(*) FROM feed_state"_s), 1);
    }

    void unavailableArxivIsANetworkError()
    {
        Sandbox sandbox;
        setSpacing(100);
        FakeArxivServer server;
        QVERIFY(server.listen());
        // Retry-After: 0 keeps the test quick; the client still retries (and spaces) as it would.
        for (int i = 0; i < 4; ++i)
            server.enqueue(feedPath, FakeArxivServer::Reply::withStatus(503, "0"));
        server.serveFile(feedPath, readFixture(aiFixture)); // what a fifth try would get
        const Outcome o = run(sandbox, { u"fetch"_s, u"--rss-base-url"_s, server.url().toString() });
        QCOMPARE(o.exitCode, 3); // ExitNetwork
        QVERIFY2(o.err.contains(u"arXiv answered HTTP 503 four times"_s), qPrintable(o.err));
        QVERIFY2(o.err.contains(u"Try again in a few minutes"_s), qPrintable(o.err));
        QCOMPARE(server.requestCount(), 4); // the first try and three retries
        QVERIFY(o.out.isEmpty());
        QCOMPARE(count(sandbox, u"SELECT count(*) FROM papers"_s), 0);
        QCOMPARE(count(sandbox, u"SELECT count(*) FROM feed_state"_s), 0);
    }

    void htmlPageIsNotAFeed()
    {
        Sandbox sandbox;
        setSpacing(100);
        FakeArxivServer server;
        QVERIFY(server.listen());
        server.enqueue(feedPath, FakeArxivServer::Reply::html(200));
        const Outcome o = run(sandbox, { u"fetch"_s, u"--rss-base-url"_s, server.url().toString() });
        QCOMPARE(o.exitCode, 7); // ExitInput
        QVERIFY2(o.err.contains(u"is a web page, not an arXiv feed"_s), qPrintable(o.err));
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(count(sandbox, u"SELECT count(*) FROM papers"_s), 0);
        QCOMPARE(count(sandbox, u"SELECT count(*) FROM feed_state"_s), 0);
    }

    void rssBaseUrlFromTheSettings()
    {
        Sandbox sandbox;
        setSpacing(100);
        FakeArxivServer server;
        QVERIFY(server.listen());
        {
            Settings settings;
            QVERIFY(settings.set(Settings::RssBaseUrl, server.url().toString()).isEmpty());
            QVERIFY(settings.set(Settings::Categories, u"cs.AI"_s).isEmpty());
            settings.sync();
        }
        server.serveFile(u"/rss/cs.AI"_s, readFixture(aiFixture));
        const Outcome o = run(sandbox, { u"fetch"_s, u"--announce"_s, u"replace,replace-cross"_s });
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QVERIFY2(o.out.contains(u"kept: 91 (replace 18, replace-cross 73)"_s), qPrintable(o.out));
        QCOMPARE(count(sandbox, u"SELECT count(*) FROM papers"_s), 293);
    }

    void backfillByIdsInBatches()
    {
        Sandbox sandbox;
        setSpacing(200);
        FakeArxivServer server;
        QVERIFY(server.listen());
        const QStringList known = FakeArxivServer::syntheticIds(150);
        server.setApiPapers(known);
        const QStringList asked = known + QStringList { u"2506.99999"_s };
        const Outcome o = run(
            sandbox, { u"backfill"_s, u"--ids"_s, joined(asked), u"--api-base-url"_s, server.apiUrl().toString() });
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QCOMPARE(server.requestCount(), 2); // at most 100 ids a request
        QCOMPARE(server.requests().at(0).queryValue(u"id_list"_s).split(u',').size(), 100);
        QCOMPARE(server.requests().at(1).queryValue(u"id_list"_s).split(u',').size(), 51);
        QVERIFY2(o.out.contains(u"page 1: 100 papers (100 of 100): 100 added, 0 new versions, 0 unchanged"_s),
            qPrintable(o.out));
        QVERIFY2(o.out.contains(u"page 2: 50 papers (150 of 150): 50 added"_s), qPrintable(o.out));
        QVERIFY2(o.out.contains(u"total: 150 papers of 151 ids (arXiv does not know the others) in 2 requests: "
                                "150 added, 0 new versions, 0 unchanged"_s),
            qPrintable(o.out));
        QVERIFY2(o.err.isEmpty(), qPrintable(o.err));
        QCOMPARE(count(sandbox, u"SELECT count(*) FROM papers"_s), 150);
        QCOMPARE(count(sandbox, u"SELECT count(*) FROM listings"_s), 0); // the API says no feed day
        // The spacing from the settings reached the client (a lower bound, from the server's clock).
        const qint64 gapNs = server.requests().at(1).receivedNs - server.requests().at(0).doneNs;
        QVERIFY2(gapNs >= qint64(190) * 1000 * 1000, qPrintable(QString::number(gapNs / 1e6)));

        // Again: nothing new.
        const Outcome again = run(
            sandbox, { u"backfill"_s, u"--ids"_s, known.first(), u"--api-base-url"_s, server.apiUrl().toString() });
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(u"total: 1 papers in 1 request: 0 added, 0 new versions, 1 unchanged"_s),
            qPrintable(again.out));
    }

    void backfillDateRangePages()
    {
        Sandbox sandbox;
        setSpacing(100);
        FakeArxivServer server;
        QVERIFY(server.listen());
        server.setApiPapers(FakeArxivServer::syntheticIds(450));
        const Outcome o = run(sandbox,
            { u"backfill"_s, u"--from"_s, u"2025-06-16"_s, u"--to"_s, u"2025-06-17"_s, u"--categories"_s,
                u"cs.LG,cs.AI"_s, u"--api-base-url"_s, server.apiUrl().toString() });
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QCOMPARE(server.requestCount(), 3);
        QStringList starts;
        for (const auto &r : server.requests())
            starts << r.queryValue(u"start"_s);
        QCOMPARE(starts, (QStringList { u"0"_s, u"200"_s, u"400"_s }));
        QCOMPARE(server.requests().first().queryValue(u"search_query"_s),
            u"(cat:cs.LG OR cat:cs.AI) AND submittedDate:[202506160000 TO 202506172359]"_s);
        QVERIFY2(o.out.contains(u"page 1: 200 papers (200 of 450)"_s), qPrintable(o.out));
        QVERIFY2(o.out.contains(u"page 3: 50 papers (450 of 450): 50 added"_s), qPrintable(o.out));
        QVERIFY2(o.out.contains(u"total: 450 papers submitted to cs.LG,cs.AI from 2025-06-16 to 2025-06-17 in 3 "
                                "requests: 450 added"_s),
            qPrintable(o.out));
        QCOMPARE(count(sandbox, u"SELECT count(*) FROM papers"_s), 450);
        QCOMPARE(count(sandbox, u"SELECT count(*) FROM listings"_s), 0);
    }

    void recoverRebuildsAMissedDayFromItsSubmissionWindow()
    {
        Sandbox sandbox;
        setSpacing(100);
        FakeArxivServer server;
        QVERIFY(server.listen());
        // Real API pages: ten papers, then arXiv's answer when nothing is left.
        server.enqueue(u"/api/query"_s, FakeArxivServer::Reply::ok(readFixture(u"arxiv/api_search_all-testing_start10_max10.xml"_s)));
        server.enqueue(u"/api/query"_s, FakeArxivServer::Reply::ok(readFixture(u"arxiv/api_id-list_0000.0000_zero-results.xml"_s)));
        const Outcome o = run(sandbox,
            { u"recover"_s, u"--date"_s, u"2025-06-16"_s, u"--categories"_s, u"cs.SE,cs.LG"_s, u"--api-base-url"_s,
                server.apiUrl().toString() });
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        // Monday's feed: Sunday evening's announcement, submitted from Thursday 14:00 to Friday 14:00
        // US Eastern (EDT, UTC−4).
        QCOMPARE(server.requests().first().queryValue(u"search_query"_s),
            u"(cat:cs.SE OR cat:cs.LG) AND submittedDate:[202506121800 TO 202506131759]"_s);
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests().at(1).queryValue(u"start"_s), u"10"_s);
        QVERIFY2(o.out.contains(u"day 2025-06-16: 10 papers recovered"_s), qPrintable(o.out));
        QCOMPARE(count(sandbox, u"SELECT count(DISTINCT paper_id) FROM listings WHERE day = '2025-06-16'"_s), 10);
        // New where the primary category is followed (6 cs.SE, 1 cs.LG), cross for the others.
        QCOMPARE(count(sandbox,
                     u"SELECT count(DISTINCT paper_id) FROM listings WHERE day = '2025-06-16' AND announce_type = 'new'"_s),
            7);
        QCOMPARE(count(sandbox, u"SELECT count(*) FROM feed_state WHERE url = 'papersift:recovered:2025-06-16'"_s), 1);

        // Its digest says it was recovered.
        const QString digest = sandbox.path(u"digest.md"_s);
        const Outcome scored = run(sandbox, { u"score"_s, u"--date"_s, u"2025-06-16"_s, u"--scorer"_s, u"keyword"_s,
                                               u"--categories"_s, u"cs.SE,cs.LG"_s, u"--announce"_s, u"new,cross"_s });
        QVERIFY2(scored.exitCode == 0, qPrintable(scored.err));
        const Outcome exported = run(sandbox, { u"export"_s, u"--date"_s, u"2025-06-16"_s, u"--format"_s, u"md"_s, u"--out"_s, digest });
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QFile f(digest);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("Recovered: this day was rebuilt from the arXiv API"));
    }

    void aWeekdayWithoutPapersHasItsOwnExitCode()
    {
        Sandbox sandbox;
        setSpacing(100);
        FakeArxivServer server;
        QVERIFY(server.listen());
        // The real empty weekend feed, dated a plain Monday: cron must hear of it.
        QByteArray body = readFixture(u"arxiv/rss2_empty-weekend_cs.LG_pub-2024-03-09.xml"_s);
        body.replace("Sat, 09 Mar 2024 00:00:00 -0500", "Mon, 11 Mar 2024 00:00:00 -0400");
        server.serveFile(u"/rss/cs.LG"_s, body, "\"monday\"");
        const QStringList args { u"run"_s, u"--categories"_s, u"cs.LG"_s, u"--scorer"_s, u"keyword"_s,
            u"--rss-base-url"_s, server.url().toString() };
        const Outcome o = run(sandbox, args);
        QCOMPARE(o.exitCode, 10);
        QVERIFY2(o.out.contains(u"verdict: missing"_s), qPrintable(o.out));
        // Quiet (cron): the reason on stderr, for the mail.
        const Outcome quiet = run(sandbox, args + QStringList { u"--quiet"_s });
        QCOMPARE(quiet.exitCode, 10);
        QVERIFY2(quiet.out.isEmpty(), qPrintable(quiet.out));
        QVERIFY2(quiet.err.contains(u"should have papers"_s), qPrintable(quiet.err));

        // A Saturday's empty feed is a normal day off.
        body = readFixture(u"arxiv/rss2_empty-weekend_cs.LG_pub-2024-03-09.xml"_s);
        server.serveFile(u"/rss/cs.LG"_s, body, "\"saturday\"");
        const Outcome saturday = run(sandbox, args);
        QCOMPARE(saturday.exitCode, 0);
        QVERIFY2(saturday.out.contains(u"verdict: no-announcement"_s), qPrintable(saturday.out));
    }

    void recoverRefusesADayWithoutAFeed()
    {
        Sandbox sandbox;
        const Outcome o = run(sandbox, { u"recover"_s, u"--date"_s, u"2025-06-14"_s }); // a Saturday
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains(u"has no daily feed"_s), qPrintable(o.err));
    }

    void backfillFailureKeepsThePagesFetched()
    {
        Sandbox sandbox;
        setSpacing(100);
        FakeArxivServer server;
        QVERIFY(server.listen());
        server.setApiPapers(FakeArxivServer::syntheticIds(450));
        server.setApiEmptyPages(10); // every page after the first comes back empty: arXiv's flaky paging
        const Outcome o = run(sandbox,
            { u"backfill"_s, u"--from"_s, u"2025-06-16"_s, u"--categories"_s, u"cs.LG"_s, u"--api-base-url"_s,
                server.apiUrl().toString() });
        QCOMPARE(o.exitCode, 3);
        QVERIFY2(o.err.contains(u"empty page"_s), qPrintable(o.err));
        QVERIFY2(o.out.contains(u"stopped after 1 page; 200 papers stored"_s), qPrintable(o.out));
        QCOMPARE(count(sandbox, u"SELECT count(*) FROM papers"_s), 200);
    }

    void badArgumentsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("announce") << QStringList { u"fetch"_s, u"--announce"_s, u"new,bogus"_s }
                                  << u"unknown announce type \"bogus\""_s;
        QTest::newRow("category") << QStringList { u"fetch"_s, u"--categories"_s, u"cs.LG,LG!"_s }
                                  << u"\"LG!\" is not an arXiv category"_s;
        QTest::newRow("no categories") << QStringList { u"fetch"_s, u"--categories"_s, u""_s }
                                       << u"No arXiv categories given"_s;
        QTest::newRow("rss url") << QStringList { u"fetch"_s, u"--rss-base-url"_s, u"ftp://example.org"_s }
                                 << u"--rss-base-url needs an http:// or https:// address"_s;
        QTest::newRow("fetch argument") << QStringList { u"fetch"_s, u"cs.LG"_s } << u"unexpected argument"_s;
        QTest::newRow("unknown option") << QStringList { u"fetch"_s, u"--bogus"_s } << u"Unknown option 'bogus'"_s;
        QTest::newRow("nothing") << QStringList { u"backfill"_s } << u"give either --ids or --from"_s;
        QTest::newRow("both") << QStringList { u"backfill"_s, u"--ids"_s, u"2506.00001"_s, u"--from"_s,
            u"2025-06-16"_s } << u"give either --ids or --from"_s;
        QTest::newRow("bad id") << QStringList { u"backfill"_s, u"--ids"_s, u"2506.00001,not-an-id"_s }
                                << u"\"not-an-id\" is not an arXiv id"_s;
        QTest::newRow("bad day") << QStringList { u"backfill"_s, u"--from"_s, u"2025-13-01"_s }
                                 << u"--from needs a day as YYYY-MM-DD"_s;
        QTest::newRow("reversed") << QStringList { u"backfill"_s, u"--from"_s, u"2025-06-17"_s, u"--to"_s,
            u"2025-06-16"_s } << u"--to (2025-06-16) is before --from (2025-06-17)"_s;
        QTest::newRow("ids with categories") << QStringList { u"backfill"_s, u"--ids"_s, u"2506.00001"_s,
            u"--categories"_s, u"cs.LG"_s } << u"go with --from, not with --ids"_s;
        QTest::newRow("api url") << QStringList { u"backfill"_s, u"--ids"_s, u"2506.00001"_s, u"--api-base-url"_s,
            u"mailto:x@example.org"_s }
                                 << u"--api-base-url needs an http:// or https:// address"_s;
    }

    void badArgumentsAreUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        Sandbox sandbox;
        FakeArxivServer server;
        QVERIFY(server.listen());
        {
            Settings settings; // were anything sent, it would go to the fake server
            QVERIFY(settings.set(Settings::RssBaseUrl, server.url().toString()).isEmpty());
            QVERIFY(settings.set(Settings::ApiBaseUrl, server.apiUrl().toString()).isEmpty());
            settings.sync();
        }
        const Outcome o = run(sandbox, args);
        QCOMPARE(o.exitCode, 2); // ExitUsage
        QVERIFY2(o.err.contains(message), qPrintable(o.err));
        QCOMPARE(server.requestCount(), 0);
        QVERIFY(!QFile::exists(sandbox.databaseFile())); // refused before touching the store
    }

    void unusableDatabaseIsAStorageError()
    {
        Sandbox sandbox;
        FakeArxivServer server;
        QVERIFY(server.listen());
        server.serveFile(feedPath, readFixture(aiFixture));
        QVERIFY(QDir().mkpath(QFileInfo(sandbox.databaseFile()).absolutePath()));
        {
            QFile f(sandbox.databaseFile());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("these are notes, not a database\n");
        }
        const Outcome o = run(sandbox, { u"fetch"_s, u"--rss-base-url"_s, server.url().toString() });
        QCOMPARE(o.exitCode, 6); // ExitStorage
        QVERIFY2(o.err.contains(u"is not a database"_s), qPrintable(o.err));
        QCOMPARE(server.requestCount(), 0); // no request when the answer could not be stored
    }
};

QTEST_GUILESS_MAIN(TestFetchCommand)
#include "tst_fetchcommand.moc"
