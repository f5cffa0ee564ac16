// groupTerritories on the scale-1 demo world (every household inside its group's valid
// territory) and on hand-made groups whose shapes are known: an L, a bay, one house.
#include "analysis/territories.h"
#include "core/geos.h"
#include "demofixture.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <map>
#include <numbers>
#include <stdexcept>

using namespace lianxin;

namespace {

const World &demoWorld() { return test::articleWorld(); }

std::vector<Household> groupOf(Id groupId, const std::vector<PointXY> &points)
{
    std::vector<Household> households;
    for (const PointXY &p : points) {
        Household household;
        household.id = static_cast<Id>(households.size()) + 1;
        household.code = "H" + std::to_string(household.id);
        household.groupId = groupId;
        household.location = p;
        households.push_back(household);
    }
    return households;
}

// Households every 10 m along two 200 m arms meeting at the origin.
std::vector<PointXY> lShape()
{
    std::vector<PointXY> points;
    for (int i = 0; i <= 20; ++i)
        points.push_back({10.0 * i, 0.0});
    for (int i = 1; i <= 20; ++i)
        points.push_back({0.0, 10.0 * i});
    return points;
}

// Households every ~10 m along three quarters of a 150 m circle: the shore of a bay.
std::vector<PointXY> bayShore()
{
    std::vector<PointXY> points;
    const double radius = 150.0;
    const int steps = 70; // 3/4 of 2*pi*150 = 707 m
    for (int i = 0; i <= steps; ++i) {
        const double angle = 1.5 * std::numbers::pi * i / steps;
        points.push_back({radius * std::cos(angle), radius * std::sin(angle)});
    }
    return points;
}

double territoryArea(const std::vector<Household> &households, double concavity)
{
    TerritoryOptions options;
    options.concavity = concavity;
    const std::vector<GroupTerritory> territories = groupTerritories(households, options);
    REQUIRE(territories.size() == 1);
    return area(territories.front().hull);
}

void requireValidAndCovering(const GroupTerritory &territory, const std::vector<PointXY> &points)
{
    GeosContext geos;
    GeosGeometry hull = geos.polygon(territory.hull);
    const auto reason = geos.invalidReason(hull.get());
    INFO("group " << territory.groupId << ": " << reason.value_or("valid"));
    REQUIRE_FALSE(reason);
    REQUIRE(area(territory.hull) > 0.0);
    const GeosPrepared prepared(geos, std::move(hull));
    for (const PointXY &p : points) {
        INFO("household at " << p.x << ", " << p.y);
        CHECK(prepared.covers(geos.point(p).get()));
    }
}

bool covers(const GroupTerritory &territory, const PointXY &p)
{
    GeosContext geos;
    const GeosPrepared prepared(geos, geos.polygon(territory.hull));
    return prepared.covers(geos.point(p).get());
}

} // namespace

TEST_CASE("Every demo group gets a valid territory covering all its households")
{
    const World &world = demoWorld();
    const std::vector<GroupTerritory> territories = groupTerritories(world.households);

    std::map<Id, std::vector<PointXY>> pointsOf;
    for (const Household &household : world.households)
        pointsOf[household.groupId].push_back(household.location);
    REQUIRE(territories.size() == pointsOf.size());
    REQUIRE(territories.size() == world.groups.size());

    GeosContext geos;
    auto expected = pointsOf.begin();
    for (const GroupTerritory &territory : territories) {
        REQUIRE(territory.groupId == expected->first); // ascending group ids, none missing
        CHECK(territory.households == static_cast<int>(expected->second.size()));
        CHECK(territory.hull.holes.empty());
        requireValidAndCovering(territory, expected->second);

        // The concave hull lies inside the convex one, and so does its padding.
        const GeosGeometry points = geos.multiPoint(expected->second);
        const GeosGeometry convex = geos.buffer(geos.convexHull(points.get()).get(), 15.0, 8);
        CHECK(area(territory.hull) <= geos.area(convex.get()) * (1.0 + 1e-9));
        ++expected;
    }
}

TEST_CASE("Demo territories are the same on every run and for any household order")
{
    // The groups are shared out among threads; the result must not show it.
    const World &world = demoWorld();
    const std::vector<GroupTerritory> first = groupTerritories(world.households);
    const std::vector<GroupTerritory> second = groupTerritories(world.households);
    const std::vector<Household> reversed(world.households.rbegin(), world.households.rend());
    const std::vector<GroupTerritory> fromReversed = groupTerritories(reversed);
    REQUIRE(first.size() == second.size());
    REQUIRE(first.size() == fromReversed.size());
    int differences = 0;
    for (std::size_t i = 0; i < first.size(); ++i) {
        differences += first[i].hull == second[i].hull ? 0 : 1;
        CHECK(fromReversed[i].groupId == first[i].groupId);
        CHECK(fromReversed[i].households == first[i].households);
        // Reversed input may start a ring elsewhere; the area is the same shape's.
        CHECK(area(fromReversed[i].hull) == Approx(area(first[i].hull)).epsilon(1e-6));
    }
    CHECK(differences == 0);
}

TEST_CASE("Concavity makes demo territories smaller than convex hulls overall")
{
    const World &world = demoWorld();
    TerritoryOptions convex;
    convex.concavity = 1.0;
    double concaveTotal = 0.0;
    double convexTotal = 0.0;
    for (const GroupTerritory &territory : groupTerritories(world.households))
        concaveTotal += area(territory.hull);
    for (const GroupTerritory &territory : groupTerritories(world.households, convex))
        convexTotal += area(territory.hull);
    CHECK(concaveTotal < 0.95 * convexTotal);
}

TEST_CASE("A group along an L or a bay gets a concave territory")
{
    SECTION("L")
    {
        const std::vector<Household> households = groupOf(1, lShape());
        const double concave = territoryArea(households, 0.3);
        const double convex = territoryArea(households, 1.0);
        // The convex hull is the 200 m x 200 m triangle (20,000 m2) plus padding; the
        // L itself is two 200 m strips about 30 m wide.
        CHECK(convex > 20000.0);
        CHECK(concave < 0.7 * convex);
        const GroupTerritory territory = groupTerritories(households).front();
        requireValidAndCovering(territory, lShape());
        CHECK_FALSE(covers(territory, {80.0, 80.0})); // inside the L's elbow
    }
    SECTION("bay")
    {
        const std::vector<Household> households = groupOf(1, bayShore());
        const double concave = territoryArea(households, 0.3);
        const double convex = territoryArea(households, 1.0);
        CHECK(concave < 0.5 * convex);
        const GroupTerritory territory = groupTerritories(households).front();
        requireValidAndCovering(territory, bayShore());
        CHECK_FALSE(covers(territory, {0.0, 0.0}));    // the middle of the bay
        CHECK_FALSE(covers(territory, {60.0, -60.0})); // at its mouth
    }
}

TEST_CASE("One household gets a disc of the padding's radius")
{
    TerritoryOptions options;
    options.padding = 20.0;
    const std::vector<PointXY> home = {{1000.0, 2000.0}};
    const std::vector<GroupTerritory> territories = groupTerritories(groupOf(5, home), options);
    REQUIRE(territories.size() == 1);
    CHECK(territories.front().groupId == 5);
    CHECK(territories.front().households == 1);
    requireValidAndCovering(territories.front(), home);

    // A regular polygon of n = 4 * quadrantSegments sides has (n / 2) sin(2 pi / n) r^2.
    const double disc = std::numbers::pi * 20.0 * 20.0;
    const int n = 4 * options.quadrantSegments;
    const double polygon = 0.5 * n * std::sin(2.0 * std::numbers::pi / n) * 20.0 * 20.0;
    CHECK(area(territories.front().hull) == Approx(polygon).epsilon(1e-6));
    CHECK(area(territories.front().hull) == Approx(disc).epsilon(0.02));
    const Box box = boundsOf(territories.front().hull);
    CHECK(box.minX == Approx(980.0));
    CHECK(box.maxY == Approx(2020.0));
}

TEST_CASE("Two, collinear or coincident households still get an area")
{
    const double r = 15.0;
    SECTION("two households 100 m apart: a stadium")
    {
        const std::vector<PointXY> points = {{0.0, 0.0}, {100.0, 0.0}};
        const GroupTerritory territory = groupTerritories(groupOf(1, points)).front();
        requireValidAndCovering(territory, points);
        CHECK(area(territory.hull) == Approx(2 * r * 100.0 + std::numbers::pi * r * r).epsilon(0.02));
    }
    SECTION("five households on a line")
    {
        const std::vector<PointXY> points = {{0, 0}, {10, 10}, {20, 20}, {30, 30}, {40, 40}};
        const GroupTerritory territory = groupTerritories(groupOf(1, points)).front();
        requireValidAndCovering(territory, points);
        const double length = std::hypot(40.0, 40.0);
        CHECK(area(territory.hull) == Approx(2 * r * length + std::numbers::pi * r * r).epsilon(0.02));
    }
    SECTION("three households at one address")
    {
        const std::vector<PointXY> points = {{5, 5}, {5, 5}, {5, 5}};
        const GroupTerritory territory = groupTerritories(groupOf(1, points)).front();
        requireValidAndCovering(territory, points);
        CHECK(territory.households == 3);
        CHECK(area(territory.hull) == Approx(std::numbers::pi * r * r).epsilon(0.02));
    }
}

TEST_CASE("Territories come in group order whatever the household order")
{
    std::vector<Household> households = groupOf(30, {{0, 0}, {50, 0}, {0, 50}});
    for (Household household : groupOf(10, {{500, 500}}))
        households.insert(households.begin() + 1, household);
    for (Household household : groupOf(20, {{900, 0}, {950, 0}}))
        households.push_back(household);
    const std::vector<GroupTerritory> territories = groupTerritories(households);
    REQUIRE(territories.size() == 3);
    CHECK(territories[0].groupId == 10);
    CHECK(territories[1].groupId == 20);
    CHECK(territories[2].groupId == 30);
    CHECK(territories[0].households == 1);
    CHECK(territories[1].households == 2);
    CHECK(territories[2].households == 3);
    CHECK(groupTerritories({}).empty());
}

TEST_CASE("Bad options and locations are refused with the reason")
{
    const std::vector<Household> households = groupOf(1, {{0, 0}, {10, 0}, {0, 10}});
    auto with = [](double concavity, double padding, int segments) {
        TerritoryOptions options;
        options.concavity = concavity;
        options.padding = padding;
        options.quadrantSegments = segments;
        return options;
    };
    CHECK_THROWS_WITH(groupTerritories(households, with(-0.1, 15, 8)), Catch::Contains("concavity"));
    CHECK_THROWS_WITH(groupTerritories(households, with(1.5, 15, 8)), Catch::Contains("concavity"));
    CHECK_THROWS_AS(groupTerritories(households, with(std::numeric_limits<double>::quiet_NaN(), 15, 8)),
                    std::invalid_argument);
    CHECK_THROWS_WITH(groupTerritories(households, with(0.3, 0.0, 8)), Catch::Contains("padding"));
    CHECK_THROWS_WITH(groupTerritories(households, with(0.3, 15, 0)), Catch::Contains("quadrantSegments"));

    std::vector<Household> broken = households;
    broken[2].location.y = std::numeric_limits<double>::quiet_NaN();
    CHECK_THROWS_WITH(groupTerritories(broken), Catch::Contains("H3") && Catch::Contains("non-finite"));
}

TEST_CASE("Territories report progress from 0 to 1 and can be cancelled")
{
    const World &world = demoWorld();
    std::vector<double> seen;
    groupTerritories(world.households, {}, [&seen](double fraction) {
        seen.push_back(fraction);
        return true;
    });
    REQUIRE(seen.size() >= 3);
    CHECK(seen.front() == 0.0);
    CHECK(seen.back() == 1.0);
    CHECK(std::is_sorted(seen.begin(), seen.end()));

    int calls = 0;
    CHECK_THROWS_WITH(groupTerritories(world.households, {}, [&calls](double) { return ++calls < 2; }),
                      "cancelled");
    CHECK(calls == 2);
}
