#pragma once

#include "domain/result.h"

#include <QString>

#include <chrono>
#include <memory>

namespace PaperSift {

class LibraryLock;

/// Keeps runs (fetch, score, store) from getting in each other's way, across processes. On an
/// SQLite library only one run works at a time: a lock file beside the database. The run that
/// holds it says it is alive with heartbeat(); a later run takes over a lock whose holder is gone
/// (its process is not running) or silent for longer than StaleAfter (hung, killed on another
/// host, or past its deadline), at once and without waiting. A live holder's lock is refused with
/// a message that names it. On a shared PostgreSQL library runs share an advisory lock, so that
/// they may work side by side (ScoreClaims keeps them from paying twice) while nothing that needs
/// the library alone (`library copy` into it) runs with them; the server drops it with the
/// holder's connection, so it needs no heartbeat.
class RunLock
{
public:
    /// How often a live run says so, at most; and how long a lock file may stay silent.
    static constexpr std::chrono::seconds HeartbeatEvery { 10 };
    static constexpr std::chrono::seconds StaleAfter { 60 };

    /// The lock file for an SQLite database: "<database>.run.lock".
    static QString lockPathFor(const QString &databasePath);

    /// Takes the lock without waiting. The error names the process that holds it.
    static Result<std::unique_ptr<RunLock>> acquire(const QString &databasePath);

    ~RunLock();
    RunLock(const RunLock &) = delete;
    RunLock &operator=(const RunLock &) = delete;

    /// Records that the run is alive. Cheap: it writes at most every HeartbeatEvery. A run past
    /// its deadline stops calling it, so its lock goes stale even if its process hangs.
    void heartbeat();

private:
    explicit RunLock(std::unique_ptr<LibraryLock> lock);
    std::unique_ptr<LibraryLock> m_lock;
};

} // namespace PaperSift
