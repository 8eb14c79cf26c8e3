#pragma once

// DailyRun's stages share this; only dailyrun.cpp and dailyrunfeed.cpp include it.

#include "config/settings.h"
#include "pipeline/dailyrun.h"
#include "pipeline/runlock.h"
#include "pipeline/scoringengine.h"
#include "store/database.h"
#include "store/paperrepository.h"
#include "store/runlog.h"
#include "store/scorestore.h"

#include <QDeadlineTimer>

#include <memory>
#include <optional>

namespace PaperSift {

/// What the stages of one run share.
struct DailyRun::Context
{
    Settings settings;
    RunResult result;
    std::unique_ptr<RunLock> lock;
    std::unique_ptr<Database> db;
    std::optional<PaperRepository> papers;
    std::optional<ScoreStore> scores;
    std::optional<RunLog> runLog;
    QDate day;
    QList<Paper> kept;
    ScoringConfig config;
    ScoringOutcome outcome;
    QDeadlineTimer deadline { QDeadlineTimer::Forever };
    /// What the feed said (not announced yet, a holiday, a missing day): the run's verdict unless
    /// scoring has a worse one.
    RunVerdict feedVerdict = RunVerdict::None;

    /// Tells the run lock the run is alive, until its deadline: a run past it (hung somewhere the
    /// deadline cannot reach) stops, so a later run takes its lock over.
    void heartbeat()
    {
        if (lock && !deadline.hasExpired())
            lock->heartbeat();
    }

    /// Records the failure; returns false so that a stage can `return run.fail(…)`.
    bool fail(RunFailure failure, const QString &message)
    {
        result.failure = failure;
        result.message = message;
        return false;
    }
};

} // namespace PaperSift
