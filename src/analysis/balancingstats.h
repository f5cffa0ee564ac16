#pragma once
// The before/after figures of one balancing scope: loads per group and walking
// distances to the group bases. Internal to balancing.cpp.
#include "analysis/balancing.h"
#include "analysis/balancingflow.h"

namespace lianxin::balancing {

// Loads of `groupCount` groups; households with group -1 (none yet) are left out.
LoadStats loadStats(const std::vector<FlowHousehold> &households, const std::vector<int> &groupOf, std::size_t groupCount);

// Distance of each assigned household to its group's base: the mean and the 90th
// percentile (nearest rank). Zero when no household is assigned.
DistanceStats distanceStats(const std::vector<FlowHousehold> &households, const std::vector<int> &groupOf,
                            const std::vector<PointXY> &bases);

// The point with the least sum of distances to `points` (the geometric median), by
// Weiszfeld's iteration from their mean: the base that minimises the walks of a fixed
// assignment, so alternating it with the flow never increases the cost.
PointXY geometricMedian(const std::vector<PointXY> &points, int iterations = 20);

} // namespace lianxin::balancing
