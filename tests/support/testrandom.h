#pragma once
// Random inputs for property tests: splitmix64 with hand-written distributions, so a seed
// gives the same instances with every standard library (std:: distributions differ).
#include <cmath>
#include <cstdint>
#include <vector>

namespace lianxin::test {

struct Random {
    std::uint64_t state;

    std::uint64_t next()
    {
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // 0 .. n-1 (n > 0); the modulo bias is irrelevant for tests.
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
    // [low, high) with 53 random bits.
    double uniform(double low, double high) { return low + (high - low) * static_cast<double>(next() >> 11) * 0x1.0p-53; }
    bool chance(double probability) { return uniform(0.0, 1.0) < probability; }
    double normal(double mean, double deviation) // Box-Muller
    {
        const double u = uniform(0x1.0p-53, 1.0);
        const double v = uniform(0.0, 1.0);
        return mean + deviation * std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * 3.141592653589793 * v);
    }
    template <class T>
    const T &pick(const std::vector<T> &items) { return items[next() % items.size()]; }
};

} // namespace lianxin::test
