#include "librarylock.h"

#include "database.h"
#include "databaselocation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QTimeZone>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {
constexpr int libraryLockKey = 1; // the second key of the advisory lock (the schema's is 0)

QString heartbeatAge(const QString &path)
{
    const QDateTime modified = QFileInfo(path).lastModified(QTimeZone::UTC);
    if (!modified.isValid())
        return u"no heartbeat"_s;
    const qint64 seconds = qMax<qint64>(0, modified.secsTo(QDateTime::currentDateTimeUtc()));
    return u"its last heartbeat %1 s ago"_s.arg(seconds);
}
} // namespace

LibraryLock::LibraryLock() = default;

LibraryLock::~LibraryLock()
{
    if (!m_file)
        return;
    // A lock taken over (this run hung past its stale time) is another run's now: leave its file.
    qint64 pid = 0;
    QString host, app;
    if (m_file->getLockInfo(&pid, &host, &app) && pid != QCoreApplication::applicationPid()) {
        (void)m_file.release(); // QLockFile's destructor would delete the other run's file
        return;
    }
    m_file->unlock();
}

void LibraryLock::heartbeat(std::chrono::seconds every)
{
    if (!m_file)
        return;
    if (m_sinceBeat.isValid() && m_sinceBeat.elapsed() < std::chrono::milliseconds(every).count())
        return;
    m_sinceBeat.start();
    QFile file(m_filePath);
    if (file.open(QIODevice::ReadOnly))
        file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
}

QString LibraryLock::lockPathFor(const QString &databasePath)
{
    return databasePath + ".run.lock"_L1;
}

Result<std::unique_ptr<LibraryLock>> LibraryLock::acquire(
    const QString &location, Mode mode, std::chrono::seconds staleAfter)
{
    if (DatabaseLocation::isServerUrl(location))
        return acquireAdvisory(location, mode);
    return acquireFile(location, staleAfter);
}

Result<std::unique_ptr<LibraryLock>> LibraryLock::acquireFile(
    const QString &databasePath, std::chrono::seconds staleAfter)
{
    QDir().mkpath(QFileInfo(databasePath).absolutePath());
    const QString path = lockPathFor(databasePath);
    auto lock = std::make_unique<QLockFile>(path);
    // Stale when its process is gone (QLockFile checks), or, for a holder that beats, when it has
    // been silent for staleAfter: hung, on another host, or past its deadline. Zero: never by age.
    lock->setStaleLockTime(staleAfter);
    if (lock->tryLock(0)) {
        std::unique_ptr<LibraryLock> held(new LibraryLock);
        held->m_file = std::move(lock);
        held->m_filePath = path;
        return held;
    }
    switch (lock->error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        const QString takeover = staleAfter.count() > 0
            ? u" A run that stops giving heartbeats is taken over after %1 s."_s.arg(staleAfter.count())
            : QString();
        return Error { u"Another PaperSift run (process %1 on %2, %3) is already working on %4. Wait for it to "
                       "finish, or stop it, then try again.%5"_s.arg(QString::number(pid), host, heartbeatAge(path),
                           databasePath, takeover),
            path };
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
