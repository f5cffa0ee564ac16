// building-in-grid: each building lies in exactly one grid area (covered by it, reaching
// into no other beyond the tolerance), and that one is its gridAreaId.
// building-overlap: no two buildings share more than the tolerance.
#include "analysis/checks.h"
#include "analysis/featurenames.h"
#include "analysis/geosops.h"
#include "analysis/validationrun.h"

#include <algorithm>

namespace lianxin::validation {

namespace {

using namespace validationcheck;

// How much of a building lies in one grid area.
struct GridShare {
    std::size_t grid = 0;
    double area = 0.0;
};

class BuildingPlacer {
public:
    explicit BuildingPlacer(ValidationRun &run)
        : m_run(run)
        , m_geos(run.geos())
        , m_grids(run.gridAreas())
        , m_buildings(run.buildings())
    {
    }

    void check(std::size_t i)
    {
        const Building &building = m_run.world().buildings[i];
        // Next to an invalid grid area the answer is unknown: geometry-valid said why.
        if (!m_buildings.isValid(i) || m_grids.nearInvalid(m_buildings.bounds(i)))
            return;
        if (!findShares(i))
            return;
        const std::vector<GridArea> &grids = m_run.world().gridAreas;
        const std::string name = describe(building);
        if (m_shares.empty()) {
            report(building, name + ": lies in no grid area");
            return;
        }
        if (m_shares.size() > 1) {
            std::string parts;
            for (const GridShare &share : m_shares)
                parts += (parts.empty() ? "" : ", ") + describe(grids[share.grid]) + " (" + formatArea(share.area) + ')';
            report(building, name + ": straddles " + parts);
            return;
        }
        const GridArea &home = grids[m_shares.front().grid];
        const double outside = m_buildings.area(i) - m_shares.front().area;
        if (outside > m_run.tolerance())
            report(building, name + ": " + formatArea(outside) + " of it lies outside " + describe(home));
        if (home.id != building.gridAreaId)
            report(building, name + ": lies in " + describe(home) + " but its gridAreaId is "
                                 + std::to_string(building.gridAreaId));
    }

private:
    // Fills m_shares with the grid areas holding more than a sliver of building i;
    // false (after reporting) when GEOS failed.
    bool findShares(std::size_t i)
    {
        const GEOSGeometry *geometry = m_buildings.geometry(i);
        const double whole = m_buildings.area(i);
        // A building smaller than the tolerance still belongs somewhere.
        const double sliver = std::min(m_run.tolerance(), whole / 2.0);
        m_shares.clear();
        m_grids.query(m_buildings.bounds(i), m_candidates);
        for (std::size_t grid : m_candidates) {
            const GeosPrepared &area = m_grids.prepared(grid);
            if (!area.intersects(geometry))
                continue;
            if (area.covers(geometry)) {
                m_shares.push_back({grid, whole});
                continue;
            }
            const auto overlap = intersectionArea(m_geos, m_grids.geometry(grid), geometry);
            if (!overlap) {
                const Building &building = m_run.world().buildings[i];
                report(building, describe(building) + ": could not intersect with "
                                     + describe(m_run.world().gridAreas[grid]) + ": " + m_geos.lastError());
                return false;
            }
            if (overlap->area > sliver)
                m_shares.push_back({grid, overlap->area});
        }
        return true;
    }

    void report(const Building &building, std::string message)
    {
        m_run.addIssue(BuildingInGrid, table::Building, building.id, std::move(message));
    }

    ValidationRun &m_run;
    const GeosContext &m_geos;
    const PolygonLayer &m_grids;
    const PolygonLayer &m_buildings;
    std::vector<std::size_t> m_candidates;
    std::vector<GridShare> m_shares;
};

} // namespace

void checkBuildingsInGrid(ValidationRun &run)
{
    BuildingPlacer placer(run);
    const std::size_t count = run.world().buildings.size();
    for (std::size_t i = 0; i < count; ++i) {
        if (!run.progress(i, count))
            return;
        placer.check(i);
    }
}

void checkBuildingOverlap(ValidationRun &run)
{
    const GeosContext &geos = run.geos();
    const PolygonLayer &layer = run.buildings();
    const std::vector<Building> &buildings = run.world().buildings;
    std::vector<std::size_t> candidates;
    for (std::size_t i = 0; i < buildings.size(); ++i) {
        if (!run.progress(i, buildings.size()))
            return;
        if (!layer.isValid(i))
            continue;
        layer.query(layer.bounds(i), candidates);
        for (std::size_t j : candidates) {
            if (j <= i || !layer.prepared(i).intersects(layer.geometry(j)))
                continue;
            const auto overlap = intersectionArea(geos, layer.geometry(i), layer.geometry(j));
            if (!overlap)
                run.addIssue(BuildingOverlap, table::Building, buildings[i].id,
                             describe(buildings[i]) + ": could not intersect with " + describe(buildings[j]) + ": "
                                 + geos.lastError());
            else if (overlap->area > run.tolerance())
                run.addIssue(BuildingOverlap, table::Building, buildings[i].id,
                             describe(buildings[i]) + ": overlaps " + describe(buildings[j]) + " by "
                                 + formatArea(overlap->area) + " near " + formatPoint(overlap->location));
        }
    }
}

} // namespace lianxin::validation
