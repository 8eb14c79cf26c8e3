// The reader's rules in a real window on the demo day (the real feeds of 2025-06-17): Settings →
// Rules counts a rule's matches as it is typed, and once applied the table hides the muted papers
// (the "Muted by rules" view lists them) and marks the kept ones. Screenshots of the page, light
// and dark, go to <build>/screenshots/.
#include "library.h"
#include "mainwindow.h"
#include "paperfiltermodel.h"
#include "papertablemodel.h"
#include "pipeline/runcontroller.h"
#include "settingsdialog.h"
#include "sidebar.h"
#include "testsupport.h"
#include "theme.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace PaperSift;
using namespace Qt::StringLiterals;

class TestRules : public QObject
{
    Q_OBJECT

    static QSet<QString> idsWhere(MainWindow &w, const std::function<bool(const PaperRow &)> &pick)
    {
        QSet<QString> ids;
        for (const PaperRow &r : w.paperModel()->rows()) {
            if (pick(r))
                ids.insert(r.id);
        }
        return ids;
    }

    static QSet<QString> shown(MainWindow &w)
    {
        QSet<QString> ids;
        for (int row = 0; row < w.filterModel()->rowCount(); ++row)
            ids.insert(
                w.filterModel()->index(row, PaperTableModel::Title).data(PaperTableModel::PaperIdRole).toString());
        return ids;
    }

    static void type(QDialog &dialog, int action, const QString &query)
    {
        auto *kind = dialog.findChild<QComboBox *>(u"ruleAction"_s);
        auto *edit = dialog.findChild<QLineEdit *>(u"ruleQuery"_s);
        QVERIFY(kind && edit);
        kind->setCurrentIndex(action);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, query);
    }

private slots:
    void rulesHideAndKeepInTheWindow()
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
        const QSet<QString> everything = shown(w);
        const auto in = [](const QString &category) {
            return [category](const PaperRow &r) {
                return r.categories.contains(category);
            };
        };
        const QSet<QString> vision = idsWhere(w, in(u"cs.CV"_s));
        const QSet<QString> kept = vision & idsWhere(w, in(u"cs.LG"_s));
        QVERIFY(vision.size() > kept.size() && !kept.isEmpty());

        SettingsDialog dialog(&w);
        dialog.setLibrary(w.library(), w.currentDay());
        dialog.show();
        auto *tabs = dialog.findChild<QTabWidget *>(u"settingsTabs"_s);
        auto *page = dialog.findChild<QWidget *>(u"rulesPage"_s);
        QVERIFY(tabs && page && page->isEnabled());
        tabs->setCurrentWidget(page);
        auto *list = dialog.findChild<QTreeWidget *>(u"ruleList"_s);
        auto *count = dialog.findChild<QLabel *>(u"ruleCount"_s);
        QCOMPARE(list->topLevelItemCount(), 0);

        // The count follows the typing: every paper of the day in cs.CV.
        type(dialog, 1, u"cat:cs.CV"_s);
        QTRY_VERIFY2(count->text().startsWith(u"Matches %1 papers"_s.arg(vision.size())), qPrintable(count->text()));
        dialog.findChild<QPushButton *>(u"addRule"_s)->click();
        type(dialog, 0, u"cat:cs.CV cat:cs.LG"_s);
        QTRY_VERIFY(count->text().startsWith(u"Matches %1 papers"_s.arg(kept.size())));
        QTest::keyClick(dialog.findChild<QLineEdit *>(u"ruleQuery"_s), Qt::Key_Return);
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(1), u"cat:cs.CV"_s);
        QCOMPARE(list->topLevelItem(0)->text(2), QString::number(vision.size()));
        QCOMPARE(list->topLevelItem(1)->text(2), QString::number(kept.size()));
        // Nothing is written before OK.
        QCOMPARE(w.library()->rules()->size(), 0);

        const QString dir = QStringLiteral(PAPERSIFT_BINARY_DIR) + "/screenshots"_L1;
        QDir().mkpath(dir);
        type(dialog, 0, u"au:Bengio"_s);
        QTRY_VERIFY(count->text().startsWith(u"Matches"_s));
        QVERIFY(dialog.grab().save(dir + u"/rules-light.png"_s));
        applyTheme(ThemeChoice::Dark);
        QCoreApplication::processEvents();
        QVERIFY(dialog.grab().save(dir + u"/rules-dark.png"_s));
        applyTheme(ThemeChoice::System);
        dialog.findChild<QLineEdit *>(u"ruleQuery"_s)->clear();

        dialog.accept();
        QTRY_COMPARE(w.library()->rules()->size(), 2);

        // Muted papers leave every view but their own; kept ones are marked.
        const QSet<QString> muted = vision - kept;
        QTRY_COMPARE(shown(w), everything - muted);
        for (const QString &id : kept) {
            const QModelIndex title = w.paperModel()->index(w.paperModel()->rowOf(id), PaperTableModel::Title);
            QVERIFY(!title.data(Qt::DecorationRole).isNull());
            QVERIFY(title.data(Qt::ToolTipRole).toString().contains(u"cat:cs.CV cat:cs.LG"_s));
        }
        // The day list counts as the digest does: muted papers nowhere, kept ones as relevant.
        const auto passes = [](const PaperRow &r) {
            return r.relevance && *r.relevance >= 8 && (!r.novelty || *r.novelty >= 7);
        };
        const QSet<QString> relevant = idsWhere(w, passes);
        QTRY_COMPARE(w.sidebar()->dayModel()->days().value(0).papers, int(everything.size() - muted.size()));
        const DayInfo day = w.sidebar()->dayModel()->days().value(0);
        QCOMPARE(day.relevant, int(((relevant - muted) | kept).size()));
        QCOMPARE(day.unscored, day.papers - day.scored);

        w.sidebar()->setCurrentView(Sidebar::View::Muted);
        QTRY_COMPARE(shown(w), muted);
        w.paperTable()->setCurrentIndex(w.filterModel()->index(0, PaperTableModel::Title));
        QVERIFY(w.grab().save(dir + u"/rules-muted-view.png"_s));
        w.sidebar()->setCurrentView(Sidebar::View::All);

        // Removing the mute brings them back.
        SettingsDialog again(&w);
        again.setLibrary(w.library(), w.currentDay());
        auto *rules = again.findChild<QTreeWidget *>(u"ruleList"_s);
        QCOMPARE(rules->topLevelItemCount(), 2);
        rules->topLevelItem(0)->setSelected(true);
        again.findChild<QPushButton *>(u"removeRule"_s)->click();
        QCOMPARE(rules->topLevelItemCount(), 1);
        again.accept();
        QTRY_COMPARE(shown(w), everything);
        QCOMPARE(w.library()->rules()->size(), 1);
        QTRY_COMPARE(w.sidebar()->dayModel()->days().value(0).papers, int(everything.size()));
        QCOMPARE(w.sidebar()->dayModel()->days().value(0).relevant, int((idsWhere(w, passes) | kept).size()));
    }
};

QTEST_MAIN(TestRules)
#include "tst_rules.moc"
