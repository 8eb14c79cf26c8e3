#include "runlock.h"

#include "store/librarylock.h"

namespace PaperSift {

QString RunLock::lockPathFor(const QString &databasePath)
{
    return LibraryLock::lockPathFor(databasePath);
}

Result<std::unique_ptr<RunLock>> RunLock::acquire(const QString &databasePath)
{
    auto lock = LibraryLock::acquire(databasePath, LibraryLock::Mode::Shared, StaleAfter);
    if (!lock)
        return lock.error();
    return std::unique_ptr<RunLock>(new RunLock(std::move(lock).value()));
}

RunLock::RunLock(std::unique_ptr<LibraryLock> lock)
    : m_lock(std::move(lock))
{
}

RunLock::~RunLock() = default;

void RunLock::heartbeat()
{
    m_lock->heartbeat(HeartbeatEvery);
}

} // namespace PaperSift
