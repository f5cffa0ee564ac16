#pragma once
// The households a visit round covers.
#include "core/visitround.h"
#include "core/world.h"

#include <string>
#include <vector>

namespace lianxin {

// Why the round's scope does not exist in `world` ("no department 99"), or "".
std::string scopeProblem(const World &world, const VisitScope &scope);

// Indices into world.households of the round's households, in World order: its scope
// (county; the households of a body's groups; the households of a township), and only
// the flagged ones (五老/低保/困难/重病) when the goal is the priority households.
// A household whose group is not in the World belongs to no department scope.
std::vector<std::size_t> householdsOfRound(const World &world, const VisitRound &round);

// "全区", the department's or the township's name.
std::string scopeName(const World &world, const VisitScope &scope);

} // namespace lianxin
