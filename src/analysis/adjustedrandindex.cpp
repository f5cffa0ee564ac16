// The adjusted Rand index of dbscan.h: agreement of two partitions corrected for chance.
#include "analysis/dbscan.h"

#include <map>
#include <stdexcept>
#include <string>
#include <utility>

namespace lianxin {

namespace {

// Pairs among `count` items, as a double: counts reach 1e6 and their squares overflow int.
double pairsOf(double count) { return count * (count - 1.0) / 2.0; }

} // namespace

double adjustedRandIndex(const std::vector<long long> &a, const std::vector<long long> &b)
{
    if (a.size() != b.size())
        throw std::invalid_argument("adjustedRandIndex: the labelings have " + std::to_string(a.size()) + " and "
                                    + std::to_string(b.size()) + " items");
    std::map<std::pair<long long, long long>, double> together;
    std::map<long long, double> inA;
    std::map<long long, double> inB;
    for (std::size_t i = 0; i < a.size(); ++i) {
        together[{a[i], b[i]}] += 1.0;
        inA[a[i]] += 1.0;
        inB[b[i]] += 1.0;
    }
    double index = 0.0;
    for (const auto &[labels, count] : together)
        index += pairsOf(count);
    double sumA = 0.0;
    for (const auto &[label, count] : inA)
        sumA += pairsOf(count);
    double sumB = 0.0;
    for (const auto &[label, count] : inB)
        sumB += pairsOf(count);
    const double expected = a.size() < 2 ? 0.0 : sumA * sumB / pairsOf(static_cast<double>(a.size()));
    const double maximum = (sumA + sumB) / 2.0;
    // The denominator is zero only when both are all singletons or both one cluster:
    // identical partitions (Hubert & Arabie leave it undefined; 1 is the useful answer).
    if (maximum - expected == 0.0)
        return 1.0;
    return (index - expected) / (maximum - expected);
}

} // namespace lianxin
