// The demo's own random numbers and sampling: known answers where the algorithms
// publish them, exact totals and sound statistics elsewhere.
#include "demo/hilbert.h"
#include "demo/random.h"
#include "demo/sampling.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>

using namespace lianxin;
using namespace lianxin::demo;

TEST_CASE("splitmix64 and xoshiro256** give the published sequences")
{
    std::uint64_t state = 0;
    CHECK(splitmix64(state) == 0xe220a8397b1dcdafULL);
    CHECK(splitmix64(state) == 0x6e789e6aa1b965f4ULL);
    CHECK(splitmix64(state) == 0x06c45d188009454fULL);

    Random random = Random::fromState({1, 2, 3, 4});
    CHECK(random.next() == 11520ULL);
    CHECK(random.next() == 0ULL);
    CHECK(random.next() == 1509978240ULL);
    CHECK(random.next() == 1215971899390074240ULL);
    CHECK_THROWS_AS(Random::fromState({0, 0, 0, 0}), std::invalid_argument);
}

TEST_CASE("Streams are reproducible and independent per seed and step")
{
    Random a(42);
    Random b(42);
    Random c(43);
    Random d = Random::forStep(42, "buildings");
    Random e = Random::forStep(42, "villages");
    int sameAsB = 0;
    int sameAsC = 0;
    int sameDE = 0;
    for (int i = 0; i < 100; ++i) {
        const std::uint64_t x = a.next();
        sameAsB += x == b.next() ? 1 : 0;
        sameAsC += x == c.next() ? 1 : 0;
        sameDE += d.next() == e.next() ? 1 : 0;
    }
    CHECK(sameAsB == 100);
    CHECK(sameAsC == 0);
    CHECK(sameDE == 0);
}

TEST_CASE("Uniform draws stay in range and are evenly spread")
{
    Random random(7);
    constexpr int kDraws = 60000;
    double sum = 0.0;
    std::vector<int> counts(6, 0);
    for (int i = 0; i < kDraws; ++i) {
        const double u = random.uniform();
        REQUIRE(u >= 0.0);
        REQUIRE(u < 1.0);
        sum += u;
        const int k = random.uniformInt(-2, 3);
        REQUIRE(k >= -2);
        REQUIRE(k <= 3);
        ++counts[static_cast<std::size_t>(k + 2)];
    }
    CHECK(sum / kDraws == Approx(0.5).margin(0.01));
    for (int count : counts)
        CHECK(count == Approx(kDraws / 6.0).epsilon(0.05)); // every value, both ends included
    CHECK(random.uniformInt(5, 5) == 5);
    CHECK_THROWS_AS(random.uniformInt(3, 2), std::invalid_argument);
    CHECK_THROWS_AS(random.index(0), std::invalid_argument);
}

TEST_CASE("Normal deviates have the asked mean and spread")
{
    Random random(11);
    constexpr int kDraws = 40000;
    double sum = 0.0;
    double squares = 0.0;
    for (int i = 0; i < kDraws; ++i) {
        const double x = random.normal(10.0, 3.0);
        sum += x;
        squares += x * x;
    }
    const double mean = sum / kDraws;
    CHECK(mean == Approx(10.0).margin(0.1));
    CHECK(std::sqrt(squares / kDraws - mean * mean) == Approx(3.0).margin(0.1));
}

TEST_CASE("Weighted draws follow the weights and never pick a zero weight")
{
    Random random(5);
    const std::vector<double> weights = {1.0, 0.0, 3.0};
    const WeightedPicker picker(weights);
    std::vector<int> byIndex(3, 0);
    std::vector<int> byPicker(3, 0);
    for (int i = 0; i < 40000; ++i) {
        ++byIndex[random.weightedIndex(weights)];
        ++byPicker[picker.pick(random)];
    }
    CHECK(byIndex[1] == 0);
    CHECK(byPicker[1] == 0);
    CHECK(byIndex[2] / static_cast<double>(byIndex[0]) == Approx(3.0).epsilon(0.1));
    CHECK(byPicker[2] / static_cast<double>(byPicker[0]) == Approx(3.0).epsilon(0.1));
    CHECK_THROWS_AS(random.weightedIndex({0.0, 0.0}), std::invalid_argument);
    CHECK_THROWS_AS(WeightedPicker({0.0}), std::invalid_argument);
}

TEST_CASE("Shuffle permutes")
{
    Random random(9);
    std::vector<int> items(50);
    std::iota(items.begin(), items.end(), 0);
    std::vector<int> shuffled = items;
    random.shuffle(shuffled);
    CHECK(shuffled != items);
    std::sort(shuffled.begin(), shuffled.end());
    CHECK(shuffled == items);
}

TEST_CASE("Largest remainder splits a total exactly")
{
    const std::vector<long long> parts = largestRemainder(10, {1.0, 1.0, 1.0});
    CHECK(parts == std::vector<long long>{4, 3, 3}); // ties go to the lower index
    const std::vector<long long> withMinimum = largestRemainder(634, {8651.0, 0.0, 3.0, 6659.0}, 1);
    CHECK(std::accumulate(withMinimum.begin(), withMinimum.end(), 0LL) == 634);
    CHECK(withMinimum[1] == 0); // no weight, no share
    CHECK(withMinimum[2] == 1); // a tiny weight still gets its minimum
    CHECK(largestRemainder(0, {}) .empty());
    CHECK_THROWS_AS(largestRemainder(2, {1.0, 1.0, 1.0}, 1), std::invalid_argument);
    CHECK_THROWS_AS(largestRemainder(5, {0.0}), std::invalid_argument);
}

TEST_CASE("Samples without replacement are distinct and of the asked size")
{
    Random random(3);
    const std::vector<std::size_t> uniform = uniformSample(100, 30, random);
    CHECK(uniform.size() == 30);
    CHECK(std::set<std::size_t>(uniform.begin(), uniform.end()).size() == 30);
    CHECK(uniform.back() < 100);

    std::vector<double> weights(100, 1.0);
    weights[0] = 0.0;
    weights[99] = 1000.0;
    int heavyChosen = 0;
    for (int round = 0; round < 50; ++round) {
        const std::vector<std::size_t> chosen = weightedSample(weights, 10, random);
        CHECK(std::set<std::size_t>(chosen.begin(), chosen.end()).size() == 10);
        CHECK(chosen.front() != 0);
        heavyChosen += chosen.back() == 99 ? 1 : 0;
    }
    CHECK(heavyChosen >= 48);
    CHECK_THROWS_AS(weightedSample(weights, 100, random), std::invalid_argument);
    CHECK_THROWS_AS(uniformSample(3, 4, random), std::invalid_argument);
}

TEST_CASE("The Hilbert index keeps neighbours close and visits every cell once")
{
    // On a 2^16 grid: cells along the curve are adjacent, so consecutive indices of a
    // small block's cells come from neighbouring cells.
    const Box bounds{0.0, 0.0, 65535.0, 65535.0};
    std::set<std::uint64_t> seen;
    for (int x = 0; x < 16; ++x)
        for (int y = 0; y < 16; ++y)
            seen.insert(hilbertIndex(bounds, {static_cast<double>(x), static_cast<double>(y)}));
    CHECK(seen.size() == 256);
    CHECK(*seen.rbegin() == 255); // the first 16x16 block is the curve's first 256 steps
    CHECK(hilbertIndex(bounds, {-10.0, -10.0}) == hilbertIndex(bounds, {0.0, 0.0}));
}
