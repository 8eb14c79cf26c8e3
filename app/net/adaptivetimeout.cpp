#include "adaptivetimeout.h"

#include <algorithm>

namespace PaperSift {

namespace {
constexpr std::size_t Remembered = 20;
}

AdaptiveTimeout::AdaptiveTimeout(ms ceiling, ms floor)
    : m_ceiling(std::max(ceiling, ms(1)))
    , m_floor(std::min(floor, m_ceiling))
{
}

void AdaptiveTimeout::recordAnswer(ms latency)
{
    m_timeoutsInARow = 0;
    m_recent.push_back(std::max(latency, ms(0)));
    if (m_recent.size() > Remembered)
        m_recent.pop_front();
}

void AdaptiveTimeout::recordTimeout()
{
    ++m_timeoutsInARow;
}

AdaptiveTimeout::ms AdaptiveTimeout::current() const
{
    if (m_recent.empty())
        return m_ceiling;
    const ms slowest = *std::max_element(m_recent.begin(), m_recent.end());
    ms t = std::clamp(slowest * 3 + ms(5000), m_floor, m_ceiling);
    for (int i = 0; i < m_timeoutsInARow && t < m_ceiling; ++i)
        t = std::min(t * 2, m_ceiling);
    return t;
}

} // namespace PaperSift
