#pragma once
// Id lookups inside a world under construction. The generator numbers every table
// 1..n in vector order, so an id is its index plus one; byId() checks that promise.
#include "core/world.h"

#include <stdexcept>
#include <string>

namespace lianxin::demo {

template <typename T>
const T &byId(const std::vector<T> &items, Id id)
{
    const auto index = static_cast<std::size_t>(id - 1);
    if (id < 1 || index >= items.size() || items[index].id != id)
        throw std::logic_error("demo world: no row with id " + std::to_string(id));
    return items[index];
}

template <typename T>
T &byId(std::vector<T> &items, Id id)
{
    return const_cast<T &>(byId(static_cast<const std::vector<T> &>(items), id));
}

} // namespace lianxin::demo
