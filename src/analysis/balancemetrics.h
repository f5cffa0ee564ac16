#pragma once
// The coordinator's before/after figures of a rebalancing (issue 5, "Metrics"): loads,
// walking distances, territory compactness, households moved and pairing rules met, per
// scope and for the whole county. Pure computation; the CLI writes it as JSON, the app
// as a table and a histogram.
#include "analysis/balancing.h"
#include "core/world.h"

#include <map>
#include <vector>

namespace lianxin {

struct CompactnessStats {
    // Mean over groups of (area of the convex hull of its households) / (area of the
    // circle through the hull's farthest household from the base): 1 = round and full,
    // near 0 = long and thin. Groups with fewer than 3 households are left out.
    double meanHullShare = 0.0;
    // Mean over groups of the largest household distance from the base (m).
    double meanRadius = 0.0;
};

struct SideMetrics {          // "before" or "after"
    LoadStats load;
    DistanceStats distance;
    CompactnessStats compactness;
    std::map<int, int> loadHistogram; // load -> number of groups
};

struct RebalanceMetrics {
    SideMetrics before, after;
    std::size_t households = 0;
    std::size_t groups = 0;
    std::size_t moved = 0;
    int pairingRuleCount[3] = {0, 0, 0}; // groups meeting each PairingRule (unchanged by rebalancing)
    std::vector<ScopeMetrics> scopes;
};

// Figures of `result` for `problem` (as balanceGroups returned them) in `world`.
RebalanceMetrics rebalanceMetrics(const World &world, const std::vector<BalancingHousehold> &households,
                                  const std::vector<BalancingGroup> &groups, const BalancingResult &result);

} // namespace lianxin
