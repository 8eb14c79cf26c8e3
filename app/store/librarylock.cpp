#include "librarylock.h"

#include "database.h"
#include "databaselocation.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {
constexpr int libraryLockKey = 1; // the second key of the advisory lock (the schema's is 0)
} // namespace

LibraryLock::LibraryLock() = default;

LibraryLock::~LibraryLock()
{
    if (m_file)
        m_file->unlock();
}

QString LibraryLock::lockPathFor(const QString &databasePath)
{
    return databasePath + ".run.lock"_L1;
}

Result<std::unique_ptr<LibraryLock>> LibraryLock::acquire(const QString &location, Mode mode)
{
    if (DatabaseLocation::isServerUrl(location))
        return acquireAdvisory(location, mode);
    return acquireFile(location);
}

Result<std::unique_ptr<LibraryLock>> LibraryLock::acquireFile(const QString &databasePath)
{
    QDir().mkpath(QFileInfo(databasePath).absolutePath());
    auto lock = std::make_unique<QLockFile>(lockPathFor(databasePath));
    // A run can last long; a lock is stale only when its process is gone, never by age.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        std::unique_ptr<LibraryLock> held(new LibraryLock);
        held->m_file = std::move(lock);
        return held;
    }
    switch (lock->error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        return Error { u"Another PaperSift run (process %1 on %2) is already working on %3. Wait for it to finish, "
                       "or stop it, then try again."_s.arg(pid)
                           .arg(host, databasePath),
            lockPathFor(databasePath) };
    }
    case QLockFile::PermissionError:
        return Error { u"Cannot create the lock file %1: permission denied. Check that the database folder is "
                       "writable."_s.arg(lockPathFor(databasePath)),
            {} };
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        break;
    }
    return Error { u"Cannot create the lock file %1. Check that the disk is not full and the folder is writable."_s.arg(
                       lockPathFor(databasePath)),
        {} };
}

Result<std::unique_ptr<LibraryLock>> LibraryLock::acquireAdvisory(const QString &url, Mode mode)
{
    auto db = Database::open(url);
    if (!db)
        return db.error();
    auto taken = (*db)->engine().tryLock(**db, libraryLockKey, mode == Mode::Shared);
    if (!taken)
        return taken.error();
    if (!*taken)
        return Error { mode == Mode::Shared
                ? u"The shared library %1 is being copied or upgraded by another PaperSift. Try again when "
                  "it is done."_s.arg((*db)->location().shown())
                : u"Other PaperSift runs are working on the shared library %1. Try again when they are "
                  "done."_s.arg((*db)->location().shown()),
            {} };
    std::unique_ptr<LibraryLock> held(new LibraryLock);
    held->m_connection = std::move(db).value();
    return held;
}

} // namespace PaperSift
