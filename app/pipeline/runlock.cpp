#include "runlock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {

/// The lock file beside a SQLite database. Its modification time is the heartbeat: QLockFile
/// itself treats a lock older than its stale time as stale, and one whose process is gone.
class FileRunLock final : public RunLock
{
public:
    explicit FileRunLock(std::unique_ptr<QLockFile> lock, QString path)
        : m_lock(std::move(lock))
        , m_path(std::move(path))
    {
    }

    ~FileRunLock() override
    {
        // A lock taken over (this run hung past StaleAfter) is another run's now: leave its file.
        qint64 pid = 0;
        QString host, app;
        if (m_lock->getLockInfo(&pid, &host, &app) && pid != QCoreApplication::applicationPid()) {
            (void)m_lock.release(); // QLockFile's destructor would delete the other run's file
            return;
        }
        m_lock->unlock();
    }

    void heartbeat() override
    {
        if (m_sinceBeat.isValid() && m_sinceBeat.elapsed() < std::chrono::milliseconds(HeartbeatEvery).count())
            return;
        m_sinceBeat.start();
        QFile file(m_path);
        if (file.open(QIODevice::ReadOnly))
            file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    }

private:
    std::unique_ptr<QLockFile> m_lock;
    QString m_path;
    QElapsedTimer m_sinceBeat; ///< invalid until the first heartbeat, which always writes
};

QString heartbeatAge(const QString &path)
{
    const QDateTime modified = QFileInfo(path).lastModified(QTimeZone::UTC);
    if (!modified.isValid())
        return u"no heartbeat"_s;
    const qint64 seconds = qMax<qint64>(0, modified.secsTo(QDateTime::currentDateTimeUtc()));
    return u"its last heartbeat %1 s ago"_s.arg(seconds);
}

} // namespace

QString RunLock::lockPathFor(const QString &databasePath)
{
    return databasePath + ".run.lock"_L1;
}

Result<std::unique_ptr<RunLock>> RunLock::acquire(const QString &databasePath)
{
    QDir().mkpath(QFileInfo(databasePath).absolutePath());
    const QString path = lockPathFor(databasePath);
    auto lock = std::make_unique<QLockFile>(path);
    // Stale when its process is gone (QLockFile checks), or when it has been silent for
    // StaleAfter: the holder is hung, or on another host, or past its deadline.
    lock->setStaleLockTime(StaleAfter);
    if (lock->tryLock(0)) {
        std::unique_ptr<RunLock> held = std::make_unique<FileRunLock>(std::move(lock), path);
        return held;
    }

    switch (lock->error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        return Error { u"Another PaperSift run (process %1 on %2, %3) is already working on %4. Wait for it to "
                       "finish, or stop it, then try again; a run that stops giving heartbeats is taken over after "
                       "%5 s."_s.arg(QString::number(pid), host, heartbeatAge(path), databasePath,
                           QString::number(StaleAfter.count())),
            path };
    }
    case QLockFile::PermissionError:
        return Error { u"Cannot create the lock file %1: permission denied. Check that the database folder is "
                       "writable."_s.arg(path),
            {} };
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        break;
    }
    return Error {
        u"Cannot create the lock file %1. Check that the disk is not full and the folder is writable."_s.arg(path), {}
    };
}

} // namespace PaperSift
