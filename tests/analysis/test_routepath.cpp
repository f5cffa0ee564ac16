// The route solvers: Held-Karp against brute force, the local search against Held-Karp
// and against the nearest-neighbour + 2-opt baseline it must never lose to.
#include "analysis/routelocalsearch.h"
#include "analysis/routepath.h"

#include "testrandom.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>
#include <set>

using namespace lianxin;
using namespace lianxin::route;

namespace {

std::vector<PointXY> randomNodes(test::Random &random, int stops, double side = 1000.0)
{
    std::vector<PointXY> nodes;
    for (int i = 0; i <= stops; ++i)
        nodes.push_back({random.uniform(0.0, side), random.uniform(0.0, side)});
    return nodes;
}

// Every order of the stops, the start fixed: the reference Held-Karp must equal.
double bruteForceLength(const DistanceMatrix &d)
{
    Path order(d.size());
    std::iota(order.begin(), order.end(), 0);
    double best = pathLength(d, order);
    while (std::next_permutation(order.begin() + 1, order.end()))
        best = std::min(best, pathLength(d, order));
    return best;
}

void requireVisitsEveryNodeOnce(const Path &path, std::size_t n)
{
    REQUIRE(path.size() == n);
    REQUIRE(path.front() == 0);
    REQUIRE(std::set<int>(path.begin(), path.end()).size() == n);
    REQUIRE(*std::max_element(path.begin(), path.end()) == static_cast<int>(n) - 1);
}

} // namespace

TEST_CASE("Held-Karp walks collinear stops in their order along the line")
{
    // Start at 0 m, stops at 300, 100, 200 m: the shortest open walk is 100, 200, 300.
    const DistanceMatrix d({{0, 0}, {300, 0}, {100, 0}, {200, 0}});
    const Path path = heldKarpPath(d);
    CHECK(path == Path{0, 2, 3, 1});
    CHECK(pathLength(d, path) == Approx(300.0));
}

TEST_CASE("Held-Karp goes to the near end first on a hand-worked open path")
{
    // Base at (0,0); stops at (0,10), (100,10), (100,0). Going up first walks 10+100+10 = 120;
    // going to (100,0) first walks 100+10+100 = 210.
    const DistanceMatrix d({{0, 0}, {100, 0}, {0, 10}, {100, 10}});
    const Path path = heldKarpPath(d);
    CHECK(path == Path{0, 2, 3, 1});
    CHECK(pathLength(d, path) == Approx(120.0));
}

TEST_CASE("Held-Karp equals brute force on random instances of up to 9 stops")
{
    test::Random random{20210506};
    for (int stops = 0; stops <= 9; ++stops) {
        const int instances = stops <= 7 ? 30 : (stops == 8 ? 10 : 4);
        for (int i = 0; i < instances; ++i) {
            const DistanceMatrix d(randomNodes(random, stops));
            const Path path = heldKarpPath(d);
            requireVisitsEveryNodeOnce(path, d.size());
            REQUIRE(pathLength(d, path) == Approx(bruteForceLength(d)).epsilon(1e-12));
        }
    }
}

TEST_CASE("Held-Karp refuses more stops than it is meant for")
{
    test::Random random{7};
    const DistanceMatrix d(randomNodes(random, kExactStops + 1));
    CHECK_THROWS_AS(heldKarpPath(d), std::invalid_argument);
}

TEST_CASE("The local search is within 1 percent of Held-Karp on 200 random 12-stop instances")
{
    test::Random random{1962};
    int optimal = 0;
    double worst = 1.0;
    for (int i = 0; i < 200; ++i) {
        const DistanceMatrix d(randomNodes(random, 12));
        const Path heuristic = localSearchPath(d);
        requireVisitsEveryNodeOnce(heuristic, d.size());
        const double exact = pathLength(d, heldKarpPath(d));
        const double found = pathLength(d, heuristic);
        REQUIRE(found >= exact - 1e-6);
        REQUIRE(found <= exact * 1.01);
        worst = std::max(worst, found / exact);
        optimal += found <= exact + 1e-6 ? 1 : 0;
    }
    INFO("optimal in " << optimal << " of 200, worst ratio " << worst);
    CHECK(optimal >= 190);
}

TEST_CASE("The local search is never longer than nearest neighbour + 2-opt")
{
    test::Random random{2021};
    int shorter = 0;
    for (int i = 0; i < 300; ++i) {
        const int stops = 2 + random.below(40);
        const DistanceMatrix d(randomNodes(random, stops));
        const Path heuristic = localSearchPath(d);
        requireVisitsEveryNodeOnce(heuristic, d.size());
        const double baseline = pathLength(d, nearestNeighbourTwoOpt(d));
        REQUIRE(pathLength(d, heuristic) <= baseline + 1e-9);
        shorter += pathLength(d, heuristic) < baseline - 1e-6 ? 1 : 0;
    }
    // Not a tie by construction: on random instances the search usually finds better.
    CHECK(shorter > 100);
}

TEST_CASE("Or-opt moves a stray stop back into line")
{
    // 0 -> 3 -> 1 -> 2 along a line: moving stop 3 to the end is the one improving run move.
    const DistanceMatrix d({{0, 0}, {100, 0}, {200, 0}, {300, 0}});
    Path path{0, 3, 1, 2};
    CHECK(orOpt(d, path));
    CHECK(path == Path{0, 1, 2, 3});
    CHECK_FALSE(orOpt(d, path));
}

TEST_CASE("shortestOpenPath handles no stop, one stop and duplicates")
{
    CHECK(shortestOpenPath(DistanceMatrix({})).empty());
    CHECK(shortestOpenPath(DistanceMatrix({{5, 5}})) == Path{0});
    const DistanceMatrix d({{0, 0}, {10, 0}, {10, 0}, {0, 0}});
    const Path path = shortestOpenPath(d);
    requireVisitsEveryNodeOnce(path, 4);
    CHECK(pathLength(d, path) == Approx(10.0));
}
