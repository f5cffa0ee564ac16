#include "app/extenthistory.h"

#include <algorithm>

namespace lianxin {

ExtentHistory::ExtentHistory(std::size_t limit)
    : m_limit(std::max<std::size_t>(limit, 2))
{
}

void ExtentHistory::push(const Box &extent)
{
    if (!m_extents.empty() && m_extents[m_current] == extent)
        return;
    if (!m_extents.empty())
        m_extents.erase(m_extents.begin() + static_cast<std::ptrdiff_t>(m_current) + 1, m_extents.end());
    m_extents.push_back(extent);
    if (m_extents.size() > m_limit)
        m_extents.erase(m_extents.begin());
    m_current = m_extents.size() - 1;
}

void ExtentHistory::clear()
{
    m_extents.clear();
    m_current = 0;
}

std::optional<Box> ExtentHistory::back()
{
    if (!canGoBack())
        return std::nullopt;
    --m_current;
    return m_extents[m_current];
}

std::optional<Box> ExtentHistory::forward()
{
    if (!canGoForward())
        return std::nullopt;
    ++m_current;
    return m_extents[m_current];
}

std::optional<Box> ExtentHistory::current() const
{
    if (m_extents.empty())
        return std::nullopt;
    return m_extents[m_current];
}

} // namespace lianxin
