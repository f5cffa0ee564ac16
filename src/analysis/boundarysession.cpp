#include "analysis/boundarysession.h"

#include <algorithm>

namespace lianxin {

BoundarySession::BoundarySession(const World &world, double tolerance)
    : m_world(world)
    , m_tolerance(tolerance)
    , m_placer(m_geos, world.buildings, tolerance)
    , m_impact(world)
    , m_recorded(boundaryLayoutOf(world))
    , m_layout(m_recorded)
    , m_placement(m_placer.place(m_layout))
{
}

void BoundarySession::setLayout(BoundaryLayout layout, const std::optional<Box> &changed)
{
    m_layout = std::move(layout);
    if (changed)
        m_placer.update(m_layout, *changed, m_placement);
    else
        m_placement = m_placer.place(m_layout);
}

std::vector<Id> BoundarySession::buildingAreas() const
{
    std::vector<Id> areas;
    areas.reserve(m_placement.size());
    for (const PlacedBuilding &placed : m_placement)
        areas.push_back(placed.areaId);
    return areas;
}

CoverageReport BoundarySession::check(bool checkStored) const
{
    CoverageOptions options;
    options.tolerance = m_tolerance;
    options.checkStored = checkStored;
    return checkCoverage(m_geos, m_layout, {&m_placer, &m_placement, &m_world.households}, options);
}

BoundaryImpact BoundarySession::impact() const { return m_impact.impact(m_layout, m_placement); }

std::vector<GridArea> gridAreasOf(const BoundaryLayout &layout)
{
    std::vector<GridArea> areas;
    for (const BoundaryArea &area : layout.areas)
        areas.push_back({area.id, area.code, area.name, area.departmentId, area.geometry});
    std::sort(areas.begin(), areas.end(), [](const GridArea &a, const GridArea &b) { return a.id < b.id; });
    return areas;
}

BoundaryLayout boundaryLayoutOf(const std::vector<GridArea> &areas, const std::vector<UrbanArea> &urbanAreas)
{
    World world;
    world.gridAreas = areas;
    world.urbanAreas = urbanAreas;
    return boundaryLayoutOf(world);
}

} // namespace lianxin
