#pragma once

#include "domain/result.h"

#include <QElapsedTimer>
#include <QString>

#include <chrono>
#include <memory>

class QLockFile;

namespace PaperSift {

class Database;

/// A lock on a whole library across processes and machines, taken without waiting: on SQLite a
/// lock file beside the database ("<database>.run.lock", stale once its process is gone); on
/// PostgreSQL a session advisory lock, which the server drops when the holder's connection ends.
/// Runs share it on PostgreSQL (claims keep them from paying twice) and take it alone on SQLite;
/// what must have the library to itself (copying into it) takes it alone everywhere. A lock file
/// may also go stale by silence: its modification time is the holder's heartbeat.
class LibraryLock
{
public:
    enum class Mode { Shared, Exclusive };

    /// The lock file of an SQLite library.
    static QString lockPathFor(const QString &databasePath);

    /// Takes the lock on the library at `location`; the error says who holds it. A lock file whose
    /// holder has not beaten for `staleAfter` (when not zero) is taken over.
    static Result<std::unique_ptr<LibraryLock>> acquire(
        const QString &location, Mode mode, std::chrono::seconds staleAfter = std::chrono::seconds(0));

    ~LibraryLock();
    LibraryLock(const LibraryLock &) = delete;
    LibraryLock &operator=(const LibraryLock &) = delete;

    /// Says the holder is alive: touches the lock file, at most once per `every`. The advisory
    /// lock needs none (the server ends it with the connection).
    void heartbeat(std::chrono::seconds every);

private:
    LibraryLock();
    static Result<std::unique_ptr<LibraryLock>> acquireFile(const QString &databasePath, std::chrono::seconds staleAfter);
    static Result<std::unique_ptr<LibraryLock>> acquireAdvisory(const QString &url, Mode mode);

    std::unique_ptr<QLockFile> m_file;
    QString m_filePath;
    QElapsedTimer m_sinceBeat; ///< invalid until the first heartbeat, which always writes
    std::unique_ptr<Database> m_connection; ///< holds the advisory lock while it is open
};

} // namespace PaperSift
