// The one HTTP policy both clients use: Retry-After (seconds, milliseconds, HTTP dates) and backoff.
#include "net/httppolicy.h"

#include <QTest>
#include <QTimeZone>

using namespace PaperSift;
using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

class TestHttpPolicy : public QObject
{
    Q_OBJECT

private slots:
    void parseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expected"); // -1: not a valid value
        QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
        QTest::newRow("seconds, spaces") << QByteArray(" 5 ") << qint64(5000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("IMF-fixdate") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << qint64(30000);
        QTest::newRow("RFC 850") << QByteArray("Wednesday, 21-Oct-15 07:29:30 GMT") << qint64(120000);
        QTest::newRow("asctime") << QByteArray("Wed Oct 21 07:28:10 2015") << qint64(40000);
        QTest::newRow("date in the past") << QByteArray("Wed, 21 Oct 2015 07:00:00 GMT") << qint64(0);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        // Not an RFC delay-seconds, but LLM servers send it: one rule for every client honours it.
        QTest::newRow("fraction") << QByteArray("1.5") << qint64(1500);
        QTest::newRow("infinite") << QByteArray("inf") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("empty") << QByteArray("") << qint64(-1);
    }

    void parseRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expected);
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 30), QTimeZone::UTC);
        const std::optional<milliseconds> ms = Http::parseRetryAfter(value, now);
        if (expected < 0) {
            QVERIFY2(!ms, qPrintable(QString::number(ms.value_or(milliseconds(-1)).count())));
        } else {
            QVERIFY(ms);
            QCOMPARE(ms->count(), expected);
        }
    }

    void retryAfterFromHeaders()
    {
        const QDateTime now(QDate(2025, 6, 17), QTime(8, 49, 30), QTimeZone::UTC);
        using H = Http::Headers;
        const auto ms = [](std::optional<milliseconds> d) -> qint64 {
            return d ? d->count() : -1;
        };
        QCOMPARE(ms(Http::retryAfter(H { { "Retry-After", "3" } }, now)), 3000);
        QCOMPARE(ms(Http::retryAfter(H { { "retry-after", "1.5" } }, now)), 1500);
        QCOMPARE(ms(Http::retryAfter(H { { "retry-after-ms", "250" }, { "Retry-After", "9" } }, now)), 250);
        QCOMPARE(ms(Http::retryAfter(H { { "Retry-After", "Tue, 17 Jun 2025 08:49:37 GMT" } }, now)), 7000);
        QCOMPARE(ms(Http::retryAfter(H { { "Retry-After", "Tue, 17 Jun 2025 08:00:00 GMT" } }, now)), 0);
        QCOMPARE(ms(Http::retryAfter(H { { "Retry-After", "soon" } }, now)), -1);
        QCOMPARE(ms(Http::retryAfter(H { { "Retry-After", "-4" } }, now)), -1);
        QCOMPARE(ms(Http::retryAfter(H {}, now)), -1);
    }

    void retryDelay()
    {
        const Http::Backoff llm { milliseconds(1000), milliseconds(60000), milliseconds(120000) };
        // Retry-After wins over the backoff, capped at maxRetryAfter.
        QCOMPARE(Http::retryDelay(1, llm, milliseconds(5000), 0.3).count(), 5000);
        QCOMPARE(Http::retryDelay(1, llm, milliseconds(3600000), 0.3).count(), 120000);
        // Exponential with equal jitter: between half and all of base × 2^(n−1), never above the cap.
        QCOMPARE(Http::retryDelay(1, llm, std::nullopt, 0.0).count(), 500);
        QCOMPARE(Http::retryDelay(3, llm, std::nullopt, 0.0).count(), 2000);
        QCOMPARE(Http::retryDelay(3, llm, std::nullopt, 0.999).count(), 3998);
        QCOMPARE(Http::retryDelay(30, llm, std::nullopt, 1.0).count(), 60000);
        // The arXiv client's: no jitter (jitter 1 is the full wait), doubling from the first wait.
        const Http::Backoff arxiv { milliseconds(20), milliseconds(200), milliseconds(150) };
        QCOMPARE(Http::retryDelay(1, arxiv, std::nullopt, 1.0).count(), 20);
        QCOMPARE(Http::retryDelay(3, arxiv, std::nullopt, 1.0).count(), 80);
        QCOMPARE(Http::retryDelay(9, arxiv, std::nullopt, 1.0).count(), 200);
        QCOMPARE(Http::retryDelay(1, arxiv, milliseconds(900000), 1.0).count(), 150);
    }
};

QTEST_GUILESS_MAIN(TestHttpPolicy)
#include "tst_httppolicy.moc"
