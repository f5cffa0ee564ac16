#pragma once
// Residents (居民): the people of each household, head first.
#include "core/world.h"
#include "demo/random.h"

namespace lianxin::demo {

// Exactly `total` residents over world.households, at least one per household, one
// head each; families share the head's surname (spouses keep their own). Phones are
// 11 digits starting 13/15/18 for everyone old enough to carry one (children under 12
// have none). Throws std::invalid_argument if total < number of households.
void populateHouseholds(World &world, long long total, Random &random);

} // namespace lianxin::demo
