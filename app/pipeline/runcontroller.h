#pragma once

#include "pipeline/dailyrun.h"

#include <QObject>

#include <optional>

class QThread;

namespace PaperSift {

/// Starts a DailyRun in its own thread and reports back in the caller's thread: the window's
/// "Fetch & score" and the command line's `run` both use it.
class RunController : public QObject
{
    Q_OBJECT

public:
    explicit RunController(QObject *parent = nullptr);
    ~RunController() override;

    bool isRunning() const { return m_thread != nullptr; }
    /// Starts a run; false when one is already running.
    bool start(const RunOptions &options);
    void cancel();
    /// Blocks (running the caller's event loop) until the run has finished.
    RunResult waitForFinished();

signals:
    void progress(const PaperSift::RunProgress &progress);
    void finished(const PaperSift::RunResult &result);

private:
    QThread *m_thread = nullptr;
    DailyRun *m_run = nullptr;
    std::optional<RunResult> m_last;
};

} // namespace PaperSift
