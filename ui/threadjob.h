#pragma once

#include <QMetaObject>
#include <QObject>

#include <functional>
#include <optional>
#include <thread>

namespace PaperSift {

/// Runs a job in a thread of its own and hands its result to `done` on the context's thread (the
/// GUI's): what the window reads in the background (All days, the day counts, the reader's
/// ranking). The job is a child of the context: when the context goes first, its destructor
/// waits for the thread and `done` is never called.
///
/// Not QtConcurrent::run. A pool thread that waits for its next task is woken inside
/// libQt6Core, which Debian does not build with ThreadSanitizer, so `make tsan` cannot see that
/// hand-off and reports every value the task captured as a race. A thread of its own starts after
/// it is created and is joined before its result is read, and TSan sees both; it costs tens of
/// microseconds beside jobs that read a database for milliseconds to seconds.
template<typename T>
class ThreadJob final : public QObject
{
public:
    static void start(QObject *context, std::function<T()> job, std::function<void(T)> done)
    {
        auto *self = new ThreadJob(context, std::move(done));
        self->m_thread = std::thread([self, job = std::move(job)] {
            self->m_result.emplace(job());
            QMetaObject::invokeMethod(
                self,
                [self] {
                    self->finish();
                },
                Qt::QueuedConnection);
        });
    }

    ~ThreadJob() override
    {
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    ThreadJob(QObject *context, std::function<void(T)> done)
        : QObject(context)
        , m_done(std::move(done))
    {
    }

    void finish()
    {
        m_thread.join(); // the result is read after the thread ended, which TSan sees
        T result = std::move(*m_result);
        const auto done = std::move(m_done);
        deleteLater();
        done(std::move(result));
    }

    std::thread m_thread;
    std::optional<T> m_result; ///< written by the thread, read after it is joined
    std::function<void(T)> m_done;
};

} // namespace PaperSift
