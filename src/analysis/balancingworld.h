#pragma once
// The balancing problem of a World (issue 5): who may go where, and how much each
// household weighs.
//
// Scopes. An urban household belongs to the department responsible for its grid area
// (the urban area lies on one island, so islandId is 0). A village household belongs to
// its township's department *and* the island of its village, so no household is ever
// assigned across water. A township department's group belongs to the island where
// most of its current households live (ties: the lower island id); a group without
// households gets island 0 and so takes no village household until it is linked.
#include "analysis/balancing.h"
#include "core/world.h"

#include <set>

namespace lianxin {

struct BalancingWorldOptions {
    // Extra weight units a household carries for each priority flag it has (0: every
    // household counts 1).
    int fiveEldersExtra = 0;
    int subsistenceAllowanceExtra = 0;
    int hardshipExtra = 0;
    int seriousIllnessExtra = 0;
    std::set<Id> lockedHouseholds;
    std::set<Id> lockedGroups;
};

struct BalancingProblem {
    std::vector<BalancingHousehold> households; // in World order
    std::vector<BalancingGroup> groups;         // in World order
};

// Throws BalancingError for a household outside any scope (no grid-area department, no
// township department, no village island) and std::invalid_argument for a negative
// extra weight.
BalancingProblem balancingProblemOf(const World &world, const BalancingWorldOptions &options = {});

} // namespace lianxin
