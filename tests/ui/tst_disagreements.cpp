// Where the model and the reader disagree, in a real window on the demo day (the real feeds of
// 2025-06-17, keyword-scored): the Disagreements view lists exactly the conflicting papers, and
// "How well does the model know you?" measures the model and Yours on the ratings; screenshots
// of it, light and dark, go to <build>/screenshots/.
#include "config/settings.h"
#include "criteriadock.h"
#include "knowyoudialog.h"
#include "library.h"
#include "mainwindow.h"
#include "paperfiltermodel.h"
#include "papertablemodel.h"
#include "pipeline/runcontroller.h"
#include "rankingcontroller.h"
#include "readingcontroller.h"
#include "scoring/promptbuilder.h"
#include "sidebar.h"
#include "testsupport.h"
#include "theme.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace PaperSift;
using namespace Qt::StringLiterals;

class TestDisagreements : public QObject
{
    Q_OBJECT

    static QSet<QString> shown(MainWindow &w)
    {
        QSet<QString> ids;
        for (int row = 0; row < w.filterModel()->rowCount(); ++row)
            ids.insert(
                w.filterModel()->index(row, PaperTableModel::Title).data(PaperTableModel::PaperIdRole).toString());
        return ids;
    }

    static QSet<QString> idsScored(MainWindow &w)
    {
        QSet<QString> ids;
        for (const PaperRow &r : w.paperModel()->rows()) {
            if (r.relevance)
                ids.insert(r.id);
        }
        return ids;
    }

    static QStringList withRelevance(MainWindow &w, int from, int to)
    {
        QStringList ids;
        for (const PaperRow &r : w.paperModel()->rows()) {
            if (r.relevance && *r.relevance >= from && *r.relevance <= to)
                ids.append(r.id);
        }
        std::sort(ids.begin(), ids.end());
        return ids;
    }

private slots:
    void disagreementsAndHowWellTheModelKnowsYou()
    {
        Test::Sandbox sandbox;
        MainWindow w;
        w.resize(1400, 880);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy finished(w.runController(), &RunController::finished);
        w.openDemoDay();
        QVERIFY(finished.wait(60000));
        QTRY_VERIFY(w.paperModel()->rowCount() > 100);

        const QStringList picked = withRelevance(w, 8, 10); // the digest's cutoff is 8
        const QStringList dismissed = withRelevance(w, 1, 4);
        const QStringList between = withRelevance(w, 5, 7);
        QVERIFY(picked.size() >= 5 && dismissed.size() >= 40 && !between.isEmpty());
        ReadingController *reading = w.readingController();
        reading->setRating(picked.mid(0, 3), 1); // picked, turned down: disagreements
        reading->toggleStar(dismissed.mid(0, 2)); // dismissed, liked: disagreements
        reading->setRating(picked.mid(3, 2), 5); // agreements
        reading->setRating(dismissed.mid(2, 2), 1);
        reading->setRating(between.mid(0, 1), 1); // the model was not sure: no disagreement
        const QSet<QString> conflicting = QSet<QString>(picked.cbegin(), picked.cbegin() + 3)
            | QSet<QString>(dismissed.cbegin(), dismissed.cbegin() + 2);

        w.sidebar()->setCurrentView(Sidebar::View::Disagreements);
        QTRY_COMPARE(shown(w), conflicting);

        {
            KnowYouDialog dialog(*w.library(), &w);
            QCOMPARE(dialog.groupChooser()->count(), 1);
            QVERIFY2(dialog.groupChooser()->currentText().startsWith(u"keyword · "_s),
                qPrintable(dialog.groupChooser()->currentText()));
            const Calibration &c = dialog.modelCalibration();
            QCOMPARE(c.rated, 10);
            QCOMPARE(c.liked, 4);
            QCOMPARE(c.picked, 5);
            QCOMPARE(c.pickedLiked, 2);
            QCOMPARE(*c.precision(), 0.4);
            QCOMPARE(*c.recall(), 0.5);
            int binned = 0;
            for (const Calibration::Bin &b : c.bins)
                binned += b.rated;
            QCOMPARE(binned, 10);
            auto *summary = dialog.findChild<QLabel *>(u"yoursSummary"_s);
            QVERIFY2(summary->text().startsWith(u"Rate "_s), qPrintable(summary->text()));
        }

        // Enough ratings for Yours: it is measured on papers it did not train on.
        reading->setRating(dismissed.mid(4, 30), 1);
        reading->toggleStar(picked.mid(5, 14));
        QTRY_VERIFY_WITH_TIMEOUT(w.rankingController()->isAvailable(), 30000);
        KnowYouDialog dialog(*w.library(), &w);
        dialog.resize(900, 760);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isMeasuring(), 30000);
        QTRY_VERIFY(dialog.yoursCalibration().rated > 0);
        QCOMPARE(dialog.yoursCalibration().rated, dialog.modelCalibration().rated);
        auto *summary = dialog.findChild<QLabel *>(u"yoursSummary"_s);
        QVERIFY2(summary->text().contains(u"Precision at k, cross-validated"_s), qPrintable(summary->text()));

        const QString dir = QStringLiteral(PAPERSIFT_BINARY_DIR) + "/screenshots"_L1;
        QDir().mkpath(dir);
        QVERIFY(dialog.grab().save(dir + u"/knowyou-light.png"_s));
        applyTheme(ThemeChoice::Dark);
        QCoreApplication::processEvents();
        QVERIFY(dialog.grab().save(dir + u"/knowyou-dark.png"_s));
        applyTheme(ThemeChoice::System);
    }

    // "Update examples" puts the newest ratings into the criteria; saving makes a new version,
    // and the day's scores made with the old one still count: nothing is paid again.
    void updateExamplesMakesANewVersionAndRepaysNothing()
    {
        Test::Sandbox sandbox;
        {
            Settings settings;
            QVERIFY(settings.set(Settings::RatedExamples, 2).isEmpty());
        }
        MainWindow w;
        w.resize(1400, 880);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy finished(w.runController(), &RunController::finished);
        w.openDemoDay();
        QVERIFY(finished.wait(60000));
        QTRY_VERIFY(w.paperModel()->rowCount() > 100);
        const QStringList picked = withRelevance(w, 8, 10);
        const QStringList dismissed = withRelevance(w, 1, 4);
        const auto titleOf = [&w](const QString &id) {
            return w.paperModel()->row(w.paperModel()->rowOf(id)).title;
        };
        w.readingController()->toggleStar(picked.mid(0, 3));
        w.readingController()->setRating(dismissed.mid(0, 1), 1);
        QTRY_VERIFY(!w.library()->hasPendingWrites());
        const int scoredBefore = int(idsScored(w).size());
        const int versionsBefore = int(w.library()->criteriaVersions()->size());

        CriteriaDock *dock = w.criteriaDock();
        QVERIFY(dock->examplesAction()->isVisible());
        dock->examplesAction()->trigger();
        const QString text = dock->criteriaText();
        QVERIFY2(text.contains(u"## Papers I found relevant\n"_s), qPrintable(text.right(400)));
        QCOMPARE(text.count(u"\n- "_s) - PromptSet::load().criteria.count(u"\n- "_s), 3); // 2 liked, 1 disliked
        QVERIFY(text.contains(u"- "_s + titleOf(dismissed.first()).simplified()));
        QVERIFY(dock->isModified()); // nothing saved by itself
        QCOMPARE(int(w.library()->criteriaVersions()->size()), versionsBefore);

        QVERIFY(dock->save());
        QTRY_COMPARE(int(w.library()->criteriaVersions()->size()), versionsBefore + 1);
        QCOMPARE(PromptSet::load().criteria, text);
        // The old version's scores still count, shown as made with an older version.
        QTRY_VERIFY(w.paperModel()->row(w.paperModel()->rowOf(picked.first())).stale);
        QCOMPARE(int(idsScored(w).size()), scoredBefore);
        // Pressing it again with the same ratings changes nothing.
        dock->examplesAction()->trigger();
        QVERIFY(!dock->isModified());
    }
};

QTEST_MAIN(TestDisagreements)
#include "tst_disagreements.moc"
