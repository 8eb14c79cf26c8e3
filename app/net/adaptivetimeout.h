#pragma once

#include <chrono>
#include <deque>

namespace PaperSift {

/// The timeout of a client's next attempt, from how long the server's answers took. Before the
/// first answer it is the configured timeout (the ceiling): a cold local model may take minutes.
/// Once answers come it is 3 × the slowest of the last 20, plus 5 s, never under the floor nor
/// over the ceiling, so a request that stalls on a server that answers in 3 s fails after 14 s,
/// not after 120 s, and is retried. Each timeout in a row doubles it (up to the ceiling): a
/// server that got slower for everyone is given the time it now needs. Pure: no clock, no timer.
class AdaptiveTimeout
{
public:
    using ms = std::chrono::milliseconds;

    explicit AdaptiveTimeout(ms ceiling, ms floor = ms(10000));

    /// An attempt got an answer (whatever its status) after `latency`.
    void recordAnswer(ms latency);
    /// An attempt timed out.
    void recordTimeout();

    ms current() const;
    ms ceiling() const { return m_ceiling; }

private:
    ms m_ceiling;
    ms m_floor;
    std::deque<ms> m_recent; ///< the last 20 answers' latencies
    int m_timeoutsInARow = 0;
};

} // namespace PaperSift
