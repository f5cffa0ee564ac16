#include "analysis/suggestionstats.h"
#include "core/workcalendar.h"
#include "demofixture.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace lianxin;

namespace {
constexpr Date kEndOf2021{2021, 12, 31};
}

TEST_CASE("County statistics of the demo equal the article's figures")
{
    const SuggestionStatistics stats =
        suggestionStatistics(test::articleWorld(), StatsGrouping::GridArea, kEndOf2021);
    // 共征集意见建议1013条,已办结585条,正在办理224条,疑难受限204条,按期答复率100%。
    CHECK(stats.county.total == 1013);
    CHECK(stats.county.done == 585);
    CHECK(stats.county.inProgress == 224);
    CHECK(stats.county.blocked == 204);
    CHECK(stats.county.onTimeRate() == 1.0);
    CHECK(stats.overdue.empty());
    REQUIRE(stats.county.meanSatisfaction());
    CHECK(*stats.county.meanSatisfaction() >= 1.0);
    CHECK(*stats.county.meanSatisfaction() <= 5.0);
}

TEST_CASE("Rows partition the suggestions of their grouping")
{
    const World &world = test::articleWorld();
    const auto urban = std::count_if(world.suggestions.begin(), world.suggestions.end(),
                                     [](const Suggestion &s) { return s.gridAreaId.has_value(); });
    const SuggestionStatistics byArea = suggestionStatistics(world, StatsGrouping::GridArea, kEndOf2021);
    CHECK(byArea.rows.size() == 28);
    int inAreas = 0;
    for (const StatsRow &row : byArea.rows)
        inAreas += row.tally.total;
    CHECK(inAreas == urban);

    const SuggestionStatistics byDepartment = suggestionStatistics(world, StatsGrouping::Department, kEndOf2021);
    int inDepartments = 0;
    for (const StatsRow &row : byDepartment.rows)
        inDepartments += row.tally.total;
    CHECK(inDepartments == 1013); // every suggestion has a handling body
}

TEST_CASE("A late reply and a missing one are listed as overdue, by how many working days")
{
    World world = test::articleWorld();
    const Suggestion &late = world.suggestions[10];
    const Suggestion &silent = world.suggestions[20];
    Date dispatched{};
    for (const SuggestionEvent &e : world.suggestionEvents)
        if (e.suggestionId == late.id && e.kind == EventKind::Dispatch)
            dispatched = e.on;
    // The reply now comes 9 working days after dispatch: 2 past the 7-day rule.
    for (SuggestionEvent &e : world.suggestionEvents)
        if (e.suggestionId == late.id && e.kind == EventKind::Feedback)
            e.on = addWorkingDays(dispatched, 9);
    std::erase_if(world.suggestionEvents, [&](const SuggestionEvent &e) {
        return e.suggestionId == silent.id && e.kind == EventKind::Feedback;
    });

    const SuggestionStatistics stats = suggestionStatistics(world, StatsGrouping::Department, kEndOf2021);
    CHECK(stats.county.repliedOnTime == 1011);
    CHECK(stats.county.onTimeRate() == Approx(1011.0 / 1013.0));
    REQUIRE(stats.overdue.size() == 2);
    const auto lateEntry = std::find_if(stats.overdue.begin(), stats.overdue.end(),
                                        [&](const OverdueSuggestion &o) { return o.suggestionId == late.id; });
    REQUIRE(lateEntry != stats.overdue.end());
    CHECK(lateEntry->workingDaysLate == 2);
    const auto silentEntry = std::find_if(stats.overdue.begin(), stats.overdue.end(),
                                          [&](const OverdueSuggestion &o) { return o.suggestionId == silent.id; });
    REQUIRE(silentEntry != stats.overdue.end());
    CHECK_FALSE(silentEntry->repliedOn);

    // Before its deadline an unanswered suggestion is not yet overdue.
    const SuggestionStatistics early = suggestionStatistics(world, StatsGrouping::Department, silentEntry->dispatchedOn);
    CHECK(std::none_of(early.overdue.begin(), early.overdue.end(),
                       [&](const OverdueSuggestion &o) { return o.suggestionId == silent.id; }));
}
