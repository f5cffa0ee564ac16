#pragma once
// Suggestion statistics as attribute fields of the area layers (grid_areas, villages), so
// a choropleth (choropleth.h), the identify panel and a GIS reading the scene all see
// the same figures as `lianxin-cli stats`.
#include "analysis/suggestionstats.h"
#include "render/maplayer.h"

#include <unordered_map>
#include <vector>

namespace lianxin {

// total, done, in_progress, blocked, on_time_rate (0..1), per_100_households: the fields
// statisticsValues() fills, in this order.
const std::vector<MapField> &statisticsFields();

// For every grid area or village (by id) its values for statisticsFields(). Areas without
// suggestions get counts of 0 and a null on-time rate (no reply can be late or on time);
// areas without households a null rate per 100 households. `grouping` must be GridArea
// or Village (throws std::invalid_argument otherwise).
std::unordered_map<Id, std::vector<FeatureValue>> statisticsValues(const World &world, StatsGrouping grouping);

} // namespace lianxin
