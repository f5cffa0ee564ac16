// Where buildings, villages and households stand: buildings in exactly their grid area,
// villages and households on land, households inside their building or village.
#include "smallworld.h"

#include <catch2/catch.hpp>

using namespace lianxin;
using namespace lianxin::test;

TEST_CASE("A building straddling two grid areas is reported")
{
    World world = smallWorld();
    byId(world.buildings, 4).geometry = rectangle(290, 350, 310, 370); // half in grid area 3, half in 4
    const ValidationReport report = validateWorld(world);
    INFO(listIssues(report));
    REQUIRE(hasOnlyIssue(report, "building-in-grid", "building", 4));
    CHECK(report.issues[0].message
          == "building 4 (港湾路4号): straddles grid_area 3 (NCS-03 山前片区) (200.0 m²), grid_area 4 (NCS-04 港湾片区) "
             "(200.0 m²)");
}

TEST_CASE("A building whose gridAreaId names another grid area is reported")
{
    World world = smallWorld();
    byId(world.buildings, 4).gridAreaId = 3;
    const ValidationReport report = validateWorld(world);
    INFO(listIssues(report));
    REQUIRE(hasOnlyIssue(report, "building-in-grid", "building", 4));
    CHECK_THAT(report.issues[0].message, Catch::Contains("lies in grid_area 4 (NCS-04 港湾片区) but its gridAreaId is 3"));
}

TEST_CASE("Overlapping buildings are reported")
{
    World world = smallWorld();
    world.buildings.push_back({5, "港湾路5号", 4, 2, rectangle(360, 360, 380, 380)}); // 10 × 10 over building 4
    const ValidationReport report = validateWorld(world);
    INFO(listIssues(report));
    REQUIRE(hasOnlyIssue(report, "building-overlap", "building", 4));
    CHECK_THAT(report.issues[0].message, Catch::Contains("overlaps building 5 (港湾路5号) by 100.0 m²"));
}

TEST_CASE("A household in the sea is off land and out of its village")
{
    World world = smallWorld();
    byId(world.households, 4).location = {1200, 650};
    const ValidationReport report = validateWorld(world);
    INFO(listIssues(report));
    REQUIRE(report.issues.size() == 2);
    CHECK(report.issues[0].check == "household-on-land");
    CHECK(report.issues[0].layer == "household");
    CHECK(report.issues[0].featureId == 4);
    CHECK(report.issues[0].message == "household 4 (H0000004): (1200.0 650.0) is not on land");
    CHECK(report.issues[1].check == "household-placement");
    CHECK(report.issues[1].featureId == 4);
}

TEST_CASE("The land inset keeps households back from the coastline")
{
    World world = smallWorld();
    byId(world.households, 5).location = {940, 700}; // in its village, 60 m from the sea
    ValidationOptions options;
    CHECK(validateWorld(world, options).ok());
    options.landInsetMetres = 50.0;
    CHECK(validateWorld(world, options).ok());
    options.landInsetMetres = 100.0;
    const ValidationReport report = validateWorld(world, options);
    INFO(listIssues(report));
    REQUIRE(hasOnlyIssue(report, "household-on-land", "household", 5));
    CHECK_THAT(report.issues[0].message, Catch::EndsWith("is not on land at least 100.0 m inside the coastline"));
}

TEST_CASE("A household outside its building is reported")
{
    World world = smallWorld();
    byId(world.households, 1).location = {200, 200}; // still in grid area 1, but not in building 1
    const ValidationReport report = validateWorld(world);
    INFO(listIssues(report));
    REQUIRE(hasOnlyIssue(report, "household-placement", "household", 1));
    CHECK(report.issues[0].message == "household 1 (H0000001): not inside its building 1 (乐园路1号) at (200.0 200.0)");

    // On the wall is not inside.
    byId(world.households, 1).location = {150, 160};
    CHECK(hasOnlyIssue(validateWorld(world), "household-placement", "household", 1));
}

TEST_CASE("A household must have exactly one home and its building's grid area")
{
    World world = smallWorld();
    byId(world.households, 2).gridAreaId = 1;
    const ValidationReport wrongGrid = validateWorld(world);
    INFO(listIssues(wrongGrid));
    REQUIRE(hasOnlyIssue(wrongGrid, "household-placement", "household", 2));
    CHECK_THAT(wrongGrid.issues[0].message, Catch::Contains("gridAreaId 1 differs from its building 2"));

    world = smallWorld();
    byId(world.households, 4).buildingId = 1;
    CHECK(hasOnlyIssue(validateWorld(world), "household-placement", "household", 4));
}

TEST_CASE("A village reaching into the sea, or on another island, is reported")
{
    World world = smallWorld();
    byId(world.villages, 1).geometry = rectangle(600, 600, 1050, 950); // 50 × 350 m over the water
    const ValidationReport atSea = validateWorld(world);
    INFO(listIssues(atSea));
    REQUIRE(hasOnlyIssue(atSea, "village-on-land", "village", 1));
    CHECK_THAT(atSea.issues[0].message, Catch::Contains("17500.0 m² of it lies in the sea near (10"));

    world = smallWorld();
    byId(world.villages, 2).islandId = 1;
    const ValidationReport wrongIsland = validateWorld(world);
    INFO(listIssues(wrongIsland));
    REQUIRE(hasOnlyIssue(wrongIsland, "village-on-land", "village", 2));
    CHECK_THAT(wrongIsland.issues[0].message, Catch::Contains("lies on island 2 (北长山岛) but its islandId is 1"));
}

TEST_CASE("A world without a coastline says so once, not once per household")
{
    World world = smallWorld();
    world.islands.clear();
    const ValidationReport report = validateWorld(world);
    INFO(listIssues(report));
    REQUIRE(report.issues.size() == 4); // villages 1 and 2 name a missing island, plus the two notes
    CHECK(report.issues[0].check == "village-on-land");
    CHECK(report.issues[0].message == "no islands (coastline) to check 2 villages against");
    CHECK(report.issues[1].check == "household-on-land");
    CHECK(report.issues[1].message == "no islands (coastline) to check 6 households against");
    CHECK(report.issues[2].check == "references");
    CHECK(report.issues[3].check == "references");
}
