#include "concurrencylimit.h"

#include <QByteArray>

#include <algorithm>

namespace PaperSift {

namespace {
QByteArray header(const Http::Headers &headers, QByteArrayView name)
{
    for (const auto &h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second.trimmed();
    }
    return {};
}

std::optional<qint64> number(const QByteArray &value)
{
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    return ok && n >= 0 ? std::optional<qint64>(n) : std::nullopt;
}
} // namespace

ConcurrencyLimit::ConcurrencyLimit(int ceiling, int growEvery)
    : m_ceiling(std::max(1, ceiling))
    , m_growEvery(std::max(1, growEvery))
    , m_current(m_ceiling)
    , m_lowest(m_ceiling)
{
}

void ConcurrencyLimit::shrinkTo(int limit)
{
    m_current = std::clamp(limit, 1, m_ceiling);
    m_lowest = std::min(m_lowest, m_current);
    m_goodInARow = 0;
}

void ConcurrencyLimit::recordRateLimited(qint64 sentAtMs, qint64 nowMs)
{
    if (sentAtMs < m_lastDecreaseMs)
        return;
    m_refusedAt = m_current;
    shrinkTo(m_current / 2);
    m_lastDecreaseMs = nowMs;
}

void ConcurrencyLimit::recordAnswer(const Http::Headers &headers, qint64 nowMs, qint64 promptTokens)
{
    // What the window has left, when the server says: the limit never plans past it.
    std::optional<qint64> left;
    std::optional<ms> reset;
    if (const auto requests = number(header(headers, "x-ratelimit-remaining-requests"))) {
        left = *requests;
        reset = parseResetDuration(header(headers, "x-ratelimit-reset-requests"));
    }
    if (const auto tokens = number(header(headers, "x-ratelimit-remaining-tokens")); tokens && promptTokens > 0) {
        const qint64 byTokens = *tokens / promptTokens;
        if (!left || byTokens < *left) {
            left = byTokens;
            reset = parseResetDuration(header(headers, "x-ratelimit-reset-tokens"));
        }
    }
    if (left && *left == 0) {
        // Nothing left: wait for the window (a second when it does not say), one request at a time.
        m_notBeforeMs = std::max(m_notBeforeMs, nowMs + (reset ? reset->count() : 1000));
        shrinkTo(1);
        return;
    }
    if (left && *left < m_current) {
        shrinkTo(int(*left));
        return;
    }
    // Back up to just under where the server refused, quickly; past it, cautiously.
    const int needed = m_refusedAt > 0 && m_current + 1 >= m_refusedAt ? 4 * m_current : m_growEvery;
    if (++m_goodInARow >= needed && m_current < m_ceiling && (!left || *left > m_current)) {
        ++m_current;
        m_goodInARow = 0;
    }
}

std::optional<ConcurrencyLimit::ms> ConcurrencyLimit::parseResetDuration(QByteArrayView value)
{
    value = value.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    double total = 0;
    qsizetype i = 0;
    bool any = false;
    while (i < value.size()) {
        qsizetype j = i;
        while (j < value.size() && ((value[j] >= '0' && value[j] <= '9') || value[j] == '.'))
            ++j;
        if (j == i)
            return std::nullopt;
        bool ok = false;
        const double n = QByteArray(value.sliced(i, j - i)).toDouble(&ok);
        if (!ok)
            return std::nullopt;
        qsizetype k = j;
        while (k < value.size() && value[k] >= 'a' && value[k] <= 'z')
            ++k;
        const QByteArrayView unit = value.sliced(j, k - j);
        if (unit == "ms")
            total += n;
        else if (unit == "s" || unit.isEmpty())
            total += n * 1000;
        else if (unit == "m")
            total += n * 60000;
        else if (unit == "h")
            total += n * 3600000;
        else
            return std::nullopt;
        any = true;
        i = k;
    }
    return any ? std::optional<ms>(ms(qint64(total + 0.5))) : std::nullopt;
}

} // namespace PaperSift
