#pragma once

// net/: how PaperSift behaves on HTTP, written once for every client (the arXiv fetcher and the
// OpenAI-compatible chat client). A server that asks us to wait (429/503 with Retry-After) is
// obeyed, up to a cap the caller chooses; without one we back off exponentially. Pure functions:
// no sockets here, so every rule is tested without a network.

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QPair>

#include <chrono>
#include <optional>

namespace PaperSift::Http {

using Headers = QList<QPair<QByteArray, QByteArray>>;

/// An HTTP-date (RFC 9110 §5.6.7): IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") and the
/// obsolete RFC 850 and asctime forms, in UTC; invalid when the text is none of them.
QDateTime parseHttpDate(QByteArrayView value);

/// What one Retry-After value asks for: delay-seconds (an integer per the RFC; a fraction such as
/// "1.5", which some LLM servers send, is honoured too) or an HTTP-date relative to `now` (a date in
/// the past gives 0). Nothing when the value is neither, or negative.
std::optional<std::chrono::milliseconds> parseRetryAfter(QByteArrayView value, const QDateTime &now);

/// The wait a reply's headers ask for: `retry-after-ms` (OpenAI's, in milliseconds) first, else
/// `Retry-After`. Header names are matched without case.
std::optional<std::chrono::milliseconds> retryAfter(const Headers &headers, const QDateTime &now);

/// How a client waits between attempts.
struct Backoff
{
    std::chrono::milliseconds base { 1000 }; ///< the first wait (before jitter)
    std::chrono::milliseconds cap { 60000 }; ///< the longest computed wait
    std::chrono::milliseconds maxRetryAfter { 120000 }; ///< the longest wait a server may ask for
};

/// The wait before the next attempt after `attempt` failures (1-based): the server's Retry-After
/// when it sent one (at most `maxRetryAfter`), else base × 2^(attempt−1), at most `cap`, with
/// "equal jitter": half fixed, half scaled by `jitter01` in [0, 1] (1 gives the full wait, for a
/// client that wants none).
std::chrono::milliseconds retryDelay(
    int attempt, const Backoff &policy, std::optional<std::chrono::milliseconds> retryAfter, double jitter01);

} // namespace PaperSift::Http
