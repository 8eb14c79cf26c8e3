#pragma once

// ui/: the widgets (papersift_ui). MainWindow lays out the triage window and delegates: Library
// is the only way any widget reaches the database (reads on one connection, the reader's own
// small writes on another, never blocking the GUI thread); PaperTableModel/PaperFilterModel and
// PaperTableView show the rows; PaperView the paper; ReadingController star/read/notes;
// RunLauncher/RunStatusPresenter runs and what the status bar says; settings/ the Settings pages;
// CriteriaDock and ExportDialog. Colours come from the palette only, so dark mode is free.

#include "domain/result.h"

#include <QDate>
#include <QHash>
#include <QMainWindow>

class QAction;
class QLineEdit;
class QSplitter;
class QTableView;

namespace PaperSift {

class CriteriaDock;
class EmptyState;
class FilterBar;
class Library;
class MessageBar;
class PaperActions;
class PaperFilterModel;
class PaperTableModel;
class PaperTableView;
class PaperView;
class RankingController;
class ReadingController;
class RunController;
class RunLauncher;
class RunStatusPresenter;
class Sidebar;
struct PaperRow;
struct RunOptions;
struct RunResult;

/// The triage window: days and views leading, the paper table centre, the paper pane trailing.
/// It lays out and wires its parts; the parts do the work: Library (the database), PaperTableView
/// (the table), ReadingController (star, read, notes), RunLauncher and RunStatusPresenter (runs
/// and what the status bar says), CriteriaDock, FilterBar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // For tests and the screenshot tool.
    QTableView *paperTable() const;
    PaperTableModel *paperModel() const { return m_model; }
    PaperFilterModel *filterModel() const { return m_proxy; }
    PaperView *paperView() const { return m_paperView; }
    Sidebar *sidebar() const { return m_sidebar; }
    MessageBar *messageBar() const { return m_messageBar; }
    EmptyState *emptyState() const { return m_emptyState; }
    QLineEdit *filterEdit() const;
    Library *library() const { return m_library; }
    CriteriaDock *criteriaDock() const { return m_criteriaDock; }
    QAction *action(const QString &objectName) const;
    QList<QAction *> shortcutActions() const;
    /// How long a paper must stay selected before it counts as read.
    void setReadDwellMs(int ms);

    /// Re-reads the days and the current day's rows (after a run or an import).
    void reload();
    void showDay(QDate day);
    QDate currentDay() const { return m_day; }
    /// Whether the day list's counts are being read again (they show the earlier ones meanwhile).
    bool isCountingDays() const { return m_countingDays; }
    QString currentPaperId() const;

    /// Starts a run (fetch & score, score a day, import, demo); false when one is running.
    bool startRun(const RunOptions &options, const QString &what);
    RunController *runController() const;
    RunStatusPresenter *statusPresenter() const { return m_status; }
    ReadingController *readingController() const { return m_reading; }
    RankingController *rankingController() const { return m_ranking; }
    /// Imports the bundled demo day and scores it with the keyword scorer.
    void openDemoDay();

signals:
    /// The table holds the rows of the chosen day or view (at once for a day; for "All days"
    /// when the other thread has read them).
    void rowsLoaded();
    /// The day list has its counts (reload() shows the days at once and counts them in another
    /// thread).
    void daysCounted();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QAction *addReaderAction(
        const QString &name, const QString &text, const QList<QKeySequence> &keys, const QString &icon = {});
    QAction *addWindowAction(const QString &name, const QString &text, const QList<QKeySequence> &keys,
        const QString &icon = {}, const QString &fallbackIcon = {});
    void createReaderActions();
    void createWindowActions();
    void createMenus();
    void createToolBar();
    QWidget *createCentre();
    void connectParts();
    void restoreLayout();
    void saveLayout() const;
    /// Counts the days of the day list in another thread, then shows the counts.
    void countDays();
    void loadRows();
    void applyRows(Result<QList<PaperRow>> rows, const QString &keepId);
    void updateEmptyState();
    void updateColumnVisibility();
    /// Score This Day and Recover This Day, for the day shown and whether a run is going.
    void updateDayActions();
    /// The day shown is an announcement day missing from the library (a "not fetched" gap).
    bool isNotFetchedDay() const;
    void showCurrentPaper();
    void applySearch(const QString &text);
    void markViewRead();
    void setPaneBelow(bool below);
    void showError(const QString &what, const QString &details = {});
    void showPaperMenu(const QPoint &pos);
    void searchAuthorInAllDays(const QString &name);
    void offerRescore();
    void showCriteriaDock(bool show);
    void placeCriteriaDockFloating();
    void importFiles();
    void openSettings(bool categoriesPage);
    void openExport();
    void setRunning(bool running);
    void onRunFinished(const RunResult &result);

    Library *m_library = nullptr;
    PaperTableModel *m_model = nullptr;
    PaperFilterModel *m_proxy = nullptr;
    PaperTableView *m_table = nullptr;
    Sidebar *m_sidebar = nullptr;
    PaperView *m_paperView = nullptr;
    MessageBar *m_messageBar = nullptr;
    FilterBar *m_filterBar = nullptr;
    EmptyState *m_emptyState = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_contentSplitter = nullptr;
    CriteriaDock *m_criteriaDock = nullptr;
    RunStatusPresenter *m_status = nullptr;
    RunLauncher *m_runs = nullptr;
    ReadingController *m_reading = nullptr;
    RankingController *m_ranking = nullptr;
    PaperActions *m_paperActions = nullptr;
    QString m_shownPaperId; ///< the paper the pane shows
    QHash<QString, QAction *> m_actions;
    QDate m_day; ///< the day shown; invalid with "All days"
    bool m_allDays = false; ///< the whole library is shown
    bool m_loadingRows = false; ///< the whole library is being read in another thread
    int m_loadGeneration = 0;
    int m_countGeneration = 0; ///< counts of an earlier reload are dropped
    bool m_countingDays = false;
    bool m_splittersPlaced = false; ///< restored from the settings, or placed on the first show
    bool m_starredView = false;
};

} // namespace PaperSift
