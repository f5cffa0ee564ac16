#pragma once
// Cadres (机关党员干部) staffing the contact groups, paired by the article's rules
// 党员带非党 (party member with non-member), 老带新 (senior with junior) and
// 当地带外地 (local with non-local).
#include "core/world.h"
#include "demo/random.h"

namespace lianxin::demo {

// A cadre with at least this many years of service counts as senior (老).
inline constexpr int kSeniorYears = 10;

// Creates exactly `cadres` cadres for world.groups: cadres - groups two-person groups
// and the rest single, the single groups drawn at random. Each department's cadres are
// paired greedily, most complementary partner first, and every group records the
// rules its pair meets; the party member (else the senior) leads. Throws
// std::invalid_argument unless groups <= cadres <= 2 * groups.
void staffContactGroups(World &world, int cadres, Random &random);

// The PairingRule bits two cadres satisfy together.
unsigned pairingRules(const Cadre &a, const Cadre &b);

} // namespace lianxin::demo
