// The run lock: one run per database, a heartbeat that tells a live holder from a dead or hung one
// without waiting, and a taken-over lock left to its new holder.
#include "pipeline/runlock.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTest>

using namespace PaperSift;
using namespace Qt::StringLiterals;

namespace {

// A lock file as QLockFile writes it: pid, program name, host.
void writeLock(const QString &path, qint64 pid, const QString &app, const QDateTime &modified)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QByteArray::number(pid) + '\n' + app.toUtf8() + '\n' + QSysInfo::machineHostName().toUtf8() + '\n');
    f.close();
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.setFileTime(modified, QFileDevice::FileModificationTime));
}

QString ownName()
{
    return QFileInfo(QCoreApplication::applicationFilePath()).fileName();
}

} // namespace

class TestRunLock : public QObject
{
    Q_OBJECT

    Test::Sandbox m_sandbox;
    QString db() const { return m_sandbox.path(u"papersift.sqlite"_s); }
    QString lockPath() const { return RunLock::lockPathFor(db()); }

private slots:
    void cleanup() { QFile::remove(lockPath()); }

    void oneHolderAtATime()
    {
        auto first = RunLock::acquire(db());
        QVERIFY2(first, qPrintable(first.errorMessage()));
        QVERIFY(QFile::exists(lockPath()));
        const auto second = RunLock::acquire(db());
        QVERIFY(!second);
        QVERIFY2(second.errorMessage().contains(QString::number(QCoreApplication::applicationPid())),
            qPrintable(second.errorMessage()));
        QVERIFY2(second.errorMessage().contains(u"its last heartbeat 0 s ago"_s), qPrintable(second.errorMessage()));
        first = Error {};
        QVERIFY(!QFile::exists(lockPath()));
        QVERIFY(RunLock::acquire(db()));
    }

    void theHeartbeatIsTheFilesTime()
    {
        auto lock = RunLock::acquire(db());
        QVERIFY(lock);
        QFile f(lockPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-45);
        QVERIFY(f.setFileTime(old, QFileDevice::FileModificationTime));
        QVERIFY(QFileInfo(lockPath()).lastModified(QTimeZone::UTC).secsTo(QDateTime::currentDateTimeUtc()) >= 44);
        (*lock)->heartbeat();
        QVERIFY(QFileInfo(lockPath()).lastModified(QTimeZone::UTC).secsTo(QDateTime::currentDateTimeUtc()) <= 2);
    }

    void aLiveHolderIsRefusedASilentOneTakenOver()
    {
        // A holder whose process runs (this one, by its name) and that beat just now: refused.
        writeLock(lockPath(), QCoreApplication::applicationPid(), ownName(), QDateTime::currentDateTimeUtc());
        const auto refused = RunLock::acquire(db());
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(u"Another PaperSift run"_s));
        // The same holder, silent for longer than StaleAfter (hung, or past its deadline): taken
        // over now, without waiting for it.
        writeLock(lockPath(), QCoreApplication::applicationPid(), ownName(),
            QDateTime::currentDateTimeUtc().addSecs(-(RunLock::StaleAfter.count() + 5)));
        const auto taken = RunLock::acquire(db());
        QVERIFY2(taken, qPrintable(taken.errorMessage()));
    }

    void aDeadHolderIsTakenOverAtOnce()
    {
        QProcess gone;
        gone.start(u"true"_s, {});
        QVERIFY(gone.waitForFinished());
        const qint64 deadPid = gone.processId() ? gone.processId() : 999999;
        writeLock(lockPath(), deadPid > 0 ? deadPid : 999999, u"papersift"_s, QDateTime::currentDateTimeUtc());
        const auto taken = RunLock::acquire(db());
        QVERIFY2(taken, qPrintable(taken.errorMessage()));
    }

    void aLockTakenOverIsLeftToItsNewHolder()
    {
        auto lock = RunLock::acquire(db());
        QVERIFY(lock);
        // Another run took it over while this one hung: the file is its now.
        writeLock(lockPath(), 4194303, u"papersift"_s, QDateTime::currentDateTimeUtc());
        lock = Error {};
        QVERIFY(QFile::exists(lockPath()));
    }
};

QTEST_GUILESS_MAIN(TestRunLock)
#include "tst_runlock.moc"
