#pragma once
// Exact counts from weights and samples without replacement: the article's totals must
// come out exactly, so every split of a total goes through largestRemainder().
#include "demo/random.h"

#include <cstddef>
#include <vector>

namespace lianxin::demo {

// Splits `total` into parts proportional to `weights` by the largest remainder (Hamilton)
// method; every part with a positive weight gets at least `minimum` first. Ties go to the
// lower index, so the result is deterministic. Throws std::invalid_argument when the
// minimums alone exceed the total or no weight is positive while total > 0.
std::vector<long long> largestRemainder(long long total, const std::vector<double> &weights, long long minimum = 0);

// `count` distinct indices of [0, weights.size()), each drawn with probability growing
// with its weight (Efraimidis & Spirakis 2006, keys u^(1/w)); zero weights never drawn.
// Returned in ascending order. Throws std::invalid_argument if fewer than `count`
// weights are positive.
std::vector<std::size_t> weightedSample(const std::vector<double> &weights, std::size_t count, Random &random);

// Repeated draws with replacement, proportional to fixed weights, in O(log n) each
// (prefix sums and binary search). Throws std::invalid_argument if no weight is positive.
class WeightedPicker {
public:
    explicit WeightedPicker(const std::vector<double> &weights);
    std::size_t pick(Random &random) const;

private:
    std::vector<double> m_cumulative;
};

// `count` distinct indices of [0, n) uniformly, ascending (partial Fisher-Yates).
std::vector<std::size_t> uniformSample(std::size_t n, std::size_t count, Random &random);

} // namespace lianxin::demo
