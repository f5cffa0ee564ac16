// The impact of a boundary change on a hand-made town (numbers worked by hand) and on
// the demo world (numbers recounted from scratch).
#include "analysis/boundaryedits.h"
#include "analysis/boundaryimpact.h"
#include "analysis/coverageedges.h"
#include "boundarytestlayout.h"
#include "demofixture.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace lianxin;

namespace {

// Two areas: NCS-01 (department 1, 文旅局) west of x = 10, NCS-02 (department 2) east.
// Buildings 1 (x 1..3), 2 (x 7..9) in NCS-01 and 3 (x 12..14) in NCS-02. Building 2 has
// households 1 and 2 (group 1 of department 1; 3 residents; an open and a done
// suggestion) and a shop; building 1 has household 3 (group 1); building 3 household 4
// (group 2 of department 2).
World smallTown(const GeosContext &geos)
{
    World world;
    world.departments = {{1, "文旅局", DepartmentKind::District, {}}, {2, "交通局", DepartmentKind::District, {}}};
    world.urbanAreas.push_back({1, "城区", 1, test::layoutOf(geos, {"POLYGON ((0 0, 20 0, 20 10, 0 10, 0 0))"}).areas[0].geometry});
    const BoundaryLayout layout = test::layoutOf(geos, {"POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))",
                                                        "POLYGON ((10 0, 20 0, 20 10, 10 10, 10 0))"});
    for (const BoundaryArea &area : layout.areas)
        world.gridAreas.push_back({area.id, area.code, area.name, area.departmentId, area.geometry});
    auto building = [&](Id id, Id area, double x) {
        Building b;
        b.id = id;
        b.address = "路" + std::to_string(id);
        b.gridAreaId = area;
        b.geometry = polygonFromWkt(geos, "POLYGON ((" + std::to_string(x) + " 4, " + std::to_string(x + 2) + " 4, " +
                                              std::to_string(x + 2) + " 6, " + std::to_string(x) + " 6, " +
                                              std::to_string(x) + " 4))");
        world.buildings.push_back(b);
    };
    building(1, 1, 1);
    building(2, 1, 7);
    building(3, 2, 12);
    auto household = [&](Id id, Id buildingId, Id area, Id group, double x) {
        Household h;
        h.id = id;
        h.code = "H" + std::to_string(id);
        h.buildingId = buildingId;
        h.gridAreaId = area;
        h.groupId = group;
        h.location = {x, 5};
        world.households.push_back(h);
    };
    household(1, 2, 1, 1, 8);
    household(2, 2, 1, 1, 8.5);
    household(3, 1, 1, 1, 2);
    household(4, 3, 2, 2, 13);
    world.groups = {{1, "G0001", 1, 0}, {2, "G0002", 2, 0}};
    for (const auto &[id, department] : {std::pair<Id, Id>{1, 1}, {2, 1}, {3, 2}}) {
        Cadre cadre;
        cadre.id = id;
        cadre.departmentId = department;
        world.cadres.push_back(cadre);
    }
    for (Id r = 1; r <= 3; ++r)
        world.residents.push_back({r, r == 3 ? Id{2} : Id{1}, "居民", "男", 1970, true, false, ""});
    Suggestion open;
    open.id = 1;
    open.householdId = 1;
    open.status = SuggestionStatus::InProgress;
    Suggestion done = open;
    done.id = 2;
    done.status = SuggestionStatus::Done;
    world.suggestions = {open, done};
    Shop shop;
    shop.id = 1;
    shop.buildingId = 2;
    shop.gridAreaId = 1;
    world.shops = {shop};
    return world;
}

} // namespace

TEST_CASE("moving the shared border west moves building 2 and what it holds to the other department")
{
    GeosContext geos;
    const World world = smallTown(geos);
    const ImpactContext context(world);
    const BuildingPlacer placer(geos, world.buildings);
    const BoundaryLayout before = boundaryLayoutOf(world);
    CHECK(context.impact(before, placer.place(before)).empty());

    const BoundaryLayout after = transferByLine(geos, before, 1, {{6, -1}, {6, 11}});
    const BoundaryImpact impact = context.impact(after, placer.place(after));
    REQUIRE(impact.buildings.size() == 1);
    CHECK(impact.buildings[0].buildingId == 2);
    CHECK(impact.buildings[0].fromAreaId == 1);
    CHECK(impact.buildings[0].toAreaId == 2);
    REQUIRE(impact.areas.size() == 2);
    const AreaImpact &west = impact.areas[0], &east = impact.areas[1];
    CHECK(west.code == "NCS-01");
    CHECK(west.lost == ImpactCounts{1, 2, 3, 1, 1});
    CHECK(west.gained == ImpactCounts{});
    CHECK(west.householdsBefore == 3);
    CHECK(west.householdsAfter == 1);
    CHECK(east.gained == ImpactCounts{1, 2, 3, 1, 1});
    CHECK(east.householdsAfter == 3);
    REQUIRE(impact.departments.size() == 2);
    CHECK(impact.departments[0].name == "文旅局");
    CHECK(impact.departments[0].householdsBefore == 3);
    CHECK(impact.departments[0].householdsAfter == 1);
    CHECK(impact.departments[0].cadres == 2);
    CHECK(impact.departments[1].householdsAfter == 3);
    REQUIRE(impact.groupLosses.size() == 1);
    CHECK(impact.groupLosses[0].code == "G0001");
    CHECK(impact.groupLosses[0].fromDepartmentId == 1);
    CHECK(impact.groupLosses[0].toDepartmentId == 2);
    CHECK(impact.groupLosses[0].households == 2);
    CHECK(impact.householdsChangingDepartment() == std::vector<Id>{1, 2});
}

TEST_CASE("on the demo, dragging a shared vertex moves exactly the buildings that change side, and the totals add up")
{
    const World &world = test::articleWorld();
    GeosContext geos;
    const ImpactContext context(world);
    const BuildingPlacer placer(geos, world.buildings);
    const BoundaryLayout before = boundaryLayoutOf(world);
    std::vector<PlacedBuilding> placement = placer.place(before);
    REQUIRE(context.impact(before, placement).empty());

    // The junction of three areas nearest the middle of the town, dragged 60 m east.
    CoverageEdges edges(before);
    std::size_t junction = 0;
    for (std::size_t n = 0; n < edges.nodes().size(); ++n)
        if (edges.areasAt(n).size() >= 3 && !edges.isOutlineNode(n)) {
            junction = n;
            break;
        }
    REQUIRE(edges.areasAt(junction).size() >= 3);
    const PointXY from = edges.nodes()[junction];
    edges.moveNode(junction, {from.x + 60, from.y});
    const BoundaryLayout after = edges.layout();
    Box region = boundsOf(before.areas[edges.areasAt(junction)[0]].geometry);
    for (std::size_t a : edges.areasAt(junction))
        region = unite(unite(region, boundsOf(before.areas[a].geometry)), boundsOf(after.areas[a].geometry));
    placer.update(after, region, placement);
    CHECK(placement == placer.place(after)); // the update equals a full placement
    const BoundaryImpact impact = context.impact(after, placement);
    REQUIRE_FALSE(impact.empty());

    // Recount: the households of the buildings that moved, per area.
    std::set<Id> movedBuildings;
    for (const BuildingMove &move : impact.buildings)
        movedBuildings.insert(move.buildingId);
    long long households = 0;
    std::map<Id, long long> departmentAfter;
    std::map<Id, Id> departmentOf;
    for (const GridArea &area : world.gridAreas)
        departmentOf[area.id] = area.departmentId;
    std::map<Id, Id> newArea;
    for (std::size_t i = 0; i < world.buildings.size(); ++i)
        newArea[world.buildings[i].id] = placement[i].areaId;
    for (const Household &household : world.households) {
        if (!household.buildingId)
            continue;
        households += movedBuildings.count(*household.buildingId);
        ++departmentAfter[departmentOf[newArea[*household.buildingId]]];
    }
    CHECK(static_cast<long long>(impact.households.size()) == households);
    long long gained = 0, lost = 0;
    for (const AreaImpact &area : impact.areas) {
        gained += area.gained.households;
        lost += area.lost.households;
    }
    CHECK(gained == households);
    CHECK(lost == households);
    for (const DepartmentImpact &department : impact.departments)
        CHECK(department.householdsAfter == departmentAfter[department.departmentId]);
}
