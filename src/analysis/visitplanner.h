#pragma once
// Planning a visit round (issue 11): every household of the round's scope once, grouped
// by its contact group, in walking order, with a planned working day and, for the
// seriously ill (及时访), a deadline; the load of every pair, over-capacity flagged.
#include "core/visitplan.h"
#include "core/world.h"

namespace lianxin {

// Throws std::invalid_argument naming the problem for a malformed round (roundProblem),
// an unknown scope, a household whose group is not in the World or a landing on an
// unknown island; VisitPlanCancelled when the progress callback says stop.
// Deterministic for the same input.
VisitPlan planVisitRound(const World &world, const VisitRound &round, const VisitPlanOptions &options = {});

// The tier of a household in a round: urgent if seriously ill, priority if 五老/低保/困难
// and the round visits them first, else other.
VisitTier tierOf(unsigned flags, const VisitRound &round);

} // namespace lianxin
