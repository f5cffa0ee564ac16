#pragma once
// The demo's own pseudo-random numbers: splitmix64 to seed, xoshiro256** to draw
// (Blackman & Vigna, https://prng.di.unimi.it/). Every distribution is written here
// because std:: distributions give different numbers on different standard libraries,
// and the demo world must be identical for a seed everywhere.
#include <array>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace lianxin::demo {

// One step of splitmix64: advances `state` and returns the next output.
std::uint64_t splitmix64(std::uint64_t &state);

class Random {
public:
    explicit Random(std::uint64_t seed);
    // An independent stream for one step of the synthesis, so that drawing more or fewer
    // numbers in one step never shifts what another step draws.
    static Random forStep(std::uint64_t seed, std::string_view step);
    // A generator with exactly this xoshiro state (not all zero), for known-answer tests.
    static Random fromState(const std::array<std::uint64_t, 4> &state);

    std::uint64_t next();
    // Uniform in [0, 1), 53 random bits.
    double uniform();
    // Uniform in [lo, hi).
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Uniform integer in [lo, hi], both inclusive, without modulo bias (lo <= hi).
    int uniformInt(int lo, int hi);
    // Uniform index in [0, n) for n > 0.
    std::size_t index(std::size_t n);
    bool chance(double probability) { return uniform() < probability; }
    // Normal deviate by the Box-Muller transform.
    double normal(double mean, double standardDeviation);
    // An index drawn with probability proportional to weights[i] (weights >= 0, sum > 0).
    std::size_t weightedIndex(const std::vector<double> &weights);

    // Fisher-Yates.
    template <typename T>
    void shuffle(std::vector<T> &items)
    {
        for (std::size_t i = items.size(); i > 1; --i)
            std::swap(items[i - 1], items[index(i)]);
    }

    template <typename T>
    const T &pick(const std::vector<T> &items)
    {
        return items[index(items.size())];
    }

private:
    Random() = default;
    std::array<std::uint64_t, 4> m_state{};
};

} // namespace lianxin::demo
