#include "analysis/balancingstats.h"

#include <algorithm>
#include <cmath>

namespace lianxin::balancing {

LoadStats loadStats(const std::vector<FlowHousehold> &households, const std::vector<int> &groupOf, std::size_t groupCount)
{
    LoadStats stats;
    if (groupCount == 0)
        return stats;
    std::vector<long long> load(groupCount, 0);
    for (std::size_t h = 0; h < households.size(); ++h)
        if (groupOf[h] >= 0)
            load[static_cast<std::size_t>(groupOf[h])] += households[h].weight;
    const auto [low, high] = std::minmax_element(load.begin(), load.end());
    stats.min = static_cast<int>(*low);
    stats.max = static_cast<int>(*high);
    double mean = 0.0;
    for (long long l : load)
        mean += static_cast<double>(l);
    mean /= static_cast<double>(groupCount);
    double variance = 0.0;
    for (long long l : load)
        variance += (static_cast<double>(l) - mean) * (static_cast<double>(l) - mean);
    stats.stdDev = std::sqrt(variance / static_cast<double>(groupCount));
    return stats;
}

DistanceStats distanceStats(const std::vector<FlowHousehold> &households, const std::vector<int> &groupOf,
                            const std::vector<PointXY> &bases)
{
    std::vector<double> distances;
    for (std::size_t h = 0; h < households.size(); ++h) {
        if (groupOf[h] < 0)
            continue;
        const PointXY &base = bases[static_cast<std::size_t>(groupOf[h])];
        distances.push_back(std::hypot(base.x - households[h].location.x, base.y - households[h].location.y));
    }
    DistanceStats stats;
    if (distances.empty())
        return stats;
    double sum = 0.0;
    for (double d : distances)
        sum += d;
    stats.mean = sum / static_cast<double>(distances.size());
    const std::size_t rank = (distances.size() * 9 + 9) / 10; // ceil(0.9 n), 1-based
    std::nth_element(distances.begin(), distances.begin() + static_cast<std::ptrdiff_t>(rank - 1), distances.end());
    stats.p90 = distances[rank - 1];
    return stats;
}

PointXY geometricMedian(const std::vector<PointXY> &points, int iterations)
{
    if (points.empty())
        return {};
    PointXY centre;
    for (const PointXY &p : points) {
        centre.x += p.x;
        centre.y += p.y;
    }
    centre = {centre.x / static_cast<double>(points.size()), centre.y / static_cast<double>(points.size())};
    for (int i = 0; i < iterations; ++i) {
        double sx = 0.0, sy = 0.0, sw = 0.0;
        for (const PointXY &p : points) {
            // A household on the centre itself would divide by zero; a centimetre away
            // is close enough for a walking distance.
            const double w = 1.0 / std::max(std::hypot(p.x - centre.x, p.y - centre.y), 0.01);
            sx += w * p.x;
            sy += w * p.y;
            sw += w;
        }
        const PointXY next{sx / sw, sy / sw};
        const bool settled = std::hypot(next.x - centre.x, next.y - centre.y) < 0.01;
        centre = next;
        if (settled)
            break;
    }
    return centre;
}

} // namespace lianxin::balancing
