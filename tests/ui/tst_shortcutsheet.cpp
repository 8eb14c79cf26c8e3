// The shortcut sheet lists every shortcut of the actions it is given, grouped by menu, and fits
// without scrolling over a 1024×700 window with the forty or so actions the main window has.
#include "shortcutsheet.h"
#include "theme.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

using namespace PaperSift;
using namespace Qt::StringLiterals;

namespace {

/// About the main window's actions: a menu each, a shortcut or two each.
struct Window
{
    QMainWindow window;
    QList<QAction *> actions;

    explicit Window(int extra = 0)
    {
        const auto add = [this](QMenu *menu, const QString &text, const QList<QKeySequence> &keys) {
            auto *a = new QAction(text, &window);
            a->setShortcuts(keys);
            if (menu)
                menu->addAction(a);
            window.addAction(a);
            actions.append(a);
        };
        QMenu *go = window.menuBar()->addMenu(u"&Navigate"_s);
        add(go, u"Next paper"_s, { Qt::Key_J });
        add(go, u"Previous paper"_s, { Qt::Key_K });
        add(go, u"Next unread paper"_s, { Qt::Key_N });
        add(go, u"Page through the abstract, then next paper"_s, { Qt::Key_Space });
        add(go, u"Previous day"_s, { Qt::Key_BracketLeft });
        add(go, u"Next day"_s, { Qt::Key_BracketRight });
        for (int i = 1; i <= 5; ++i)
            add(go, u"Show view %1"_s.arg(i), { QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + i)) });
        add(go, u"Next pane"_s, { Qt::Key_Tab });
        QMenu *paper = window.menuBar()->addMenu(u"&Paper"_s);
        add(paper, u"Star"_s, { Qt::Key_S });
        add(paper, u"Toggle read"_s, { Qt::Key_M });
        add(paper, u"Open abstract page"_s, { Qt::Key_O });
        add(paper, u"Open PDF"_s, { Qt::Key_P });
        for (int i = 1; i <= 5; ++i)
            add(paper, u"Rate %1"_s.arg(i), { QKeySequence(Qt::Key(Qt::Key_0 + i)) });
        add(paper, u"Not interested"_s, { Qt::Key_X });
        add(paper, u"Copy link"_s, { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C) });
        add(paper, u"Mark view as read"_s, { QKeySequence(Qt::SHIFT | Qt::Key_A) });
        add(paper, u"Undo mark as read"_s, { QKeySequence(Qt::CTRL | Qt::Key_Z) });
        QMenu *view = window.menuBar()->addMenu(u"&View"_s);
        add(view, u"Filter…"_s, { Qt::Key_Slash, QKeySequence(Qt::CTRL | Qt::Key_F) });
        add(view, u"Clear filter"_s, { Qt::Key_Escape });
        add(view, u"Paper Pane &Below the Table"_s, { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_2) });
        add(view, u"Zoom In"_s, { QKeySequence(Qt::CTRL | Qt::Key_Plus) });
        add(view, u"Zoom Out"_s, { QKeySequence(Qt::CTRL | Qt::Key_Minus) });
        add(view->addMenu(u"&Colours"_s), u"&Dark"_s, { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D) });
        QMenu *file = window.menuBar()->addMenu(u"&Window"_s);
        add(file, u"Fetch && Score Today"_s, { QKeySequence(Qt::CTRL | Qt::Key_R) });
        add(file, u"Score This &Day"_s, { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R) });
        add(file, u"&Import Feed Files…"_s, { QKeySequence(Qt::CTRL | Qt::Key_O) });
        add(file, u"&Export…"_s, { QKeySequence(Qt::CTRL | Qt::Key_E) });
        add(file, u"&Criteria"_s, { QKeySequence(Qt::CTRL | Qt::Key_K) });
        add(file, u"&Settings…"_s, { QKeySequence(Qt::CTRL | Qt::Key_Comma) });
        add(file, u"Keyboard &Shortcuts"_s, { QKeySequence(Qt::Key_Question) });
        add(file, u"&Quit"_s, { QKeySequence(Qt::CTRL | Qt::Key_Q) });
        add(nullptr, u"Focus the table"_s, { QKeySequence(Qt::ALT | Qt::Key_T) }); // in no menu
        for (int i = 0; i < extra; ++i)
            add(paper, u"Extra action %1"_s.arg(i), { QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_A + i % 26)) });
        add(file, u"No shortcut"_s, {});
        window.resize(1024, 700);
    }
};

QStringList labelTexts(const QWidget &w, const QString &name)
{
    QStringList out;
    for (const QLabel *l : w.findChildren<QLabel *>(name))
        out << l->text();
    return out;
}

} // namespace

class TestShortcutSheet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { applyTheme(ThemeChoice::Light); }

    void rowsAndGroups()
    {
        Window w;
        const auto rows = ShortcutSheet::rows(w.actions);
        QCOMPARE(rows.size(), w.actions.size() - 1); // not the one without a shortcut
        QVERIFY(rows.contains(ShortcutSheet::Row { u"Ctrl+R"_s, u"Fetch & Score Today"_s }));
        QVERIFY(rows.contains(ShortcutSheet::Row { u"/ or Ctrl+F"_s, u"Filter"_s }));
        const auto groups = ShortcutSheet::groups(w.actions);
        QStringList titles;
        for (const auto &g : groups)
            titles << g.title;
        QCOMPARE(titles, (QStringList { u"Navigate"_s, u"Paper"_s, u"View"_s, u"Window"_s, u"Other"_s }));
        // A submenu's action goes with its menu; the property names another group.
        QVERIFY(groups.at(2).rows.contains(ShortcutSheet::Row { u"Ctrl+Shift+D"_s, u"Dark"_s }));
        w.actions.first()->setProperty("shortcutGroup", u"Reading"_s);
        QCOMPARE(ShortcutSheet::groupOf(w.actions.first()), u"Reading"_s);
    }

    void fitsOverA1024x700Window_data()
    {
        QTest::addColumn<int>("extra");
        QTest::newRow("40 actions") << 0;
        QTest::newRow("52 actions") << 12;
    }

    void fitsOverA1024x700Window()
    {
        QFETCH(int, extra);
        Window w(extra);
        w.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        QVERIFY(ShortcutSheet::rows(w.actions).size() >= 40);
        ShortcutSheet sheet(w.actions, &w.window);
        sheet.show();
        QVERIFY(QTest::qWaitForWindowExposed(&sheet));
        qInfo("%d columns, %d×%d over a %d×%d window (screen %d×%d)", sheet.columnCount(), sheet.width(),
            sheet.height(), w.window.width(), w.window.height(), sheet.screen()->availableGeometry().width(),
            sheet.screen()->availableGeometry().height());
        QVERIFY(sheet.columnCount() >= 2);
        QVERIFY(sheet.height() <= w.window.height());
        QVERIFY(sheet.width() <= w.window.width());
        auto *scroll = sheet.findChild<QScrollArea *>(u"shortcutScroll"_s);
        QVERIFY(scroll);
        QCOMPARE(scroll->verticalScrollBar()->maximum(), 0); // nothing to scroll to
        QVERIFY(!scroll->verticalScrollBar()->isVisible());

        // Every action's text and every shortcut is there, shown inside the sheet.
        const QStringList keys = labelTexts(sheet, u"shortcutKey"_s);
        const QStringList texts = labelTexts(sheet, u"shortcutAction"_s);
        // Grouped by menu, also once the window is shown (its menu bar may hold menus in overflow).
        QStringList groups;
        for (const QLabel *l : sheet.findChildren<QLabel *>(u"shortcutGroup"_s)) {
            if (!groups.contains(l->text()))
                groups << l->text();
        }
        QCOMPARE(groups, (QStringList { u"Navigate"_s, u"Paper"_s, u"View"_s, u"Window"_s, u"Other"_s }));
        for (const auto &[key, text] : ShortcutSheet::rows(w.actions)) {
            QVERIFY2(keys.contains(key), qPrintable(key));
            QVERIFY2(texts.contains(text), qPrintable(text));
        }
        if (extra == 0) {
            const QString dir = QStringLiteral(PAPERSIFT_BINARY_DIR) + "/screenshots"_L1;
            QVERIFY(QDir().mkpath(dir));
            QVERIFY(sheet.grab().save(dir + u"/shortcut-sheet.png"_s));
            applyTheme(ThemeChoice::Dark);
            QCoreApplication::processEvents();
            QVERIFY(sheet.grab().save(dir + u"/shortcut-sheet-dark.png"_s));
            applyTheme(ThemeChoice::Light);
        }
        for (const QLabel *label : sheet.findChildren<QLabel *>()) {
            const QRect shown(label->mapTo(&sheet, QPoint(0, 0)), label->size());
            QVERIFY2(sheet.rect().contains(shown), qPrintable(label->text()));
            QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text())); // not cut
        }
    }
};

QTEST_MAIN(TestShortcutSheet)
#include "tst_shortcutsheet.moc"
