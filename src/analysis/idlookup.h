#pragma once
// Finds an item of one layer by its id. Layers written by the store or the demo number
// their items 1..n in order; that common case needs no hash table.
#include "core/places.h"

#include <cstddef>
#include <optional>
#include <unordered_map>
#include <vector>

namespace lianxin::validation {

class IdLookup {
public:
    IdLookup() = default;
    explicit IdLookup(const std::vector<Id> &ids);

    template <typename Item>
    static IdLookup of(const std::vector<Item> &items)
    {
        std::vector<Id> ids;
        ids.reserve(items.size());
        for (const Item &item : items)
            ids.push_back(item.id);
        return IdLookup(ids);
    }

    // Index of the first item with this id.
    std::optional<std::size_t> find(Id id) const;
    bool contains(Id id) const { return find(id).has_value(); }
    // Indices of the items whose id an earlier item already had.
    const std::vector<std::size_t> &duplicates() const { return m_duplicates; }

private:
    bool m_consecutive = false; // ids are m_first, m_first + 1, ... in order
    Id m_first = 0;
    std::size_t m_count = 0;
    std::unordered_map<Id, std::size_t> m_indexOf;
    std::vector<std::size_t> m_duplicates;
};

} // namespace lianxin::validation
