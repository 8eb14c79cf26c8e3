#include "circuitbreaker.h"

#include <algorithm>

namespace PaperSift {

using namespace Qt::StringLiterals;

CircuitBreaker::Bounds CircuitBreaker::Bounds::fromRetryPolicy(int maxAttempts)
{
    const int attempts = std::max(1, maxAttempts);
    Bounds b;
    b.consecutive = 2 * attempts;
    b.window = 4 * attempts;
    // One attempt allowed: every failure gives a request up, so the rate is the window's half.
    b.rate = attempts == 1 ? 0.5 : 1.0 - 1.0 / attempts;
    return b;
}

CircuitBreaker::CircuitBreaker()
    : CircuitBreaker(Bounds::fromRetryPolicy(5))
{
}

CircuitBreaker::CircuitBreaker(Bounds bounds)
    : m_bounds(bounds)
{
    m_bounds.consecutive = std::max(1, m_bounds.consecutive);
    m_bounds.window = std::max(1, m_bounds.window);
}

void CircuitBreaker::recordSuccess()
{
    m_consecutive = 0;
    m_lastKind = LlmErrorKind::None;
    m_recent.push_back(false);
    if (int(m_recent.size()) > m_bounds.window) {
        m_failuresInWindow -= m_recent.front() ? 1 : 0;
        m_recent.pop_front();
    }
}

bool CircuitBreaker::recordFailure(const LlmError &error, qint64 msLeft)
{
    if (m_trip || error.kind == LlmErrorKind::Cancelled || error.kind == LlmErrorKind::None)
        return false;
    m_consecutive = error.kind == m_lastKind ? m_consecutive + 1 : 1;
    m_lastKind = error.kind;
    m_recent.push_back(true);
    ++m_failuresInWindow;
    if (int(m_recent.size()) > m_bounds.window) {
        m_failuresInWindow -= m_recent.front() ? 1 : 0;
        m_recent.pop_front();
    }

    if (msLeft >= 0 && error.retryAfter && error.retryAfter->count() > msLeft)
        return open(error, m_consecutive, m_consecutive,
            u"the endpoint asked to wait %1 s, longer than the run has left"_s.arg(
                (error.retryAfter->count() + 999) / 1000));
    if (m_consecutive >= m_bounds.consecutive)
        return open(error, m_consecutive, m_consecutive, u"%1 requests in a row failed"_s.arg(m_consecutive));
    if (int(m_recent.size()) >= m_bounds.window && m_failuresInWindow >= m_bounds.rate * m_bounds.window)
        return open(error, m_failuresInWindow, int(m_recent.size()),
            u"%1 of the last %2 requests failed"_s.arg(m_failuresInWindow).arg(m_recent.size()));
    return false;
}

bool CircuitBreaker::open(const LlmError &error, int failures, int attempts, const QString &why)
{
    m_trip = Trip { error, failures, attempts, why };
    return true;
}

} // namespace PaperSift
