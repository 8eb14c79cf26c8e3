#pragma once

#include "domain/result.h"

#include <QString>

#include <memory>

namespace PaperSift {

class LibraryLock;

/// Keeps runs (fetch, score, store) from getting in each other's way, across processes. On an
/// SQLite library only one run works at a time: a lock file beside the database, recognised as
/// stale (and taken over) once its process is gone. On a shared PostgreSQL library runs share an
/// advisory lock, so that they may work side by side (ScoreClaims keeps them from paying twice)
/// while nothing that needs the library alone (`library copy` into it) runs with them.
class RunLock
{
public:
    /// The lock file for an SQLite database: "<database>.run.lock".
    static QString lockPathFor(const QString &databasePath);

    /// Takes the lock without waiting. The error names the process that holds it.
    static Result<std::unique_ptr<RunLock>> acquire(const QString &databasePath);

    ~RunLock();
    RunLock(const RunLock &) = delete;
    RunLock &operator=(const RunLock &) = delete;

private:
    explicit RunLock(std::unique_ptr<LibraryLock> lock);
    std::unique_ptr<LibraryLock> m_lock;
};

} // namespace PaperSift
