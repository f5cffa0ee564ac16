// colourGroups on the scale-1 demo world, checked against a brute-force adjacency,
// and on tiny hand-made layouts whose colourings are known.
#include "analysis/groupcolouring.h"
#include "demofixture.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <stdexcept>

using namespace lianxin;

namespace {

const World &demoWorld() { return test::articleWorld(); }

Household householdAt(Id id, Id groupId, double x, double y)
{
    Household household;
    household.id = id;
    household.code = "H" + std::to_string(id);
    household.groupId = groupId;
    household.location = {x, y};
    return household;
}

// Every pair of groups with households within `distance`, found independently of the
// grid in colourGroups: sort by x and compare each household with those at most
// `distance` further east.
std::set<std::pair<Id, Id>> bruteForcePairs(std::vector<Household> households, double distance)
{
    std::sort(households.begin(), households.end(),
              [](const Household &a, const Household &b) { return a.location.x < b.location.x; });
    std::set<std::pair<Id, Id>> pairs;
    for (std::size_t i = 0; i < households.size(); ++i) {
        const Household &a = households[i];
        for (std::size_t j = i + 1; j < households.size(); ++j) {
            const Household &b = households[j];
            if (b.location.x - a.location.x > distance)
                break;
            if (a.groupId == b.groupId)
                continue;
            if (std::hypot(a.location.x - b.location.x, a.location.y - b.location.y) <= distance)
                pairs.emplace(std::min(a.groupId, b.groupId), std::max(a.groupId, b.groupId));
        }
    }
    return pairs;
}

} // namespace

TEST_CASE("Every group of the demo world gets a colour within the map's eight")
{
    const World &world = demoWorld();
    const GroupColouring colouring = colourGroups(world.households, 60.0);

    REQUIRE(colouring.colourOf.size() == world.groups.size());
    for (const ContactGroup &group : world.groups)
        CHECK(colouring.colourOf.count(group.id) == 1);

    CHECK(colouring.colourCount >= 2);
    CHECK(colouring.colourCount <= 8);
    std::set<int> used;
    for (const auto &[group, colour] : colouring.colourOf) {
        CHECK(colour >= 0);
        CHECK(colour < colouring.colourCount);
        used.insert(colour);
    }
    CHECK(static_cast<int>(used.size()) == colouring.colourCount);
}

TEST_CASE("Neighbouring groups of the demo world differ, by a brute-force adjacency")
{
    const World &world = demoWorld();
    for (const double distance : {25.0, 60.0}) {
        INFO("neighbour distance " << distance);
        const GroupColouring colouring = colourGroups(world.households, distance);
        const std::set<std::pair<Id, Id>> expected = bruteForcePairs(world.households, distance);
        // The urban groups crowd together; a nearly empty adjacency would let any
        // colouring pass.
        REQUIRE(expected.size() > world.groups.size());

        const std::set<std::pair<Id, Id>> found(colouring.adjacentPairs.begin(), colouring.adjacentPairs.end());
        CHECK(found.size() == colouring.adjacentPairs.size()); // no duplicates
        CHECK(found == expected);
        int clashes = 0;
        for (const auto &[a, b] : expected)
            clashes += colouring.colourOf.at(a) == colouring.colourOf.at(b) ? 1 : 0;
        CHECK(clashes == 0);
    }
}

TEST_CASE("The colouring depends on the households, not on their order or the run")
{
    const World &world = demoWorld();
    const GroupColouring first = colourGroups(world.households);
    const GroupColouring second = colourGroups(world.households);
    CHECK(first.colourOf == second.colourOf);
    CHECK(first.colourCount == second.colourCount);
    CHECK(first.adjacentPairs == second.adjacentPairs);

    std::vector<Household> reversed(world.households.rbegin(), world.households.rend());
    const GroupColouring fromReversed = colourGroups(reversed);
    CHECK(fromReversed.colourOf == first.colourOf);
    CHECK(fromReversed.adjacentPairs == first.adjacentPairs);
}

TEST_CASE("Two groups far apart share the first colour")
{
    const std::vector<Household> households = {householdAt(1, 10, 0, 0), householdAt(2, 10, 5, 5),
                                               householdAt(3, 20, 1000, 0), householdAt(4, 20, 1005, 0)};
    const GroupColouring colouring = colourGroups(households, 60.0);
    CHECK(colouring.colourCount == 1);
    CHECK(colouring.colourOf == std::map<Id, int>{{10, 0}, {20, 0}});
    CHECK(colouring.adjacentPairs.empty());
}

TEST_CASE("Three mutually adjacent groups need three colours")
{
    const std::vector<Household> households = {householdAt(1, 7, 0, 0), householdAt(2, 8, 40, 0),
                                               householdAt(3, 9, 20, 30)};
    const GroupColouring colouring = colourGroups(households, 60.0);
    CHECK(colouring.colourCount == 3);
    CHECK(std::set<int>{colouring.colourOf.at(7), colouring.colourOf.at(8), colouring.colourOf.at(9)}
          == std::set<int>{0, 1, 2});
    CHECK(colouring.adjacentPairs == std::vector<std::pair<Id, Id>>{{7, 8}, {7, 9}, {8, 9}});
}

TEST_CASE("A ring of four groups needs two colours, opposite corners alike")
{
    // A 50 m square: sides are within 60 m, diagonals (70.7 m) are not.
    const std::vector<Household> households = {householdAt(1, 1, 0, 0), householdAt(2, 2, 50, 0),
                                               householdAt(3, 3, 50, 50), householdAt(4, 4, 0, 50)};
    const GroupColouring colouring = colourGroups(households, 60.0);
    CHECK(colouring.colourCount == 2);
    CHECK(colouring.colourOf.at(1) == colouring.colourOf.at(3));
    CHECK(colouring.colourOf.at(2) == colouring.colourOf.at(4));
    CHECK(colouring.colourOf.at(1) != colouring.colourOf.at(2));
    CHECK(colouring.adjacentPairs == std::vector<std::pair<Id, Id>>{{1, 2}, {1, 4}, {2, 3}, {3, 4}});
}

TEST_CASE("Adjacency counts the closest households and includes the distance itself")
{
    // Group 1 spreads over 300 m; only its eastern household, exactly 60 m away, is
    // near group 2. Group 3 misses group 2 by half a metre.
    const std::vector<Household> households = {householdAt(1, 1, 0, 0), householdAt(2, 1, 150, 0),
                                               householdAt(3, 1, 300, 0), householdAt(4, 2, 360, 0),
                                               householdAt(5, 3, 420.5, 0)};
    const GroupColouring colouring = colourGroups(households, 60.0);
    CHECK(colouring.adjacentPairs == std::vector<std::pair<Id, Id>>{{1, 2}});
    CHECK(colouring.colourCount == 2);
    CHECK(colouring.colourOf.at(3) == 0);
}

TEST_CASE("No households, no colours, and bad input is refused with the reason")
{
    const GroupColouring empty = colourGroups({});
    CHECK(empty.colourOf.empty());
    CHECK(empty.colourCount == 0);

    const std::vector<Household> households = {householdAt(1, 1, 0, 0)};
    CHECK_THROWS_WITH(colourGroups(households, 0.0), Catch::Contains("neighbourDistance"));
    CHECK_THROWS_AS(colourGroups(households, -5.0), std::invalid_argument);
    CHECK_THROWS_AS(colourGroups(households, std::numeric_limits<double>::quiet_NaN()), std::invalid_argument);

    const std::vector<Household> broken = {householdAt(1, 1, 0, 0),
                                           householdAt(2, 1, std::numeric_limits<double>::infinity(), 0)};
    CHECK_THROWS_WITH(colourGroups(broken), Catch::Contains("H2") && Catch::Contains("non-finite"));
    const std::vector<Household> farOut = {householdAt(1, 1, 0, 0), householdAt(7, 2, 1e300, 0)};
    CHECK_THROWS_WITH(colourGroups(farOut, 1.0), Catch::Contains("H7") && Catch::Contains("too far"));
}

TEST_CASE("Colouring reports progress from 0 to 1 and can be cancelled")
{
    const World &world = demoWorld();
    std::vector<double> seen;
    colourGroups(world.households, 60.0, [&seen](double fraction) {
        seen.push_back(fraction);
        return true;
    });
    REQUIRE(seen.size() >= 3);
    CHECK(seen.front() == 0.0);
    CHECK(seen.back() == 1.0);
    CHECK(std::is_sorted(seen.begin(), seen.end()));

    int calls = 0;
    CHECK_THROWS_WITH(colourGroups(world.households, 60.0, [&calls](double) { return ++calls < 2; }),
                      "cancelled");
    CHECK(calls == 2);
}

TEST_CASE("A denser world is coloured at a shorter neighbour distance to fit the palette")
{
    DemoOptions options;
    options.coastlinePath = test::coastlinePath().string();
    options.scale = 10;
    const World dense = generateDemoWorld(options);
    REQUIRE(colourGroups(dense.households, 60.0).colourCount > 8); // 60 m is too coarse at x10

    const GroupColouring fitted = colourGroupsToFit(dense.households, 8);
    CHECK(fitted.colourCount <= 8);
    CHECK(fitted.neighbourDistance < 60.0);
    CHECK(fitted.colourOf.size() == dense.groups.size());
    // Still a proper colouring at the distance it chose.
    for (const auto &[a, b] : fitted.adjacentPairs)
        CHECK(fitted.colourOf.at(a) != fitted.colourOf.at(b));

    // The scale-1 demo already fits at 60 m and keeps it.
    CHECK(colourGroupsToFit(demoWorld().households, 8).neighbourDistance == 60.0);
}
