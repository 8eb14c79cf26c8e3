#include "runcontroller.h"

#include <QEventLoop>
#include <QThread>

namespace PaperSift {

using namespace Qt::StringLiterals;

RunController::RunController(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<RunProgress>();
    qRegisterMetaType<RunResult>();
}

RunController::~RunController()
{
    if (m_thread) {
        if (m_run)
            m_run->cancel();
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
    }
}

bool RunController::start(const RunOptions &options)
{
    if (m_thread)
        return false;
    m_last.reset();
    m_thread = new QThread;
    m_thread->setObjectName(u"papersift-run"_s);
    m_run = new DailyRun(options);
    m_run->moveToThread(m_thread);
    connect(m_run, &DailyRun::progress, this, &RunController::progress);
    connect(m_thread, &QThread::finished, m_run, &QObject::deleteLater);
    DailyRun *run = m_run;
    connect(m_thread, &QThread::started, run, [this, run] {
        const RunResult result = run->execute();
        // The thread keeps running (and the run alive) until the window's thread has let go of
        // m_run: quitting here deleted the run while Stop could still reach it (the GUI monkey
        // found the use after free, under ASan).
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                m_run = nullptr;
                m_thread->quit();
                m_thread->wait();
                delete m_thread;
                m_thread = nullptr;
                m_last = result;
                emit finished(result);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}

void RunController::cancel()
{
    if (m_run)
        m_run->cancel();
}

RunResult RunController::waitForFinished()
{
    if (m_thread) {
        QEventLoop loop;
        connect(this, &RunController::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return m_last.value_or(RunResult {});
}

} // namespace PaperSift
