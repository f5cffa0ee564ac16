#pragma once
// Contact groups (联户组): who visits which household. The 24 district departments
// share the urban households (those in their grid areas), the 10 township units the
// village households.
#include "core/world.h"

#include <vector>

namespace lianxin::demo {

// The body responsible for a household, looked up in O(1): the department of its grid
// area, or the department row of its township unit.
class ResponsibleBodies {
public:
    explicit ResponsibleBodies(const World &world);
    Id of(const Household &household) const;

private:
    std::vector<Id> m_byGridArea; // by grid-area id
    std::vector<Id> m_byTownship; // by township id
};

// Creates exactly `groups` contact groups and puts every household in one group of its
// responsible body. Each body gets groups in proportion to its households (largest
// remainder, at least one where it has households) and shares them the same way among
// its grid areas or villages; there the households, ordered along a Hilbert curve, are
// cut into runs of near-equal size, so a group's territory is compact. Groups are
// numbered body by body. Throws std::invalid_argument when there
// are fewer groups than bodies with households.
void formContactGroups(World &world, int groups);

} // namespace lianxin::demo
