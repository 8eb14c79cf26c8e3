#pragma once

#include "domain/result.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace PaperSift {

/// Makes sure only one run (fetch, score, store) works on a database at a time, across
/// processes: a lock file beside the database. A lock left by a crashed or killed process is
/// recognised as stale (its process is gone) and taken over.
class RunLock
{
public:
    /// The lock file for a database: "<database>.run.lock".
    static QString lockPathFor(const QString &databasePath);

    /// Takes the lock without waiting. The error names the process that holds it.
    static Result<std::unique_ptr<RunLock>> acquire(const QString &databasePath);

    ~RunLock();
    RunLock(const RunLock &) = delete;
    RunLock &operator=(const RunLock &) = delete;

private:
    explicit RunLock(std::unique_ptr<QLockFile> lock);
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace PaperSift
