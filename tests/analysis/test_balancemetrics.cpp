// Before/after figures of a rebalancing on a world small enough to compute by hand: two
// squares of four households 10 m a side, two of the second square starting in the first
// square's group.
#include "analysis/balancemetrics.h"
#include "analysis/balancingworld.h"
#include "demofixture.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <numbers>

using namespace lianxin;

namespace {

BalancingHousehold household(Id id, double x, double y, Id group)
{
    BalancingHousehold h;
    h.id = id;
    h.location = {x, y};
    h.currentGroupId = group;
    h.scope = {7, 0};
    return h;
}

} // namespace

TEST_CASE("metrics of two squares, computed by hand")
{
    // Group 1 based at (5,5) among (0..10)^2, group 2 at (100,100) among (95..105)^2.
    std::vector<BalancingHousehold> households = {
        household(1, 0, 0, 1),     household(2, 10, 0, 1),     household(3, 0, 10, 1),    household(4, 10, 10, 1),
        household(5, 95, 95, 1),   household(6, 105, 95, 2),   household(7, 95, 105, 2),  household(8, 105, 105, 1),
    };
    std::vector<BalancingGroup> groups(2);
    groups[0] = {1, {7, 0}, PointXY{5, 5}, false};
    groups[1] = {2, {7, 0}, PointXY{100, 100}, false};
    World world;
    world.groups = {{1, "G1", 7, PartyWithNonParty | SeniorWithJunior}, {2, "G2", 7, PartyWithNonParty},
                    {3, "G3", 8, LocalWithNonLocal}}; // group 3 is not in the problem
    BalancingOptions options;
    options.stabilityMetres = 0.0;
    const BalancingResult result = balanceGroups(households, groups, options);
    const RebalanceMetrics m = rebalanceMetrics(world, households, groups, result);

    const double r2 = std::sqrt(2.0);
    CHECK(m.households == 8);
    CHECK(m.groups == 2);
    CHECK(m.moved == 2);
    CHECK(m.pairingRuleCount[0] == 2);
    CHECK(m.pairingRuleCount[1] == 1);
    CHECK(m.pairingRuleCount[2] == 0);
    REQUIRE(m.scopes.size() == 1);

    // Before: loads 6 and 2; group 1 walks 5√2 four times plus 90√2 and 100√2.
    CHECK(m.before.load.min == 2);
    CHECK(m.before.load.max == 6);
    CHECK(m.before.load.stdDev == Approx(2.0));
    CHECK(m.before.loadHistogram == std::map<int, int>{{2, 1}, {6, 1}});
    CHECK(m.before.distance.mean == Approx((6 * 5 + 90 + 100) * r2 / 8));
    CHECK(m.before.distance.p90 == Approx(100 * r2));
    // Group 1's hull (0,0) (10,0) (105,105) (0,10) has 1050 m² in a circle of radius
    // 100√2; group 2 has two households, too few for a hull.
    CHECK(m.before.compactness.meanHullShare == Approx(1050.0 / (std::numbers::pi * 20000.0)));
    CHECK(m.before.compactness.meanRadius == Approx((100 * r2 + 5 * r2) / 2));

    // After: each square in its own group, a 10 m square in a circle of radius 5√2.
    CHECK(m.after.load.min == 4);
    CHECK(m.after.load.max == 4);
    CHECK(m.after.load.stdDev == Approx(0.0));
    CHECK(m.after.loadHistogram == std::map<int, int>{{4, 2}});
    CHECK(m.after.distance.mean == Approx(5 * r2));
    CHECK(m.after.distance.p90 == Approx(5 * r2));
    CHECK(m.after.compactness.meanHullShare == Approx(100.0 / (std::numbers::pi * 50.0)));
    CHECK(m.after.compactness.meanRadius == Approx(5 * r2));
}

TEST_CASE("a collinear group has no hull area, and a result of another problem is refused")
{
    std::vector<BalancingHousehold> households = {household(1, 0, 0, 1), household(2, 10, 0, 1), household(3, 20, 0, 1)};
    std::vector<BalancingGroup> groups(1);
    groups[0] = {1, {7, 0}, PointXY{10, 0}, false};
    const BalancingResult result = balanceGroups(households, groups);
    const RebalanceMetrics m = rebalanceMetrics(World{}, households, groups, result);
    CHECK(m.after.compactness.meanHullShare == 0.0);
    CHECK(m.after.compactness.meanRadius == Approx(10.0));
    CHECK(m.moved == 0);
    households.pop_back();
    CHECK_THROWS_AS(rebalanceMetrics(World{}, households, groups, result), std::invalid_argument);
}

TEST_CASE("on the demo, the after loads are within the capacity and the walks get shorter")
{
    const World &world = test::articleWorld();
    const BalancingProblem problem = balancingProblemOf(world);
    const BalancingResult result = balanceGroups(problem.households, problem.groups);
    const RebalanceMetrics m = rebalanceMetrics(world, problem.households, problem.groups, result);
    CHECK(m.households == 15310);
    CHECK(m.groups == 634);
    CHECK(m.moved == result.moves.size());
    int groupsInHistogram = 0, householdsInHistogram = 0;
    for (const auto &[load, count] : m.after.loadHistogram) {
        groupsInHistogram += count;
        householdsInHistogram += load * count;
    }
    CHECK(groupsInHistogram == 634);
    CHECK(householdsInHistogram == 15310);
    CHECK(m.after.load.max - m.after.load.min <= m.before.load.max - m.before.load.min);
    CHECK(m.after.distance.mean < m.before.distance.mean);
    CHECK(m.after.compactness.meanHullShare > 0.0);
    CHECK(m.after.compactness.meanHullShare < 1.0);
    int rules[3] = {0, 0, 0};
    for (const ContactGroup &g : world.groups)
        for (int r = 0; r < 3; ++r)
            rules[r] += (g.rulesMet >> r) & 1u;
    for (int r = 0; r < 3; ++r)
        CHECK(m.pairingRuleCount[r] == rules[r]);
}
