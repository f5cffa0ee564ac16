#include "analysis/idlookup.h"

#include <limits>

namespace lianxin::validation {

IdLookup::IdLookup(const std::vector<Id> &ids)
    : m_count(ids.size())
{
    // Guarded so that ids near the top of the range cannot overflow the sum below.
    m_consecutive = ids.empty() || ids[0] <= std::numeric_limits<Id>::max() - static_cast<Id>(ids.size());
    for (std::size_t i = 0; i < ids.size() && m_consecutive; ++i)
        m_consecutive = ids[i] == ids[0] + static_cast<Id>(i);
    if (m_consecutive) {
        m_first = ids.empty() ? 0 : ids[0];
        return;
    }
    m_indexOf.reserve(ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (!m_indexOf.emplace(ids[i], i).second)
            m_duplicates.push_back(i);
    }
}

std::optional<std::size_t> IdLookup::find(Id id) const
{
    if (m_consecutive) {
        if (id < m_first || id - m_first >= static_cast<Id>(m_count))
            return std::nullopt;
        return static_cast<std::size_t>(id - m_first);
    }
    const auto it = m_indexOf.find(id);
    if (it == m_indexOf.end())
        return std::nullopt;
    return it->second;
}

} // namespace lianxin::validation
