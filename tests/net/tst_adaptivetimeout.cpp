// The adaptive timeout: the ceiling until answers come, then what the latency calls for; and the
// chat client using it, so a stall on a fast endpoint fails in a fraction of the configured time.
#include "fakellmserver.h"
#include "llm/chatclient.h"
#include "net/adaptivetimeout.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace PaperSift;
using namespace PaperSift::Test;
using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

class TestAdaptiveTimeout : public QObject
{
    Q_OBJECT

private slots:
    void fromTheObservedLatency()
    {
        AdaptiveTimeout t(milliseconds(120000), milliseconds(10000));
        QCOMPARE(t.current(), milliseconds(120000)); // nothing known: the configured timeout
        t.recordAnswer(milliseconds(2000));
        QCOMPARE(t.current(), milliseconds(11000)); // 3 × 2 s + 5 s
        t.recordAnswer(milliseconds(500));
        QCOMPARE(t.current(), milliseconds(11000)); // the slowest counts
        t.recordAnswer(milliseconds(100));
        for (int i = 0; i < 19; ++i)
            t.recordAnswer(milliseconds(100)); // the 2 s answer is out of the last 20
        QCOMPARE(t.current(), milliseconds(10000)); // the floor
        t.recordAnswer(milliseconds(60000));
        QCOMPARE(t.current(), milliseconds(120000)); // never over the ceiling
    }

    void eachTimeoutInARowDoublesIt()
    {
        AdaptiveTimeout t(milliseconds(120000), milliseconds(10000));
        t.recordAnswer(milliseconds(1000));
        QCOMPARE(t.current(), milliseconds(10000));
        t.recordTimeout();
        QCOMPARE(t.current(), milliseconds(20000));
        t.recordTimeout();
        t.recordTimeout();
        QCOMPARE(t.current(), milliseconds(80000));
        t.recordTimeout();
        QCOMPARE(t.current(), milliseconds(120000));
        t.recordAnswer(milliseconds(1000));
        QCOMPARE(t.current(), milliseconds(10000));
    }

    void aStallOnAFastEndpointFailsEarlyAndIsRetried()
    {
        FakeLlmServer server;
        QVERIFY(server.start());
        // Three quick answers, then one request stalls; its retry answers.
        server.setHandler([](const FakeLlmRequest &r) {
            return r.index == 3 ? FakeLlmResponse::stall() : FakeLlmResponse::completion(u"ok"_s);
        });
        EndpointConfig endpoint = EndpointConfig::forPreset(EndpointPreset::Custom, u"m"_s);
        endpoint.baseUrl = server.baseUrl();
        ChatClient::Options options;
        options.concurrency = 1;
        options.timeout = milliseconds(600000); // ten minutes configured…
        options.minTimeout = milliseconds(200);
        options.backoffBase = milliseconds(1);
        ChatClient client(endpoint, QString(), options);
        QCOMPARE(client.currentTimeout(), milliseconds(600000));
        QSignalSpy finished(&client, &ChatClient::finished);
        for (int i = 0; i < 3; ++i)
            client.submit(ChatRequest { { { u"user"_s, u"hi"_s } }, {}, {} });
        QTRY_COMPARE(finished.size(), 3);
        // …but the endpoint answered in milliseconds: the next attempt gets about 5 s.
        QVERIFY2(
            client.currentTimeout() < milliseconds(6000), qPrintable(QString::number(client.currentTimeout().count())));
        QElapsedTimer clock;
        clock.start();
        client.submit(ChatRequest { { { u"user"_s, u"hi"_s } }, {}, {} });
        QVERIFY(finished.wait(30000));
        const auto result = finished.last().first().value<ChatResult>();
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.attempts, 2); // the stalled attempt timed out, the retry answered
        QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestAdaptiveTimeout)
#include "tst_adaptivetimeout.moc"
