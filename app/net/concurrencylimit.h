#pragma once

#include "net/httppolicy.h"

#include <chrono>
#include <optional>

namespace PaperSift {

/// How many requests a client keeps in flight, adapted to what the server says: additive
/// increase, multiplicative decrease. A 429 halves the limit (never under 1); every answer that
/// is not one grows it back by one per `growEvery` answers in a row, up to the configured
/// ceiling. At the level a server refused last, growth slows to one per four windows of answers
/// (4 × the limit in a row): a server with a fixed limit is probed now and then, not every few
/// requests, so a day's run sees a handful of 429s instead of one for every fourth answer.
/// OpenAI's `x-ratelimit-remaining-requests` / `-tokens` and `x-ratelimit-reset-*` headers slow
/// it down before the server refuses: when what is left of the window would not cover the
/// requests in flight, the limit shrinks to what is left, and at none left sends pause until the
/// window resets. Pure: no clock, no timer; the caller passes the times.
class ConcurrencyLimit
{
public:
    using ms = std::chrono::milliseconds;

    explicit ConcurrencyLimit(int ceiling, int growEvery = 2);

    int current() const { return m_current; }
    int ceiling() const { return m_ceiling; }
    /// The lowest the limit has been (for the benchmark and the log).
    int lowest() const { return m_lowest; }

    /// A request sent at `sentAtMs` was refused with 429 (rate limit, not quota) at `nowMs`. One
    /// burst of refusals halves the limit once: a 429 for a request sent before the last decrease
    /// says nothing new.
    void recordRateLimited(qint64 sentAtMs, qint64 nowMs);
    /// A request was answered (any status but 429); `headers` are the reply's. `nowMs` is on the
    /// caller's clock; `promptTokens` what the request is estimated to use, for the tokens header.
    void recordAnswer(const Http::Headers &headers, qint64 nowMs, qint64 promptTokens = 0);
    /// Sends wait until then (the window's reset, when nothing was left); 0 when they need not.
    qint64 notBeforeMs() const { return m_notBeforeMs; }

    /// "6m0s", "1s", "20ms", "1.5s", "2h3m4.5s": OpenAI's reset durations; a bare number is seconds.
    static std::optional<ms> parseResetDuration(QByteArrayView value);

private:
    void shrinkTo(int limit);

    int m_ceiling;
    int m_growEvery;
    int m_current;
    int m_lowest;
    int m_goodInARow = 0;
    int m_refusedAt = 0; ///< the limit when the last 429 burst came (0: none yet)
    qint64 m_notBeforeMs = 0;
    qint64 m_lastDecreaseMs = -1;
};

} // namespace PaperSift
