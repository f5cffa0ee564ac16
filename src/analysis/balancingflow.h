#pragma once
// One step of the capacitated assignment: with the bases fixed, the cheapest assignment
// of a scope's households to its groups within the load bounds, as a min-cost flow.
// Internal to balancing.cpp; LEMON stays in the .cpp.
#include "core/geometry.h"

#include <optional>
#include <vector>

namespace lianxin::balancing {

struct FlowHousehold {
    PointXY location;
    int weight = 1;
    int current = -1;    // index of its current group in this scope, -1 for none
    bool locked = false; // only the arc to `current`
};

struct FlowProblem {
    std::vector<FlowHousehold> households;
    std::vector<PointXY> bases;
    int lower = 0; // load bounds of every group
    int upper = 0;
    double stabilityMetres = 0.0;
    int candidateGroups = 8; // k nearest bases per household, plus its current group
};

// The group index per household (the group that got most of a split household's
// weight), or nullopt when the candidate arcs cannot meet the bounds.
std::optional<std::vector<int>> solveAssignment(const FlowProblem &problem);

// Cost of one household in a group at `base`, in centimetres: the unit the flow uses,
// so the reported objective equals the one optimised.
long long arcCostCentimetres(const FlowHousehold &household, int group, const PointXY &base, double stabilityMetres);

} // namespace lianxin::balancing
