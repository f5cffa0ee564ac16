// The placement rules of checkCoverage: every building in one area by its larger share,
// every urban household inside the area of its building, and (checkStored) the recorded
// areas equal to these.
#include "analysis/coveragerulesupport.h"
#include "analysis/featurenames.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_map>

namespace lianxin::coveragerules {

namespace {

using validation::formatArea;
using validation::formatPoint;

std::string percent(double part, double whole)
{
    char text[16];
    std::snprintf(text, sizeof text, "%.0f%%", whole > 0.0 ? 100.0 * part / whole : 0.0);
    return text;
}

PointXY centreOf(const Polygon &polygon)
{
    if (polygon.outer.empty())
        return {};
    const Box box = boundsOf(polygon);
    return {(box.minX + box.maxX) / 2.0, (box.minY + box.maxY) / 2.0};
}

class PlacementChecker {
public:
    PlacementChecker(const GeosContext &geos, const BoundaryLayout &layout, const AreaShapes &shapes,
                     const CoverageFeatures &features, const CoverageOptions &options, CoverageReport &report)
        : m_geos(geos), m_layout(layout), m_shapes(shapes), m_features(features), m_options(options), m_report(report)
    {
        for (std::size_t i = 0; i < layout.areas.size(); ++i)
            m_areaIndex[layout.areas[i].id] = i;
    }

    void checkBuildings()
    {
        const std::vector<Building> &buildings = m_features.placer->buildings();
        for (std::size_t i = 0; i < buildings.size(); ++i) {
            const Building &building = buildings[i];
            const PlacedBuilding &placed = (*m_features.placement)[i];
            m_buildingIndex[building.id] = i;
            if (placed.areaId == 0) {
                if (!m_shapes.nearInvalid(centreOf(building.geometry)))
                    add(CoverageRule::BuildingOutside, {}, centreOf(building.geometry), building.id,
                        name(building) + " lies in no area", building.geometry.outer);
                continue;
            }
            if (placed.straddles())
                reportStraddle(building, placed);
            if (m_options.checkStored && building.gridAreaId != placed.areaId)
                add(CoverageRule::BuildingArea, {placed.areaId}, centreOf(building.geometry), building.id,
                    name(building) + " lies in " + code(placed.areaId) + " but is recorded in " +
                        code(building.gridAreaId),
                    building.geometry.outer);
        }
    }

    void checkHouseholds()
    {
        const std::vector<Building> &buildings = m_features.placer->buildings();
        for (const Household &household : *m_features.households) {
            if (!household.buildingId)
                continue;
            const auto found = m_buildingIndex.find(*household.buildingId);
            if (found == m_buildingIndex.end())
                continue; // a dangling reference: the references check's business
            const Building &building = buildings[found->second];
            const PlacedBuilding &placed = (*m_features.placement)[found->second];
            if (placed.areaId == 0)
                continue; // building-outside said it
            if (!insideArea(household, building, placed)) {
                const Id actual = areaAt(household.location);
                add(CoverageRule::HouseholdOutside, actual ? std::vector<Id>{placed.areaId, actual} : std::vector<Id>{placed.areaId},
                    household.location, household.id,
                    "household " + household.code + " at " + formatPoint(household.location) + " lies " +
                        (actual ? "in " + code(actual) : std::string("in no area")) + ", not in " +
                        code(placed.areaId) + " where its building " + std::to_string(building.id) + " belongs",
                    {});
            }
            if (m_options.checkStored && household.gridAreaId.value_or(0) != placed.areaId)
                add(CoverageRule::HouseholdArea, {placed.areaId}, household.location, household.id,
                    "household " + household.code + " is recorded in " + code(household.gridAreaId.value_or(0)) +
                        " but its building " + std::to_string(building.id) + " lies in " + code(placed.areaId),
                    {});
        }
    }

private:
    std::string code(Id id) const
    {
        const BoundaryArea *area = m_layout.find(id);
        return area ? area->code : id == 0 ? std::string("no area") : "area " + std::to_string(id);
    }

    static std::string name(const Building &building)
    {
        return "building " + std::to_string(building.id) + " (" + building.address + ")";
    }

    void reportStraddle(const Building &building, const PlacedBuilding &placed)
    {
        std::string shares;
        std::vector<Id> ids;
        for (std::size_t k = 0; k < placed.shares.size(); ++k) {
            shares += (k == 0 ? "" : k + 1 == placed.shares.size() ? " and " : ", ") + code(placed.shares[k].areaId) +
                      " (" + percent(placed.shares[k].area, placed.footprint) + ")";
            ids.push_back(placed.shares[k].areaId);
        }
        std::sort(ids.begin(), ids.end());
        add(CoverageRule::BuildingStraddles, ids, centreOf(building.geometry), building.id,
            name(building) + " of " + formatArea(placed.footprint) + " straddles " + shares + ": it belongs to " +
                code(placed.areaId) + " by its larger share",
            building.geometry.outer);
    }

    // A household in a building wholly inside its area is inside the area when it is
    // inside the building (cheap); otherwise the area itself is asked, with tolerance.
    bool insideArea(const Household &household, const Building &building, const PlacedBuilding &placed) const
    {
        if (!placed.straddles() && !placed.shares.empty() && placed.shares.front().area >= placed.footprint &&
            polygonContains(building.geometry, household.location))
            return true;
        const std::size_t a = m_areaIndex.at(placed.areaId);
        if (!m_shapes.prepared[a])
            return true; // invalid-area said it
        if (m_shapes.prepared[a]->contains(household.location))
            return true;
        const GeosGeometry point = m_geos.point(household.location);
        double d = 0.0;
        return GEOSDistance_r(m_geos.handle(), m_shapes.geometry(a), point.get(), &d) == 1 && d <= m_options.tolerance;
    }

    Id areaAt(const PointXY &p) const
    {
        for (std::size_t i = 0; i < m_layout.areas.size(); ++i)
            if (m_shapes.prepared[i] && m_shapes.bounds[i].contains(p) && m_shapes.prepared[i]->contains(p))
                return m_layout.areas[i].id;
        return 0;
    }

    void add(CoverageRule rule, std::vector<Id> areas, const PointXY &place, Id feature, const std::string &text,
             std::vector<PointXY> outline)
    {
        CoverageProblem problem;
        problem.rule = rule;
        problem.areaIds = std::move(areas);
        problem.place = place;
        problem.featureId = feature;
        problem.message = std::string(ruleId(rule)) + ": " + text;
        problem.outline = std::move(outline);
        m_report.problems.push_back(std::move(problem));
    }

    const GeosContext &m_geos;
    const BoundaryLayout &m_layout;
    const AreaShapes &m_shapes;
    const CoverageFeatures &m_features;
    const CoverageOptions &m_options;
    CoverageReport &m_report;
    std::unordered_map<Id, std::size_t> m_areaIndex;
    std::unordered_map<Id, std::size_t> m_buildingIndex;
};

} // namespace

void checkPlacement(const GeosContext &geos, const BoundaryLayout &layout, const AreaShapes &shapes,
                    const CoverageFeatures &features, const CoverageOptions &options, CoverageReport &report)
{
    if (!features.placer || !features.placement)
        return;
    PlacementChecker checker(geos, layout, shapes, features, options, report);
    checker.checkBuildings();
    if (features.households)
        checker.checkHouseholds();
}

} // namespace lianxin::coveragerules
