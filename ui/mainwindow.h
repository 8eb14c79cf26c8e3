#pragma once

#include "domain/result.h"

#include <QDate>
#include <QMainWindow>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSpinBox;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;

namespace PaperSift {

class CriteriaDock;
class EmptyState;
class Library;
class RunController;
struct RunOptions;
struct RunProgress;
struct RunResult;
class MessageBar;
class PaperFilterModel;
class PaperTableModel;
struct PaperRow;
class PaperView;
class Sidebar;

/// The triage window: days and views leading, the paper table centre, the paper pane trailing.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // For tests and the screenshot tool.
    QTableView *paperTable() const { return m_table; }
    PaperTableModel *paperModel() const { return m_model; }
    PaperFilterModel *filterModel() const { return m_proxy; }
    PaperView *paperView() const { return m_paperView; }
    Sidebar *sidebar() const { return m_sidebar; }
    MessageBar *messageBar() const { return m_messageBar; }
    EmptyState *emptyState() const { return m_emptyState; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
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
    QString currentPaperId() const;

    /// Starts a run (fetch & score, score a day, import, demo); false when one is running.
    bool startRun(const RunOptions &options, const QString &what);
    RunController *runController() const { return m_runner; }

signals:
    /// The table holds the rows of the chosen day or view (at once for a day; for "All days"
    /// when the other thread has read them).
    void rowsLoaded();

public:
    /// Imports the bundled demo day and scores it with the keyword scorer.
    void openDemoDay();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    QWidget *createFilterBar();
    void restoreState();
    void saveState() const;
    void loadRows();
    void applyRows(Result<QList<PaperRow>> rows, const QString &keepId);
    void updateEmptyState();
    void updateColumnVisibility();
    void showCurrentPaper();
    void applyFilterText();
    void moveSelection(int delta);
    void toggleStar();
    void toggleRead();
    void markViewRead();
    void setPaneBelow(bool below);
    void showError(const QString &what, const QString &details = {});
    void onRunProgress(const RunProgress &progress);
    void onRunFinished(const RunResult &result);
    void importFiles();
    void setRunning(bool running);

    Library *m_library = nullptr;
    PaperTableModel *m_model = nullptr;
    PaperFilterModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    Sidebar *m_sidebar = nullptr;
    PaperView *m_paperView = nullptr;
    MessageBar *m_messageBar = nullptr;
    EmptyState *m_emptyState = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_contentSplitter = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QSpinBox *m_minRelevance = nullptr;
    QSpinBox *m_minNovelty = nullptr;
    QComboBox *m_category = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_stopButton = nullptr;
    QTimer *m_readTimer = nullptr;
    QTimer *m_filterTimer = nullptr;
    QDate m_day; ///< the day shown; invalid with "All days"
    bool m_allDays = false; ///< the whole library is shown
    bool m_loadingRows = false; ///< the whole library is being read in another thread
    int m_loadGeneration = 0;
    bool m_splittersPlaced = false; ///< restored from the settings, or placed on the first show
    bool m_starredView = false;
    QStringList m_lastMarkedRead; ///< for undo of "mark view read"
    QHash<QString, QAction *> m_actions;
    RunController *m_runner = nullptr;
    CriteriaDock *m_criteriaDock = nullptr;
    QString m_runWhat;
};

} // namespace PaperSift
