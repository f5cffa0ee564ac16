#pragma once
// The residents' suggestions (意见建议) of the three visit rounds, with their statuses.
#include "core/articlefigures.h"
#include "core/world.h"
#include "demo/buildings.h"
#include "demo/random.h"

namespace lianxin::demo {

// Fills world.suggestions (exactly figures.suggestions: figures.done done,
// figures.inProgress in progress, figures.blocked blocked; numbered by date) and
// world.plantedProblems. Each suggestion comes from a household and sits at its home;
// the household's responsible body handles it, or for a policy item now and then the
// district department in charge. Blocked ones lean to policy items, in-progress ones
// to the latest round. The workflow dates are left to recordWorkflow().
void collectSuggestions(World &world, const BuildingLayout &buildings, const PointXY &townCentre,
                        const ArticleFigures &figures, int scale, Random &random);

} // namespace lianxin::demo
