#include "analysis/buildingplacement.h"

#include "analysis/polygonlayer.h"

#include <algorithm>
#include <cmath>

namespace lianxin {

namespace {

double perimeter(const Ring &ring)
{
    double length = 0.0;
    for (std::size_t i = 1; i < ring.size(); ++i)
        length += std::hypot(ring[i].x - ring[i - 1].x, ring[i].y - ring[i - 1].y);
    return length;
}

} // namespace

// The areas of one layout as prepared geometries with an index over their bounds.
struct BuildingPlacer::Areas {
    std::vector<Id> ids;
    std::vector<std::unique_ptr<GeosPrepared>> prepared; // null for an invalid area
    BoxIndex index;

    Areas(const GeosContext &geos, const BoundaryLayout &layout)
    {
        std::vector<Box> boxes;
        for (const BoundaryArea &area : layout.areas) {
            ids.push_back(area.id);
            std::unique_ptr<GeosPrepared> shape;
            Box box{NAN, NAN, NAN, NAN}; // left out of the index
            if (!validation::ringProblem(area.geometry)) {
                GeosGeometry g = geos.polygon(area.geometry);
                if (!geos.invalidReason(g.get())) {
                    shape = std::make_unique<GeosPrepared>(geos, std::move(g));
                    box = boundsOf(area.geometry);
                }
            }
            prepared.push_back(std::move(shape));
            boxes.push_back(box);
        }
        index = BoxIndex(boxes);
    }
};

BuildingPlacer::BuildingPlacer(const GeosContext &geos, const std::vector<Building> &buildings, double tolerance)
    : m_geos(geos)
    , m_buildings(buildings)
    , m_tolerance(tolerance)
{
    for (const Building &building : buildings) {
        GeosGeometry g;
        if (!validation::ringProblem(building.geometry)) {
            g = geos.polygon(building.geometry);
            if (geos.invalidReason(g.get()))
                g = GeosGeometry();
        }
        m_footprints.push_back(std::move(g));
        m_sliver.push_back(tolerance * perimeter(building.geometry.outer));
        m_bounds.push_back(building.geometry.outer.empty() ? Box{NAN, NAN, NAN, NAN} : boundsOf(building.geometry));
    }
    m_index = BoxIndex(m_bounds);
}

BuildingPlacer::~BuildingPlacer() = default;

bool BuildingPlacer::validFootprint(std::size_t i) const { return static_cast<bool>(m_footprints[i]); }

const GEOSGeometry *BuildingPlacer::footprint(std::size_t i) const { return m_footprints[i].get(); }

PlacedBuilding BuildingPlacer::placeOne(std::size_t i, const Areas &areas, std::vector<std::size_t> &hits) const
{
    PlacedBuilding placed;
    const Building &building = m_buildings[i];
    if (building.geometry.outer.empty())
        return placed;
    areas.index.query(m_bounds[i], hits);
    if (!m_footprints[i]) {
        // No footprint to measure: the building goes where its first corner lies.
        const PointXY corner = building.geometry.outer.front();
        for (std::size_t a : hits)
            if (areas.prepared[a]->contains(corner)) {
                placed.areaId = areas.ids[a];
                placed.shares.push_back({placed.areaId, 0.0});
                break;
            }
        return placed;
    }
    const GEOSGeometry *shape = m_footprints[i].get();
    placed.footprint = m_geos.area(shape);
    const double sliver = std::min(m_sliver[i], placed.footprint / 2.0);
    for (std::size_t a : hits) {
        const GeosPrepared &area = *areas.prepared[a];
        if (!area.intersects(shape))
            continue;
        if (area.covers(shape)) {
            placed.shares = {{areas.ids[a], placed.footprint}};
            break;
        }
        const GeosGeometry overlap = m_geos.intersection(area.geometry(), shape);
        const double share = overlap ? m_geos.area(overlap.get()) : 0.0;
        if (share > sliver)
            placed.shares.push_back({areas.ids[a], share});
    }
    std::stable_sort(placed.shares.begin(), placed.shares.end(),
                     [](const AreaShare &x, const AreaShare &y) { return x.area > y.area; });
    if (!placed.shares.empty())
        placed.areaId = placed.shares.front().areaId;
    return placed;
}

std::vector<PlacedBuilding> BuildingPlacer::place(const BoundaryLayout &layout) const
{
    const Areas areas(m_geos, layout);
    std::vector<PlacedBuilding> placement;
    placement.reserve(m_buildings.size());
    std::vector<std::size_t> hits;
    for (std::size_t i = 0; i < m_buildings.size(); ++i)
        placement.push_back(placeOne(i, areas, hits));
    return placement;
}

void BuildingPlacer::update(const BoundaryLayout &layout, const Box &region, std::vector<PlacedBuilding> &placement) const
{
    if (placement.size() != m_buildings.size()) {
        placement = place(layout);
        return;
    }
    const Areas areas(m_geos, layout);
    std::vector<std::size_t> buildings, hits;
    m_index.query(region, buildings);
    for (std::size_t i : buildings)
        placement[i] = placeOne(i, areas, hits);
}

} // namespace lianxin
