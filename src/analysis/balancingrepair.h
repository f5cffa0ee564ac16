#pragma once
// Weighted households can be split by the flow; rounding each to its largest share can
// push a few groups past the load bounds. This repair moves whole households, cheapest
// first, until every group is within its bounds or no single move helps. With unit
// weights the flow is integral and there is nothing to repair.
#include "analysis/balancingflow.h"

namespace lianxin::balancing {

// Returns the number of groups still outside [problem.lower, problem.upper].
int repairLoads(const FlowProblem &problem, std::vector<int> &assignment);

} // namespace lianxin::balancing
