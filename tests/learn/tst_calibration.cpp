// Calibration: the bins, precision and recall that "How well does the model know you?" shows.
#include "learn/calibration.h"

#include <QTest>

#include <limits>

using namespace PaperSift;

class TestCalibration : public QObject
{
    Q_OBJECT

private slots:
    void binsPrecisionAndRecall()
    {
        const QList<Calibration::Point> points = {
            { 9, true, true }, { 9, true, false }, { 8.6, true, true }, // picked: 2 of 3 liked
            { 3, false, true }, { 3.4, false, false }, { 0.2, false, false }, { 12, true, true },
            { std::numeric_limits<double>::quiet_NaN(), true, true }, // no score: left out
        };
        const Calibration c = Calibration::of(points);
        QCOMPARE(c.rated, 7);
        QCOMPARE(c.liked, 4);
        QCOMPARE(c.picked, 4);
        QCOMPARE(c.pickedLiked, 3);
        QCOMPARE(*c.precision(), 0.75);
        QCOMPARE(*c.recall(), 0.75);
        QCOMPARE(c.bins[9].rated, 2); // bin 9 holds 9 up to 10
        QCOMPARE(c.bins[9].liked, 1);
        QCOMPARE(c.bins[8].rated, 1); // 8.6
        QCOMPARE(c.bins[3].rated, 2);
        QCOMPARE(c.bins[3].share(), 0.5);
        QCOMPARE(c.bins[0].rated, 1);
        QCOMPARE(c.bins[10].rated, 1); // beyond 10 counts as 10
        QCOMPARE(c.bins[5].share(), 0.0);
    }

    void nothingRatedSaysNothing()
    {
        const Calibration c = Calibration::of({});
        QVERIFY(!c.precision());
        QVERIFY(!c.recall());
        const Calibration dislikedOnly = Calibration::of({ { 9, true, false } });
        QCOMPARE(*dislikedOnly.precision(), 0.0);
        QVERIFY(!dislikedOnly.recall());
    }
};

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
