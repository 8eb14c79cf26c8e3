#include "scoring/batching.h"

#include <QTest>

#include <cmath>
#include <numeric>

using namespace PaperSift;

class TestBatching : public QObject
{
    Q_OBJECT

private slots:
    void adaptive_data()
    {
        QTest::addColumn<int>("base");
        QTest::addColumn<int>("papers");
        QTest::addColumn<int>("threshold");
        QTest::addColumn<int>("size");
        // gpt_paper_assistant (DaizeDong fork): at most `threshold` papers keep the base size.
        QTest::newRow("below threshold") << 5 << 10 << 32 << 5;
        QTest::newRow("at threshold") << 5 << 32 << 32 << 5;
        QTest::newRow("just above") << 5 << 33 << 32 << 10;
        QTest::newRow("exactly double") << 5 << 64 << 32 << 10; // log2(2) + 1 = 2, not 3
        QTest::newRow("just above double") << 5 << 65 << 32 << 15;
        QTest::newRow("a real day, 318 papers") << 5 << 318 << 32 << 25; // ⌈log2(9.94) + 1⌉ = 5
        QTest::newRow("anchor defaults") << 16 << 318 << 32 << 80;
        QTest::newRow("threshold off") << 5 << 318 << 0 << 5;
        QTest::newRow("no papers") << 5 << 0 << 32 << 5;
        QTest::newRow("base below 1") << 0 << 10 << 32 << 1;
    }

    void adaptive()
    {
        QFETCH(int, base);
        QFETCH(int, papers);
        QFETCH(int, threshold);
        QFETCH(int, size);
        QCOMPARE(Batching::adaptiveBatchSize(base, papers, threshold), size);
    }

    void adaptiveMatchesTheFormula()
    {
        for (int n = 33; n <= 5000; ++n) {
            const double factor = std::ceil(std::log2(double(n) / 32) + 1);
            // Powers of two are where floating point could tip either way; the integer version is exact.
            if (std::abs(std::log2(double(n) / 32) - std::round(std::log2(double(n) / 32))) < 1e-9)
                continue;
            QCOMPARE(Batching::adaptiveBatchSize(5, n, 32), 5 * int(factor));
        }
    }

    void fixedOrAdaptive()
    {
        QCOMPARE(Batching::batchSize(5, 318, false, 32), 5);
        QCOMPARE(Batching::batchSize(5, 318, true, 32), 25);
        QCOMPARE(Batching::batchSize(-3, 318, false, 32), 1);
    }

    void split()
    {
        QList<int> items(23);
        std::iota(items.begin(), items.end(), 0);
        const QList<QList<int>> batches = Batching::split(items, 5);
        QCOMPARE(batches.size(), 5);
        QCOMPARE(Batching::batchCount(23, 5), 5);
        QCOMPARE(batches.last(), (QList<int> { 20, 21, 22 }));
        QList<int> joined;
        for (const QList<int> &b : batches) {
            QVERIFY(b.size() <= 5 && !b.isEmpty());
            joined += b;
        }
        QCOMPARE(joined, items); // nothing lost, order kept
        QVERIFY(Batching::split(QList<int>(), 5).isEmpty());
        QCOMPARE(Batching::batchCount(0, 5), 0);
        QCOMPARE(Batching::split(items, 0).size(), 23);
        QCOMPARE(Batching::batchCount(318, 5), 64);
        QCOMPARE(Batching::batchCount(318, 20), 16);
    }
};

QTEST_GUILESS_MAIN(TestBatching)
#include "tst_batching.moc"
