#pragma once

#include "domain/result.h"

#include <QString>

#include <chrono>
#include <memory>

namespace PaperSift {

/// Makes sure only one run (fetch, score, store) works on a database at a time, across
/// processes. The run that holds it says it is alive with heartbeat(); a later run takes over a
/// lock whose holder is gone (its process is not running) or silent for longer than StaleAfter
/// (hung, killed on another host, or past its deadline), at once and without waiting. A live
/// holder's lock is refused with a message that names it.
///
/// acquire() gives the lock file beside a SQLite database; another store (PostgreSQL's advisory
/// locks) gives its own kind through the same two calls.
class RunLock
{
public:
    /// How often a live run says so, at most; and how long a lock may stay silent.
    static constexpr std::chrono::seconds HeartbeatEvery { 10 };
    static constexpr std::chrono::seconds StaleAfter { 60 };

    /// The lock file for a database: "<database>.run.lock".
    static QString lockPathFor(const QString &databasePath);

    /// Takes the lock without waiting. The error names the process that holds it and when it
    /// last gave a heartbeat.
    static Result<std::unique_ptr<RunLock>> acquire(const QString &databasePath);

    virtual ~RunLock() = default;
    RunLock(const RunLock &) = delete;
    RunLock &operator=(const RunLock &) = delete;

    /// Records that the run is alive. Cheap: it writes at most every HeartbeatEvery. A run past
    /// its deadline stops calling it, so its lock goes stale even if its process hangs.
    virtual void heartbeat() = 0;

protected:
    RunLock() = default;
};

} // namespace PaperSift
