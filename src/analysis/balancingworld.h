#pragma once
// The balancing problem of a World (issue 5): who may go where, and how much each
// household weighs.
//
// Scopes. An urban household belongs to the department responsible for its grid area
// (the urban area lies on one island, so islandId is 0). A village household belongs to
// its township's department *and* the island of its village, so no household is ever
// assigned across water. A township department's group belongs to the island where
// most of its current households live (ties: the lower island id); a group without
// households gets island 0 and so takes no village household.
//
// Linked islands. An inhabited island whose township has no group living there (a
// small islet, or after cadres left) would be a scope without groups, which balancing
// refuses by name. The coordinator links it explicitly to the island whose groups serve
// it (by boat, as the township decides): its households then share that island's scope.
// Nothing is ever linked implicitly.
#include "analysis/balancing.h"
#include "core/world.h"

#include <map>
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
    // Island without its own group -> island whose groups serve it. Chains are followed
    // (A -> B -> C serves A from C); a cycle is refused.
    std::map<Id, Id> islandLinks;
};

struct BalancingProblem {
    std::vector<BalancingHousehold> households; // in World order
    std::vector<BalancingGroup> groups;         // in World order
};

// Throws BalancingError for a household outside any scope (no grid-area department, no
// township department, no village island) and std::invalid_argument for a negative
// extra weight or a cycle of island links (naming an island on it).
BalancingProblem balancingProblemOf(const World &world, const BalancingWorldOptions &options = {});

// The part of `county` one responsible body balances: its households, its groups, and
// the groups those households are in now (so a move out of a foreign group is seen).
// departmentId 0 returns the county unchanged.
BalancingProblem restrictToDepartment(const BalancingProblem &county, Id departmentId);

// Throws BalancingError naming (up to ten of) the unlocked groups of `problem` that no
// cadre staffs: households must not be handed to a group nobody visits from.
void requireStaffedGroups(const World &world, const BalancingProblem &problem);

} // namespace lianxin
