#pragma once

#include <QDate>
#include <QObject>
#include <QStringList>

namespace PaperSift {

class RunController;
class RunStatusPresenter;
struct RunOptions;
struct RunResult;

/// Starts the window's runs — fetch & score today, score a day, recover a missed day, re-score with edited criteria,
/// import feed files, the demo day — from the user's settings, one at a time, and reports them
/// through the status presenter.
class RunLauncher : public QObject
{
    Q_OBJECT

public:
    RunLauncher(RunStatusPresenter *status, QObject *parent = nullptr);

    RunController *controller() const { return m_runner; }
    bool isRunning() const;

    /// Starts a run; false (and a word in the status bar) when one is already going.
    bool start(const RunOptions &options, const QString &what);
    void cancel();

    bool fetchAndScore();
    bool scoreDay(QDate day);
    /// Rebuilds a day whose feed was never fetched from the arXiv API, then scores it.
    bool recoverDay(QDate day);
    bool rescore(QDate day, const QString &criteriaText);
    bool importFiles(const QStringList &files);
    /// Imports the bundled demo day (the real cs.AI + cs.LG day of 2025-06-16) and scores it
    /// offline with the keyword scorer.
    bool openDemoDay();

signals:
    void runningChanged(bool running);
    void finished(const PaperSift::RunResult &result);

private:
    RunStatusPresenter *m_status = nullptr;
    RunController *m_runner = nullptr;
};

} // namespace PaperSift
