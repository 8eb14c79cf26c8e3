#pragma once

#include <QObject>
#include <QString>

class QAction;
class QLabel;
class QMainWindow;
class QProgressBar;
class QSystemTrayIcon;
class QTimer;
class QToolButton;

namespace PaperSift {

class MessageBar;
struct RunProgress;
struct RunResult;

/// What the window says about its work: the status bar (paper count, status line, progress, Stop),
/// the message bar for failures with the actions that help (Retry, Settings…), and a desktop
/// notification when a run ends while the window is in the background.
class RunStatusPresenter : public QObject
{
    Q_OBJECT

public:
    RunStatusPresenter(QMainWindow *window, MessageBar *messageBar, QAction *stop);

    /// The actions a failure message offers: Retry after a network failure, Settings after an
    /// endpoint failure. Either may be null.
    void setRecoveryActions(QAction *retry, QAction *settings);

    /// "318 papers", "26 of 318 papers"; empty clears it.
    void setCount(const QString &text);
    /// The status line; with a timeout it clears itself after that many milliseconds (a passing
    /// word), without one it stays until replaced (a run's outcome).
    void showStatus(const QString &text, int timeoutMs = 0);
    QString statusText() const;
    void showError(const QString &what, const QString &details = {});

    void runStarted(const QString &what);
    void showProgress(const RunProgress &progress);
    /// Says how a run ended: the counts in the status line, a failure or notice in the message bar,
    /// a notification when the window is not active.
    void runFinished(const RunResult &result);

private:
    void setBusy(bool busy);
    void notify(const QString &text, bool ok);

    QMainWindow *m_window = nullptr;
    MessageBar *m_messageBar = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_stop = nullptr;
    QAction *m_retry = nullptr;
    QAction *m_settings = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_expiry = nullptr;
};

} // namespace PaperSift
