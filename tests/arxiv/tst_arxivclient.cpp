#include "arxiv/arxivclient.h"
#include "config/settings.h"
#include "fakearxivserver.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

#include <memory>

using namespace PaperSift;
using namespace Qt::StringLiterals;
using Test::FakeArxivServer;

namespace {

const QString FeedPath = u"/rss/cs.LG+cs.AI"_s;

QByteArray dailyFixture()
{
    return Test::readFixture(u"arxiv/rss2_daily_cs-lg_fetched-2025-06-17.xml"_s);
}

// Quick options for a local server: short spacing, short backoff, short timeout.
ArxivClientOptions optionsFor(const FakeArxivServer &server)
{
    ArxivClientOptions o;
    o.rssBaseUrl = server.url();
    o.apiBaseUrl = server.apiUrl();
    o.requestSpacingMs = 20;
    o.timeoutMs = 10000;
    o.maxRetries = 2;
    o.initialBackoffMs = 20;
    o.maxBackoffMs = 200;
    o.maxRetryAfterMs = 5000;
    return o;
}

QUrl feedUrl(const FakeArxivServer &server)
{
    return ArxivClient::dailyFeedUrl(server.url(), {u"cs.LG"_s, u"cs.AI"_s});
}

QUrl rawFeedUrl(const FakeArxivServer &server)
{
    return ArxivClient::dailyFeedUrl(server.rawUrl(), {u"cs.LG"_s, u"cs.AI"_s});
}

double gapMs(const FakeArxivServer::Request &a, const FakeArxivServer::Request &b)
{
    return (b.receivedNs - a.receivedNs) / 1e6;
}

} // namespace

class TestArxivClient : public QObject
{
    Q_OBJECT

private slots:
    // --- URL builders -------------------------------------------------------------------------

    void dailyFeedUrl()
    {
        const QStringList cats{u"cs.LG"_s, u"cs.AI"_s};
        QCOMPARE(ArxivClient::dailyFeedUrl(QUrl(u"https://rss.arxiv.org"_s), cats).toString(),
                 u"https://rss.arxiv.org/rss/cs.LG+cs.AI"_s);
        QCOMPARE(ArxivClient::dailyFeedUrl(QUrl(u"http://127.0.0.1:8080/mirror/"_s), cats).toString(),
                 u"http://127.0.0.1:8080/mirror/rss/cs.LG+cs.AI"_s);
        // Duplicates and blanks are dropped; one category is one path segment.
        QCOMPARE(ArxivClient::dailyFeedUrl(QUrl(u"https://rss.arxiv.org"_s), {u" cs.CL"_s, u""_s, u"cs.CL"_s})
                     .toString(),
                 u"https://rss.arxiv.org/rss/cs.CL"_s);
    }

    void idListUrlsBatchBy100()
    {
        QStringList ids = FakeArxivServer::syntheticIds(250);
        ids << ids.first() << u"astro-ph/0601001"_s << u"  "_s; // a duplicate, an old-style id, a blank
        const QList<QUrl> urls = ArxivClient::idListUrls(QUrl(u"https://export.arxiv.org/api/query"_s), ids);
        QCOMPARE(urls.size(), 3);
        QStringList seen;
        const QList<int> sizes{100, 100, 51};
        for (int i = 0; i < urls.size(); ++i) {
            QCOMPARE(urls[i].host(), u"export.arxiv.org"_s);
            QCOMPARE(urls[i].path(), u"/api/query"_s);
            const QUrlQuery q(urls[i]);
            const QStringList batch = q.queryItemValue(u"id_list"_s, QUrl::FullyDecoded).split(u',');
            QCOMPARE(batch.size(), sizes[i]);
            QCOMPARE(q.queryItemValue(u"max_results"_s).toInt(), sizes[i]); // the API's default is 10
            QCOMPARE(q.queryItemValue(u"start"_s), u"0"_s);
            seen << batch;
        }
        QCOMPARE(seen.size(), 251);
        QCOMPARE(seen.first(), u"2506.00001"_s);
        QCOMPARE(seen.last(), u"astro-ph/0601001"_s);
        QCOMPARE(ArxivClient::idListUrls(QUrl(u"https://export.arxiv.org/api/query"_s), {}).size(), 0);
        QCOMPARE(ArxivClient::idListUrls(QUrl(u"https://x/api"_s), FakeArxivServer::syntheticIds(10), 4).size(), 3);
    }

    void dateRangeUrl()
    {
        const QUrl url = ArxivClient::dateRangeUrl(QUrl(u"https://export.arxiv.org/api/query"_s),
                                                   {u"cs.LG"_s, u"cs.AI"_s}, QDate(2025, 6, 16),
                                                   QDate(2025, 6, 17), 200, 100);
        const QUrlQuery q(url);
        // '+' is how the API reads a space; the parentheses keep the OR apart from the AND.
        QCOMPARE(q.queryItemValue(u"search_query"_s, QUrl::FullyDecoded),
                 u"(cat:cs.LG+OR+cat:cs.AI)+AND+submittedDate:[202506160000+TO+202506172359]"_s);
        QVERIFY2(url.toString(QUrl::FullyEncoded).contains("search_query=%28cat:cs.LG+OR+cat:cs.AI%29+AND+"_L1),
                 qPrintable(url.toString(QUrl::FullyEncoded)));
        QCOMPARE(q.queryItemValue(u"sortBy"_s), u"submittedDate"_s);
        QCOMPARE(q.queryItemValue(u"start"_s), u"200"_s);
        QCOMPARE(q.queryItemValue(u"max_results"_s), u"100"_s);

        const QUrl one = ArxivClient::dateRangeUrl(QUrl(u"https://export.arxiv.org/api/query"_s), {u"cs.CL"_s},
                                                   QDate(2024, 3, 9), QDate(2024, 3, 9), 0, 50);
        QCOMPARE(QUrlQuery(one).queryItemValue(u"search_query"_s, QUrl::FullyDecoded),
                 u"cat:cs.CL+AND+submittedDate:[202403090000+TO+202403092359]"_s);
    }

    void feedFreshness()
    {
        const QStringList yesterday{u"2506.11012"_s, u"2506.11013"_s};
        QCOMPARE(PaperSift::feedFreshness({u"2506.11013v2"_s, u"arXiv:2506.11012v1"_s}, yesterday),
                 FeedFreshness::NotUpdatedYet);
        QCOMPARE(PaperSift::feedFreshness({u"2506.11012"_s, u"2506.20000"_s}, yesterday), FeedFreshness::New);
        QCOMPARE(PaperSift::feedFreshness({u"2506.11012"_s}, yesterday), FeedFreshness::New);
        QCOMPARE(PaperSift::feedFreshness({}, yesterday), FeedFreshness::Empty);
        QCOMPARE(PaperSift::feedFreshness({u"2506.11012"_s}, {}), FeedFreshness::New); // first day ever
        QCOMPARE(PaperSift::feedFreshness({}, {}), FeedFreshness::Empty);
    }

    void optionsFromSettings()
    {
        Test::Sandbox sandbox;
        Settings settings;
        QVERIFY(settings.set(Settings::RssBaseUrl, u"http://127.0.0.1:1/rss-mirror"_s).isEmpty());
        QVERIFY(settings.set(Settings::ApiBaseUrl, u"http://127.0.0.1:1/api/query"_s).isEmpty());
        QVERIFY(settings.set(Settings::RequestSpacingMs, 1234).isEmpty());
        const ArxivClientOptions o = ArxivClientOptions::fromSettings(settings);
        QCOMPARE(o.rssBaseUrl, QUrl(u"http://127.0.0.1:1/rss-mirror"_s));
        QCOMPARE(o.apiBaseUrl, QUrl(u"http://127.0.0.1:1/api/query"_s));
        QCOMPARE(o.requestSpacingMs, 1234);
        QCOMPARE(o.userAgent, QByteArray("PaperSift/" PAPERSIFT_VERSION));

        Test::Sandbox fresh;
        const ArxivClientOptions d = ArxivClientOptions::fromSettings(Settings());
        QCOMPARE(d.rssBaseUrl, QUrl(u"https://rss.arxiv.org"_s));
        QCOMPARE(d.requestSpacingMs, 3000);
    }

    // --- Transport against the fake server -------------------------------------------------------

    void fetchesWithUserAgentAndValidators()
    {
        FakeArxivServer server;
        QVERIFY(server.listen());
        const QByteArray fixture = dailyFixture();
        server.serveFile(FeedPath, fixture, "\"feed-v1\"", "Tue, 17 Jun 2025 00:30:00 GMT");
        ArxivClient client(optionsFor(server));

        const Result<FetchResponse> r = client.fetchSync({feedUrl(server), {}, {}});
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->httpStatus, 200);
        QVERIFY(!r->notModified);
        QCOMPARE(r->bodyBytes(), fixture);
        QCOMPARE(r->etag, QByteArray("\"feed-v1\""));
        QCOMPARE(r->lastModified, QByteArray("Tue, 17 Jun 2025 00:30:00 GMT"));
        QCOMPARE(r->attempts, 1);
        QCOMPARE(r->url, feedUrl(server));
        QVERIFY(r->fetchedAt.isValid());

        QCOMPARE(server.requestCount(), 1);
        const FakeArxivServer::Request &req = server.requests().first();
        QCOMPARE(req.method, QByteArray("GET"));
        QCOMPARE(req.path, FeedPath);
        QCOMPARE(req.header("User-Agent"), QByteArray("PaperSift/" PAPERSIFT_VERSION));
        QVERIFY(req.header("If-None-Match").isEmpty());
    }

    void notModifiedWithEtag()
    {
        FakeArxivServer server;
        QVERIFY(server.listen());
        server.serveFile(FeedPath, dailyFixture(), "\"feed-v1\"", "Tue, 17 Jun 2025 00:30:00 GMT");
        ArxivClient client(optionsFor(server));

        const Result<FetchResponse> r = client.fetchSync({feedUrl(server), "\"feed-v1\"", {}});
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->httpStatus, 304);
        QVERIFY(r->notModified);
        QVERIFY(r->bodyBytes().isEmpty());
        QCOMPARE(r->etag, QByteArray("\"feed-v1\""));
        QCOMPARE(server.requests().last().header("If-None-Match"), QByteArray("\"feed-v1\""));

        // A stale validator gets the full body again.
        const Result<FetchResponse> changed = client.fetchSync({feedUrl(server), "\"feed-v0\"", {}});
        QVERIFY(changed.ok());
        QCOMPARE(changed->httpStatus, 200);
        QVERIFY(!changed->bodyBytes().isEmpty());

        // Last-Modified alone works too.
        const Result<FetchResponse> byDate = client.fetchSync({feedUrl(server), {}, "Tue, 17 Jun 2025 00:30:00 GMT"});
        QVERIFY(byDate.ok());
        QVERIFY(byDate->notModified);
        QCOMPARE(server.requests().last().header("If-Modified-Since"), QByteArray("Tue, 17 Jun 2025 00:30:00 GMT"));
    }

    void retries429HonouringRetryAfter()
    {
        FakeArxivServer server;
        QVERIFY(server.listen());
        server.serveFile(FeedPath, dailyFixture());
        server.enqueue(FeedPath, FakeArxivServer::Reply::withStatus(429, "1"));
        ArxivClient client(optionsFor(server));
        QSignalSpy retries(&client, &ArxivClient::retryScheduled);

        const Result<FetchResponse> r = client.fetchSync({feedUrl(server), {}, {}});
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->attempts, 2);
        QCOMPARE(retries.size(), 1);
        QCOMPARE(retries.first().at(2).toLongLong(), 1000); // Retry-After: 1, not the 20 ms backoff
        QCOMPARE(server.requestCount(), 2);
        const double gap = gapMs(server.requests()[0], server.requests()[1]);
        QVERIFY2(gap >= 1000.0, qPrintable(QString::number(gap)));
    }

    void retries429WithHttpDate()
    {
        FakeArxivServer server;
        QVERIFY(server.listen());
        server.serveFile(FeedPath, dailyFixture());
        // A date far ahead is capped at maxRetryAfterMs.
        server.enqueue(FeedPath, FakeArxivServer::Reply::withStatus(429, "Fri, 31 Dec 2100 23:59:59 GMT"));
        ArxivClientOptions o = optionsFor(server);
        o.maxRetryAfterMs = 150;
        ArxivClient client(o);
        QSignalSpy retries(&client, &ArxivClient::retryScheduled);
        const Result<FetchResponse> r = client.fetchSync({feedUrl(server), {}, {}});
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(retries.size(), 1);
        QCOMPARE(retries.first().at(2).toLongLong(), 150);
    }

    void retries429WithoutRetryAfterBacksOff()
    {
        FakeArxivServer server;
        QVERIFY(server.listen());
        server.serveFile(FeedPath, dailyFixture());
        server.enqueue(FeedPath, FakeArxivServer::Reply::withStatus(429));
        server.enqueue(FeedPath, FakeArxivServer::Reply::withStatus(429));
        ArxivClient client(optionsFor(server));
        QSignalSpy retries(&client, &ArxivClient::retryScheduled);

        const Result<FetchResponse> r = client.fetchSync({feedUrl(server), {}, {}});
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->attempts, 3);
        QCOMPARE(retries.size(), 2);
        QCOMPARE(retries.at(0).at(2).toLongLong(), 20); // initial backoff
        QCOMPARE(retries.at(1).at(2).toLongLong(), 40); // doubled
        QVERIFY(retries.at(0).at(3).toString().contains("429"_L1));
    }

    void gives503UpAfterRetries()
    {
        FakeArxivServer server;
        QVERIFY(server.listen());
        server.serveFile(FeedPath, dailyFixture());
        for (int i = 0; i < 3; ++i)
            server.enqueue(FeedPath, FakeArxivServer::Reply::withStatus(503));
        ArxivClient client(optionsFor(server)); // maxRetries 2: three attempts in all

        const Result<FetchResponse> r = client.fetchSync({feedUrl(server), {}, {}});
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains("HTTP 503 three times"_L1), qPrintable(r.errorMessage()));
        QVERIFY2(r.errorMessage().contains("Try again in a few minutes"_L1), qPrintable(r.errorMessage()));
        QCOMPARE(server.requestCount(), 3);
    }

    void htmlPageIsReturnedAsBytes()
    {
        FakeArxivServer server;
        QVERIFY(server.listen());
        server.enqueue(FeedPath, FakeArxivServer::Reply::html(200));
        ArxivClient client(optionsFor(server));
        const Result<FetchResponse> r = client.fetchSync({feedUrl(server), {}, {}});
        // The transport hands the page on; the parser is the one to reject it.
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QVERIFY(r->bodyBytes().startsWith("<!DOCTYPE html>"));

        // An HTML page with 503 is a 503: retried, and here it then succeeds.
        server.serveFile(FeedPath, dailyFixture());
        server.enqueue(FeedPath, FakeArxivServer::Reply::html(503));
        const Result<FetchResponse> retried = client.fetchSync({feedUrl(server), {}, {}});
        QVERIFY2(retried.ok(), qPrintable(retried.errorMessage()));
        QCOMPARE(retried->attempts, 2);
        QCOMPARE(retried->bodyBytes(), dailyFixture());
    }

    void notFoundIsNotRetried()
    {
        FakeArxivServer server;
        QVERIFY(server.listen());
        ArxivClient client(optionsFor(server));
        const Result<FetchResponse> r =
            client.fetchSync({ArxivClient::dailyFeedUrl(server.url(), {u"cs.XX"_s}), {}, {}});
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains("HTTP 404"_L1), qPrintable(r.errorMessage()));
        QVERIFY2(r.errorMessage().contains("categories"_L1), qPrintable(r.errorMessage()));
        QCOMPARE(server.requestCount(), 1);
    }

    void stalledResponseTimesOut()
    {
        FakeArxivServer server;
        QVERIFY(server.listen());
        server.enqueueRaw(FakeArxivServer::Reply::stall());
        ArxivClientOptions o = optionsFor(server);
        o.timeoutMs = 300;
        o.maxRetries = 0;
        ArxivClient client(o);
        const Result<FetchResponse> r = client.fetchSync({rawFeedUrl(server), {}, {}});
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains("did not answer within 0.3 s"_L1), qPrintable(r.errorMessage()));
        QCOMPARE(server.requestCount(), 1);
        // The client hung up: the server sees the connection close.
        QTRY_VERIFY(server.requests().first().doneNs >= 0);
    }

    void stalledResponseIsRetried()
    {
        FakeArxivServer server;
        QVERIFY(server.listen());
        server.enqueueRaw(FakeArxivServer::Reply::stall());
        server.enqueueRaw(FakeArxivServer::Reply::ok(dailyFixture()));
        ArxivClientOptions o = optionsFor(server);
        o.timeoutMs = 300;
        ArxivClient client(o);
        const Result<FetchResponse> r = client.fetchSync({rawFeedUrl(server), {}, {}});
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->attempts, 2);
        QCOMPARE(r->bodyBytes(), dailyFixture());
    }

    void truncatedBodyIsAnError()
    {
        FakeArxivServer server;
        QVERIFY(server.listen());
        const QByteArray fixture = dailyFixture();
        server.enqueueRaw(FakeArxivServer::Reply::truncated(fixture, 4000), 5);
        ArxivClientOptions o = optionsFor(server);
        o.maxRetries = 0;
        ArxivClient client(o);
        const Result<FetchResponse> r = client.fetchSync({rawFeedUrl(server), {}, {}});
        // Qt's client sometimes reports such a body as complete: the client checks Content-Length.
        QVERIFY2(!r.ok(), "a body cut short of its Content-Length must not pass as a feed");
        QVERIFY2(r.errorMessage().contains("cut off"_L1), qPrintable(r.errorMessage()));
        QVERIFY2(r.errorMessage().contains("629909"_L1), qPrintable(r.errorMessage()));
    }

    void truncatedBodyIsRetried()
    {
        FakeArxivServer server;
        QVERIFY(server.listen());
        const QByteArray fixture = dailyFixture();
        server.enqueueRaw(FakeArxivServer::Reply::truncated(fixture, 4000));
        server.enqueueRaw(FakeArxivServer::Reply::ok(fixture), 5);
        ArxivClient client(optionsFor(server));
        const Result<FetchResponse> r = client.fetchSync({rawFeedUrl(server), {}, {}});
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->bodyBytes(), fixture); // never the cut body
        QVERIFY(server.requestCount() >= 2);
    }

    void droppedConnectionIsRetried()
    {
        FakeArxivServer server;
        QVERIFY(server.listen());
        // Qt itself resends once when a connection closes before any answer (it takes it for a
        // stale keep-alive connection), so drop often enough to reach the client's own retry.
        server.enqueueRaw(FakeArxivServer::Reply::drop(), 3);
        server.enqueueRaw(FakeArxivServer::Reply::ok(dailyFixture()), 5);
        ArxivClient client(optionsFor(server));
        QSignalSpy retries(&client, &ArxivClient::retryScheduled);
        const Result<FetchResponse> r = client.fetchSync({rawFeedUrl(server), {}, {}});
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QVERIFY(r->attempts >= 2);
        QCOMPARE(retries.size(), r->attempts - 1);
        QVERIFY(retries.first().at(3).toString().contains("connection"_L1));
        QVERIFY(server.requestCount() >= 4);
        QCOMPARE(r->bodyBytes(), dailyFixture());
    }

    void connectionRefusedGivesUp()
    {
        quint16 port = 0;
        {
            FakeArxivServer gone;
            QVERIFY(gone.listen());
            port = quint16(gone.url().port());
        } // closed: nothing listens there now
        ArxivClientOptions o;
        o.requestSpacingMs = 0;
        o.initialBackoffMs = 10;
        o.maxRetries = 1;
        ArxivClient client(o);
        QSignalSpy retries(&client, &ArxivClient::retryScheduled);
        const Result<FetchResponse> r =
            client.fetchSync({QUrl(u"http://127.0.0.1:%1/rss/cs.LG"_s.arg(port)), {}, {}});
        QVERIFY(!r.ok());
        QCOMPARE(retries.size(), 1);
        QVERIFY2(r.errorMessage().contains("Could not reach 127.0.0.1"_L1), qPrintable(r.errorMessage()));
        QVERIFY2(r.errorMessage().contains("twice"_L1), qPrintable(r.errorMessage()));
    }

    void oneRequestAtATimeWithSpacing()
    {
        FakeArxivServer server;
        QVERIFY(server.listen());
        server.serveFile(FeedPath, dailyFixture());
        ArxivClientOptions o = optionsFor(server);
        o.requestSpacingMs = 300;
        ArxivClient client(o);

        QList<QFuture<Result<FetchResponse>>> futures;
        for (int i = 0; i < 4; ++i)
            futures << client.fetch({feedUrl(server), {}, {}});
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(futures.begin(), futures.end(), [](const auto &f) { return f.isFinished(); }),
                                 10000);
        for (const auto &f : futures)
            QVERIFY2(f.result().ok(), qPrintable(f.result().errorMessage()));

        QCOMPARE(server.requestCount(), 4);
        QCOMPARE(server.maxInFlight(), 1);
        for (int i = 1; i < 4; ++i) {
            const double gap = gapMs(server.requests()[i - 1], server.requests()[i]);
            QVERIFY2(gap >= 300.0, qPrintable(u"gap %1: %2 ms"_s.arg(i).arg(gap)));
        }
    }

    void nextRequestWaitsForTheStalledOne()
    {
        FakeArxivServer server;
        QVERIFY(server.listen());
        server.enqueueRaw(FakeArxivServer::Reply::stall());
        server.enqueueRaw(FakeArxivServer::Reply::ok(dailyFixture()));
        ArxivClientOptions o = optionsFor(server);
        o.timeoutMs = 300;
        o.maxRetries = 0;
        ArxivClient client(o);
        auto first = client.fetch({rawFeedUrl(server), {}, {}});
        auto second = client.fetch({rawFeedUrl(server), {}, {}});
        QTRY_VERIFY(second.isFinished());
        QVERIFY(first.isFinished());
        QVERIFY(!first.result().ok());
        QVERIFY2(second.result().ok(), qPrintable(second.result().errorMessage()));
        QCOMPARE(server.requestCount(), 2);
        QCOMPARE(server.maxInFlight(), 1);
        QVERIFY(server.requests()[0].doneNs >= 0);
        QVERIFY(server.requests()[1].receivedNs >= server.requests()[0].doneNs);
    }

    void cancelAbortsAndDropsTheQueue()
    {
        FakeArxivServer server;
        QVERIFY(server.listen());
        server.enqueueRaw(FakeArxivServer::Reply::stall());
        ArxivClientOptions o = optionsFor(server);
        o.timeoutMs = 60000;
        ArxivClient client(o);
        QSignalSpy received(&server, &FakeArxivServer::requestReceived);
        QList<QFuture<Result<FetchResponse>>> futures;
        for (int i = 0; i < 3; ++i)
            futures << client.fetch({rawFeedUrl(server), {}, {}});
        QVERIFY(received.wait(5000));
        QVERIFY(!futures[0].isFinished());

        client.cancel();
        for (const auto &f : futures) {
            QVERIFY(f.isFinished());
            QVERIFY(!f.result().ok());
            QVERIFY2(f.result().errorMessage().contains("cancelled"_L1), qPrintable(f.result().errorMessage()));
        }
        QTRY_VERIFY(server.requests().first().doneNs >= 0); // the request in flight was aborted
        QCOMPARE(server.requestCount(), 1);                  // the queued ones never went out

        // The client is usable again afterwards.
        server.serveFile(FeedPath, dailyFixture());
        const Result<FetchResponse> after = client.fetchSync({feedUrl(server), {}, {}});
        QVERIFY2(after.ok(), qPrintable(after.errorMessage()));
    }

    void runsInAWorkerThread()
    {
        FakeArxivServer server; // lives in the test thread
        QVERIFY(server.listen());
        server.serveFile(FeedPath, dailyFixture(), "\"v1\"");
        server.enqueue(FeedPath, FakeArxivServer::Reply::withStatus(503));

        QThread thread;
        QObject context;
        context.moveToThread(&thread);
        thread.start();
        ArxivClient *client = nullptr;
        const ArxivClientOptions o = optionsFor(server);
        QMetaObject::invokeMethod(&context, [&] { client = new ArxivClient(o); }, Qt::BlockingQueuedConnection);
        QCOMPARE(client->thread(), &thread);

        // Blocking use inside the worker thread, as the pipeline and the CLI do.
        struct Outcome
        {
            std::optional<Result<FetchResponse>> result;
            bool rightThread = false;
        };
        auto outcome = std::make_shared<Outcome>();
        const QUrl url = feedUrl(server);
        QMetaObject::invokeMethod(&context, [client, url, outcome] {
            Result<FetchResponse> r = client->fetchSync({url, {}, {}});
            outcome->rightThread = QThread::currentThread() == client->thread();
            outcome->result = std::move(r);
        });
        QTRY_VERIFY_WITH_TIMEOUT(outcome->result.has_value(), 10000);
        QVERIFY(outcome->rightThread);
        QVERIFY2(outcome->result->ok(), qPrintable(outcome->result->errorMessage()));
        QCOMPARE((*outcome->result)->attempts, 2);

        // Asynchronous use from this thread: fetch() is queued over to the client's thread.
        auto future = client->fetch({url, "\"v1\"", {}});
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 10000);
        QVERIFY(future.result().ok());
        QVERIFY(future.result()->notModified);
        QCOMPARE(server.requestCount(), 3);
        for (const auto &req : server.requests())
            QCOMPARE(req.header("User-Agent"), QByteArray("PaperSift/" PAPERSIFT_VERSION));

        QMetaObject::invokeMethod(&context, [client] { delete client; }, Qt::BlockingQueuedConnection);
        thread.quit();
        QVERIFY(thread.wait(5000));
    }

    void invalidUrlIsAnError()
    {
        ArxivClient client;
        const Result<FetchResponse> r = client.fetchSync({QUrl(u"not a url"_s), {}, {}});
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains("base URL"_L1), qPrintable(r.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestArxivClient)
#include "tst_arxivclient.moc"
