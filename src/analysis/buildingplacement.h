#pragma once
// Which grid area each building belongs to: the one holding the larger share of its
// footprint (a building cut by a border belongs to the side with more of it; the report
// states the shares). Households follow their building, so this is what a boundary edit
// moves.
#include "analysis/boundarylayout.h"
#include "core/boxindex.h"
#include "core/geos.h"

#include <memory>
#include <vector>

namespace lianxin {

struct AreaShare {
    Id areaId = 0;
    double area = 0.0; // m² of the footprint inside that area
    friend bool operator==(const AreaShare &, const AreaShare &) = default;
};

struct PlacedBuilding {
    Id areaId = 0;                 // 0: in no area
    double footprint = 0.0;        // m² of the whole footprint
    std::vector<AreaShare> shares; // every area holding more than a sliver, largest first
    bool straddles() const { return shares.size() > 1; }
    friend bool operator==(const PlacedBuilding &, const PlacedBuilding &) = default;
};

class BuildingPlacer {
public:
    // Buildings with an invalid footprint are placed by their first vertex. `tolerance`
    // (metres) decides what is a sliver: a share thinner than it along the whole
    // footprint's perimeter (area below tolerance x perimeter) is rounding, not a share.
    BuildingPlacer(const GeosContext &geos, const std::vector<Building> &buildings,
                   double tolerance = kDefaultSnapTolerance);
    ~BuildingPlacer();
    BuildingPlacer(const BuildingPlacer &) = delete;
    BuildingPlacer &operator=(const BuildingPlacer &) = delete;

    const std::vector<Building> &buildings() const { return m_buildings; }

    // Every building placed in the layout's areas (one entry per building, same order).
    std::vector<PlacedBuilding> place(const BoundaryLayout &layout) const;
    // Places again only the buildings whose bounds meet `region` (e.g. the bounds of the
    // areas an edit changed, before and after): the rest cannot have moved.
    void update(const BoundaryLayout &layout, const Box &region, std::vector<PlacedBuilding> &placement) const;

    // Whether the building's footprint is valid (shares are measured on it).
    bool validFootprint(std::size_t i) const;
    const GEOSGeometry *footprint(std::size_t i) const;

private:
    struct Areas;
    PlacedBuilding placeOne(std::size_t i, const Areas &areas, std::vector<std::size_t> &hits) const;

    const GeosContext &m_geos;
    const std::vector<Building> &m_buildings;
    double m_tolerance;
    std::vector<GeosGeometry> m_footprints; // empty for an invalid footprint
    std::vector<double> m_sliver;           // per building, m²
    std::vector<Box> m_bounds;
    BoxIndex m_index;
};

} // namespace lianxin
