#include "demo/random.h"

#include <cmath>
#include <numbers>
#include <stdexcept>

namespace lianxin::demo {

std::uint64_t splitmix64(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

namespace {
std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
} // namespace

Random::Random(std::uint64_t seed)
{
    // xoshiro's authors recommend filling the state from splitmix64: it never yields
    // the all-zero state that would make xoshiro output zeros forever.
    std::uint64_t state = seed;
    for (std::uint64_t &word : m_state)
        word = splitmix64(state);
}

Random Random::forStep(std::uint64_t seed, std::string_view step)
{
    // FNV-1a of the step name, mixed with the seed.
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (char c : step) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    std::uint64_t state = seed ^ hash;
    return Random(splitmix64(state));
}

Random Random::fromState(const std::array<std::uint64_t, 4> &state)
{
    if (state == std::array<std::uint64_t, 4>{})
        throw std::invalid_argument("xoshiro256** state must not be all zero");
    Random random;
    random.m_state = state;
    return random;
}

std::uint64_t Random::next()
{
    const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
    const std::uint64_t t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

double Random::uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

std::size_t Random::index(std::size_t n)
{
    if (n == 0)
        throw std::invalid_argument("Random::index: empty range");
    // Lemire's multiply-and-reject: unbiased and needs one multiplication mostly.
    const std::uint64_t bound = n;
    unsigned __int128 product = static_cast<unsigned __int128>(next()) * bound;
    std::uint64_t low = static_cast<std::uint64_t>(product);
    if (low < bound) {
        const std::uint64_t threshold = (0 - bound) % bound;
        while (low < threshold) {
            product = static_cast<unsigned __int128>(next()) * bound;
            low = static_cast<std::uint64_t>(product);
        }
    }
    return static_cast<std::size_t>(product >> 64);
}

int Random::uniformInt(int lo, int hi)
{
    if (hi < lo)
        throw std::invalid_argument("Random::uniformInt: empty range");
    const auto span = static_cast<std::size_t>(static_cast<std::int64_t>(hi) - lo + 1);
    return static_cast<int>(lo + static_cast<std::int64_t>(index(span)));
}

double Random::normal(double mean, double standardDeviation)
{
    // 1 - uniform() lies in (0, 1], so the logarithm is finite.
    const double u1 = 1.0 - uniform();
    const double u2 = uniform();
    const double z = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    return mean + standardDeviation * z;
}

std::size_t Random::weightedIndex(const std::vector<double> &weights)
{
    double total = 0.0;
    for (double w : weights)
        total += w;
    if (!(total > 0.0))
        throw std::invalid_argument("Random::weightedIndex: weights sum to zero");
    double target = uniform() * total;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        target -= weights[i];
        if (target < 0.0 && weights[i] > 0.0)
            return i;
    }
    // Rounding left a sliver at the end: the last positive weight takes it.
    for (std::size_t i = weights.size(); i-- > 0;)
        if (weights[i] > 0.0)
            return i;
    return 0;
}

} // namespace lianxin::demo
