// The reader's own ranking in a real window (issue "Learning from the reader"): ratings given in
// the window train it in a worker, and the Yours column appears only once it can rank; light and
// dark screenshots of it go to <build>/screenshots/.
#include "mainwindow.h"
#include "paperfiltermodel.h"
#include "papertablemodel.h"
#include "pipeline/runcontroller.h"
#include "rankingcontroller.h"
#include "readingcontroller.h"
#include "runstatuspresenter.h"
#include "settingsdialog.h"
#include "testsupport.h"
#include "theme.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace PaperSift;
using namespace Qt::StringLiterals;

class TestRanking : public QObject
{
    Q_OBJECT

    static void showDemo(MainWindow &w)
    {
        w.resize(1400, 880);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy finished(w.runController(), &RunController::finished);
        w.openDemoDay();
        QVERIFY(finished.wait(60000));
        QTRY_VERIFY(!w.rankingController()->isBusy());
    }

    // The day's papers about language models (liked) and about anything else (disliked), so
    // the ranking has two sides to learn.
    static void splitDay(MainWindow &w, QStringList &about, QStringList &other)
    {
        for (const PaperRow &r : w.paperModel()->rows())
            (r.title.contains(u"Language Model"_s, Qt::CaseInsensitive) ? about : other).append(r.id);
    }

    double yoursOf(MainWindow &w, const QString &id)
    {
        const int row = w.paperModel()->rowOf(id);
        return w.paperModel()->index(row, PaperTableModel::Yours).data(PaperTableModel::UnderlyingDataRole).toDouble();
    }

private slots:
    void ratingsInTheWindowTrainYours()
    {
        Test::Sandbox sandbox;
        MainWindow w;
        showDemo(w);
        if (QTest::currentTestFailed())
            return;
        RankingController *ranking = w.rankingController();
        ranking->setDebounceMs(0);
        QHeaderView *header = w.paperTable()->horizontalHeader();
        QVERIFY(!ranking->isAvailable());
        QVERIFY(header->isSectionHidden(PaperTableModel::Yours));

        QStringList about, other;
        splitDay(w, about, other);
        QVERIFY2(
            about.size() >= 15 && other.size() >= 30, qPrintable(u"%1 / %2"_s.arg(about.size()).arg(other.size())));
        QSignalSpy changed(ranking, &RankingController::changed);

        // Three ratings: not enough, and the window says how many more it takes.
        w.readingController()->setRating(about.mid(0, 3), 5);
        QVERIFY(changed.wait(30000));
        QVERIFY(changed.last().first().toBool()); // after a rating
        QVERIFY2(ranking->summary().startsWith(u"Rate 17 more papers"_s), qPrintable(ranking->summary()));
        QTRY_VERIFY(w.statusPresenter()->statusText().startsWith(u"Rate 17 more papers"_s));
        QVERIFY(header->isSectionHidden(PaperTableModel::Yours));

        // Enough of both kinds, a star among them: the column appears, every row ranked.
        w.readingController()->setRating(about.mid(3, 11), 4);
        w.readingController()->toggleStar({ about.at(14) });
        w.readingController()->setRating(other.mid(0, 30), 1);
        QTRY_VERIFY_WITH_TIMEOUT(ranking->isAvailable() && !ranking->isBusy(), 30000);
        QVERIFY2(ranking->summary().startsWith(u"Trained on 15 liked and 30 disliked papers."_s),
            qPrintable(ranking->summary()));
        QVERIFY(!header->isSectionHidden(PaperTableModel::Yours));
        QTRY_VERIFY(
            !w.paperModel()->index(0, PaperTableModel::Yours).data(PaperTableModel::UnderlyingDataRole).isNull());
        for (int row = 0; row < w.paperModel()->rowCount(); ++row) {
            const QVariant v
                = w.paperModel()->index(row, PaperTableModel::Yours).data(PaperTableModel::UnderlyingDataRole);
            QVERIFY(!v.isNull() && v.toDouble() >= 0 && v.toDouble() <= 10);
        }
        // Unrated papers on the liked side rank above the unrated others, on average.
        double aboutSum = 0, otherSum = 0;
        for (const QString &id : about.mid(15))
            aboutSum += yoursOf(w, id);
        for (const QString &id : other.mid(30))
            otherSum += yoursOf(w, id);
        QVERIFY(about.size() > 15);
        QVERIFY2(aboutSum / (about.size() - 15) > otherSum / (other.size() - 30),
            qPrintable(u"%1 vs %2"_s.arg(aboutSum / (about.size() - 15)).arg(otherSum / (other.size() - 30))));
        const QString tip = w.paperModel()->index(0, PaperTableModel::Yours).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"Trained on 15 liked"_s), qPrintable(tip));

        // Sorting by it puts the best first.
        w.paperTable()->sortByColumn(PaperTableModel::Yours, Qt::DescendingOrder);
        const double top
            = w.filterModel()->index(0, PaperTableModel::Yours).data(PaperTableModel::UnderlyingDataRole).toDouble();
        const double bottom = w.filterModel()
                                  ->index(w.filterModel()->rowCount() - 1, PaperTableModel::Yours)
                                  .data(PaperTableModel::UnderlyingDataRole)
                                  .toDouble();
        QVERIFY(top > bottom);

        // The Settings page says the same.
        SettingsDialog dialog(&w);
        dialog.setRankingSummary(ranking->summary());
        auto *summary = dialog.findChild<QLabel *>(u"rankingSummary"_s);
        QVERIFY(summary);
        QCOMPARE(summary->text(), ranking->summary());

        // A new window starts from the stored model: trained once, not again.
        MainWindow second;
        QTRY_VERIFY_WITH_TIMEOUT(second.rankingController()->isAvailable(), 30000);
        QCOMPARE(second.rankingController()->summary(), ranking->summary());

        const QString dir = QStringLiteral(PAPERSIFT_BINARY_DIR) + "/screenshots"_L1;
        QDir().mkpath(dir);
        w.paperTable()->setCurrentIndex(w.filterModel()->index(0, PaperTableModel::Title));
        QVERIFY(w.grab().save(dir + u"/yours-light.png"_s));
        applyTheme(ThemeChoice::Dark);
        QCoreApplication::processEvents();
        QVERIFY(w.grab().save(dir + u"/yours-dark.png"_s));
        applyTheme(ThemeChoice::System);
    }
};

QTEST_MAIN(TestRanking)
#include "tst_ranking.moc"
