#include "analysis/balancemetrics.h"

#include "analysis/balancingstats.h"
#include "core/geos.h"

#include <cmath>
#include <numbers>
#include <stdexcept>
#include <string>
#include <unordered_map>

namespace lianxin {

namespace {

// One side of the comparison in the internal balancing types, so the load and distance
// figures are computed exactly as balanceGroups computes its per-scope ones.
struct Side {
    std::vector<balancing::FlowHousehold> households;
    std::vector<int> groupOf;         // index into the groups, -1 for none
    std::vector<PointXY> bases;       // per group
    std::vector<bool> hasBase;        // false for a group without households or fixed base
};

CompactnessStats compactnessOf(const Side &side, std::size_t groupCount)
{
    std::vector<std::vector<PointXY>> members(groupCount);
    for (std::size_t h = 0; h < side.households.size(); ++h)
        if (side.groupOf[h] >= 0)
            members[static_cast<std::size_t>(side.groupOf[h])].push_back(side.households[h].location);
    const GeosContext geos;
    CompactnessStats stats;
    double shareSum = 0.0, radiusSum = 0.0;
    int shareCount = 0, radiusCount = 0;
    for (std::size_t g = 0; g < groupCount; ++g) {
        if (members[g].empty() || !side.hasBase[g])
            continue;
        double radius = 0.0;
        for (const PointXY &p : members[g])
            radius = std::max(radius, std::hypot(p.x - side.bases[g].x, p.y - side.bases[g].y));
        radiusSum += radius;
        ++radiusCount;
        // A hull needs three households; a zero radius (all on the base) has no circle.
        if (members[g].size() < 3 || radius <= 0.0)
            continue;
        const GeosGeometry points = geos.multiPoint(members[g]);
        const GeosGeometry hull = points ? geos.convexHull(points.get()) : GeosGeometry{};
        if (!hull)
            throw std::runtime_error("rebalance metrics: GEOS could not build the hull of a group's households: "
                                     + geos.lastError());
        const double hullArea = geos.area(hull.get()); // collinear households: a line, area 0
        shareSum += hullArea / (std::numbers::pi * radius * radius);
        ++shareCount;
    }
    if (shareCount > 0)
        stats.meanHullShare = shareSum / shareCount;
    if (radiusCount > 0)
        stats.meanRadius = radiusSum / radiusCount;
    return stats;
}

SideMetrics metricsOf(const Side &side, std::size_t groupCount)
{
    SideMetrics metrics;
    metrics.load = balancing::loadStats(side.households, side.groupOf, groupCount);
    metrics.distance = balancing::distanceStats(side.households, side.groupOf, side.bases);
    metrics.compactness = compactnessOf(side, groupCount);
    std::vector<int> load(groupCount, 0);
    for (std::size_t h = 0; h < side.households.size(); ++h)
        if (side.groupOf[h] >= 0)
            load[static_cast<std::size_t>(side.groupOf[h])] += side.households[h].weight;
    for (int l : load)
        ++metrics.loadHistogram[l];
    return metrics;
}

} // namespace

RebalanceMetrics rebalanceMetrics(const World &world, const std::vector<BalancingHousehold> &households,
                                  const std::vector<BalancingGroup> &groups, const BalancingResult &result)
{
    if (result.groupOf.size() != households.size() || result.baseOf.size() != groups.size())
        throw std::invalid_argument("rebalanceMetrics: the result does not belong to these households and groups");
    std::unordered_map<Id, int> groupIndex;
    for (std::size_t g = 0; g < groups.size(); ++g)
        groupIndex.emplace(groups[g].id, static_cast<int>(g));
    auto indexOf = [&](Id group) {
        if (group == 0)
            return -1;
        const auto found = groupIndex.find(group);
        if (found == groupIndex.end())
            throw std::invalid_argument("rebalanceMetrics: group " + std::to_string(group) + " is not given");
        return found->second;
    };

    Side before, after;
    for (std::size_t h = 0; h < households.size(); ++h) {
        const balancing::FlowHousehold household{households[h].location, households[h].weight, -1, false};
        before.households.push_back(household);
        after.households.push_back(household);
        before.groupOf.push_back(indexOf(households[h].currentGroupId));
        after.groupOf.push_back(indexOf(result.groupOf[h]));
    }
    // Before: the bases balanceGroups starts from (fixed, else the centre of the current
    // households); after: the bases it returned.
    std::vector<std::vector<PointXY>> current(groups.size());
    for (std::size_t h = 0; h < households.size(); ++h)
        if (before.groupOf[h] >= 0)
            current[static_cast<std::size_t>(before.groupOf[h])].push_back(households[h].location);
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const bool hasBase = groups[g].fixedBase.has_value() || !current[g].empty();
        before.bases.push_back(groups[g].fixedBase.value_or(current[g].empty() ? PointXY{}
                                                                               : balancing::geometricMedian(current[g])));
        before.hasBase.push_back(hasBase);
    }
    after.bases = result.baseOf;
    after.hasBase.assign(groups.size(), true);

    RebalanceMetrics metrics;
    metrics.before = metricsOf(before, groups.size());
    metrics.after = metricsOf(after, groups.size());
    metrics.households = households.size();
    metrics.groups = groups.size();
    metrics.moved = result.moves.size();
    metrics.scopes = result.scopes;
    for (const ContactGroup &group : world.groups) {
        if (!groupIndex.contains(group.id))
            continue;
        for (int r = 0; r < 3; ++r)
            if (group.rulesMet & (1u << r))
                ++metrics.pairingRuleCount[r];
    }
    return metrics;
}

} // namespace lianxin
