#include "mainwindow.h"

#include "config/settings.h"
#include "criteriadock.h"
#include "emptystate.h"
#include "exportdialog.h"
#include "filterbar.h"
#include "library.h"
#include "messagebar.h"
#include "paperactions.h"
#include "paperfiltermodel.h"
#include "papertablemodel.h"
#include "papertableview.h"
#include "paperview.h"
#include "pipeline/dailyrun.h"
#include "rankingcontroller.h"
#include "readingcontroller.h"
#include "runlauncher.h"
#include "runstatuspresenter.h"
#include "settingsdialog.h"
#include "sidebar.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

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
    case Sidebar::View::Muted:
        return PaperFilterModel::ViewFilter::Muted;
    case Sidebar::View::Disagreements:
        return PaperFilterModel::ViewFilter::Disagreements;
    }
    return PaperFilterModel::ViewFilter::All;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_library(new Library(this))
    , m_model(new PaperTableModel(this))
    , m_proxy(new PaperFilterModel(this))
    , m_sidebar(new Sidebar(this))
    , m_paperView(new PaperView(this))
    , m_messageBar(new MessageBar(this))
{
    setWindowTitle(tr("PaperSift"));
    setObjectName(u"MainWindow"_s);
    const Status opened = m_library->open();
    m_model->setCommentSource([library = m_library](const QString &id) {
        return library->scoreComment(id);
    });
    m_table = new PaperTableView(m_model, m_proxy, this);
    m_reading = new ReadingController(m_library, m_model, m_paperView, this);
    m_ranking = new RankingController(m_library, m_model, this);
    m_paperActions = new PaperActions(m_table, m_reading, m_library, this);
    m_filterBar = new FilterBar(m_proxy, this);
    m_emptyState = new EmptyState(m_table);
    setCentralWidget(createCentre());

    m_criteriaDock = new CriteriaDock(m_library->isOpen() ? m_library : nullptr, this);
    m_criteriaDock->setObjectName(u"criteriaDock"_s);
    addDockWidget(Qt::RightDockWidgetArea, m_criteriaDock);
    m_criteriaDock->hide();

    createReaderActions();
    createWindowActions();
    for (auto it = m_paperActions->actions().cbegin(); it != m_paperActions->actions().cend(); ++it)
        m_actions.insert(it.key(), it.value());
    m_status = new RunStatusPresenter(this, m_messageBar, action(u"stop"_s));
    m_status->setRecoveryActions(action(u"run"_s), action(u"settings"_s));
    m_runs = new RunLauncher(m_status, this);
    createMenus();
    createToolBar();
    connectParts();

    const QSize screen
        = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableSize() : QSize(1400, 900);
    resize(qMin(1400, screen.width() * 9 / 10), qMin(880, screen.height() * 9 / 10));
    restoreLayout();

    if (!opened)
        showError(tr("The database at %1 could not be opened: %2").arg(AppPaths::databaseFile(), opened.errorMessage()),
            opened.error().detail);
    reload();
    m_ranking->start();
    m_table->setFocus();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createCentre()
{
    // Centre: message bar, filter bar, table; the paper pane beside (or below) it.
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_messageBar);
    centreLayout->addWidget(m_filterBar);
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
    return m_mainSplitter;
}

void MainWindow::connectParts()
{
    // A colleague's scores on a shared library, as they are stored.
    connect(m_library, &Library::scoresArrived, m_model, &PaperTableModel::updateScores);
    connect(m_library, &Library::writeFailed, this, [this](const QString &message) {
        showError(tr("A change could not be saved: %1").arg(message));
        // Show what the database holds, not what the failed write promised.
        reload();
    });
    // The reader's own ranking: trained after ratings, shown as the Yours column once there is one.
    connect(m_library, &Library::ratingsChanged, m_ranking, &RankingController::ratingsChanged);
    connect(m_library, &Library::rulesChanged, this, [this] {
        reload();
    });
    connect(this, &MainWindow::rowsLoaded, m_ranking, &RankingController::rankRows);
    connect(m_ranking, &RankingController::changed, this, [this](bool afterRating) {
        updateColumnVisibility();
        if (afterRating)
            m_status->flash(m_ranking->summary());
    });
    connect(m_criteriaDock, &CriteriaDock::saved, this, [this] {
        m_library->reloadCriteria();
        reload();
        offerRescore();
    });

    connect(m_criteriaDock, &CriteriaDock::rescoreRequested, this, [this](const QString &text) {
        m_runs->rescore(m_day, text);
    });
    connect(m_runs, &RunLauncher::runningChanged, this, &MainWindow::setRunning);
    connect(m_runs, &RunLauncher::finished, this, &MainWindow::onRunFinished);

    // Reading: the current paper is shown; the dwell marks it read only when the reader moved to
    // it (a paper the table chose by itself — a new day, a search — is not being read yet).
    connect(m_table, &PaperTableView::currentPaperChanged, this, [this](const QString &id, bool byReader) {
        m_proxy->setPinnedId(id);
        const bool another = id != m_shownPaperId;
        if (another)
            showCurrentPaper();
        if (another || byReader)
            m_reading->paperShown(id, byReader);
    });
    connect(m_table, &PaperTableView::starClicked, this, [this](const QString &id) {
        m_reading->toggleStar({ id });
    });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &MainWindow::showPaperMenu);
    connect(m_paperView, &PaperView::starToggled, this, [this] {
        m_reading->toggleStar({ currentPaperId() });
    });
    connect(m_paperView, &PaperView::readToggled, this, [this] {
        m_reading->toggleRead({ currentPaperId() });
    });
    connect(m_paperView, &PaperView::noteChanged, m_reading, &ReadingController::setNote);
    connect(m_paperView, &PaperView::authorActivated, this, &MainWindow::searchAuthorInAllDays);
    connect(m_paperView, &PaperView::followAuthorRequested, m_paperActions, &PaperActions::follow);
    connect(m_reading, &ReadingController::undoAvailable, this, [this](bool available) {
        action(u"undo"_s)->setEnabled(available);
        action(u"undo"_s)->setText(m_reading->undoText());
    });
    connect(m_reading, &ReadingController::undone, this, [this](const QString &what) {
        showCurrentPaper();
        reload();
        m_status->flash(what);
    });
    connect(m_paperActions, &PaperActions::status, this, [this](const QString &text) {
        m_status->flash(text);
    });
    connect(m_paperActions, &PaperActions::searchAuthorRequested, this, &MainWindow::searchAuthorInAllDays);
    connect(m_paperActions, &PaperActions::followedAuthorsChanged, this, [this](const QString &message) {
        m_library->reloadCriteria();
        reload();
        m_status->flash(message);
    });

    // When a filter hides the paper shown, the first one shown takes its place (not as the reader's
    // move); the counts and the empty state follow every change of the rows shown.
    const auto rowsChanged = [this] {
        if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0 && !m_loadingRows)
            m_table->selectFirst();
        updateEmptyState();
    };
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_proxy, signal, this, rowsChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, rowsChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, rowsChanged);

    connect(m_sidebar, &Sidebar::dayChanged, this, [this](QDate day) {
        if (m_starredView) {
            // A day picked from the Starred view shows that day's papers, all of them: the
            // Starred view spans every day, so it cannot stay chosen beside one.
            m_starredView = false;
            m_proxy->setViewFilter(toFilter(Sidebar::View::All));
            const QSignalBlocker blocker(m_sidebar->viewList());
            m_sidebar->setCurrentView(Sidebar::View::All);
            showDay(day);
            return;
        }
        if (day != m_day || m_allDays != !day.isValid())
            showDay(day);
    });
    connect(m_sidebar, &Sidebar::viewChanged, this, [this](Sidebar::View view) {
        const bool starred = view == Sidebar::View::Starred;
        m_proxy->setViewFilter(toFilter(view));
        if (starred != m_starredView) {
            m_starredView = starred;
            loadRows();
        }
        // The starred papers come from every day: no day stays highlighted as if it were shown.
        if (starred)
            m_sidebar->dayList()->selectionModel()->clearSelection();
        else
            m_sidebar->setCurrentDay(m_allDays ? QDate() : m_day);
        updateEmptyState();
    });
    connect(m_filterBar, &FilterBar::searchChanged, this, &MainWindow::applySearch);
    connect(m_filterBar, &FilterBar::submitted, m_table, qOverload<>(&QWidget::setFocus));

    // Focus starts in the table; tab order follows reading order.
    setTabOrder(m_sidebar->dayList(), m_sidebar->viewList());
    setTabOrder(m_sidebar->viewList(), m_filterBar);
    setTabOrder(m_filterBar, m_table);
    setTabOrder(m_table, m_paperView);
}

QTableView *MainWindow::paperTable() const
{
    return m_table;
}

QLineEdit *MainWindow::filterEdit() const
{
    return m_filterBar->searchEdit();
}

RunController *MainWindow::runController() const
{
    return m_runs->controller();
}

QAction *MainWindow::action(const QString &objectName) const
{
    return m_actions.value(objectName);
}

QList<QAction *> MainWindow::shortcutActions() const
{
    // Every action with a shortcut, in the order the sheet lists them: moving, the paper, views, the window.
    static const char *const order[] = { "next", "previous", "nextUnread", "page", "prevDay", "nextDay", "star", "read",
        "rate1", "rate2", "rate3", "rate4", "rate5", "rateClear", "notInterested", "openAbs", "openPdf", "copyTitle",
        "copyLink", "copyBibtex", "markViewRead", "undo", "filter", "clearFilter", "view1", "view2", "view3", "view4",
        "view5", "view6", "view7", "paneBelow", "run", "scoreDay", "stop", "export", "import", "criteria", "settings",
        "shortcuts", "quit" };
    QList<QAction *> list;
    for (const char *name : order) {
        if (QAction *a = m_actions.value(QString::fromLatin1(name)))
            list.append(a);
    }
    return list;
}

void MainWindow::setReadDwellMs(int ms)
{
    m_reading->setDwellMs(ms);
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
    m_mainSplitter->setSizes({ side, width() - side });
    const bool below = m_contentSplitter->orientation() == Qt::Vertical;
    const int rest = below ? m_contentSplitter->height() : width() - side;
    m_contentSplitter->setSizes({ rest * (below ? 55 : 62) / 100, rest * (below ? 45 : 38) / 100 });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
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

void MainWindow::restoreLayout()
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

void MainWindow::saveLayout() const
{
    QSettings s = uiSettings();
    s.setValue(u"ui/geometry"_s, saveGeometry());
    s.setValue(u"ui/windowState"_s, QMainWindow::saveState());
    s.setValue(u"ui/mainSplitter"_s, m_mainSplitter->saveState());
    s.setValue(u"ui/contentSplitter"_s, m_contentSplitter->saveState());
    s.setValue(u"ui/paneBelow"_s, m_contentSplitter->orientation() == Qt::Vertical);
    s.setValue(u"ui/tableHeader"_s, m_table->horizontalHeader()->saveState());
}

void MainWindow::markViewRead()
{
    const int changed = m_reading->markRead(m_table->shownIds());
    m_status->flash(tr("Marked %n papers as read (Ctrl+Z undoes).", nullptr, changed));
}

bool MainWindow::startRun(const RunOptions &options, const QString &what)
{
    return m_runs->start(options, what);
}

void MainWindow::openDemoDay()
{
    m_runs->openDemoDay();
}

void MainWindow::setRunning(bool running)
{
    for (const char *name : { "run", "import", "demo" }) {
        if (QAction *a = action(QString::fromLatin1(name)))
            a->setEnabled(!running);
    }
    action(u"stop"_s)->setEnabled(running);
    updateDayActions();
}

void MainWindow::updateDayActions()
{
    const bool running = m_runs->isRunning();
    const bool notFetched = isNotFetchedDay();
    if (QAction *scoreDay = action(u"scoreDay"_s))
        scoreDay->setEnabled(!running && m_day.isValid() && !notFetched);
    if (QAction *recover = action(u"recoverDay"_s))
        recover->setEnabled(!running && notFetched);
}

bool MainWindow::isNotFetchedDay() const
{
    const int row = m_day.isValid() ? m_sidebar->dayModel()->rowOf(m_day) : -1;
    return row >= 0 && m_sidebar->dayModel()->index(row).data(DayListModel::NotFetchedRole).toBool();
}

void MainWindow::onRunFinished(const RunResult &result)
{
    m_criteriaDock->refreshVersions(); // a run stores the criteria it scored with
    if (result.summary.day.isValid()) {
        m_day = result.summary.day; // show the day the run scored
        m_allDays = false;
    }
    reload();
}

void MainWindow::importFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Feed Files"), QString(), tr("arXiv feeds (*.xml *.rss *.atom);;All files (*)"));
    if (!files.isEmpty())
        m_runs->importFiles(files);
}

void MainWindow::openSettings(bool categoriesPage)
{
    SettingsDialog dialog(this);
    dialog.setRankingSummary(m_ranking->summary());
    dialog.setLibrary(m_library, m_allDays || m_starredView ? QDate() : m_day);
    if (categoriesPage)
        dialog.showPage(SettingsDialog::Page::Arxiv);
    connect(&dialog, &SettingsDialog::applied, this, [this] {
        m_library->reloadCriteria();
        m_criteriaDock->examplesAction()->setVisible(Settings().integer(Settings::RatedExamples) > 0);
        reload();
    });
    dialog.exec();
}

void MainWindow::openExport()
{
    if (!m_library->isOpen())
        return;
    // Digests are per day: from "All days" the dialog starts at the newest one.
    const QDate day = m_starredView ? QDate() : m_allDays ? m_sidebar->dayModel()->days().value(0).day : m_day;
    // The day list's counts, when they are in: counting again would block the window.
    ExportDialog dialog(*m_library, day, this,
        m_countingDays ? std::nullopt : std::optional<QList<DayInfo>>(m_sidebar->dayModel()->days()));
    dialog.exec();
}

void MainWindow::showError(const QString &what, const QString &details)
{
    m_status->showError(what, details);
}

void MainWindow::showPaperMenu(const QPoint &pos)
{
    if (!m_table->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    m_paperActions->fillContextMenu(&menu);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void MainWindow::searchAuthorInAllDays(const QString &name)
{
    // An author's papers are on many days: search the whole library, in every view.
    m_sidebar->setCurrentView(Sidebar::View::All);
    if (!m_allDays && m_sidebar->dayModel()->rowCount() > 0)
        m_sidebar->setCurrentDay(QDate());
    m_filterBar->setSearchText(u"au:\"%1\""_s.arg(name));
}

void MainWindow::offerRescore()
{
    if (!m_day.isValid())
        return;
    const CriteriaDock::RescoreEstimate estimate = m_criteriaDock->rescoreEstimate();
    if (estimate.papers == 0)
        return;
    QString label = tr("Re-score %n papers", nullptr, estimate.papers);
    if (estimate.free)
        label = tr("Re-score %n papers (free)", nullptr, estimate.papers);
    else if (estimate.usd)
        label
            = tr("Re-score %n papers (≈ $%1)", nullptr, estimate.papers).arg(QLocale().toString(*estimate.usd, 'f', 2));
    QAction *rescore = action(u"rescoreDay"_s);
    if (!rescore) {
        rescore = addWindowAction(u"rescoreDay"_s, label, {});
        connect(rescore, &QAction::triggered, this, [this] {
            m_messageBar->hide();
            m_runs->rescore(m_day, m_criteriaDock->criteriaText());
        });
    }
    rescore->setText(label);
    m_messageBar->showMessage(MessageBar::Kind::Information,
        tr("Your criteria are saved. Scores made with the earlier version stay, greyed, until "
           "the papers are scored again."));
    m_messageBar->addAction(rescore);
}

void MainWindow::showCriteriaDock(bool show)
{
    if (!show) {
        m_criteriaDock->hide();
        return;
    }
    // Below 1600 px a docked editor would squeeze the titles: it floats over the window instead.
    if (width() < 1600 && !m_criteriaDock->isFloating())
        placeCriteriaDockFloating();
    m_criteriaDock->show();
    m_criteriaDock->raise();
}

void MainWindow::placeCriteriaDockFloating()
{
    m_criteriaDock->setFloating(true);
    const QRect frame = geometry();
    const int w = qMin(frame.width() / 2, m_criteriaDock->sizeHint().width() + 40);
    m_criteriaDock->resize(w, frame.height() * 4 / 5);
    m_criteriaDock->move(frame.right() - w - 16, frame.top() + frame.height() / 10);
}

} // namespace PaperSift
