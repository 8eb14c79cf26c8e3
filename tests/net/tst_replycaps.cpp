// Bodies read as they arrive, within caps (issue 15): BodySpool keeps a small body in memory and
// a large one in a temporary file; the arXiv client and the chat client stop a server that sends
// without end, or more than any real answer, at their cap, with an error that says so.
#include "arxiv/arxivclient.h"
#include "arxiv/feedparser.h"
#include "llm/chatclient.h"
#include "net/bodyspool.h"
#include "streamingserver.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace PaperSift;
using namespace PaperSift::Test;
using namespace Qt::StringLiterals;

class TestReplyCaps : public QObject
{
    Q_OBJECT

private slots:
    void spoolMovesToAFileAndStopsAtItsCap()
    {
        BodySpool spool(3 << 20, 1 << 20);
        const QByteArray mb(1 << 20, 'x');
        QVERIFY(spool.append(mb));
        QVERIFY(!spool.inFile());
        QVERIFY(spool.append("y"));
        QVERIFY(spool.inFile()); // past a megabyte: on disk, not in memory
        QVERIFY(spool.append(mb));
        QCOMPARE(spool.size(), (2 << 20) + 1);
        QCOMPARE(spool.read(3), QByteArray("xxx"));
        const auto device = spool.open();
        QCOMPARE(device->readAll().size(), (2 << 20) + 1);
        QVERIFY(!spool.append(mb)); // past 3 MB
        QVERIFY(spool.overCap());
        QVERIFY(!spool.error().isEmpty());
    }

    void aLargeRealBodyIsReadFromItsFile()
    {
        // A 2 MB feed (more than the spool keeps in memory) fetched and parsed as a stream.
        QByteArray feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>cs.AI updates</title>"
                          "<pubDate>Mon, 16 Jun 2025 00:00:00 -0400</pubDate>";
        for (int i = 0; feed.size() < (2 << 20); ++i) {
            const QByteArray id = "2506." + QByteArray::number(10000 + i);
            feed += "<item><title>P</title><link>https://arxiv.org/abs/" + id + "</link><description>arXiv:" + id
                + "v1 Announce Type: new \nAbstract: " + QByteArray(800, 'a') + "</description></item>";
        }
        feed += "</channel></rss>";
        StreamingServer server;
        server.head = "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: "
            + QByteArray::number(feed.size()) + "\r\n\r\n";
        server.next = [&feed](qint64 sent) {
            return feed.mid(sent, 65536);
        };
        QVERIFY(server.start());
        ArxivClientOptions options;
        options.requestSpacingMs = 0;
        ArxivClient client(options);
        const auto r = client.fetchSync({ server.url(), {}, {} });
        QVERIFY2(r, qPrintable(r.errorMessage()));
        QVERIFY(r->body->inFile());
        QCOMPARE(r->body->size(), feed.size());
        const auto device = r->openBody();
        const auto parsed = FeedParser::parse(*device, u"big"_s);
        QVERIFY2(parsed, qPrintable(parsed.errorMessage()));
        QVERIFY(parsed->papers.size() > 2000);
    }

    void arxivClientStopsAnEndlessFeed()
    {
        std::unique_ptr<StreamingServer> server(StreamingServer::endless(
            "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nConnection: close\r\n\r\n<rss><channel>",
            "<item><title>again</title></item>\n"));
        QVERIFY(server->start());
        ArxivClientOptions options;
        options.requestSpacingMs = 0;
        options.maxBodyBytes = 4 << 20;
        ArxivClient client(options);
        const auto r = client.fetchSync({ server->url(), {}, {} });
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(u"sent more than 4 MB"_s), qPrintable(r.errorMessage()));
        QCOMPARE(server->connections(), 1); // not retried: the same address would send the same
        // What the sockets buffered when it stopped, not an unbounded stream.
        QVERIFY2(server->bytesSent() < (32 << 20), qPrintable(QString::number(server->bytesSent())));
    }

    void chatClientStopsAHugeCompletion()
    {
        const qint64 total = 64ll << 20;
        StreamingServer server;
        server.head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(total) + "\r\n\r\n{\"choices\":[{\"message\":{\"content\":\"";
        server.next = [total](qint64 sent) {
            return sent < total ? QByteArray(65536, 'x') : QByteArray();
        };
        QVERIFY(server.start());
        EndpointConfig endpoint = EndpointConfig::forPreset(EndpointPreset::Custom, u"m"_s);
        endpoint.baseUrl = QUrl(server.url().toString() + u"/v1"_s);
        ChatClient::Options options;
        options.maxReplyBytes = 2 << 20;
        ChatClient client(endpoint, QString(), options);
        QSignalSpy finished(&client, &ChatClient::finished);
        client.submit(ChatRequest { { { u"user"_s, u"hi"_s } }, {}, {} });
        QVERIFY(finished.wait(30000));
        const auto result = finished.first().first().value<ChatResult>();
        QCOMPARE(result.error.kind, LlmErrorKind::Malformed);
        QVERIFY(result.error.fatal); // not retried
        QCOMPARE(result.attempts, 1);
        QVERIFY2(result.error.message.contains(u"larger than 2 MB"_s), qPrintable(result.error.message));
        QVERIFY(server.bytesSent() < total / 4);
    }
};

QTEST_GUILESS_MAIN(TestReplyCaps)
#include "tst_replycaps.moc"
