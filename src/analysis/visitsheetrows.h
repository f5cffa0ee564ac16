#pragma once
// The visit sheets of a plan (core/visitsheet.h): each route's households in walking
// order with what the pair needs at the door.
#include "core/visitplan.h"
#include "core/visitsheet.h"
#include "core/world.h"

#include <string>
#include <vector>

namespace lianxin {

// One sheet per route of the plan, in the plan's order. The plan must come from `world`.
std::vector<VisitSheet> visitSheets(const World &world, const VisitPlan &plan);

// "五老 低保" for the household's priority flags (重病 for the seriously ill).
std::string flagLabels(unsigned flags);

} // namespace lianxin
