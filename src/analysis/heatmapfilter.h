#pragma once
// Which suggestions the heat map shows and how much each one weighs.
// Pure selection over a World: no Qt, no database.
#include "analysis/kerneldensity.h"
#include "core/world.h"

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace lianxin {

// Every field left empty lets everything through; the filters combine with AND.
struct HeatmapFilter {
    std::optional<int> concernGroup;        // 1..5
    std::optional<std::string> concernItem; // e.g. "消除水产加工异味"
    std::set<SuggestionStatus> statuses;    // empty: any status
    std::set<int> rounds;                   // visit rounds 1..3; empty: any round
    std::optional<Date> submittedFrom;      // inclusive
    std::optional<Date> submittedTo;        // inclusive
    std::optional<Id> departmentId;         // the department handling it
    std::optional<Id> gridAreaId;
};

enum class HeatmapWeightPreset {
    Uniform,    // every suggestion weighs 1
    Unresolved, // blocked 3, in progress 2, done 1: where problems are stuck
};

struct HeatmapWeighting {
    HeatmapWeightPreset preset = HeatmapWeightPreset::Uniform;
    // When set, replaces the preset; must return a finite weight >= 0.
    std::function<double(const Suggestion &)> custom;
    // Per 100 households: each suggestion's weight is multiplied by 100 / (households of
    // its own grid area, or of its village when it has no grid area). Honest and simple:
    // a cell then reads "suggestions per 100 households of the areas around it, per m²",
    // so a busy but populous area no longer outshines a small village with the same
    // share of complaining households. Suggestions in neither kind of area (or in one
    // without households) cannot be normalised and are left out, and counted.
    bool perHundredHouseholds = false;
};

double presetWeight(HeatmapWeightPreset preset, SuggestionStatus status);

struct HeatmapSelection {
    std::vector<WeightedPoint> points; // in the World's suggestion order
    std::vector<Id> suggestionIds;     // parallel to points
    int leftOutWithoutArea = 0;        // only when normalising per 100 households
};

// Throws std::invalid_argument for an out-of-range group or round, a date range that ends
// before it starts, or a custom weight that is negative or not finite (naming the code).
HeatmapSelection selectHeatmapPoints(const World &world, const HeatmapFilter &filter,
                                     const HeatmapWeighting &weighting = {});

} // namespace lianxin
