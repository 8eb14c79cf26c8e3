#include "arxiv/arxivbackfill.h"
#include "arxiv/arxivclient.h"
#include "arxiv/dailyfeed.h"
#include "arxiv/feedparser.h"
#include "fakearxivserver.h"
#include "testsupport.h"

#include <QTest>
#include <QUrlQuery>

using namespace PaperSift;
using namespace Qt::StringLiterals;
using Test::FakeArxivServer;

namespace {

ArxivClientOptions optionsFor(const FakeArxivServer &server, int spacingMs = 20)
{
    ArxivClientOptions o;
    o.rssBaseUrl = server.url();
    o.apiBaseUrl = server.apiUrl();
    o.requestSpacingMs = spacingMs;
    o.initialBackoffMs = 20;
    o.maxRetries = 2;
    return o;
}

QStringList idsOf(const QList<Paper> &papers)
{
    QStringList ids;
    for (const Paper &p : papers)
        ids << p.id;
    return ids;
}

} // namespace

class TestArxivBackfill : public QObject
{
    Q_OBJECT

private slots:
    void pagesThroughADateRange()
    {
        FakeArxivServer server;
        QVERIFY(server.listen());
        const QStringList all = FakeArxivServer::syntheticIds(450);
        server.setApiPapers(all);
        ArxivClient client(optionsFor(server, 100));

        ArxivBackfill::Options options;
        options.pageSize = 200;
        QList<int> progress;
        const auto outcome = ArxivBackfill::byDateRange(client, {u"cs.LG"_s, u"cs.AI"_s}, QDate(2025, 6, 16),
                                                        QDate(2025, 6, 17), options,
                                                        [&](const ParsedFeed &, int fetched, int total) {
                                                            progress << fetched;
                                                            return total == 450;
                                                        });
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
        QCOMPARE(outcome->totalResults, 450);
        QCOMPARE(outcome->requests, 3);
        QCOMPARE(idsOf(outcome->papers), all);
        QCOMPARE(progress, QList<int>({200, 400, 450}));
        QVERIFY(!outcome->stopped);

        QCOMPARE(server.requestCount(), 3);
        const QList<int> starts{0, 200, 400};
        for (int i = 0; i < 3; ++i) {
            const auto &req = server.requests()[i];
            QCOMPARE(req.path, u"/api/query"_s);
            QCOMPARE(req.queryValue(u"start"_s).toInt(), starts[i]);
            QCOMPARE(req.queryValue(u"max_results"_s).toInt(), 200);
            QCOMPARE(req.queryValue(u"search_query"_s),
                     u"(cat:cs.LG OR cat:cs.AI) AND submittedDate:[202506160000 TO 202506172359]"_s);
            if (i > 0) { // the client's spacing holds across pages, as the server measured it
                const double gap = (req.receivedNs - server.requests()[i - 1].receivedNs) / 1e6;
                QVERIFY2(gap >= 100.0, qPrintable(QString::number(gap)));
            }
        }
    }

    void retriesAnEmptyPage()
    {
        FakeArxivServer server;
        QVERIFY(server.listen());
        server.setApiPapers(FakeArxivServer::syntheticIds(250));
        server.setApiEmptyPages(2);
        ArxivClient client(optionsFor(server));
        ArxivBackfill::Options options;
        options.pageSize = 100;
        const auto outcome =
            ArxivBackfill::byDateRange(client, {u"cs.LG"_s}, QDate(2025, 6, 16), QDate(2025, 6, 16), options);
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
        QCOMPARE(outcome->papers.size(), 250);
        QCOMPARE(outcome->requests, 5); // 3 pages + 2 empty answers asked again
        QCOMPARE(server.requests()[1].queryValue(u"start"_s), u"100"_s);
        QCOMPARE(server.requests()[2].queryValue(u"start"_s), u"100"_s);
        QCOMPARE(server.requests()[3].queryValue(u"start"_s), u"100"_s);
    }

    void givesUpOnPersistentEmptyPages()
    {
        FakeArxivServer server;
        QVERIFY(server.listen());
        server.setApiPapers(FakeArxivServer::syntheticIds(150));
        server.setApiEmptyPages(100);
        ArxivClient client(optionsFor(server));
        ArxivBackfill::Options options;
        options.pageSize = 100;
        options.emptyPageRetries = 2;
        const auto outcome =
            ArxivBackfill::byDateRange(client, {u"cs.LG"_s}, QDate(2025, 6, 16), QDate(2025, 6, 16), options);
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.errorMessage().contains("empty page at result 100 of 150"_L1), qPrintable(outcome.errorMessage()));
        QCOMPARE(server.requestCount(), 4); // first page, then the empty one three times
    }

    void zeroResultsIsNotAnError()
    {
        FakeArxivServer server;
        QVERIFY(server.listen());
        server.setApiPapers({});
        ArxivClient client(optionsFor(server));
        const auto outcome = ArxivBackfill::byDateRange(client, {u"cs.LG"_s}, QDate(2024, 3, 9), QDate(2024, 3, 10),
                                                        ArxivBackfill::Options{});
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
        QCOMPARE(outcome->papers.size(), 0);
        QCOMPARE(outcome->requests, 1);
    }

    void stopsWhenTheCallbackSaysSo()
    {
        FakeArxivServer server;
        QVERIFY(server.listen());
        server.setApiPapers(FakeArxivServer::syntheticIds(300));
        ArxivClient client(optionsFor(server));
        ArxivBackfill::Options options;
        options.pageSize = 100;
        const auto outcome = ArxivBackfill::byDateRange(client, {u"cs.LG"_s}, QDate(2025, 6, 16), QDate(2025, 6, 16),
                                                        options, [](const ParsedFeed &, int, int) { return false; });
        QVERIFY(outcome.ok());
        QVERIFY(outcome->stopped);
        QCOMPARE(outcome->papers.size(), 100);
        QCOMPARE(server.requestCount(), 1);
    }

    void rejectsAnInvertedRange()
    {
        ArxivClient client;
        const auto outcome = ArxivBackfill::byDateRange(client, {u"cs.LG"_s}, QDate(2025, 6, 17), QDate(2025, 6, 16),
                                                        ArxivBackfill::Options{});
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.errorMessage().contains("2025-06-17"_L1), qPrintable(outcome.errorMessage()));
    }

    void fetchesByIdInBatches()
    {
        FakeArxivServer server;
        QVERIFY(server.listen());
        const QStringList known = FakeArxivServer::syntheticIds(240);
        server.setApiPapers(known);
        QStringList wanted = FakeArxivServer::syntheticIds(250); // the last ten are unknown
        wanted << u"2506.00001"_s;                                // and one twice
        ArxivClient client(optionsFor(server));
        const auto outcome = ArxivBackfill::byIds(client, wanted);
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
        QCOMPARE(outcome->requests, 3);
        QCOMPARE(idsOf(outcome->papers), known);
        QCOMPARE(server.requestCount(), 3);
        QCOMPARE(server.requests()[0].queryValue(u"id_list"_s).split(u',').size(), 100);
        QCOMPARE(server.requests()[2].queryValue(u"id_list"_s).split(u',').size(), 50);
        QCOMPARE(server.requests()[2].queryValue(u"max_results"_s), u"50"_s);
    }

    void fetchesARealApiPage()
    {
        FakeArxivServer server;
        QVERIFY(server.listen());
        server.enqueue(u"/api/query"_s,
                       FakeArxivServer::Reply::ok(Test::readFixture(u"arxiv/api_id-list_1605.08386.xml"_s)));
        ArxivClient client(optionsFor(server));
        const auto outcome = ArxivBackfill::byIds(client, {u"1605.08386"_s});
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
        QCOMPARE(outcome->papers.size(), 1);
        QCOMPARE(outcome->papers.first().id, u"1605.08386"_s);
        QCOMPARE(outcome->papers.first().title, u"Heat-bath random walks with Markov bases"_s);
    }

    void reportsAnHtmlPageInsteadOfXml()
    {
        FakeArxivServer server;
        QVERIFY(server.listen());
        server.enqueue(u"/api/query"_s, FakeArxivServer::Reply::html(200));
        ArxivClient client(optionsFor(server));
        const auto outcome = ArxivBackfill::byIds(client, {u"1605.08386"_s});
        QVERIFY(!outcome.ok()); // the parser rejects it; nothing comes back
        QVERIFY2(!outcome.errorMessage().isEmpty(), "the error must say what went wrong");
    }

    void reportsArxivsBadRequest()
    {
        FakeArxivServer server;
        QVERIFY(server.listen());
        FakeArxivServer::Reply bad =
            FakeArxivServer::Reply::ok(Test::readFixture(u"arxiv/api_error_http400_id-list_abc.xml"_s));
        bad.status = 400;
        server.enqueue(u"/api/query"_s, bad);
        ArxivClient client(optionsFor(server));
        const auto outcome = ArxivBackfill::byIds(client, {u"abc"_s});
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.errorMessage().contains("HTTP 400"_L1), qPrintable(outcome.errorMessage()));
        QVERIFY2(outcome.error().detail.contains("incorrect id format"_L1), qPrintable(outcome.error().detail));
        QCOMPARE(server.requestCount(), 1); // a 400 is not retried
    }

    // --- The daily feed ---------------------------------------------------------------------------

    void fetchesTheDailyFeedOnce()
    {
        FakeArxivServer server;
        QVERIFY(server.listen());
        const QByteArray fixture = Test::readFixture(u"arxiv/rss2_daily_cs-ai_fetched-2025-06-17.xml"_s);
        server.serveFile(u"/rss/cs.LG+cs.AI"_s, fixture, "\"day-1\"");
        ArxivClient client(optionsFor(server));

        const auto daily = fetchDailyFeed(client, {u"cs.LG"_s, u"cs.AI"_s}, {u"new"_s, u"cross"_s});
        QVERIFY2(daily.ok(), qPrintable(daily.errorMessage()));
        QCOMPARE(server.requestCount(), 1); // one request for all the categories
        QCOMPARE(daily->response.etag, QByteArray("\"day-1\""));
        QCOMPARE(daily->itemsInFeed, 293);
        const auto all = FeedParser::parse(fixture, u"fixture"_s);
        QVERIFY(all.ok());
        qsizetype expected = 0;
        for (const Paper &p : all->papers)
            expected += p.announceType == AnnounceType::New || p.announceType == AnnounceType::Cross;
        QVERIFY(expected > 0 && expected < 293);
        QCOMPARE(daily->feed.papers.size(), expected);
        for (const Paper &p : daily->feed.papers)
            QVERIFY(p.announceType == AnnounceType::New || p.announceType == AnnounceType::Cross);
        QCOMPARE(daily->feed.info.feedDay, all->info.feedDay);

        // The next morning's first try: the same ETag, nothing new yet, nothing parsed.
        const auto again = fetchDailyFeed(client, {u"cs.LG"_s, u"cs.AI"_s}, {u"new"_s}, "\"day-1\"");
        QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
        QVERIFY(again->response.notModified);
        QVERIFY(again->feed.papers.isEmpty());
        QCOMPARE(server.requests().last().header("If-None-Match"), QByteArray("\"day-1\""));
    }

    void dailyFeedErrors()
    {
        FakeArxivServer server;
        QVERIFY(server.listen());
        server.enqueue(u"/rss/cs.LG"_s, FakeArxivServer::Reply::html(200));
        ArxivClient client(optionsFor(server));
        const auto html = fetchDailyFeed(client, {u"cs.LG"_s}, {});
        QVERIFY(!html.ok()); // bytes came, the parser refused them

        server.serveFile(u"/rss/cs.LG"_s,
                         Test::readFixture(u"arxiv/rss2_empty-weekend_cs.LG_pub-2024-03-09.xml"_s));
        const auto weekend = fetchDailyFeed(client, {u"cs.LG"_s}, {u"new"_s});
        QVERIFY2(weekend.ok(), qPrintable(weekend.errorMessage())); // empty is not an error
        QCOMPARE(weekend->feed.papers.size(), 0);

        const auto badType = fetchDailyFeed(client, {u"cs.LG"_s}, {u"newest"_s});
        QVERIFY(!badType.ok());
        QVERIFY2(badType.errorMessage().contains("newest"_L1), qPrintable(badType.errorMessage()));
        QVERIFY(!fetchDailyFeed(client, {}, {}).ok());
    }
};

QTEST_GUILESS_MAIN(TestArxivBackfill)
#include "tst_arxivbackfill.moc"
