// Exact DBSCAN: the grid-indexed version equals the textbook brute force label for label
// (border points, minPoints 1, duplicates, points exactly eps apart, pair filters), hand
// examples with known answers, bad input, and the adjusted Rand index.
#include "analysis/dbscan.h"

#include "testrandom.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>

using namespace lianxin;

namespace {

using test::Random;

// Uniform points; with `lattice` > 0 snapped to multiples of it, so that many pairs lie
// exactly eps apart (eps a multiple of the lattice) and duplicates are common.
std::vector<PointXY> randomPoints(std::uint64_t seed, std::size_t count, double side, double lattice)
{
    Random random{seed};
    std::vector<PointXY> points(count);
    for (PointXY &p : points) {
        p = {540000.0 + random.uniform(0.0, side), 4200000.0 + random.uniform(0.0, side)};
        if (lattice > 0.0)
            p = {std::round(p.x / lattice) * lattice, std::round(p.y / lattice) * lattice};
    }
    return points;
}

// Clustered points: a few normal blobs plus uniform noise, the shape DBSCAN is for.
std::vector<PointXY> blobPoints(std::uint64_t seed, std::size_t count, double side)
{
    Random random{seed};
    std::vector<PointXY> centres(6);
    for (PointXY &c : centres)
        c = {random.uniform(0.0, side), random.uniform(0.0, side)};
    std::vector<PointXY> points(count);
    for (PointXY &p : points) {
        if (random.chance(0.2)) {
            p = {random.uniform(0.0, side), random.uniform(0.0, side)};
        } else {
            const PointXY &c = random.pick(centres);
            p = {random.normal(c.x, side / 30.0), random.normal(c.y, side / 30.0)};
        }
    }
    return points;
}

int clusterCount(const std::vector<int> &labels)
{
    int count = 0;
    for (int label : labels)
        count = std::max(count, label + 1);
    return count;
}

std::vector<long long> asLongs(const std::vector<int> &labels)
{
    return std::vector<long long>(labels.begin(), labels.end());
}

} // namespace

TEST_CASE("dbscan equals the textbook brute force on random point sets", "[dbscan]")
{
    struct Setup {
        std::size_t count;
        double side;
        double lattice;
        double eps;
        int minPoints;
    };
    const std::vector<Setup> setups = {
        {300, 1000.0, 0.0, 60.0, 3},  {300, 1000.0, 0.0, 60.0, 1},  {500, 1000.0, 0.0, 55.0, 5},
        {800, 2000.0, 0.0, 90.0, 4},  {400, 300.0, 0.0, 25.0, 8},   {600, 500.0, 10.0, 30.0, 3},
        {600, 500.0, 10.0, 30.0, 6},  {400, 400.0, 20.0, 20.0, 2},  {300, 600.0, 25.0, 25.0, 4},
        {1000, 3000.0, 0.0, 100.0, 3}, {200, 150.0, 5.0, 15.0, 6},  {700, 800.0, 0.0, 0.5, 1},
    };
    int nonTrivial = 0;
    for (std::size_t s = 0; s < setups.size(); ++s) {
        const Setup &setup = setups[s];
        for (std::uint64_t seed = 1; seed <= 4; ++seed) {
            const std::vector<PointXY> points = randomPoints(seed * 100 + s, setup.count, setup.side, setup.lattice);
            DbscanOptions options;
            options.eps = setup.eps;
            options.minPoints = setup.minPoints;
            const std::vector<int> fast = dbscan(points, options);
            const std::vector<int> brute = dbscanBruteForce(points, options);
            INFO("setup " << s << " seed " << seed);
            REQUIRE(fast == brute);
            if (clusterCount(brute) > 1)
                ++nonTrivial;
        }
    }
    // The sets must exercise real clustering, not all-noise or one blob.
    CHECK(nonTrivial >= 44); // of 48
}

TEST_CASE("dbscan equals the brute force on clustered points with noise and borders", "[dbscan]")
{
    for (std::uint64_t seed = 1; seed <= 8; ++seed) {
        const std::vector<PointXY> points = blobPoints(seed, 1500, 3000.0);
        for (int minPoints : {3, 6, 12}) {
            DbscanOptions options;
            options.eps = 40.0;
            options.minPoints = minPoints;
            const std::vector<int> fast = dbscan(points, options);
            const std::vector<int> brute = dbscanBruteForce(points, options);
            INFO("seed " << seed << " minPoints " << minPoints);
            REQUIRE(fast == brute);
            CHECK(clusterCount(brute) >= 2);
            CHECK(std::count(brute.begin(), brute.end(), kDbscanNoise) > 0);
        }
    }
}

TEST_CASE("dbscan equals the brute force with a symmetric pair filter", "[dbscan]")
{
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
        const std::vector<PointXY> points = randomPoints(seed, 800, 600.0, seed % 2 == 0 ? 10.0 : 0.0);
        // Classes like concern items, plus a pseudo-random symmetric veto like text similarity.
        DbscanOptions options;
        options.eps = 50.0;
        options.minPoints = 3;
        bool badCall = false; // the filter is only asked about distinct points within eps
        options.pairFilter = [&, seed](std::size_t i, std::size_t j) {
            if (i == j || std::hypot(points[i].x - points[j].x, points[i].y - points[j].y) > 50.0 + 1e-9)
                badCall = true;
            if (i % 3 != j % 3)
                return false;
            Random hash{(std::min(i, j) * 1000003u + std::max(i, j)) ^ (seed * 0x9e3779b97f4a7c15ULL)};
            return hash.next() % 5 != 0;
        };
        const std::vector<int> fast = dbscan(points, options);
        const std::vector<int> brute = dbscanBruteForce(points, options);
        INFO("seed " << seed);
        REQUIRE(fast == brute);
        CHECK(clusterCount(brute) >= 3);
        CHECK_FALSE(badCall);
    }
}

TEST_CASE("dbscan gives a border point reachable from two clusters to the first one found", "[dbscan]")
{
    // Two chains of four points each, one unit apart from the shared border point (2, 0):
    // it has only three neighbours (itself included), so with minPoints 4 it is not core,
    // and both (1, 0) and (3, 0) are cores exactly eps = 1 away from it.
    const std::vector<PointXY> left = {{1, 0}, {0.5, 0}, {0.25, 0}, {0, 0}};
    const std::vector<PointXY> right = {{3, 0}, {3.5, 0}, {3.75, 0}, {4, 0}};
    const PointXY border{2, 0};
    DbscanOptions options;
    options.eps = 1.0;
    options.minPoints = 4;

    // The border point first: the textbook loop marks it noise, then the right cluster
    // (listed before the left one, so cluster 0) claims it.
    std::vector<PointXY> points = {border};
    points.insert(points.end(), right.begin(), right.end());
    points.insert(points.end(), left.begin(), left.end());
    const std::vector<int> expected = {0, 0, 0, 0, 0, 1, 1, 1, 1};
    CHECK(dbscanBruteForce(points, options) == expected);
    CHECK(dbscan(points, options) == expected);

    // Left first: the left cluster reaches it first.
    points = left;
    points.insert(points.end(), right.begin(), right.end());
    points.push_back(border);
    const std::vector<int> leftFirst = {0, 0, 0, 0, 1, 1, 1, 1, 0};
    CHECK(dbscanBruteForce(points, options) == leftFirst);
    CHECK(dbscan(points, options) == leftFirst);

    // One more neighbour makes it core, and the two clusters merge through it.
    points.push_back({2, 0.5});
    const std::vector<int> merged(points.size(), 0);
    CHECK(dbscanBruteForce(points, options) == merged);
    CHECK(dbscan(points, options) == merged);
}

TEST_CASE("dbscan textbook cases: minPoints 1, duplicates, exact eps, noise", "[dbscan]")
{
    DbscanOptions options;
    options.eps = 10.0;

    SECTION("minPoints 1: every point is core, isolated points are clusters of one")
    {
        options.minPoints = 1;
        const std::vector<PointXY> points = {{0, 0}, {100, 0}, {5, 0}, {300, 300}};
        const std::vector<int> expected = {0, 1, 0, 2};
        CHECK(dbscan(points, options) == expected);
        CHECK(dbscanBruteForce(points, options) == expected);
    }
    SECTION("duplicates count as separate neighbours")
    {
        options.minPoints = 3;
        const std::vector<PointXY> three = {{7, 7}, {7, 7}, {7, 7}, {50, 50}, {50, 50}};
        const std::vector<int> expected = {0, 0, 0, kDbscanNoise, kDbscanNoise};
        CHECK(dbscan(three, options) == expected);
        CHECK(dbscanBruteForce(three, options) == expected);
    }
    SECTION("points exactly eps apart are neighbours, a hair further are not")
    {
        options.minPoints = 2;
        const std::vector<PointXY> exact = {{0, 0}, {6, 8}, {500, 500}, {500, 510.000001}};
        const std::vector<int> expected = {0, 0, kDbscanNoise, kDbscanNoise};
        CHECK(dbscan(exact, options) == expected);
        CHECK(dbscanBruteForce(exact, options) == expected);
    }
    SECTION("two blobs and a noise point")
    {
        options.minPoints = 3;
        const std::vector<PointXY> points = {{0, 0},   {3, 0},   {0, 3},   {1000, 0}, {200, 200},
                                             {203, 200}, {200, 203}, {206, 200}, {2, 2}};
        const std::vector<int> expected = {0, 0, 0, kDbscanNoise, 1, 1, 1, 1, 0};
        CHECK(dbscan(points, options) == expected);
        CHECK(dbscanBruteForce(points, options) == expected);
    }
    SECTION("a chain longer than eps is one cluster")
    {
        options.minPoints = 3;
        std::vector<PointXY> chain;
        for (int i = 0; i < 50; ++i)
            chain.push_back({i * 9.0, 0.0});
        const std::vector<int> labels = dbscan(chain, options);
        CHECK(labels == std::vector<int>(chain.size(), 0));
    }
    SECTION("no points")
    {
        CHECK(dbscan({}, options).empty());
        CHECK(dbscanBruteForce({}, options).empty());
    }
}

TEST_CASE("dbscan rejects bad options and coordinates with a clear error", "[dbscan]")
{
    const std::vector<PointXY> points = {{0, 0}, {1, 1}, {std::numeric_limits<double>::quiet_NaN(), 2}};
    DbscanOptions options;
    CHECK_THROWS_WITH(dbscan(points, options), Catch::Contains("point 2"));
    CHECK_THROWS_WITH(dbscanBruteForce(points, options), Catch::Contains("point 2"));
    const std::vector<PointXY> good = {{0, 0}, {1, 1}};
    options.eps = 0.0;
    CHECK_THROWS_WITH(dbscan(good, options), Catch::Contains("eps"));
    options.eps = std::numeric_limits<double>::infinity();
    CHECK_THROWS_AS(dbscan(good, options), std::invalid_argument);
    options.eps = 10.0;
    options.minPoints = 0;
    CHECK_THROWS_WITH(dbscan(good, options), Catch::Contains("minPoints"));
    options.minPoints = 3;
    options.eps = 1e-9; // 2^31 cells per axis are not enough for 1e4 units
    CHECK_THROWS_WITH(dbscan({{0, 0}, {1e4, 0}}, options), Catch::Contains("too small"));
}

TEST_CASE("dbscan reports progress and stops when cancelled", "[dbscan]")
{
    const std::vector<PointXY> points = randomPoints(7, 20000, 2000.0, 0.0);
    DbscanOptions options;
    options.eps = 20.0;
    std::vector<double> seen;
    options.progress = [&](double fraction) {
        seen.push_back(fraction);
        return true;
    };
    dbscan(points, options);
    REQUIRE(seen.size() >= 3);
    CHECK(std::is_sorted(seen.begin(), seen.end()));
    CHECK(seen.back() == 1.0);
    options.progress = [](double fraction) { return fraction < 0.5; };
    CHECK_THROWS_WITH(dbscan(points, options), "cancelled");
}

TEST_CASE("adjusted Rand index on hand-computed cases", "[dbscan][ari]")
{
    const std::vector<long long> a = {0, 0, 1, 1};
    CHECK(adjustedRandIndex(a, a) == 1.0);
    CHECK(adjustedRandIndex(a, {5, 5, -3, -3}) == 1.0); // only the partition matters
    // One pair together in both; expected 1/3, maximum 3/2: (1 - 1/3) / (3/2 - 1/3) = 4/7.
    CHECK(adjustedRandIndex(a, {0, 0, 1, 2}) == Approx(4.0 / 7.0).epsilon(1e-12));
    // Crossed halves: no pair agrees, (0 - 2/3) / (2 - 2/3) = -1/2.
    CHECK(adjustedRandIndex(a, {0, 1, 0, 1}) == Approx(-0.5).epsilon(1e-12));
    // Six items: contingency 2,1 / 1,2 -> index 2, sums 6 and 3 over 15 pairs:
    // (2 - 6*3/15) / (4.5 - 1.2) = 8/33.
    CHECK(adjustedRandIndex({0, 0, 0, 1, 1, 1}, {0, 0, 1, 1, 2, 2}) == Approx(8.0 / 33.0).epsilon(1e-12));
    // Both all singletons, or both one cluster: identical, 1 (the formula is 0/0).
    CHECK(adjustedRandIndex({1, 2, 3}, {4, 5, 6}) == 1.0);
    CHECK(adjustedRandIndex({1, 1, 1}, {2, 2, 2}) == 1.0);
    // All singletons against one cluster: nothing in common beyond chance.
    CHECK(adjustedRandIndex({1, 2, 3}, {7, 7, 7}) == 0.0);
    CHECK_THROWS_AS(adjustedRandIndex({1, 2}, {1}), std::invalid_argument);
}

TEST_CASE("adjusted Rand index of dbscan against a perturbed copy drops below one", "[dbscan][ari]")
{
    const std::vector<PointXY> points = blobPoints(3, 2000, 3000.0);
    DbscanOptions options;
    options.eps = 40.0;
    const std::vector<int> labels = dbscan(points, options);
    std::vector<long long> truth = asLongs(labels);
    CHECK(adjustedRandIndex(truth, truth) == 1.0);
    // Move every tenth clustered point to a cluster of its own: still close, not equal.
    std::vector<long long> perturbed = truth;
    for (std::size_t i = 0; i < perturbed.size(); i += 10)
        if (perturbed[i] >= 0)
            perturbed[i] = 1000000 + static_cast<long long>(i);
    const double index = adjustedRandIndex(truth, perturbed);
    CHECK(index < 1.0);
    CHECK(index > 0.7);
}
