#include "mainwindow.h"

#include "config/settings.h"
#include "criteriadock.h"
#include "emptystate.h"
#include "settingsdialog.h"
#include "exportdialog.h"
#include "library.h"
#include "messagebar.h"
#include "pipeline/dailyrun.h"
#include "paperfiltermodel.h"
#include "papertablemodel.h"
#include "paperview.h"
#include "scoredelegate.h"
#include "shortcutsheet.h"
#include "sidebar.h"
#include "theme.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QFutureWatcher>
#include <QFileDialog>
#include <QSystemTrayIcon>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrentRun>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {
// Window state lives in the same INI file as every other setting, under [ui].
QSettings uiSettings()
{
    return QSettings(AppPaths::settingsFile(), QSettings::IniFormat);
}

PaperFilterModel::ViewFilter toFilter(Sidebar::View view)
{
    switch (view) {
    case Sidebar::View::All:
        return PaperFilterModel::ViewFilter::All;
    case Sidebar::View::Unread:
        return PaperFilterModel::ViewFilter::Unread;
    case Sidebar::View::Starred:
        return PaperFilterModel::ViewFilter::Starred;
    case Sidebar::View::FollowedAuthors:
        return PaperFilterModel::ViewFilter::FollowedAuthors;
    case Sidebar::View::Unscored:
        return PaperFilterModel::ViewFilter::Unscored;
    }
    return PaperFilterModel::ViewFilter::All;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_library(new Library(this))
    , m_model(new PaperTableModel(this))
    , m_proxy(new PaperFilterModel(this))
    , m_table(new QTableView(this))
    , m_sidebar(new Sidebar(this))
    , m_paperView(new PaperView(this))
    , m_messageBar(new MessageBar(this))
    , m_readTimer(new QTimer(this))
    , m_filterTimer(new QTimer(this))
    , m_runner(new RunController(this))
{
    setWindowTitle(tr("PaperSift"));
    setObjectName(u"MainWindow"_s);
    const Status opened = m_library->open();
    connect(m_library, &Library::writeFailed, this,
            [this](const QString &message) { showError(tr("A change could not be saved: %1").arg(message)); });

    // Centre: message bar, filter bar, table.
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setObjectName(u"paperTable"_s);
    m_table->setAccessibleName(tr("Papers"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PaperTableModel::Relevance, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    auto *scoreDelegate = new ScoreDelegate(m_table);
    m_table->setItemDelegateForColumn(PaperTableModel::Relevance, scoreDelegate);
    m_table->setItemDelegateForColumn(PaperTableModel::Novelty, scoreDelegate);

    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    // Sizes from the font, never pixel constants.
    const QFontMetrics fm = fontMetrics();
    const int pad = fm.averageCharWidth() * 3;
    header->resizeSection(PaperTableModel::Star, fm.horizontalAdvance(u"★"_s) + pad);
    header->resizeSection(PaperTableModel::Relevance, fm.horizontalAdvance(tr("Relevance")) + pad);
    header->resizeSection(PaperTableModel::Novelty, fm.horizontalAdvance(tr("Novelty")) + pad);
    header->resizeSection(PaperTableModel::Authors, fm.averageCharWidth() * 20);
    header->resizeSection(PaperTableModel::Category, fm.horizontalAdvance(u"physics.comp-ph"_s) / 2 + pad);
    header->resizeSection(PaperTableModel::Type, fm.horizontalAdvance(u"replace-cross"_s) / 2 + pad);
    header->resizeSection(PaperTableModel::Announced, fm.horizontalAdvance(u"2025-06-16"_s) + pad);
    header->setSectionResizeMode(PaperTableModel::Title, QHeaderView::Stretch);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu menu(this);
        for (int c = 0; c < PaperTableModel::ColumnCount; ++c) {
            if (c == PaperTableModel::Title)
                continue;
            QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(c));
            connect(a, &QAction::toggled, this, [header, c](bool on) { header->setSectionHidden(c, !on); });
        }
        menu.exec(header->mapToGlobal(pos));
    });
    m_emptyState = new EmptyState(m_table);

    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_messageBar);
    centreLayout->addWidget(createFilterBar());
    centreLayout->addWidget(m_table, 1);

    m_contentSplitter = new QSplitter(Qt::Horizontal, this);
    m_contentSplitter->setChildrenCollapsible(false);
    m_contentSplitter->addWidget(centre);
    m_contentSplitter->addWidget(m_paperView);
    // A wider window widens the table most: titles are what triage reads.
    m_contentSplitter->setStretchFactor(0, 3);
    m_contentSplitter->setStretchFactor(1, 2);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(u"mainSplitter"_s);
    m_mainSplitter->setChildrenCollapsible(false);
    m_mainSplitter->addWidget(m_sidebar);
    m_mainSplitter->addWidget(m_contentSplitter);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    setCentralWidget(m_mainSplitter);

    // Status bar: what is shown, and progress for long work.
    m_countLabel = new QLabel(this);
    m_countLabel->setMinimumWidth(fm.horizontalAdvance(tr("%1 of %Ln papers", nullptr, 888888).arg(QLocale().toString(888888))));
    m_statusLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(fm.averageCharWidth() * 24);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_stopButton = new QToolButton(this);
    m_stopButton->hide();
    statusBar()->addWidget(m_countLabel);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_stopButton);

    createActions();
    m_criteriaDock = new CriteriaDock(m_library->isOpen() ? m_library->writer() : nullptr, this);
    m_criteriaDock->setObjectName(u"criteriaDock"_s);
    addDockWidget(Qt::RightDockWidgetArea, m_criteriaDock);
    m_criteriaDock->hide();
    QAction *criteria = m_criteriaDock->toggleViewAction();
    criteria->setText(tr("&Criteria"));
    criteria->setObjectName(u"criteria"_s);
    criteria->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    criteria->setIcon(QIcon::fromTheme(u"document-edit"_s));
    criteria->setToolTip(tr("Edit your criteria, see their versions, preview the prompt (Ctrl+K)"));
    m_actions.insert(criteria->objectName(), criteria);
    connect(m_criteriaDock, &CriteriaDock::saved, this, [this] {
        m_library->reloadCriteria();
        reload();
    });
    connect(m_criteriaDock, &CriteriaDock::rescoreRequested, this, [this](const QString &text) {
        RunOptions options = RunOptions::fromSettings(Settings());
        options.day = m_day;
        options.fetch = false;
        options.criteriaText = text;
        startRun(options, tr("Re-scoring with the edited criteria"));
    });
    createMenus();
    createToolBar();
    connect(m_runner, &RunController::progress, this, &MainWindow::onRunProgress);
    connect(m_runner, &RunController::finished, this, &MainWindow::onRunFinished);
    m_stopButton->setDefaultAction(action(u"stop"_s));
    m_stopButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    // Reading: selecting shows the paper; it counts as read after a dwell that restarts on every
    // selection change, so skimming with j/k marks nothing (RSS Guard's delayed mode).
    m_readTimer->setSingleShot(true);
    m_readTimer->setInterval(1500);
    connect(m_readTimer, &QTimer::timeout, this, [this] {
        const QString id = currentPaperId();
        const int row = m_model->rowOf(id);
        if (row >= 0 && !m_model->row(row).read) {
            if (auto s = m_library->setRead(id, true); !s)
                return showError(s.errorMessage());
            m_model->setRead(id, true);
            m_paperView->setRead(true);
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_proxy->setPinnedId(currentPaperId());
        showCurrentPaper();
        m_readTimer->start();
    });
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == PaperTableModel::Star)
            toggleStar();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateEmptyState);

    connect(m_paperView, &PaperView::starToggled, this, [this](bool) { toggleStar(); });
    connect(m_paperView, &PaperView::readToggled, this, [this](bool) { toggleRead(); });
    connect(m_paperView, &PaperView::noteChanged, this, [this](const QString &id, const QString &note) {
        if (auto s = m_library->setNote(id, note); !s)
            showError(tr("Your note could not be saved: %1").arg(s.errorMessage()));
    });
    connect(m_paperView, &PaperView::authorActivated, this, [this](const QString &name) {
        m_filterEdit->setText(u"au:\"%1\""_s.arg(name));
        applyFilterText();
    });

    connect(m_sidebar, &Sidebar::dayChanged, this, [this](QDate day) {
        if (day != m_day || m_allDays != !day.isValid() || m_starredView)
            showDay(day);
    });
    connect(m_sidebar, &Sidebar::viewChanged, this, [this](Sidebar::View view) {
        const bool starred = view == Sidebar::View::Starred;
        m_proxy->setViewFilter(toFilter(view));
        if (starred != m_starredView) {
            m_starredView = starred;
            loadRows();
        }
        updateEmptyState();
    });

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(250);
    connect(m_filterTimer, &QTimer::timeout, this, &MainWindow::applyFilterText);

    // Focus starts in the table; tab order follows reading order.
    setTabOrder(m_sidebar->dayList(), m_sidebar->viewList());
    setTabOrder(m_sidebar->viewList(), m_filterEdit);
    setTabOrder(m_filterEdit, m_minRelevance);
    setTabOrder(m_minRelevance, m_minNovelty);
    setTabOrder(m_minNovelty, m_category);
    setTabOrder(m_category, m_table);
    setTabOrder(m_table, m_paperView);

    const QSize screen = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableSize() : QSize(1400, 900);
    resize(qMin(1400, screen.width() * 9 / 10), qMin(880, screen.height() * 9 / 10));
    restoreState();

    if (!opened)
        showError(tr("The database at %1 could not be opened: %2").arg(AppPaths::databaseFile(), opened.errorMessage()),
                  opened.error().detail);
    reload();
    m_table->setFocus();
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::action(const QString &objectName) const
{
    return m_actions.value(objectName);
}

QList<QAction *> MainWindow::shortcutActions() const
{
    static const char *const order[] = {"next",   "previous", "page",    "star",       "read",   "openAbs",
                                        "openPdf", "prevDay", "nextDay", "markViewRead", "undoMarkRead",
                                        "filter", "clearFilter", "view1", "view2", "view3", "view4", "view5",
                                        "run",    "stop",     "export",  "import",     "criteria", "settings",
                                        "shortcuts", "quit"};
    QList<QAction *> list;
    for (const char *name : order) {
        if (QAction *a = m_actions.value(QString::fromLatin1(name)))
            list.append(a);
    }
    return list;
}

void MainWindow::setReadDwellMs(int ms)
{
    m_readTimer->setInterval(ms);
}

void MainWindow::createActions()
{
    // Window-wide actions (modifier shortcuts) and reader actions (bare letters) that act only
    // while the table or the paper text has focus, never while typing a note, a filter or criteria.
    auto make = [this](const QString &name, const QString &text, const QList<QKeySequence> &keys, bool reader,
                       const QString &icon = {}) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcuts(keys);
        if (!icon.isEmpty())
            a->setIcon(QIcon::fromTheme(icon));
        if (reader) {
            a->setShortcutContext(Qt::WidgetShortcut);
            m_table->addAction(a);
            m_paperView->findChild<QWidget *>(u"paperText"_s)->addAction(a);
        } else {
            a->setShortcutContext(Qt::WindowShortcut);
            addAction(a);
        }
        m_actions.insert(name, a);
        return a;
    };

    connect(make(u"next"_s, tr("Next paper"), {Qt::Key_J}, true), &QAction::triggered, this, [this] { moveSelection(1); });
    connect(make(u"previous"_s, tr("Previous paper"), {Qt::Key_K}, true), &QAction::triggered, this,
            [this] { moveSelection(-1); });
    connect(make(u"page"_s, tr("Page through the abstract, then next paper"), {Qt::Key_Space}, true), &QAction::triggered,
            this, [this] {
                if (!m_paperView->pageDown())
                    moveSelection(1);
            });
    connect(make(u"star"_s, tr("Star"), {Qt::Key_S}, true, u"mail-mark-important"_s), &QAction::triggered, this,
            &MainWindow::toggleStar);
    connect(make(u"read"_s, tr("Toggle read"), {Qt::Key_M}, true, u"mail-mark-read"_s), &QAction::triggered, this,
            &MainWindow::toggleRead);
    connect(make(u"openAbs"_s, tr("Open abstract page"), {Qt::Key_O}, true, u"internet-services"_s), &QAction::triggered,
            this, [this] {
                if (const QString id = currentPaperId(); !id.isEmpty())
                    QDesktopServices::openUrl(QUrl("https://arxiv.org/abs/"_L1 + id));
            });
    connect(make(u"openPdf"_s, tr("Open PDF"), {Qt::Key_P}, true, u"application-pdf"_s), &QAction::triggered, this,
            [this] {
                if (const QString id = currentPaperId(); !id.isEmpty())
                    QDesktopServices::openUrl(QUrl("https://arxiv.org/pdf/"_L1 + id));
            });
    connect(make(u"prevDay"_s, tr("Previous day"), {Qt::Key_BracketLeft}, true), &QAction::triggered, this,
            [this] { m_sidebar->stepDay(1); });
    connect(make(u"nextDay"_s, tr("Next day"), {Qt::Key_BracketRight}, true), &QAction::triggered, this,
            [this] { m_sidebar->stepDay(-1); });
    connect(make(u"markViewRead"_s, tr("Mark view as read"), {QKeySequence(Qt::SHIFT | Qt::Key_A)}, true),
            &QAction::triggered, this, &MainWindow::markViewRead);
    QAction *undo = make(u"undoMarkRead"_s, tr("Undo mark as read"), {QKeySequence::Undo}, true, u"edit-undo"_s);
    undo->setEnabled(false);
    connect(undo, &QAction::triggered, this, [this, undo] {
        for (const QString &id : std::as_const(m_lastMarkedRead)) {
            if (auto s = m_library->setRead(id, false); !s)
                return showError(s.errorMessage());
            m_model->setRead(id, false);
        }
        m_lastMarkedRead.clear();
        undo->setEnabled(false);
        showCurrentPaper();
        reload();
    });
    connect(make(u"filter"_s, tr("Filter…"), {Qt::Key_Slash}, true, u"edit-find"_s), &QAction::triggered, this, [this] {
        m_filterEdit->setFocus();
        m_filterEdit->selectAll();
    });
    QAction *clear = make(u"clearFilter"_s, tr("Clear filter"), {Qt::Key_Escape}, false, u"edit-clear"_s);
    connect(clear, &QAction::triggered, this, [this] {
        if (!m_proxy->hasActiveFilter() && m_filterEdit->text().isEmpty() && m_runner->isRunning()) {
            m_runner->cancel();
            return;
        }
        m_filterEdit->clear();
        m_minRelevance->setValue(0);
        m_minNovelty->setValue(0);
        m_category->setCurrentIndex(0);
        applyFilterText();
        m_table->setFocus();
    });
    const QString viewNames[] = {tr("All"), tr("Unread"), tr("Starred"), tr("Followed authors"), tr("Unscored")};
    for (int i = 0; i < 5; ++i) {
        QAction *a = make(u"view%1"_s.arg(i + 1), tr("Show %1").arg(viewNames[i]),
                          {QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i))}, false);
        connect(a, &QAction::triggered, this, [this, i] { m_sidebar->setCurrentView(static_cast<Sidebar::View>(i)); });
    }
    QAction *run = make(u"run"_s, tr("Fetch && Score Today"), {QKeySequence(Qt::CTRL | Qt::Key_R)}, false, u"view-refresh"_s);
    run->setToolTip(tr("Fetch today's announcements from arXiv and score them (Ctrl+R)"));
    if (run->icon().isNull())
        run->setIcon(QIcon(u":/icons/run.svg"_s));
    connect(run, &QAction::triggered, this, [this] {
        RunOptions options = RunOptions::fromSettings(Settings());
        startRun(options, tr("Fetching and scoring"));
    });
    QAction *scoreDay = make(u"scoreDay"_s, tr("Score This &Day"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)}, false);
    connect(scoreDay, &QAction::triggered, this, [this] {
        RunOptions options = RunOptions::fromSettings(Settings());
        options.day = m_day;
        options.fetch = false;
        startRun(options, tr("Scoring"));
    });
    QAction *stop = make(u"stop"_s, tr("Stop"), {}, false, u"process-stop"_s);
    if (stop->icon().isNull())
        stop->setIcon(QIcon(u":/icons/stop.svg"_s));
    stop->setToolTip(tr("Stop the run; everything scored so far is kept (Esc)"));
    stop->setEnabled(false);
    connect(stop, &QAction::triggered, m_runner, &RunController::cancel);
    connect(make(u"import"_s, tr("&Import Feed Files…"), {QKeySequence::Open}, false, u"document-import"_s),
            &QAction::triggered, this, &MainWindow::importFiles);
    connect(make(u"demo"_s, tr("Open &Demo Day"), {}, false), &QAction::triggered, this, &MainWindow::openDemoDay);
    QAction *settingsAction = make(u"settings"_s, tr("&Settings…"), {QKeySequence::Preferences}, false, u"configure"_s);
    settingsAction->setToolTip(tr("Categories, the scoring endpoint, limits and prices, followed authors"));
    connect(settingsAction, &QAction::triggered, this, [this] {
        SettingsDialog dialog(this);
        connect(&dialog, &SettingsDialog::applied, this, [this] {
            m_library->reloadCriteria();
            reload();
        });
        dialog.exec();
    });
    QAction *chooseCategories = make(u"chooseCategories"_s, tr("Choose Categories…"), {}, false);
    connect(chooseCategories, &QAction::triggered, this, [this] {
        SettingsDialog dialog(this);
        dialog.showPage(SettingsDialog::Page::Arxiv);
        connect(&dialog, &SettingsDialog::applied, this, &MainWindow::reload);
        dialog.exec();
    });
    QAction *exportAction = make(u"export"_s, tr("&Export…"), {QKeySequence(Qt::CTRL | Qt::Key_E)}, false, u"document-export"_s);
    if (exportAction->icon().isNull())
        exportAction->setIcon(QIcon(u":/icons/export.svg"_s));
    exportAction->setToolTip(tr("Export the day's digest as Markdown, JSON or BibTeX (Ctrl+E)"));
    connect(exportAction, &QAction::triggered, this, [this] {
        if (!m_library->isOpen())
            return;
        // Digests are per day: from "All days" the dialog starts at the newest one.
        const QDate day = m_starredView ? QDate() : m_allDays ? m_sidebar->dayModel()->days().value(0).day : m_day;
        ExportDialog dialog(*m_library->reader(), day, this);
        dialog.exec();
    });
    connect(make(u"shortcuts"_s, tr("Keyboard &Shortcuts"), {QKeySequence(Qt::Key_Question)}, false,
                 u"help-keybord-shortcuts"_s),
            &QAction::triggered, this, [this] {
                ShortcutSheet sheet(shortcutActions(), this);
                sheet.exec();
            });
    connect(make(u"quit"_s, tr("&Quit"), {QKeySequence::Quit}, false, u"application-exit"_s), &QAction::triggered, this,
            &QWidget::close);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    for (const char *name : {"run", "scoreDay", "stop", "import", "export", "demo"}) {
        if (QAction *a = action(QString::fromLatin1(name)))
            file->addAction(a);
    }
    file->addSeparator();
    file->addAction(action(u"quit"_s));

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (const char *name : {"next", "previous", "prevDay", "nextDay"})
        go->addAction(action(QString::fromLatin1(name)));
    go->addSeparator();
    for (int i = 1; i <= 5; ++i)
        go->addAction(action(u"view%1"_s.arg(i)));

    QMenu *paper = menuBar()->addMenu(tr("&Paper"));
    for (const char *name : {"star", "read", "openAbs", "openPdf", "markViewRead", "undoMarkRead"})
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
    QMenu *themes = view->addMenu(tr("&Colours"));
    auto *group = new QActionGroup(this);
    const ThemeChoice current = themeFromName(uiSettings().value(u"ui/theme"_s).toString());
    for (auto [choice, label] : {std::pair{ThemeChoice::System, tr("Follow the &System")},
                                 std::pair{ThemeChoice::Light, tr("&Light")}, std::pair{ThemeChoice::Dark, tr("&Dark")}}) {
        QAction *a = themes->addAction(label);
        a->setObjectName(u"theme-"_s + themeName(choice));
        a->setCheckable(true);
        a->setChecked(choice == current);
        group->addAction(a);
        m_actions.insert(a->objectName(), a);
        connect(a, &QAction::triggered, this, [choice] {
            applyTheme(choice);
            QSettings s = uiSettings();
            s.setValue(u"ui/theme"_s, themeName(choice));
        });
    }

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    for (const char *name : {"criteria", "settings"}) {
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
    for (const char *name : {"run", "stop", "export", "criteria", "settings"}) {
        if (QAction *a = action(QString::fromLatin1(name)))
            bar->addAction(a);
    }
    bar->setVisible(!bar->actions().isEmpty());
}

QWidget *MainWindow::createFilterBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(u"filterBar"_s);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);

    m_filterEdit = new QLineEdit(bar);
    m_filterEdit->setObjectName(u"filterEdit"_s);
    m_filterEdit->setPlaceholderText(tr("Search titles, authors and abstracts (/)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Search"));
    connect(m_filterEdit, &QLineEdit::textEdited, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterEdit, &QLineEdit::returnPressed, this, [this] {
        applyFilterText();
        m_table->setFocus();
    });
    layout->addWidget(m_filterEdit, 1);

    auto spin = [bar, layout](const QString &label, const QString &name) {
        auto *l = new QLabel(label, bar);
        auto *s = new QSpinBox(bar);
        s->setObjectName(name);
        s->setRange(0, 10);
        s->setSpecialValueText(tr("any"));
        l->setBuddy(s);
        layout->addWidget(l);
        layout->addWidget(s);
        return s;
    };
    m_minRelevance = spin(tr("Relevance ≥"), u"minRelevance"_s);
    m_minNovelty = spin(tr("Novelty ≥"), u"minNovelty"_s);
    connect(m_minRelevance, &QSpinBox::valueChanged, m_proxy, &PaperFilterModel::setMinimumRelevance);
    connect(m_minNovelty, &QSpinBox::valueChanged, m_proxy, &PaperFilterModel::setMinimumNovelty);

    m_category = new QComboBox(bar);
    m_category->setObjectName(u"categoryFilter"_s);
    m_category->setAccessibleName(tr("Category"));
    m_category->addItem(tr("All categories"), QString());
    connect(m_category, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setCategory(m_category->currentData().toString()); });
    layout->addWidget(m_category);
    return bar;
}

void MainWindow::restoreState()
{
    QSettings s = uiSettings();
    if (s.contains(u"ui/geometry"_s))
        restoreGeometry(s.value(u"ui/geometry"_s).toByteArray());
    if (s.contains(u"ui/windowState"_s))
        QMainWindow::restoreState(s.value(u"ui/windowState"_s).toByteArray());
    if (s.contains(u"ui/mainSplitter"_s))
        m_mainSplitter->restoreState(s.value(u"ui/mainSplitter"_s).toByteArray());
    setPaneBelow(s.value(u"ui/paneBelow"_s, false).toBool());
    if (s.contains(u"ui/contentSplitter"_s))
        m_contentSplitter->restoreState(s.value(u"ui/contentSplitter"_s).toByteArray());
    m_splittersPlaced = s.contains(u"ui/mainSplitter"_s) && s.contains(u"ui/contentSplitter"_s);
    if (s.contains(u"ui/tableHeader"_s))
        m_table->horizontalHeader()->restoreState(s.value(u"ui/tableHeader"_s).toByteArray());
    if (QAction *below = action(u"paneBelow"_s))
        below->setChecked(m_contentSplitter->orientation() == Qt::Vertical);
}

void MainWindow::saveState() const
{
    QSettings s = uiSettings();
    s.setValue(u"ui/geometry"_s, saveGeometry());
    s.setValue(u"ui/windowState"_s, QMainWindow::saveState());
    s.setValue(u"ui/mainSplitter"_s, m_mainSplitter->saveState());
    s.setValue(u"ui/contentSplitter"_s, m_contentSplitter->saveState());
    s.setValue(u"ui/paneBelow"_s, m_contentSplitter->orientation() == Qt::Vertical);
    s.setValue(u"ui/tableHeader"_s, m_table->horizontalHeader()->saveState());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_splittersPlaced)
        return;
    // First start: the window has its size now. The sidebar as wide as its days need; of the
    // rest, the larger share to the table (titles are what triage reads), and the paper pane a
    // comfortable line length for abstracts.
    m_splittersPlaced = true;
    const int days = m_sidebar->dayList()->sizeHintForColumn(0) + 2 * m_sidebar->dayList()->frameWidth() + 8;
    const int side = qBound(width() / 8, days, width() / 5);
    m_mainSplitter->setSizes({side, width() - side});
    const bool below = m_contentSplitter->orientation() == Qt::Vertical;
    const int rest = below ? m_contentSplitter->height() : width() - side;
    m_contentSplitter->setSizes({rest * (below ? 55 : 62) / 100, rest * (below ? 45 : 38) / 100});
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_table->viewport()->update();
    QMainWindow::changeEvent(event);
}

void MainWindow::setPaneBelow(bool below)
{
    m_contentSplitter->setOrientation(below ? Qt::Vertical : Qt::Horizontal);
}

void MainWindow::reload()
{
    if (!m_library->isOpen()) {
        updateEmptyState();
        return;
    }
    auto days = m_library->days();
    if (!days) {
        showError(tr("Could not read the days: %1").arg(days.errorMessage()));
        return;
    }
    const QDate keep = m_day;
    const bool keepAllDays = m_allDays;
    {
        const QSignalBlocker blocker(m_sidebar->dayList()->selectionModel());
        m_sidebar->dayModel()->setDays(*days);
    }
    QDate day = keep;
    if (!keepAllDays && (!day.isValid() || m_sidebar->dayModel()->rowOf(day) < 0))
        day = days->isEmpty() ? QDate() : days->first().day;
    {
        const QSignalBlocker blocker(m_sidebar->dayList()->selectionModel());
        m_sidebar->setCurrentDay(day);
    }
    showDay(day);
}

void MainWindow::showDay(QDate day)
{
    m_day = day;
    m_allDays = !day.isValid() && m_sidebar->dayModel()->rowCount() > 0;
    m_criteriaDock->setDay(day);
    if (QAction *scoreDay = action(u"scoreDay"_s))
        scoreDay->setEnabled(day.isValid() && !m_runner->isRunning());
    loadRows();
}

void MainWindow::loadRows()
{
    m_readTimer->stop();
    const QString keepId = currentPaperId();
    const int generation = ++m_loadGeneration; // a load still running for an earlier choice is dropped
    Result<QList<PaperRow>> rows = QList<PaperRow>();
    if (m_library->isOpen()) {
        if (m_starredView) {
            rows = m_library->starredRows();
        } else if (m_allDays) {
            // The whole library takes seconds at 200,000 papers (make bench: ui_load_all_rows):
            // read it in another thread, and keep the window working meanwhile.
            m_loadingRows = true;
            m_model->setRows({});
            updateColumnVisibility();
            updateEmptyState();
            auto *watcher = new QFutureWatcher<Result<QList<PaperRow>>>(this);
            connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, keepId] {
                watcher->deleteLater();
                if (generation != m_loadGeneration)
                    return;
                m_loadingRows = false;
                applyRows(watcher->result(), keepId);
#ifdef __GLIBC__
                // The reading thread's scratch (hundreds of MB at 200,000 papers) is freed, but
                // glibc keeps it in that thread's arena: hand it back to the system.
                malloc_trim(0);
#endif
            });
            watcher->setFuture(QtConcurrent::run(m_library->allDaysJob()));
            return;
        } else if (m_day.isValid()) {
            rows = m_library->rowsForDay(m_day);
        }
    }
    m_loadingRows = false;
    applyRows(std::move(rows), keepId);
}

void MainWindow::applyRows(Result<QList<PaperRow>> rows, const QString &keepId)
{
    if (!rows) {
        showError(tr("Could not read the papers: %1").arg(rows.errorMessage()));
        rows = QList<PaperRow>();
    }
    // Categories of the day for the category filter.
    QStringList categories;
    for (const PaperRow &r : *rows) {
        if (!r.category.isEmpty() && !categories.contains(r.category))
            categories.append(r.category);
    }
    categories.sort();
    const QString keepCategory = m_category->currentData().toString();
    {
        const QSignalBlocker blocker(m_category);
        m_category->clear();
        m_category->addItem(tr("All categories"), QString());
        for (const QString &c : std::as_const(categories))
            m_category->addItem(c, c);
        const int index = m_category->findData(keepCategory);
        m_category->setCurrentIndex(index < 0 ? 0 : index);
    }
    m_proxy->setCategory(m_category->currentData().toString());
    m_model->setRows(std::move(*rows));
    updateColumnVisibility();
    updateEmptyState();
    // Stay on the same paper when it is still there (after a reload), else the first row.
    const int source = m_model->rowOf(keepId);
    const QModelIndex target = source >= 0 ? m_proxy->mapFromSource(m_model->index(source, PaperTableModel::Title))
                                           : m_proxy->index(0, PaperTableModel::Title);
    if (target.isValid()) {
        m_table->setCurrentIndex(target);
        m_table->scrollTo(target, QAbstractItemView::PositionAtCenter);
    } else {
        m_paperView->clear();
    }
    emit rowsLoaded();
}

void MainWindow::updateColumnVisibility()
{
    // In a one-day view every row has the same announcement date.
    m_table->setColumnHidden(PaperTableModel::Announced, !m_starredView && !m_allDays);
}

void MainWindow::updateEmptyState()
{
    if (m_loadingRows) {
        m_countLabel->clear();
        m_emptyState->showState(tr("Reading every paper in the library…"));
        return;
    }
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_countLabel->setText(total == 0 ? QString()
                          : shown == total
                              ? tr("%Ln papers", nullptr, total)
                              : tr("%1 of %Ln papers", nullptr, total).arg(QLocale().toString(shown)));
    if (shown > 0) {
        m_emptyState->showState({});
        return;
    }
    if (total > 0 && m_proxy->viewFilter() == PaperFilterModel::ViewFilter::Unscored) {
        m_emptyState->showState(tr("Every paper of this day is scored."));
        return;
    }
    if (!m_library->isOpen()) {
        m_emptyState->showState(tr("The database could not be opened — see the message above."));
        return;
    }
    if (total > 0) {
        m_emptyState->showState(m_proxy->hasActiveFilter() ? tr("No papers match — Esc clears the filter.")
                                                           : tr("No papers in this view."),
                                {});
        return;
    }
    if (m_starredView) {
        m_emptyState->showState(tr("No starred papers yet — press S on a paper to star it."));
        return;
    }
    if (m_sidebar->dayModel()->rowCount() == 0) {
        QList<QAction *> actions;
        for (const char *name : {"chooseCategories", "demo", "run"}) {
            if (QAction *a = action(QString::fromLatin1(name)))
                actions.append(a);
        }
        m_emptyState->showState(tr("No papers yet — choose your categories, open the demo day, or fetch today's papers."),
                                actions);
        return;
    }
    m_emptyState->showState(tr("arXiv announced nothing in your categories that day. It announces Sunday to Thursday "
                               "evenings, US Eastern."),
                            {action(u"prevDay"_s)});
}

QString MainWindow::currentPaperId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(PaperTableModel::PaperIdRole).toString() : QString();
}

void MainWindow::showCurrentPaper()
{
    const QString id = currentPaperId();
    if (id.isEmpty()) {
        m_paperView->clear();
        return;
    }
    auto details = m_library->details(id);
    if (!details) {
        showError(details.errorMessage());
        m_paperView->clear();
        return;
    }
    m_paperView->setPaper(*details);
}

void MainWindow::applyFilterText()
{
    m_filterTimer->stop();
    const QString text = m_filterEdit->text().trimmed();
    if (text.isEmpty()) {
        m_proxy->setMatchingIds(std::nullopt);
        return;
    }
    auto ids = m_library->search(text);
    if (!ids) {
        showError(tr("Search failed: %1").arg(ids.errorMessage()));
        return;
    }
    m_proxy->setMatchingIds(*ids);
}

void MainWindow::moveSelection(int delta)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const int current = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    const int next = qBound(0, current + delta, rows - 1);
    m_table->setCurrentIndex(m_proxy->index(next, PaperTableModel::Title));
    m_table->scrollTo(m_table->currentIndex());
}

void MainWindow::toggleStar()
{
    const QString id = currentPaperId();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const bool starred = !m_model->row(row).starred;
    if (auto s = m_library->setStarred(id, starred); !s)
        return showError(s.errorMessage());
    m_model->setStarred(id, starred);
    m_paperView->setStarred(starred);
}

void MainWindow::toggleRead()
{
    m_readTimer->stop();
    const QString id = currentPaperId();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const bool read = !m_model->row(row).read;
    if (auto s = m_library->setRead(id, read); !s)
        return showError(s.errorMessage());
    m_model->setRead(id, read);
    m_paperView->setRead(read);
}

void MainWindow::markViewRead()
{
    QStringList changed;
    for (int i = 0; i < m_proxy->rowCount(); ++i) {
        const QString id = m_proxy->index(i, 0).data(PaperTableModel::PaperIdRole).toString();
        const int row = m_model->rowOf(id);
        if (row >= 0 && !m_model->row(row).read)
            changed.append(id);
    }
    for (const QString &id : std::as_const(changed)) {
        if (auto s = m_library->setRead(id, true); !s)
            return showError(s.errorMessage());
        m_model->setRead(id, true);
    }
    m_lastMarkedRead = changed;
    action(u"undoMarkRead"_s)->setEnabled(!changed.isEmpty());
    m_paperView->setRead(true);
    m_statusLabel->setText(tr("Marked %n papers as read (Ctrl+Z undoes).", nullptr, int(changed.size())));
}

bool MainWindow::startRun(const RunOptions &options, const QString &what)
{
    if (m_runner->isRunning()) {
        m_statusLabel->setText(tr("A run is already going; Stop ends it."));
        return false;
    }
    m_messageBar->hide();
    m_runWhat = what;
    if (!m_runner->start(options))
        return false;
    setRunning(true);
    m_statusLabel->setText(what);
    return true;
}

void MainWindow::setRunning(bool running)
{
    for (const char *name : { "run", "import", "demo" }) {
        if (QAction *a = action(QString::fromLatin1(name)))
            a->setEnabled(!running);
    }
    action(u"scoreDay"_s)->setEnabled(!running && m_day.isValid());
    action(u"stop"_s)->setEnabled(running);
    m_progress->setVisible(running);
    m_stopButton->setVisible(running);
    if (running) {
        m_progress->setRange(0, 0); // busy until the counts are known
    }
}

void MainWindow::onRunProgress(const RunProgress &progress)
{
    m_statusLabel->setText(progress.text);
    if (progress.total > 0) {
        m_progress->setRange(0, progress.total);
        m_progress->setValue(progress.done);
    } else {
        m_progress->setRange(0, 0);
    }
}

void MainWindow::onRunFinished(const RunResult &result)
{
    setRunning(false);
    const RunSummary &s = result.summary;
    QString text;
    if (s.day.isValid() && s.id > 0)
        text = tr("%1: %2 papers, %3 scanned, %4 relevant").arg(QLocale().toString(s.day, QLocale::ShortFormat))
                   .arg(s.totalPapers)
                   .arg(s.scannedPapers)
                   .arg(s.relevantPapers)
               + (s.costUsd && s.tokens.total() > 0 ? tr(" · $%1").arg(*s.costUsd, 0, 'f', 2) : QString());
    m_statusLabel->setText(text);
    if (s.day.isValid()) {
        m_day = s.day; // show the day the run scored
        m_allDays = false;
    }
    reload();
    if (!result.ok() && result.failure != RunFailure::Cancelled) {
        m_messageBar->showMessage(result.failure == RunFailure::Budget ? MessageBar::Kind::Warning : MessageBar::Kind::Error,
                                  result.message);
        if (QAction *retry = action(u"run"_s); retry && result.failure == RunFailure::Network)
            m_messageBar->addAction(retry);
        if (QAction *settings = action(u"settings"_s); settings && result.failure == RunFailure::Endpoint)
            m_messageBar->addAction(settings);
    } else if (!result.notice.isEmpty()) {
        m_messageBar->showMessage(MessageBar::Kind::Information, result.notice);
    }
    // Tell the user when the run ends while they are elsewhere.
    if (!isActiveWindow() && QSystemTrayIcon::isSystemTrayAvailable()) {
        auto *tray = findChild<QSystemTrayIcon *>();
        if (!tray) {
            tray = new QSystemTrayIcon(windowIcon(), this);
            tray->show();
        }
        tray->showMessage(tr("PaperSift"), result.ok() ? text : result.message,
                          result.ok() ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning);
    }
    QApplication::alert(this);
}

void MainWindow::importFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Feed Files"), QString(),
                                                            tr("arXiv feeds (*.xml *.rss *.atom);;All files (*)"));
    if (files.isEmpty())
        return;
    RunOptions options = RunOptions::fromSettings(Settings());
    options.importFiles = files;
    options.fetch = false;
    options.score = false;
    startRun(options, tr("Importing"));
}

void MainWindow::openDemoDay()
{
    RunOptions options = RunOptions::fromSettings(Settings());
    options.importFiles = {u":/demo/rss2_daily_cs-ai_fetched-2025-06-17.xml"_s,
                           u":/demo/rss2_daily_cs-lg_fetched-2025-06-17.xml"_s};
    options.categories = {u"cs.LG"_s, u"cs.AI"_s};
    options.fetch = false;
    options.scorer = RunOptions::Scorer::Keyword;
    startRun(options, tr("Opening the demo day"));
}

void MainWindow::showError(const QString &what, const QString &details)
{
    m_messageBar->showMessage(MessageBar::Kind::Error, what, details);
}

} // namespace PaperSift
