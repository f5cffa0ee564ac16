#include "analysis/heatmapfilter.h"

#include <cmath>
#include <stdexcept>
#include <string>
#include <unordered_map>

namespace lianxin {

namespace {

void validate(const HeatmapFilter &filter)
{
    if (filter.concernGroup && (*filter.concernGroup < 1 || *filter.concernGroup > 5))
        throw std::invalid_argument("heat map filter: concern group must be 1..5, got "
                                    + std::to_string(*filter.concernGroup));
    for (int round : filter.rounds)
        if (round < 1 || round > 3)
            throw std::invalid_argument("heat map filter: visit round must be 1..3, got "
                                        + std::to_string(round));
    if (filter.submittedFrom && filter.submittedTo && *filter.submittedTo < *filter.submittedFrom)
        throw std::invalid_argument("heat map filter: the date range ends before it starts");
}

bool passes(const Suggestion &s, const HeatmapFilter &filter)
{
    if (filter.concernGroup && s.concernGroup != *filter.concernGroup)
        return false;
    if (filter.concernItem && s.concernItem != *filter.concernItem)
        return false;
    if (!filter.statuses.empty() && !filter.statuses.contains(s.status))
        return false;
    if (!filter.rounds.empty() && !filter.rounds.contains(s.round))
        return false;
    if (filter.submittedFrom && s.submittedOn < *filter.submittedFrom)
        return false;
    if (filter.submittedTo && *filter.submittedTo < s.submittedOn)
        return false;
    if (filter.departmentId && s.departmentId != *filter.departmentId)
        return false;
    if (filter.gridAreaId && s.gridAreaId != filter.gridAreaId)
        return false;
    return true;
}

// Households per grid area and per village, for the per-100-households normalisation.
struct HouseholdCounts {
    std::unordered_map<Id, int> byGridArea;
    std::unordered_map<Id, int> byVillage;

    explicit HouseholdCounts(const World &world)
    {
        for (const Household &h : world.households) {
            if (h.gridAreaId)
                ++byGridArea[*h.gridAreaId];
            else if (h.villageId)
                ++byVillage[*h.villageId];
        }
    }

    // 0 when the suggestion's area is unknown or has no households.
    int of(const Suggestion &s) const
    {
        const std::unordered_map<Id, int> &counts = s.gridAreaId ? byGridArea : byVillage;
        const std::optional<Id> area = s.gridAreaId ? s.gridAreaId : s.villageId;
        if (!area)
            return 0;
        const auto it = counts.find(*area);
        return it == counts.end() ? 0 : it->second;
    }
};

} // namespace

double presetWeight(HeatmapWeightPreset preset, SuggestionStatus status)
{
    if (preset == HeatmapWeightPreset::Uniform)
        return 1.0;
    switch (status) {
    case SuggestionStatus::Blocked:
        return 3.0;
    case SuggestionStatus::InProgress:
        return 2.0;
    case SuggestionStatus::Done:
        return 1.0;
    }
    return 1.0;
}

HeatmapSelection selectHeatmapPoints(const World &world, const HeatmapFilter &filter,
                                     const HeatmapWeighting &weighting)
{
    validate(filter);
    std::optional<HouseholdCounts> households;
    if (weighting.perHundredHouseholds)
        households.emplace(world);

    HeatmapSelection selection;
    for (const Suggestion &s : world.suggestions) {
        if (!passes(s, filter))
            continue;
        double weight = weighting.custom ? weighting.custom(s) : presetWeight(weighting.preset, s.status);
        if (!(weight >= 0.0) || !std::isfinite(weight))
            throw std::invalid_argument("heat map weight of suggestion " + s.code
                                        + " is negative or not finite");
        if (households) {
            const int count = households->of(s);
            if (count == 0) {
                ++selection.leftOutWithoutArea;
                continue;
            }
            weight *= 100.0 / count;
        }
        selection.points.push_back({s.location, weight});
        selection.suggestionIds.push_back(s.id);
    }
    return selection;
}

} // namespace lianxin
