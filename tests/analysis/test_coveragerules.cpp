// The coverage rules on crafted layouts (overlaps, gaps, holes, slivers below and above
// the tolerance, a straddling building, a bow-tie): each found, named and placed; and no
// false problem on the demo world.
#include "analysis/coverageedges.h"
#include "analysis/coveragerules.h"
#include "boundarytestlayout.h"
#include "demofixture.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace lianxin;
using test::layoutOf;

namespace {

const std::string kLeft = "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))";
const std::string kRight = "POLYGON ((10 0, 20 0, 20 10, 10 10, 10 0))";
const std::string kOutline = "POLYGON ((0 0, 20 0, 20 10, 0 10, 0 0))";

CoverageReport check(const GeosContext &geos, const BoundaryLayout &layout)
{
    return checkCoverage(geos, layout, {});
}

bool near(const PointXY &p, double x, double y, double within = 0.5)
{
    return std::hypot(p.x - x, p.y - y) <= within;
}

Building buildingOf(const GeosContext &geos, Id id, Id area, const std::string &wkt)
{
    Building building;
    building.id = id;
    building.address = "海港路" + std::to_string(id) + "号";
    building.gridAreaId = area;
    building.geometry = polygonFromWkt(geos, wkt);
    return building;
}

Household householdOf(Id id, Id building, Id area, PointXY at)
{
    Household household;
    household.id = id;
    household.code = "H" + std::to_string(id);
    household.buildingId = building;
    household.gridAreaId = area;
    household.location = at;
    return household;
}

} // namespace

TEST_CASE("two areas that tile the outline have no problem")
{
    GeosContext geos;
    CHECK(check(geos, layoutOf(geos, {kLeft, kRight}, kOutline)).problems.empty());
}

TEST_CASE("an overlap is found, named and placed")
{
    GeosContext geos;
    const auto report = check(geos, layoutOf(geos, {kLeft, "POLYGON ((9 0, 20 0, 20 10, 9 10, 9 0))"}, kOutline));
    REQUIRE(report.problems.size() == 1);
    const CoverageProblem &overlap = report.problems.front();
    CHECK(overlap.rule == CoverageRule::Overlap);
    CHECK(overlap.areaIds == std::vector<Id>{1, 2});
    CHECK(overlap.areaM2 == Approx(10.0));
    CHECK(near(overlap.place, 9.5, 5.0, 5.0));
    CHECK(overlap.place.x > 9.0);
    CHECK(overlap.place.x < 10.0);
    CHECK_THAT(overlap.message, Catch::StartsWith("overlap: NCS-01 and NCS-02 overlap by 10.0 m²"));
    CHECK_FALSE(report.canSave());
}

TEST_CASE("a gap inside the urban area is found with the areas around it")
{
    GeosContext geos;
    const auto report = check(geos, layoutOf(geos, {"POLYGON ((0 0, 9 0, 9 10, 0 10, 0 0))", kRight}, kOutline));
    REQUIRE(report.problems.size() == 1);
    const CoverageProblem &gap = report.problems.front();
    CHECK(gap.rule == CoverageRule::Gap);
    CHECK(gap.areaIds == std::vector<Id>{1, 2});
    CHECK(gap.areaM2 == Approx(10.0));
    CHECK(gap.place.x > 9.0);
    CHECK(gap.place.x < 10.0);
    CHECK_THAT(gap.message, Catch::Contains("between NCS-01 and NCS-02"));
}

TEST_CASE("the sea outside the urban outline is not a gap, an area reaching into it is outside")
{
    GeosContext geos;
    // The two areas leave a notch open to the sea: no gap, since the outline follows it.
    const std::string notched = "POLYGON ((0 0, 20 0, 20 10, 12 10, 12 8, 8 8, 8 10, 0 10, 0 0))";
    const auto clean = check(geos, layoutOf(geos, {"POLYGON ((0 0, 10 0, 10 8, 8 8, 8 10, 0 10, 0 0))",
                                                   "POLYGON ((10 0, 20 0, 20 10, 12 10, 12 8, 10 8, 10 0))"},
                                            notched));
    CHECK(clean.problems.empty());

    const auto outside = check(geos, layoutOf(geos, {"POLYGON ((0 0, 10 0, 10 12, 0 12, 0 0))", kRight}, kOutline));
    REQUIRE(outside.problems.size() == 1);
    CHECK(outside.problems.front().rule == CoverageRule::Outside);
    CHECK(outside.problems.front().areaIds == std::vector<Id>{1});
    CHECK(outside.problems.front().areaM2 == Approx(20.0));
    CHECK(outside.problems.front().place.y > 10.0);
}

TEST_CASE("a hole no area fills is a hole, not a gap, and a filled one is no problem")
{
    GeosContext geos;
    const std::string holed = "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (4 4, 6 4, 6 6, 4 6, 4 4))";
    const auto report = check(geos, layoutOf(geos, {holed, kRight}, kOutline));
    REQUIRE(report.problems.size() == 1);
    const CoverageProblem &hole = report.problems.front();
    CHECK(hole.rule == CoverageRule::Hole);
    CHECK(hole.areaIds == std::vector<Id>{1});
    CHECK(hole.areaM2 == Approx(4.0));
    CHECK(near(hole.place, 5.0, 5.0, 1.0));
    CHECK_THAT(hole.message, Catch::StartsWith("hole: NCS-01 has a hole of 4.0 m²"));
    CHECK(report.count(CoverageRule::Gap) == 0);

    const auto filled = check(geos, layoutOf(geos, {holed, kRight, "POLYGON ((4 4, 6 4, 6 6, 4 6, 4 4))"}, kOutline));
    CHECK(filled.problems.empty());

    // Without an outline, holes are still holes; ground enclosed by two areas is a gap.
    const auto enclosed = check(geos, layoutOf(geos, {holed}));
    REQUIRE(enclosed.problems.size() == 1);
    CHECK(enclosed.problems.front().rule == CoverageRule::Hole);
}

TEST_CASE("slivers below the tolerance are rounding, above it they are problems")
{
    GeosContext geos;
    const auto gapOf = [&](const std::string &x) {
        return check(geos, layoutOf(geos, {kLeft, "POLYGON ((" + x + " 0, 20 0, 20 10, " + x + " 10, " + x + " 0))"},
                                    kOutline));
    };
    CHECK(gapOf("10.03").problems.empty());       // 3 cm gap
    CHECK(gapOf("9.97").problems.empty());        // 3 cm overlap
    const auto gap = gapOf("10.08");              // 8 cm gap
    REQUIRE(gap.problems.size() == 1);
    CHECK(gap.problems.front().rule == CoverageRule::Gap);
    CHECK(gap.problems.front().areaM2 == Approx(0.8));
    const auto overlap = gapOf("9.92");           // 8 cm overlap
    REQUIRE(overlap.problems.size() == 1);
    CHECK(overlap.problems.front().rule == CoverageRule::Overlap);

    // Through the shared-edge view the 3 cm gap closes: the vertices become one.
    const BoundaryLayout snapped =
        CoverageEdges(layoutOf(geos, {kLeft, "POLYGON ((10.03 0, 20 0, 20 10, 10.03 10, 10.03 0))"}, kOutline)).layout();
    CHECK(toWkt(snapped.find(2)->geometry) == "POLYGON ((10 0, 20 0, 20 10, 10 10, 10 0))");
}

TEST_CASE("a bow-tie is an invalid area, placed where it crosses itself")
{
    GeosContext geos;
    const auto report = check(geos, layoutOf(geos, {"POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))", kRight}, kOutline));
    REQUIRE(report.count(CoverageRule::InvalidArea) == 1);
    const CoverageProblem &bowTie = report.problems.front();
    CHECK(bowTie.rule == CoverageRule::InvalidArea);
    CHECK(bowTie.areaIds == std::vector<Id>{1});
    CHECK(near(bowTie.place, 5.0, 5.0, 1e-6));
    CHECK_THAT(bowTie.message, Catch::Contains("NCS-01 is not a valid polygon: Self-intersection"));
    // Its gaps are not reported twice.
    CHECK(report.count(CoverageRule::Gap) == 0);
}

TEST_CASE("a building straddling two areas belongs to the larger share, and its households follow")
{
    GeosContext geos;
    const BoundaryLayout layout = layoutOf(geos, {kLeft, kRight}, kOutline);
    const std::vector<Building> buildings = {
        buildingOf(geos, 1, 1, "POLYGON ((7 2, 12 2, 12 4, 7 4, 7 2))"),  // 60 % in NCS-01
        buildingOf(geos, 2, 2, "POLYGON ((14 2, 16 2, 16 4, 14 4, 14 2))"),
        buildingOf(geos, 3, 2, "POLYGON ((25 2, 27 2, 27 4, 25 4, 25 2))"), // in the sea
    };
    const std::vector<Household> households = {
        householdOf(1, 1, 1, {8, 3}),  // in NCS-01 with its building
        householdOf(2, 1, 1, {11, 3}), // on the NCS-02 side of a building of NCS-01
        householdOf(3, 2, 1, {15, 3}), // recorded in NCS-01, its building is in NCS-02
    };
    const BuildingPlacer placer(geos, buildings);
    const std::vector<PlacedBuilding> placement = placer.place(layout);
    CHECK(placement[0].areaId == 1);
    REQUIRE(placement[0].shares.size() == 2);
    CHECK(placement[0].shares[0].area == Approx(6.0));
    CHECK(placement[0].shares[1].area == Approx(4.0));
    CHECK(placement[1].areaId == 2);
    CHECK_FALSE(placement[1].straddles());
    CHECK(placement[2].areaId == 0);

    CoverageOptions options;
    options.checkStored = true;
    const auto report = checkCoverage(geos, layout, {&placer, &placement, &households}, options);
    REQUIRE(report.count(CoverageRule::BuildingStraddles) == 1);
    REQUIRE(report.count(CoverageRule::BuildingOutside) == 1);
    REQUIRE(report.count(CoverageRule::HouseholdOutside) == 1);
    REQUIRE(report.count(CoverageRule::HouseholdArea) == 1);
    CHECK(report.problems.size() == 4);
    for (const CoverageProblem &problem : report.problems) {
        if (problem.rule == CoverageRule::BuildingStraddles) {
            CHECK(problem.featureId == 1);
            CHECK(problem.areaIds == std::vector<Id>{1, 2});
            CHECK_THAT(problem.message, Catch::Contains("straddles NCS-01 (60%) and NCS-02 (40%)"));
            CHECK_THAT(problem.message, Catch::Contains("belongs to NCS-01 by its larger share"));
            CHECK(near(problem.place, 9.5, 3.0));
            CHECK_FALSE(blocksSave(problem.rule));
        } else if (problem.rule == CoverageRule::BuildingOutside) {
            CHECK(problem.featureId == 3);
            CHECK(near(problem.place, 26.0, 3.0));
        } else if (problem.rule == CoverageRule::HouseholdOutside) {
            CHECK(problem.featureId == 2);
            CHECK(problem.areaIds == std::vector<Id>{1, 2});
            CHECK_THAT(problem.message, Catch::Contains("lies in NCS-02, not in NCS-01"));
            CHECK(near(problem.place, 11.0, 3.0, 1e-9));
        } else {
            CHECK(problem.featureId == 3);
            CHECK_THAT(problem.message, Catch::Contains("recorded in NCS-01 but its building 2 lies in NCS-02"));
        }
    }
    CHECK_FALSE(report.canSave());
}

TEST_CASE("the demo world's grid areas have no coverage problem, raw or through the shared-edge view")
{
    const World &world = test::articleWorld();
    GeosContext geos;
    const BoundaryLayout layout = boundaryLayoutOf(world);
    REQUIRE(layout.areas.size() == 28);
    const BuildingPlacer placer(geos, world.buildings);
    const std::vector<PlacedBuilding> placement = placer.place(layout);
    CoverageOptions options;
    options.checkStored = true;
    const CoverageReport report = checkCoverage(geos, layout, {&placer, &placement, &world.households}, options);
    for (const CoverageProblem &problem : report.problems)
        INFO(problem.message);
    CHECK(report.problems.empty());

    // The view changes no area of the demo: its shared borders already share vertices.
    const BoundaryLayout viewed = CoverageEdges(layout).layout();
    for (std::size_t i = 0; i < layout.areas.size(); ++i) {
        INFO(layout.areas[i].code);
        CHECK(viewed.areas[i].geometry == layout.areas[i].geometry);
    }
}
