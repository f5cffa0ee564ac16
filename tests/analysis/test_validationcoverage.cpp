// Geometry validity and the partition of the urban area by the grid areas: overlaps,
// gaps (their area measured), overhangs, invalid polygons, and the tolerance boundary.
#include "smallworld.h"

#include <catch2/catch.hpp>

#include <limits>
#include <regex>

using namespace lianxin;
using namespace lianxin::test;

namespace {
// The first "<number> m²" in a message.
double areaIn(const std::string &message)
{
    static const std::regex area(R"(([0-9]+(\.[0-9]+)?) m²)");
    std::smatch match;
    if (!std::regex_search(message, match, area))
        return -1.0;
    return std::stod(match[1].str());
}
} // namespace

TEST_CASE("Two overlapping grid areas are reported once, with the overlap's area")
{
    World world = smallWorld();
    byId(world.gridAreas, 1).geometry = rectangle(100, 100, 320, 300); // 20 m into grid area 2
    const ValidationReport report = validateWorld(world);
    INFO(listIssues(report));
    REQUIRE(hasOnlyIssue(report, "grid-overlap", "grid_area", 1));
    CHECK_THAT(report.issues[0].message, Catch::StartsWith("grid_area 1 (NCS-01 乐园片区): overlaps grid_area 2"));
    CHECK(areaIn(report.issues[0].message) == Approx(4000.0).epsilon(0.01));
}

TEST_CASE("The coverage tolerance is a real boundary")
{
    World world = smallWorld();
    byId(world.gridAreas, 1).geometry = rectangle(100, 100, 300.5, 300); // overlap of 0.5 × 200 = 100 m²
    ValidationOptions options;
    options.coverageToleranceM2 = 99.0;
    CHECK(hasOnlyIssue(validateWorld(world, options), "grid-overlap", "grid_area", 1));
    options.coverageToleranceM2 = 101.0;
    const ValidationReport tolerated = validateWorld(world, options);
    INFO(listIssues(tolerated));
    CHECK(tolerated.ok());

    // The default tolerance of 1 m²: a 0.5 m² overlap passes, a 20 m² one does not.
    byId(world.gridAreas, 1).geometry = rectangle(100, 100, 300.0025, 300);
    CHECK(validateWorld(world).ok());
    byId(world.gridAreas, 1).geometry = rectangle(100, 100, 300.1, 300);
    CHECK(hasOnlyIssue(validateWorld(world), "grid-overlap", "grid_area", 1));
    // As for the boundary editor, a strip narrower than the 5 cm snapping tolerance is
    // rounding even when its area (1 cm x 200 m = 2 m²) is above the area tolerance.
    byId(world.gridAreas, 1).geometry = rectangle(100, 100, 300.01, 300);
    CHECK(validateWorld(world).ok());
}

TEST_CASE("A gap between grid areas is reported with its area and place")
{
    World world = smallWorld();
    byId(world.gridAreas, 1).geometry = rectangle(100, 100, 290, 300); // a 10 m strip left uncovered
    const ValidationReport report = validateWorld(world);
    INFO(listIssues(report));
    REQUIRE(hasOnlyIssue(report, "grid-gap", "urban_area", 1));
    CHECK_THAT(report.issues[0].message, Catch::StartsWith("urban_area 1 (城区): gap of"));
    CHECK(areaIn(report.issues[0].message) == Approx(2000.0).epsilon(0.01));
    CHECK_THAT(report.issues[0].message, Catch::Contains("near (29")); // inside the strip 290..300
}

TEST_CASE("A grid area reaching out of the urban area is reported")
{
    World world = smallWorld();
    world.urbanAreas[0].geometry = rectangle(100, 100, 500, 480); // grid areas 3 and 4 reach 20 m beyond
    const ValidationReport report = validateWorld(world);
    INFO(listIssues(report));
    REQUIRE(report.issues.size() == 2);
    CHECK(report.issues[0].check == "grid-outside");
    CHECK(report.issues[0].featureId == 3);
    CHECK(areaIn(report.issues[0].message) == Approx(4000.0).epsilon(0.01));
    CHECK(report.issues[1].featureId == 4);
}

TEST_CASE("Without an urban area only holes enclosed by the grid areas are gaps")
{
    World world = smallWorld();
    world.urbanAreas.clear();
    const ValidationReport clean = validateWorld(world);
    INFO(listIssues(clean));
    CHECK(clean.ok());

    // Eight 100 m squares round an empty centre.
    world = World{};
    world.departments = {{1, "区住建局", DepartmentKind::District, std::nullopt}};
    Id id = 1;
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 3; ++column) {
            if (row == 1 && column == 1)
                continue;
            world.gridAreas.push_back({id, "NCS-0" + std::to_string(id), "片区", 1,
                                       rectangle(column * 100.0, row * 100.0, column * 100.0 + 100, row * 100.0 + 100)});
            ++id;
        }
    }
    const ValidationReport holed = validateWorld(world);
    INFO(listIssues(holed));
    REQUIRE(hasOnlyIssue(holed, "grid-gap", "grid_area", 0));
    CHECK(areaIn(holed.issues[0].message) == Approx(10000.0).epsilon(0.01));
}

TEST_CASE("A bow-tie grid area is invalid, reported once with GEOS's reason")
{
    World world = smallWorld();
    byId(world.gridAreas, 4).geometry.outer = {{300, 300}, {500, 500}, {500, 300}, {300, 500}, {300, 300}};
    const ValidationReport report = validateWorld(world);
    INFO(listIssues(report));
    // The gap it leaves and building 4 inside it echo the same error, so they are not reported.
    REQUIRE(hasOnlyIssue(report, "geometry-valid", "grid_area", 4));
    CHECK_THAT(report.issues[0].message, Catch::StartsWith("grid_area 4 (NCS-04 港湾片区): invalid geometry"));
    CHECK_THAT(report.issues[0].message, Catch::Contains("Self-intersection at (400.0 400.0)"));
}

TEST_CASE("Broken polygons are reported, never crash the checks")
{
    World world = smallWorld();
    byId(world.buildings, 4).geometry.outer = {{350, 350}, {370, 350}, {350, 350}}; // too few points
    byId(world.villages, 2).geometry.outer[2].x = std::numeric_limits<double>::infinity();
    world.islands.push_back({3, "", "", std::nullopt, Polygon{}}); // empty islet
    world.townships[1].geometry.clear();
    const ValidationReport report = validateWorld(world);
    INFO(listIssues(report));
    REQUIRE(report.issues.size() == 4);
    for (const ValidationIssue &issue : report.issues)
        CHECK(issue.check == "geometry-valid");
    CHECK(report.issues[0].layer == "village");
    CHECK_THAT(report.issues[0].message, Catch::Contains("non-finite"));
    CHECK(report.issues[1].layer == "building");
    CHECK_THAT(report.issues[1].message, Catch::Contains("too few"));
    CHECK(report.issues[2].layer == "township");
    CHECK(report.issues[2].featureId == 2);
    CHECK(report.issues[3].layer == "island");
    CHECK_THAT(report.issues[3].message, Catch::Contains("empty"));
}
