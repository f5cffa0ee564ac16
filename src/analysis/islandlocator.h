#pragma once
// Which island a point stands on, and where an island's shore is nearest to a point:
// what the route planner needs so that no leg of a walk crosses water.
#include "core/boxindex.h"
#include "core/places.h"

#include <map>
#include <vector>

namespace lianxin {

// Const member functions may be called from several threads at once.
class IslandLocator {
public:
    // Keeps a pointer to `islands`, which must outlive the locator.
    explicit IslandLocator(const std::vector<Island> &islands);

    // The island whose polygon (outer ring minus holes) contains p; 0 if none. Where
    // islands overlap (they do not in GSHHG) the lower index wins.
    Id islandOf(const PointXY &p) const;
    bool hasIsland(Id islandId) const { return m_indexOf.contains(islandId); }
    // The point of the island's outer ring nearest to p (p's projection onto the nearest
    // edge). Throws std::out_of_range for an unknown island id.
    PointXY nearestShorePoint(Id islandId, const PointXY &p) const;

private:
    const std::vector<Island> &m_islands;
    BoxIndex m_index;
    std::map<Id, std::size_t> m_indexOf;
};

} // namespace lianxin
