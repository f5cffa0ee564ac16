#include "render/scenestatistics.h"

#include <stdexcept>

namespace lianxin {

const std::vector<MapField> &statisticsFields()
{
    static const std::vector<MapField> fields = {
        {QStringLiteral("total"), QStringLiteral("意见建议总数")},
        {QStringLiteral("done"), QStringLiteral("已办结")},
        {QStringLiteral("in_progress"), QStringLiteral("正在办理")},
        {QStringLiteral("blocked"), QStringLiteral("疑难受限")},
        {QStringLiteral("on_time_rate"), QStringLiteral("按时答复率")},
        {QStringLiteral("per_100_households"), QStringLiteral("每百户意见建议数")},
    };
    return fields;
}

std::unordered_map<Id, std::vector<FeatureValue>> statisticsValues(const World &world, StatsGrouping grouping)
{
    if (grouping != StatsGrouping::GridArea && grouping != StatsGrouping::Village)
        throw std::invalid_argument("statistics fields exist for grid areas and villages only");
    const bool byGrid = grouping == StatsGrouping::GridArea;
    std::unordered_map<Id, long long> households;
    for (const Household &h : world.households)
        if (const std::optional<Id> area = byGrid ? h.gridAreaId : h.villageId)
            ++households[*area];

    // The counts do not depend on the as-of date (only the overdue list does), so any
    // date will do here.
    const SuggestionStatistics stats = suggestionStatistics(world, grouping, Date{});
    std::unordered_map<Id, std::vector<FeatureValue>> values;
    for (const StatsRow &row : stats.rows) {
        const SuggestionTally &t = row.tally;
        const auto homes = households.find(row.id);
        values[row.id] = {
            static_cast<long long>(t.total),
            static_cast<long long>(t.done),
            static_cast<long long>(t.inProgress),
            static_cast<long long>(t.blocked),
            t.total > 0 ? FeatureValue{t.onTimeRate()} : FeatureValue{},
            homes != households.end() && homes->second > 0
                ? FeatureValue{100.0 * t.total / static_cast<double>(homes->second)}
                : FeatureValue{},
        };
    }
    return values;
}

} // namespace lianxin
