// The adaptive in-flight limit: halved once per burst of 429s, grown back by answers, held under
// what OpenAI's x-ratelimit headers say is left. Pure, no network.
#include "net/concurrencylimit.h"

#include <QTest>

using namespace PaperSift;
using namespace std::chrono_literals;

class TestConcurrencyLimit : public QObject
{
    Q_OBJECT

private slots:
    void halvesOncePerBurstAndGrowsBack()
    {
        ConcurrencyLimit limit(8, 2);
        QCOMPARE(limit.current(), 8);
        // Eight requests sent at 0 ms; five come back 429 at 100 ms: one decrease, not five.
        for (int i = 0; i < 5; ++i)
            limit.recordRateLimited(0, 100);
        QCOMPARE(limit.current(), 4);
        // A request sent after the decrease that is refused again halves again.
        limit.recordRateLimited(150, 200);
        QCOMPARE(limit.current(), 2);
        QCOMPARE(limit.lowest(), 2);
        // Two answers in a row: one more in flight, up to just under where the server refused (4).
        limit.recordAnswer({}, 300);
        QCOMPARE(limit.current(), 2);
        limit.recordAnswer({}, 301);
        QCOMPARE(limit.current(), 3);
        // At the refused level, one more per 4 × the limit answers in a row: 12 for 3 → 4.
        for (int i = 0; i < 11; ++i)
            limit.recordAnswer({}, 302 + i);
        QCOMPARE(limit.current(), 3);
        limit.recordAnswer({}, 313);
        QCOMPARE(limit.current(), 4);
        // On past it (16 for 4 → 5, …), up to the ceiling, never past it.
        for (int i = 0; i < 200; ++i)
            limit.recordAnswer({}, 400 + i);
        QCOMPARE(limit.current(), 8);
        // Never under one.
        for (int i = 0; i < 6; ++i)
            limit.recordRateLimited(1000 + i * 10, 1001 + i * 10);
        QCOMPARE(limit.current(), 1);
    }

    void slowsDownBeforeTheServerRefuses()
    {
        ConcurrencyLimit limit(8);
        // Three requests left in this window: no more than three in flight.
        limit.recordAnswer({ { "x-ratelimit-remaining-requests", "3" }, { "x-ratelimit-reset-requests", "2s" } }, 0);
        QCOMPARE(limit.current(), 3);
        QCOMPARE(limit.notBeforeMs(), 0);
        // Tokens for two more requests of 1,000 prompt tokens.
        ConcurrencyLimit byTokens(8);
        byTokens.recordAnswer({ { "X-RateLimit-Remaining-Tokens", "2500" } }, 0, 1000);
        QCOMPARE(byTokens.current(), 2);
        // Nothing left: one at a time, and not before the window resets.
        limit.recordAnswer(
            { { "x-ratelimit-remaining-requests", "0" }, { "x-ratelimit-reset-requests", "1.5s" } }, 10000);
        QCOMPARE(limit.current(), 1);
        QCOMPARE(limit.notBeforeMs(), 11500);
    }

    void readsOpenAisResetDurations_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("seconds") << QByteArray("1s") << qint64(1000);
        QTest::newRow("fraction") << QByteArray("0.5s") << qint64(500);
        QTest::newRow("milliseconds") << QByteArray("20ms") << qint64(20);
        QTest::newRow("minutes") << QByteArray("6m0s") << qint64(360000);
        QTest::newRow("hours") << QByteArray("1h2m3.5s") << qint64(3723500);
        QTest::newRow("bare number") << QByteArray("7") << qint64(7000);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("empty") << QByteArray("") << qint64(-1);
    }

    void readsOpenAisResetDurations()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, ms);
        const auto parsed = ConcurrencyLimit::parseResetDuration(value);
        QCOMPARE(parsed ? parsed->count() : -1, ms);
    }
};

QTEST_GUILESS_MAIN(TestConcurrencyLimit)
#include "tst_concurrencylimit.moc"
