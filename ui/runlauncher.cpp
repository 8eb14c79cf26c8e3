#include "runlauncher.h"

#include "config/settings.h"
#include "pipeline/dailyrun.h"
#include "pipeline/runcontroller.h"
#include "runstatuspresenter.h"

namespace PaperSift {

using namespace Qt::StringLiterals;

RunLauncher::RunLauncher(RunStatusPresenter *status, QObject *parent)
    : QObject(parent)
    , m_status(status)
    , m_runner(new RunController(this))
{
    connect(m_runner, &RunController::progress, m_status, &RunStatusPresenter::showProgress);
    connect(m_runner, &RunController::finished, this, [this](const RunResult &result) {
        m_status->runFinished(result);
        emit runningChanged(false);
        emit finished(result);
    });
}

bool RunLauncher::isRunning() const
{
    return m_runner->isRunning();
}

bool RunLauncher::start(const RunOptions &options, const QString &what)
{
    if (m_runner->isRunning()) {
        m_status->showStatus(tr("A run is already going; Stop ends it."));
        return false;
    }
    if (!m_runner->start(options))
        return false;
    m_status->runStarted(what);
    emit runningChanged(true);
    return true;
}

void RunLauncher::cancel()
{
    m_runner->cancel();
}

bool RunLauncher::fetchAndScore()
{
    return start(RunOptions::fromSettings(Settings()), tr("Fetching and scoring"));
}

bool RunLauncher::scoreDay(QDate day)
{
    RunOptions options = RunOptions::fromSettings(Settings());
    options.day = day;
    options.fetch = false;
    return start(options, tr("Scoring"));
}

bool RunLauncher::recoverDay(QDate day)
{
    RunOptions options = RunOptions::fromSettings(Settings());
    options.day = day;
    options.fetch = false;
    options.recover = true;
    return start(options, tr("Recovering"));
}

bool RunLauncher::rescore(QDate day, const QString &criteriaText)
{
    RunOptions options = RunOptions::fromSettings(Settings());
    options.day = day;
    options.fetch = false;
    options.criteriaText = criteriaText;
    return start(options, tr("Re-scoring with the edited criteria"));
}

bool RunLauncher::importFiles(const QStringList &files)
{
    RunOptions options = RunOptions::fromSettings(Settings());
    options.importFiles = files;
    options.fetch = false;
    options.score = false;
    return start(options, tr("Importing"));
}

bool RunLauncher::openDemoDay()
{
    RunOptions options = RunOptions::fromSettings(Settings());
    options.importFiles
        = { u":/demo/rss2_daily_cs-ai_fetched-2025-06-17.xml"_s, u":/demo/rss2_daily_cs-lg_fetched-2025-06-17.xml"_s };
    options.categories = { u"cs.LG"_s, u"cs.AI"_s };
    options.fetch = false;
    options.scorer = RunOptions::Scorer::Keyword;
    return start(options, tr("Opening the demo day"));
}

} // namespace PaperSift
