// MainWindow's actions, menus and toolbar: every command of the window, its shortcut and where it
// appears. The window's layout and wiring are in mainwindow.cpp.

#include "mainwindow.h"

#include "criteriadock.h"
#include "filterbar.h"
#include "knowyoudialog.h"
#include "library.h"
#include "paperfiltermodel.h"
#include "papertableview.h"
#include "paperview.h"
#include "readingcontroller.h"
#include "runlauncher.h"
#include "runstatuspresenter.h"
#include "shortcutsheet.h"
#include "sidebar.h"
#include "theme.h"

#include "config/settings.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QToolBar>

namespace PaperSift {

using namespace Qt::StringLiterals;

QAction *MainWindow::addReaderAction(
    const QString &name, const QString &text, const QList<QKeySequence> &keys, const QString &icon)
{
    // Bare letters work wherever the focus is in the window: a text field (the filter, a note, the
    // criteria) takes the letters typed into it before any shortcut sees them.
    return addWindowAction(name, text, keys, icon);
}

QAction *MainWindow::addWindowAction(const QString &name, const QString &text, const QList<QKeySequence> &keys,
    const QString &icon, const QString &fallbackIcon)
{
    auto *a = new QAction(text, this);
    a->setObjectName(name);
    a->setShortcuts(keys);
    if (!icon.isEmpty())
        a->setIcon(QIcon::fromTheme(icon));
    if (a->icon().isNull() && !fallbackIcon.isEmpty())
        a->setIcon(QIcon(fallbackIcon));
    a->setShortcutContext(Qt::WindowShortcut);
    addAction(a);
    m_actions.insert(name, a);
    return a;
}

void MainWindow::createReaderActions()
{
    connect(addReaderAction(u"next"_s, tr("Next paper"), { Qt::Key_J }), &QAction::triggered, this, [this] {
        m_table->moveCurrent(1);
    });
    connect(addReaderAction(u"previous"_s, tr("Previous paper"), { Qt::Key_K }), &QAction::triggered, this, [this] {
        m_table->moveCurrent(-1);
    });
    connect(addReaderAction(u"page"_s, tr("Page through the abstract, then next paper"), { Qt::Key_Space }),
        &QAction::triggered, this, [this] {
            if (!m_paperView->pageDown())
                m_table->moveCurrent(1);
        });
    connect(
        addReaderAction(u"nextUnread"_s, tr("Next unread paper"), { Qt::Key_N }), &QAction::triggered, this, [this] {
            if (!m_table->moveToNextUnread())
                m_status->flash(tr("No unread paper below this one."));
        });
    connect(
        addReaderAction(u"prevDay"_s, tr("Previous day"), { Qt::Key_BracketLeft }), &QAction::triggered, this, [this] {
            m_sidebar->stepDay(1);
        });
    connect(addReaderAction(u"nextDay"_s, tr("Next day"), { Qt::Key_BracketRight }), &QAction::triggered, this, [this] {
        m_sidebar->stepDay(-1);
    });
    connect(addReaderAction(u"markViewRead"_s, tr("Mark view as read"), { QKeySequence(Qt::SHIFT | Qt::Key_A) }),
        &QAction::triggered, this, &MainWindow::markViewRead);
    QAction *undo = addReaderAction(u"undo"_s, tr("Undo"), { QKeySequence::Undo }, u"edit-undo"_s);
    undo->setEnabled(false);
    connect(undo, &QAction::triggered, m_reading, &ReadingController::undo);
    connect(addReaderAction(u"filter"_s, tr("Filter…"), { Qt::Key_Slash, QKeySequence::Find }, u"edit-find"_s),
        &QAction::triggered, this, [this] {
            filterEdit()->setFocus();
            filterEdit()->selectAll();
        });
}

void MainWindow::createWindowActions()
{
    QAction *clear = addWindowAction(u"clearFilter"_s, tr("Clear filter"), { Qt::Key_Escape }, u"edit-clear"_s);
    connect(clear, &QAction::triggered, this, [this] {
        // Esc with nothing to clear stops a run.
        if (!m_proxy->hasActiveFilter() && filterEdit()->text().isEmpty() && m_runs->isRunning()) {
            m_runs->cancel();
            return;
        }
        m_filterBar->clearAll();
        m_table->setFocus();
    });
    const QString viewNames[] = { tr("All"), tr("Unread"), tr("Starred"), tr("Followed authors"), tr("Unscored"),
        tr("Muted by rules"), tr("Disagreements") };
    for (int i = 0; i < 7; ++i) {
        QAction *a = addWindowAction(u"view%1"_s.arg(i + 1), tr("Show %1").arg(viewNames[i]),
            { QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)) });
        connect(a, &QAction::triggered, this, [this, i] {
            m_sidebar->setCurrentView(static_cast<Sidebar::View>(i));
        });
    }
    QAction *run = addWindowAction(u"run"_s, tr("Fetch && Score Today"), { QKeySequence(Qt::CTRL | Qt::Key_R) },
        u"view-refresh"_s, u":/icons/run.svg"_s);
    run->setToolTip(tr("Fetch today's announcements from arXiv and score them (Ctrl+R)"));
    connect(run, &QAction::triggered, this, [this] {
        m_runs->fetchAndScore();
    });
    QAction *scoreDay
        = addWindowAction(u"scoreDay"_s, tr("Score This &Day"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R) });
    connect(scoreDay, &QAction::triggered, this, [this] {
        m_runs->scoreDay(m_day);
    });
    QAction *recover = addWindowAction(u"recoverDay"_s, tr("&Recover This Day"), {});
    recover->setToolTip(tr("Rebuild this missed day's new submissions from the arXiv API, then score them"));
    recover->setEnabled(false);
    connect(recover, &QAction::triggered, this, [this] {
        m_runs->recoverDay(m_day);
    });
    QAction *stop = addWindowAction(u"stop"_s, tr("Stop"), {}, u"process-stop"_s, u":/icons/stop.svg"_s);
    stop->setToolTip(tr("Stop the run; everything scored so far is kept (Esc)"));
    stop->setEnabled(false);
    connect(stop, &QAction::triggered, this, [this] {
        m_runs->cancel();
    });
    connect(addWindowAction(u"import"_s, tr("&Import Feed Files…"), { QKeySequence::Open }, u"document-import"_s),
        &QAction::triggered, this, &MainWindow::importFiles);
    connect(addWindowAction(u"demo"_s, tr("Open &Demo Day"), {}), &QAction::triggered, this, &MainWindow::openDemoDay);
    // Ctrl+, on every platform: QKeySequence::Preferences is empty on some desktops.
    QList<QKeySequence> settingsKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!settingsKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        settingsKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    QAction *settings
        = addWindowAction(u"settings"_s, tr("&Settings…"), settingsKeys, u"configure"_s, u":/icons/settings.svg"_s);
    settings->setToolTip(tr("Categories, the scoring endpoint, limits and prices, followed authors"));
    connect(settings, &QAction::triggered, this, [this] {
        openSettings(false);
    });
    connect(addWindowAction(u"chooseCategories"_s, tr("Choose Categories…"), {}), &QAction::triggered, this, [this] {
        openSettings(true);
    });
    QAction *exportAction = addWindowAction(u"export"_s, tr("&Export…"), { QKeySequence(Qt::CTRL | Qt::Key_E) },
        u"document-export"_s, u":/icons/export.svg"_s);
    exportAction->setToolTip(tr("Export the day's digest as Markdown, JSON or BibTeX (Ctrl+E)"));
    connect(exportAction, &QAction::triggered, this, &MainWindow::openExport);
    connect(addWindowAction(u"shortcuts"_s, tr("Keyboard &Shortcuts"), { QKeySequence(Qt::Key_Question) },
                u"help-keybord-shortcuts"_s),
        &QAction::triggered, this, [this] {
            ShortcutSheet sheet(shortcutActions(), this);
            sheet.exec();
        });
    connect(addWindowAction(u"quit"_s, tr("&Quit"), { QKeySequence::Quit }, u"application-exit"_s), &QAction::triggered,
        this, &QWidget::close);
    connect(
        addWindowAction(u"knowYou"_s, tr("How Well Does the Model &Know You?"), {}), &QAction::triggered, this, [this] {
            if (!m_library->isOpen())
                return;
            KnowYouDialog dialog(*m_library, this);
            dialog.exec();
        });

    // Not the dock's own toggle action: the dock must float before it shows in a narrow window.
    QAction *criteria = addWindowAction(u"criteria"_s, tr("&Criteria"), { QKeySequence(Qt::CTRL | Qt::Key_K) },
        u"document-edit"_s, u":/icons/criteria.svg"_s);
    criteria->setCheckable(true);
    criteria->setToolTip(tr("Edit your criteria, see their versions, preview the prompt (Ctrl+K)"));
    connect(criteria, &QAction::toggled, this, &MainWindow::showCriteriaDock);
    connect(m_criteriaDock, &QDockWidget::visibilityChanged, criteria, [this, criteria](bool visible) {
        // Hidden behind another window is still open; closed is what unchecks the action.
        if (!visible && m_criteriaDock->isVisible())
            return;
        const QSignalBlocker blocker(criteria);
        criteria->setChecked(visible);
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    for (const char *name : { "run", "scoreDay", "recoverDay", "stop", "import", "export", "demo" }) {
        if (QAction *a = action(QString::fromLatin1(name)))
            file->addAction(a);
    }
    file->addSeparator();
    file->addAction(action(u"quit"_s));

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (const char *name : { "next", "previous", "nextUnread", "prevDay", "nextDay" })
        go->addAction(action(QString::fromLatin1(name)));
    go->addSeparator();
    for (int i = 1; i <= 5; ++i)
        go->addAction(action(u"view%1"_s.arg(i)));

    QMenu *paper = menuBar()->addMenu(tr("&Paper"));
    for (const char *name : { "star", "read", "notInterested" })
        paper->addAction(action(QString::fromLatin1(name)));
    QMenu *rate = paper->addMenu(tr("&Rate"));
    for (const char *name : { "rate1", "rate2", "rate3", "rate4", "rate5", "rateClear" })
        rate->addAction(action(QString::fromLatin1(name)));
    paper->addSeparator();
    for (const char *name : { "openAbs", "openPdf", "copyTitle", "copyLink", "copyBibtex" })
        paper->addAction(action(QString::fromLatin1(name)));
    paper->addSeparator();
    for (const char *name : { "markViewRead", "undo" })
        paper->addAction(action(QString::fromLatin1(name)));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(action(u"filter"_s));
    view->addAction(action(u"clearFilter"_s));
    view->addSeparator();
    auto *below = view->addAction(tr("Paper Pane &Below the Table"));
    below->setObjectName(u"paneBelow"_s);
    below->setCheckable(true);
    below->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_2));
    below->setChecked(m_contentSplitter->orientation() == Qt::Vertical);
    connect(below, &QAction::toggled, this, &MainWindow::setPaneBelow);
    m_actions.insert(below->objectName(), below);
    view->addAction(action(u"knowYou"_s));
    view->addSeparator();
    QMenu *themes = view->addMenu(tr("&Colours"));
    auto *group = new QActionGroup(this);
    QSettings ui(AppPaths::settingsFile(), QSettings::IniFormat);
    const ThemeChoice current = themeFromName(ui.value(u"ui/theme"_s).toString());
    for (auto [choice, label] : { std::pair { ThemeChoice::System, tr("Follow the &System") },
             std::pair { ThemeChoice::Light, tr("&Light") }, std::pair { ThemeChoice::Dark, tr("&Dark") } }) {
        QAction *a = themes->addAction(label);
        a->setObjectName(u"theme-"_s + themeName(choice));
        a->setCheckable(true);
        a->setChecked(choice == current);
        group->addAction(a);
        m_actions.insert(a->objectName(), a);
        connect(a, &QAction::triggered, this, [choice] {
            applyTheme(choice);
            QSettings s(AppPaths::settingsFile(), QSettings::IniFormat);
            s.setValue(u"ui/theme"_s, themeName(choice));
        });
    }

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    for (const char *name : { "criteria", "settings" }) {
        if (QAction *a = action(QString::fromLatin1(name)))
            settings->addAction(a);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(u"shortcuts"_s));
    help->addAction(tr("&About PaperSift"), this, [this] {
        QMessageBox::about(this, tr("About PaperSift"),
            tr("<h3>PaperSift %1</h3><p>Your daily arXiv, scored against your own criteria.</p>"
               "<p>Database: %2</p>")
                .arg(QCoreApplication::applicationVersion(), m_library->path().toHtmlEscaped()));
    });
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (const char *name : { "run", "stop", "export", "criteria", "settings" }) {
        if (QAction *a = action(QString::fromLatin1(name)))
            bar->addAction(a);
    }
    bar->setVisible(!bar->actions().isEmpty());
}

} // namespace PaperSift
