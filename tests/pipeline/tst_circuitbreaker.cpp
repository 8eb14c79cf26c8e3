// The circuit breaker's bounds, attempt by attempt: when it opens, and when it must not.
#include "pipeline/circuitbreaker.h"

#include <QTest>

using namespace PaperSift;
using namespace Qt::StringLiterals;

namespace {
LlmError failure(LlmErrorKind kind, int status = 0)
{
    LlmError e;
    e.kind = kind;
    e.httpStatus = status;
    e.retryable = true;
    e.message = u"failed"_s;
    return e;
}
} // namespace

class TestCircuitBreaker : public QObject
{
    Q_OBJECT

private slots:
    void boundsComeFromTheRetryPolicy()
    {
        const auto b = CircuitBreaker::Bounds::fromRetryPolicy(5);
        QCOMPARE(b.consecutive, 10);
        QCOMPARE(b.window, 20);
        QCOMPARE(b.rate, 0.8);
        QCOMPARE(CircuitBreaker::Bounds::fromRetryPolicy(1).rate, 0.5);
        QCOMPARE(CircuitBreaker::Bounds::fromRetryPolicy(0).consecutive, 2);
    }

    void opensAfterConsecutiveFailuresOfOneKind()
    {
        CircuitBreaker breaker;
        for (int i = 0; i < 9; ++i)
            QVERIFY(!breaker.recordFailure(failure(LlmErrorKind::RateLimited, 429)));
        QVERIFY(breaker.recordFailure(failure(LlmErrorKind::RateLimited, 429)));
        QVERIFY(breaker.isOpen());
        QCOMPARE(breaker.trip()->failures, 10);
        QCOMPARE(breaker.trip()->error.httpStatus, 429);
        QCOMPARE(breaker.trip()->why, u"10 requests in a row failed"_s);
        // Once open it stays open and reports the first trip.
        QVERIFY(!breaker.recordFailure(failure(LlmErrorKind::Server, 502)));
        QCOMPARE(breaker.trip()->error.httpStatus, 429);
    }

    void aSuccessResetsTheRun()
    {
        CircuitBreaker breaker;
        for (int round = 0; round < 10; ++round) {
            for (int i = 0; i < 3; ++i)
                QVERIFY(!breaker.recordFailure(failure(LlmErrorKind::RateLimited, 429)));
            breaker.recordSuccess(); // 3 of 4 fail: slow, but every request gets through
        }
        QVERIFY(!breaker.isOpen());
    }

    void mixedKindsOpenOnTheRate()
    {
        CircuitBreaker breaker;
        const LlmError kinds[] = { failure(LlmErrorKind::RateLimited, 429), failure(LlmErrorKind::Server, 502),
            failure(LlmErrorKind::Malformed, 200), failure(LlmErrorKind::Timeout) };
        bool opened = false;
        int attempts = 0;
        // Never two of a kind in a row, one success in five: 80 % fail.
        for (; attempts < 40 && !opened; ++attempts) {
            if (attempts % 5 == 4)
                breaker.recordSuccess();
            else
                opened = breaker.recordFailure(kinds[attempts % 4]);
        }
        QVERIFY(opened);
        QCOMPARE(attempts, 21); // the first failure once the window of 20 is full
        QCOMPARE(breaker.trip()->why, u"16 of the last 20 requests failed"_s);
    }

    void aFailureRateBelowTheBoundKeepsGoing()
    {
        CircuitBreaker breaker;
        // 3 of 4 fail (75 % < 80 %), in kinds that alternate.
        for (int i = 0; i < 400; ++i) {
            if (i % 4 == 3)
                breaker.recordSuccess();
            else
                QVERIFY(!breaker.recordFailure(failure(i % 2 ? LlmErrorKind::Server : LlmErrorKind::Timeout)));
        }
    }

    void aRetryAfterPastTheDeadlineOpensAtOnce()
    {
        CircuitBreaker breaker;
        LlmError e = failure(LlmErrorKind::RateLimited, 429);
        e.retryAfter = std::chrono::milliseconds(90000);
        QVERIFY(!breaker.recordFailure(e, 120000)); // there is time to wait
        QVERIFY(!breaker.recordFailure(e, -1)); // no deadline
        QVERIFY(breaker.recordFailure(e, 60000));
        QVERIFY(breaker.trip()->why.contains(u"wait 90 s"_s));
    }

    void cancelledAttemptsDoNotCount()
    {
        CircuitBreaker breaker;
        for (int i = 0; i < 50; ++i)
            QVERIFY(!breaker.recordFailure(failure(LlmErrorKind::Cancelled)));
        QVERIFY(!breaker.isOpen());
    }
};

QTEST_GUILESS_MAIN(TestCircuitBreaker)
#include "tst_circuitbreaker.moc"
