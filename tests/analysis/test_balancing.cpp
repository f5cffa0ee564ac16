// Rebalancing households among contact groups: exact on small instances, never breaks
// capacity or scope, stable, deterministic, and on the demo world never crosses water.
#include "analysis/balancing.h"
#include "analysis/balancingworld.h"
#include "analysis/nearestbases.h"
#include "demofixture.h"

#include "testrandom.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <iostream>
#include <map>
#include <unordered_map>

using namespace lianxin;

namespace {

using test::Random;

long long centimetres(const PointXY &a, const PointXY &b, bool moved, double stability)
{
    return std::llround((std::hypot(a.x - b.x, a.y - b.y) + (moved ? stability : 0.0)) * 100.0);
}

struct Instance {
    std::vector<BalancingHousehold> households;
    std::vector<BalancingGroup> groups;
};

// Households spread over `scopes` scopes with `groupsPerScope` groups each, every
// household starting in a random group of its own scope.
Instance randomInstance(Random &random, int scopes, int groupsPerScope, int householdsPerScope, bool fixedBases)
{
    Instance instance;
    for (int s = 0; s < scopes; ++s) {
        const ScopeKey key{100 + s / 2, s % 2};
        for (int g = 0; g < groupsPerScope; ++g) {
            BalancingGroup group;
            group.id = static_cast<Id>(instance.groups.size() + 1);
            group.scope = key;
            if (fixedBases)
                group.fixedBase = PointXY{random.uniform(0, 1000), random.uniform(0, 1000)};
            instance.groups.push_back(group);
        }
        for (int h = 0; h < householdsPerScope; ++h) {
            BalancingHousehold household;
            household.id = static_cast<Id>(instance.households.size() + 1000);
            household.location = {random.uniform(0, 1000), random.uniform(0, 1000)};
            household.scope = key;
            household.currentGroupId = static_cast<Id>(s * groupsPerScope + random.below(groupsPerScope) + 1);
            instance.households.push_back(household);
        }
    }
    return instance;
}

// The bounds every unlocked group of each scope must meet, computed from the input.
std::map<ScopeKey, std::pair<long long, long long>> boundsOf(const Instance &instance, int tolerance)
{
    std::map<ScopeKey, std::pair<long long, long long>> totals; // weight, groups
    for (const BalancingHousehold &h : instance.households)
        totals[h.scope].first += h.weight;
    for (const BalancingGroup &g : instance.groups)
        totals[g.scope].second += 1;
    std::map<ScopeKey, std::pair<long long, long long>> bounds;
    for (const auto &[scope, t] : totals)
        if (t.second > 0)
            bounds[scope] = {std::max(0LL, t.first / t.second - tolerance), (t.first + t.second - 1) / t.second + tolerance};
    return bounds;
}

} // namespace

TEST_CASE("The grid finds the same nearest bases as a full scan", "[balancing]")
{
    for (std::uint64_t seed = 1; seed <= 30; ++seed) {
        Random random{seed * 31};
        std::vector<PointXY> bases(1 + static_cast<std::size_t>(random.below(300)));
        for (PointXY &b : bases) // on a coarse lattice, so equal distances happen
            b = {std::round(random.uniform(0, 2000) / 50) * 50, std::round(random.uniform(0, 500) / 50) * 50};
        const balancing::NearestBases grid(bases);
        for (int q = 0; q < 200; ++q) {
            const PointXY p{std::round(random.uniform(-500, 2500) / 25) * 25, std::round(random.uniform(-500, 1000) / 25) * 25};
            const int k = 1 + random.below(12);
            std::vector<std::pair<double, int>> all;
            for (std::size_t i = 0; i < bases.size(); ++i)
                all.emplace_back((bases[i].x - p.x) * (bases[i].x - p.x) + (bases[i].y - p.y) * (bases[i].y - p.y), static_cast<int>(i));
            std::sort(all.begin(), all.end());
            std::vector<int> expected;
            for (std::size_t i = 0; i < std::min(all.size(), static_cast<std::size_t>(k)); ++i)
                expected.push_back(all[i].second);
            INFO("seed " << seed << " query " << q);
            REQUIRE(grid.nearest(p, k) == expected);
        }
    }
}

TEST_CASE("With fixed bases one flow step finds the exact optimum of a small instance", "[balancing]")
{
    for (std::uint64_t seed = 1; seed <= 25; ++seed) {
        Random random{seed};
        const Instance instance = randomInstance(random, 1, 3, 7, true);
        BalancingOptions options;
        options.tolerance = static_cast<int>(seed % 2);
        options.stabilityMetres = random.uniform(0, 300);
        options.maxIterations = 1;
        // Every group a candidate: with fewer, the flow is exact only over the arcs it has.
        options.candidateGroups = 3;
        const BalancingResult result = balanceGroups(instance.households, instance.groups, options);

        // Brute force: all 3^7 assignments within [floor(7/3) - tol, ceil(7/3) + tol].
        const auto [lower, upper] = boundsOf(instance, options.tolerance).begin()->second;
        long long best = -1;
        std::vector<int> choice(7, 0);
        for (int code = 0; code < 2187; ++code) {
            int rest = code;
            std::vector<int> load(3, 0);
            long long cost = 0;
            for (int h = 0; h < 7; ++h) {
                choice[static_cast<std::size_t>(h)] = rest % 3;
                rest /= 3;
                const auto g = static_cast<std::size_t>(choice[static_cast<std::size_t>(h)]);
                ++load[g];
                const BalancingHousehold &household = instance.households[static_cast<std::size_t>(h)];
                cost += centimetres(household.location, *instance.groups[g].fixedBase,
                                    household.currentGroupId != instance.groups[g].id, options.stabilityMetres);
            }
            if (std::all_of(load.begin(), load.end(), [&](int l) { return l >= lower && l <= upper; }) && (best < 0 || cost < best))
                best = cost;
        }
        INFO("seed " << seed);
        REQUIRE(best >= 0);
        CHECK(std::llround(result.objectiveMetres * 100.0) == best);
    }
}

TEST_CASE("With few candidate groups the flow is never better than the exact optimum", "[balancing]")
{
    for (std::uint64_t seed = 1; seed <= 25; ++seed) {
        Random random{seed};
        const Instance instance = randomInstance(random, 1, 3, 7, true);
        BalancingOptions options;
        options.maxIterations = 1;
        options.stabilityMetres = random.uniform(0, 300);
        options.candidateGroups = 3;
        const double exact = balanceGroups(instance.households, instance.groups, options).objectiveMetres;
        options.candidateGroups = 1; // widened by the solver when the bounds need it
        INFO("seed " << seed);
        CHECK(balanceGroups(instance.households, instance.groups, options).objectiveMetres >= exact - 1e-6);
    }
}

TEST_CASE("Capacity, scope and locks hold on random instances", "[balancing]")
{
    for (std::uint64_t seed = 1; seed <= 100; ++seed) {
        Random random{seed * 7919};
        Instance instance = randomInstance(random, 1 + random.below(4), 2 + random.below(8), 10 + random.below(150), false);
        std::unordered_map<Id, std::size_t> indexOf;
        for (std::size_t g = 0; g < instance.groups.size(); ++g)
            indexOf.emplace(instance.groups[g].id, g);
        const bool weighted = seed % 3 == 0; // priority households weigh 1 to 3
        for (BalancingHousehold &h : instance.households) {
            h.locked = random.below(40) == 0;
            if (weighted)
                h.weight = 1 + random.below(3);
        }
        BalancingOptions options;
        options.tolerance = random.below(3);
        options.stabilityMetres = random.uniform(0, 200);
        options.candidateGroups = 1 + random.below(4);
        INFO("seed " << seed);
        BalancingResult result;
        try {
            result = balanceGroups(instance.households, instance.groups, options);
        } catch (const BalancingError &error) {
            // Only random locks may make an instance impossible; say so and move on.
            INFO(error.what());
            CHECK(std::string(error.what()).find("locked") != std::string::npos);
            continue;
        }
        const auto bounds = boundsOf(instance, options.tolerance);
        std::map<Id, long long> load;
        for (std::size_t h = 0; h < instance.households.size(); ++h) {
            const BalancingHousehold &household = instance.households[h];
            const Id group = result.groupOf[h];
            REQUIRE(indexOf.contains(group));
            CHECK(instance.groups[indexOf.at(group)].scope == household.scope);
            if (household.locked)
                CHECK(group == household.currentGroupId);
            load[group] += household.weight;
        }
        for (const BalancingGroup &group : instance.groups) {
            const auto [lower, upper] = bounds.at(group.scope);
            CHECK(load[group.id] >= lower);
            CHECK(load[group.id] <= upper);
        }
    }
}

TEST_CASE("A balanced assignment with a high stability cost moves nothing", "[balancing]")
{
    Random random{42};
    Instance instance = randomInstance(random, 3, 6, 140, false);
    BalancingOptions options;
    options.stabilityMetres = 0.0;
    const BalancingResult balanced = balanceGroups(instance.households, instance.groups, options);
    REQUIRE_FALSE(balanced.moves.empty()); // the random start was far from balanced
    for (std::size_t h = 0; h < instance.households.size(); ++h)
        instance.households[h].currentGroupId = balanced.groupOf[h];
    options.stabilityMetres = 1e6;
    const BalancingResult again = balanceGroups(instance.households, instance.groups, options);
    CHECK(again.moves.empty());
    for (const ScopeMetrics &scope : again.scopes)
        CHECK(scope.moved == 0);
}

TEST_CASE("Balancing is deterministic", "[balancing]")
{
    Random random{7};
    const Instance instance = randomInstance(random, 2, 9, 300, false);
    const BalancingResult first = balanceGroups(instance.households, instance.groups);
    const BalancingResult second = balanceGroups(instance.households, instance.groups);
    CHECK(first.groupOf == second.groupOf);
    CHECK(first.baseOf == second.baseOf);
    CHECK(first.objectiveMetres == second.objectiveMetres);
}

TEST_CASE("Impossible scopes and bad input get errors that name them", "[balancing]")
{
    Random random{3};
    Instance instance = randomInstance(random, 1, 3, 30, false);
    SECTION("households with no group in their scope")
    {
        instance.households[0].scope = {999, 5};
        instance.households[0].currentGroupId = 0;
        REQUIRE_THROWS_WITH(balanceGroups(instance.households, instance.groups),
                            Catch::Contains("department 999 on island 5") && Catch::Contains("no unlocked group"));
    }
    SECTION("locked households above the capacity")
    {
        for (BalancingHousehold &h : instance.households) {
            h.currentGroupId = 1;
            h.locked = h.id % 2 == 0;
        }
        REQUIRE_THROWS_AS(balanceGroups(instance.households, instance.groups), BalancingError);
        REQUIRE_THROWS_WITH(balanceGroups(instance.households, instance.groups), Catch::Contains("above the most"));
    }
    SECTION("a weight below one")
    {
        instance.households[3].weight = 0;
        REQUIRE_THROWS_AS(balanceGroups(instance.households, instance.groups), std::invalid_argument);
    }
    SECTION("cancel")
    {
        BalancingOptions options;
        options.progress = [](double) { return false; };
        REQUIRE_THROWS_AS(balanceGroups(instance.households, instance.groups, options), BalancingCancelled);
    }
}

TEST_CASE("On the demo world no household crosses its scope or the water, and loads are fair", "[balancing][demo]")
{
    const World &world = test::articleWorld();
    const BalancingProblem problem = balancingProblemOf(world);
    REQUIRE(problem.households.size() == world.households.size());

    const auto start = std::chrono::steady_clock::now();
    const BalancingResult result = balanceGroups(problem.households, problem.groups);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cout << "demo balancing: " << seconds << " s, " << result.moves.size() << " moves, "
              << result.scopes.size() << " scopes\n";

    std::unordered_map<Id, const ContactGroup *> groupOf;
    for (const ContactGroup &g : world.groups)
        groupOf.emplace(g.id, &g);
    std::unordered_map<Id, Id> departmentOfGrid, islandOfVillage;
    for (const GridArea &grid : world.gridAreas)
        departmentOfGrid.emplace(grid.id, grid.departmentId);
    for (const Village &village : world.villages)
        islandOfVillage.emplace(village.id, village.islandId);
    // The island a group serves after balancing: every village household it has must
    // live there.
    std::map<Id, Id> islandOfGroup;
    for (std::size_t h = 0; h < world.households.size(); ++h) {
        const Household &household = world.households[h];
        const ContactGroup &group = *groupOf.at(result.groupOf[h]);
        INFO(household.code);
        if (household.gridAreaId) {
            CHECK(group.departmentId == departmentOfGrid.at(*household.gridAreaId));
        } else {
            const Id island = islandOfVillage.at(*household.villageId);
            const auto [it, inserted] = islandOfGroup.emplace(group.id, island);
            CHECK(it->second == island);
            CHECK(group.departmentId != 0);
        }
    }
    std::map<Id, int> load;
    for (Id g : result.groupOf)
        ++load[g];
    Instance instance{problem.households, problem.groups};
    const auto bounds = boundsOf(instance, BalancingOptions{}.tolerance);
    for (const BalancingGroup &group : problem.groups) {
        if (!bounds.contains(group.scope))
            continue; // a scope with groups but no households
        INFO("group " << group.id);
        CHECK(load[group.id] >= bounds.at(group.scope).first);
        CHECK(load[group.id] <= bounds.at(group.scope).second);
    }
    // The demo's groups are balanced slices of a space-filling curve, not compact ones:
    // balancing must shorten the walks overall.
    double before = 0.0, after = 0.0;
    for (const ScopeMetrics &scope : result.scopes) {
        before += scope.distanceBefore.mean * static_cast<double>(scope.households);
        after += scope.distanceAfter.mean * static_cast<double>(scope.households);
    }
    std::cout << "demo mean walk to base: " << before / static_cast<double>(world.households.size()) << " m before, "
              << after / static_cast<double>(world.households.size()) << " m after\n";
    CHECK(after < before);
}

TEST_CASE("A locked group keeps exactly its households", "[balancing]")
{
    Random random{11};
    Instance instance = randomInstance(random, 1, 5, 120, false);
    instance.groups[2].locked = true;
    const BalancingResult result = balanceGroups(instance.households, instance.groups);
    for (std::size_t h = 0; h < instance.households.size(); ++h) {
        const bool wasInLocked = instance.households[h].currentGroupId == instance.groups[2].id;
        CHECK((result.groupOf[h] == instance.groups[2].id) == wasInLocked);
    }
}

TEST_CASE("Priority households of the World weigh what the options say", "[balancing]")
{
    const World &world = test::articleWorld();
    BalancingWorldOptions options;
    options.fiveEldersExtra = 1;
    options.hardshipExtra = 2;
    const BalancingProblem problem = balancingProblemOf(world, options);
    int heavier = 0;
    for (std::size_t h = 0; h < world.households.size(); ++h) {
        const unsigned flags = world.households[h].flags;
        const int expected = 1 + ((flags & FiveElders) ? 1 : 0) + ((flags & Hardship) ? 2 : 0);
        CHECK(problem.households[h].weight == expected);
        heavier += expected > 1;
    }
    CHECK(heavier > 0); // the demo has priority households, so the check above bites
    options.hardshipExtra = -1;
    CHECK_THROWS_AS(balancingProblemOf(world, options), std::invalid_argument);
}

TEST_CASE("Weighted loads on the demo stay within the bounds once split households are repaired", "[balancing]")
{
    const World &world = test::articleWorld();
    BalancingWorldOptions weights;
    weights.fiveEldersExtra = 1;
    weights.subsistenceAllowanceExtra = 1;
    weights.hardshipExtra = 1;
    weights.seriousIllnessExtra = 1;
    const BalancingProblem problem = balancingProblemOf(world, weights);
    const BalancingResult result = balanceGroups(problem.households, problem.groups);
    int heaviest = 1;
    std::map<Id, long long> load;
    for (std::size_t h = 0; h < problem.households.size(); ++h) {
        heaviest = std::max(heaviest, problem.households[h].weight);
        load[result.groupOf[h]] += problem.households[h].weight;
    }
    const auto bounds = boundsOf(Instance{problem.households, problem.groups}, BalancingOptions{}.tolerance);
    for (const BalancingGroup &group : problem.groups) {
        const auto [lower, upper] = bounds.at(group.scope);
        INFO("group " << group.id);
        CHECK(load[group.id] >= lower);
        CHECK(load[group.id] <= upper);
    }
    CHECK(heaviest > 1);
}

TEST_CASE("An island without its own group is refused until it is linked to the island that serves it", "[balancing][demo]")
{
    World world = test::articleWorld();
    // A township unit whose village households live on more than one island.
    std::map<Id, Id> islandOfVillage;
    for (const Village &village : world.villages)
        islandOfVillage.emplace(village.id, village.islandId);
    std::map<Id, std::map<Id, int>> householdsOfTownshipIsland;
    for (const Household &h : world.households)
        if (h.villageId)
            ++householdsOfTownshipIsland[h.townshipId][islandOfVillage.at(*h.villageId)];
    Id township = 0, mainIsland = 0, smallIsland = 0;
    for (const auto &[t, islands] : householdsOfTownshipIsland)
        if (islands.size() >= 2 && township == 0) {
            township = t;
            for (const auto &[island, count] : islands) {
                if (mainIsland == 0 || count > islands.at(mainIsland))
                    mainIsland = island;
            }
            for (const auto &[island, count] : islands)
                if (island != mainIsland && (smallIsland == 0 || count < islands.at(smallIsland)))
                    smallIsland = island;
        }
    REQUIRE(township != 0);
    INFO("township " << township << ", island " << smallIsland << " served from " << mainIsland);

    // The small island's cadres left: its households were handed round the groups of the
    // main island (a few each, so no group moves its base across the water).
    std::vector<Id> mainGroups;
    for (const Household &h : world.households)
        if (h.villageId && h.townshipId == township && islandOfVillage.at(*h.villageId) == mainIsland
            && std::find(mainGroups.begin(), mainGroups.end(), h.groupId) == mainGroups.end())
            mainGroups.push_back(h.groupId);
    REQUIRE(mainGroups.size() >= 2);
    int handedOver = 0;
    for (Household &h : world.households)
        if (h.villageId && h.townshipId == township && islandOfVillage.at(*h.villageId) == smallIsland)
            h.groupId = mainGroups[static_cast<std::size_t>(handedOver++) % mainGroups.size()];
    REQUIRE(handedOver > 0);

    const BalancingProblem unlinked = balancingProblemOf(world);
    CHECK_THROWS_WITH(balanceGroups(unlinked.households, unlinked.groups),
                      Catch::Contains("no unlocked group") && Catch::Contains(std::to_string(smallIsland)));

    BalancingWorldOptions options;
    options.islandLinks = {{smallIsland, mainIsland}};
    const BalancingProblem linked = balancingProblemOf(world, options);
    for (std::size_t i = 0; i < world.households.size(); ++i)
        CHECK(linked.households[i].scope.islandId != smallIsland);
    const BalancingResult result = balanceGroups(linked.households, linked.groups);
    // The small island's households now go to groups of the main island, and only there.
    std::map<Id, Id> scopeIslandOfGroup;
    for (const BalancingGroup &g : linked.groups)
        scopeIslandOfGroup.emplace(g.id, g.scope.islandId);
    for (std::size_t i = 0; i < world.households.size(); ++i) {
        const Household &h = world.households[i];
        if (h.villageId && islandOfVillage.at(*h.villageId) == smallIsland)
            CHECK(scopeIslandOfGroup.at(result.groupOf[i]) == mainIsland);
    }

    options.islandLinks = {{smallIsland, mainIsland}, {mainIsland, smallIsland}};
    CHECK_THROWS_WITH(balancingProblemOf(world, options), Catch::Contains("cycle"));
    // Island 0 is where groups without households sit: never a place to serve from.
    options.islandLinks = {{smallIsland, 0}};
    CHECK_THROWS_WITH(balancingProblemOf(world, options), Catch::Contains("names no island"));
}
