#pragma once

#include "llm/llmerror.h"

#include <QString>

#include <deque>
#include <optional>

namespace PaperSift {

/// Decides when scoring should stop because the endpoint is not going to answer. It sees every
/// HTTP attempt the chat client makes (retries included, cancelled ones not) and opens when:
///  - `consecutive` attempts in a row failed with the same kind of error, not one answer between:
///    the endpoint is down, not flaky (one request's retries never reach this alone); or
///  - at least `rate` of the last `window` attempts failed: at that rate a request needs as many
///    attempts as the retry policy allows it, so most requests would be given up and finishing is
///    pointless; or
///  - the server asks (Retry-After) to wait longer than the time the run has left.
/// The chat client's retry policy sets the bounds (fromRetryPolicy); README.md lists them.
class CircuitBreaker
{
public:
    struct Bounds
    {
        int consecutive = 10;
        int window = 20;
        double rate = 0.8;

        /// With `maxAttempts` attempts per request (5 by default): consecutive = 2 × maxAttempts
        /// (two requests' worth of retries with no answer), window = 4 × maxAttempts and rate =
        /// 1 − 1/maxAttempts (a request then needs maxAttempts attempts on average).
        static Bounds fromRetryPolicy(int maxAttempts);
    };

    /// Why the breaker opened: the failure that tripped it and a sentence for the user.
    struct Trip
    {
        LlmError error; ///< the last failure (its message says what to do for its kind)
        int failures = 0; ///< the consecutive failures, or the failures in the window
        int attempts = 0; ///< the attempts they are counted among
        QString why; ///< "10 requests in a row failed", "17 of the last 20 requests failed", …
    };

    CircuitBreaker(); ///< the bounds of the chat client's default retry policy
    explicit CircuitBreaker(Bounds bounds);

    void recordSuccess();
    /// Counts a failed attempt; true when it opens the breaker. `msLeft` is the time the run has
    /// left (negative: no deadline), against which a Retry-After is weighed.
    bool recordFailure(const LlmError &error, qint64 msLeft = -1);

    bool isOpen() const { return m_trip.has_value(); }
    const std::optional<Trip> &trip() const { return m_trip; }
    const Bounds &bounds() const { return m_bounds; }

private:
    bool open(const LlmError &error, int failures, int attempts, const QString &why);

    Bounds m_bounds;
    std::deque<bool> m_recent; ///< the last `window` attempts, true for a failure
    int m_failuresInWindow = 0;
    int m_consecutive = 0;
    LlmErrorKind m_lastKind = LlmErrorKind::None;
    std::optional<Trip> m_trip;
};

} // namespace PaperSift
