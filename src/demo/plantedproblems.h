#pragma once
// Recurring problems planted in the suggestions as ground truth for the topic-thread
// analysis: the same complaint from the same few streets, round after round.
#include "core/world.h"
#include "demo/buildings.h"
#include "demo/random.h"
#include "demo/suggestiondraft.h"

#include <vector>

namespace lianxin::demo {

// Every planted suggestion comes from a household this close to its problem's centre.
inline constexpr double kPlantedRadiusMetres = 70.0;
// Background suggestions of a planted problem's item stay this far from its centre, so
// the planted cluster is the only one of its kind there.
inline constexpr double kPlantedClearanceMetres = 400.0;

struct PlantedPlan {
    std::vector<PlantedProblem> problems; // ids 1..n; suggestionIds still empty
    std::vector<SuggestionDraft> drafts;  // planted = index into problems
};

// Eight problems: fish-processing odour by the fishing wharf and parking at the ferry
// terminal (the buildings nearest the shore), a broken manhole cover on one street,
// sewers backing up in one block, noise at a square by the town centre, street lights
// on a village road on 砣矶岛, flies by a kelp-drying ground on 大钦岛 and a broken
// village street on 北长山岛. Each gets 8-25 suggestions (times scale) spread over at
// least two rounds. Needs world.households, buildings, grid areas and villages.
PlantedPlan plantProblems(const World &world, const BuildingLayout &buildings, const PointXY &townCentre, int scale,
                          Random &random);

} // namespace lianxin::demo
