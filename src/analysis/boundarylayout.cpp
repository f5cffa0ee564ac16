#include "analysis/boundarylayout.h"

#include <algorithm>

namespace lianxin {

const BoundaryArea *BoundaryLayout::find(Id id) const
{
    for (const BoundaryArea &area : areas)
        if (area.id == id)
            return &area;
    return nullptr;
}

BoundaryArea *BoundaryLayout::find(Id id)
{
    return const_cast<BoundaryArea *>(static_cast<const BoundaryLayout *>(this)->find(id));
}

const BoundaryArea *BoundaryLayout::findCode(const std::string &code) const
{
    for (const BoundaryArea &area : areas)
        if (area.code == code)
            return &area;
    return nullptr;
}

BoundaryLayout boundaryLayoutOf(const World &world)
{
    BoundaryLayout layout;
    for (const GridArea &grid : world.gridAreas)
        layout.areas.push_back({grid.id, grid.code, grid.name, grid.departmentId, grid.geometry, false});
    std::sort(layout.areas.begin(), layout.areas.end(),
              [](const BoundaryArea &a, const BoundaryArea &b) { return a.id < b.id; });
    for (const UrbanArea &urban : world.urbanAreas)
        layout.outline.push_back(urban.geometry);
    return layout;
}

} // namespace lianxin
