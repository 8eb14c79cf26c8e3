#pragma once

#include "domain/result.h"

#include <QString>

#include <memory>

class QLockFile;

namespace PaperSift {

class Database;

/// A lock on a whole library across processes and machines, taken without waiting: on SQLite a
/// lock file beside the database ("<database>.run.lock", stale once its process is gone); on
/// PostgreSQL a session advisory lock, which the server drops when the holder's connection ends.
/// Runs share it on PostgreSQL (claims keep them from paying twice) and take it alone on SQLite;
/// what must have the library to itself (copying into it) takes it alone everywhere.
class LibraryLock
{
public:
    enum class Mode { Shared, Exclusive };

    /// The lock file of an SQLite library.
    static QString lockPathFor(const QString &databasePath);

    /// Takes the lock on the library at `location`; the error says who holds it.
    static Result<std::unique_ptr<LibraryLock>> acquire(const QString &location, Mode mode);

    ~LibraryLock();
    LibraryLock(const LibraryLock &) = delete;
    LibraryLock &operator=(const LibraryLock &) = delete;

private:
    LibraryLock();
    static Result<std::unique_ptr<LibraryLock>> acquireFile(const QString &databasePath);
    static Result<std::unique_ptr<LibraryLock>> acquireAdvisory(const QString &url, Mode mode);

    std::unique_ptr<QLockFile> m_file;
    std::unique_ptr<Database> m_connection; ///< holds the advisory lock while it is open
};

} // namespace PaperSift
