#include "runlock.h"

#include <QDir>
#include <QFileInfo>

namespace PaperSift {

using namespace Qt::StringLiterals;

QString RunLock::lockPathFor(const QString &databasePath)
{
    return databasePath + ".run.lock"_L1;
}

Result<std::unique_ptr<RunLock>> RunLock::acquire(const QString &databasePath)
{
    QDir().mkpath(QFileInfo(databasePath).absolutePath());
    auto lock = std::make_unique<QLockFile>(lockPathFor(databasePath));
    // A run can last long; a lock is stale only when its process is gone, never by age.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return std::unique_ptr<RunLock>(new RunLock(std::move(lock)));

    switch (lock->error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        return Error{u"Another PaperSift run (process %1 on %2) is already working on %3. Wait for it to finish, "
                     "or stop it, then try again."_s.arg(pid).arg(host, databasePath),
                     lockPathFor(databasePath)};
    }
    case QLockFile::PermissionError:
        return Error{u"Cannot create the lock file %1: permission denied. Check that the database folder is "
                     "writable."_s.arg(lockPathFor(databasePath)),
                     {}};
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        break;
    }
    return Error{u"Cannot create the lock file %1. Check that the disk is not full and the folder is writable."_s.arg(
                     lockPathFor(databasePath)),
                 {}};
}

RunLock::RunLock(std::unique_ptr<QLockFile> lock)
    : m_lock(std::move(lock))
{
}

RunLock::~RunLock()
{
    m_lock->unlock();
}

} // namespace PaperSift
