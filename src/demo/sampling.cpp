#include "demo/sampling.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace lianxin::demo {

std::vector<long long> largestRemainder(long long total, const std::vector<double> &weights, long long minimum)
{
    std::vector<long long> parts(weights.size(), 0);
    std::vector<std::size_t> positive;
    double weightSum = 0.0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (weights[i] > 0.0) {
            positive.push_back(i);
            weightSum += weights[i];
        }
    }
    if (total == 0)
        return parts;
    if (positive.empty())
        throw std::invalid_argument("largestRemainder: no positive weight to receive " + std::to_string(total));
    const long long reserved = minimum * static_cast<long long>(positive.size());
    if (reserved > total)
        throw std::invalid_argument("largestRemainder: minimum of " + std::to_string(minimum) + " for "
                                    + std::to_string(positive.size()) + " parts exceeds the total "
                                    + std::to_string(total));

    const long long rest = total - reserved;
    std::vector<double> remainders(weights.size(), -1.0);
    long long given = 0;
    for (std::size_t i : positive) {
        const double exact = static_cast<double>(rest) * weights[i] / weightSum;
        const long long whole = static_cast<long long>(std::floor(exact));
        parts[i] = minimum + whole;
        remainders[i] = exact - static_cast<double>(whole);
        given += whole;
    }
    std::vector<std::size_t> order = positive;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
    // Floating point can leave `rest - given` at most the number of parts; cycle to be safe.
    for (std::size_t k = 0; given < rest; ++k, ++given)
        ++parts[order[k % order.size()]];
    return parts;
}

std::vector<std::size_t> weightedSample(const std::vector<double> &weights, std::size_t count, Random &random)
{
    // Key log(u)/w orders like u^(1/w) but does not underflow for small weights.
    std::vector<std::pair<double, std::size_t>> keys;
    keys.reserve(weights.size());
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const double u = 1.0 - random.uniform(); // (0, 1]
        if (weights[i] > 0.0)
            keys.emplace_back(std::log(u) / weights[i], i);
    }
    if (keys.size() < count)
        throw std::invalid_argument("weightedSample: " + std::to_string(count) + " wanted but only "
                                    + std::to_string(keys.size()) + " candidates");
    auto byKeyDescending = [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    };
    std::nth_element(keys.begin(), keys.begin() + static_cast<std::ptrdiff_t>(count), keys.end(), byKeyDescending);
    std::vector<std::size_t> chosen;
    chosen.reserve(count);
    for (std::size_t i = 0; i < count; ++i)
        chosen.push_back(keys[i].second);
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

WeightedPicker::WeightedPicker(const std::vector<double> &weights)
{
    double sum = 0.0;
    m_cumulative.reserve(weights.size());
    for (double w : weights) {
        sum += std::max(0.0, w);
        m_cumulative.push_back(sum);
    }
    if (!(sum > 0.0))
        throw std::invalid_argument("WeightedPicker: no positive weight");
}

std::size_t WeightedPicker::pick(Random &random) const
{
    const double target = random.uniform() * m_cumulative.back();
    // First index whose running sum exceeds the target: never a zero-weight index.
    const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), target);
    return std::min(static_cast<std::size_t>(it - m_cumulative.begin()), m_cumulative.size() - 1);
}

std::vector<std::size_t> uniformSample(std::size_t n, std::size_t count, Random &random)
{
    if (count > n)
        throw std::invalid_argument("uniformSample: " + std::to_string(count) + " wanted from "
                                    + std::to_string(n));
    std::vector<std::size_t> pool(n);
    std::iota(pool.begin(), pool.end(), std::size_t{0});
    for (std::size_t i = 0; i < count; ++i)
        std::swap(pool[i], pool[i + random.index(n - i)]);
    pool.resize(count);
    std::sort(pool.begin(), pool.end());
    return pool;
}

} // namespace lianxin::demo
