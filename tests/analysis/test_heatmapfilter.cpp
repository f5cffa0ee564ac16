// Selecting and weighting the demo world's suggestions for the heat map. Expected counts
// come from the article's figures or are counted independently in the test.
#include "analysis/heatmapfilter.h"
#include "core/articlefigures.h"
#include "demofixture.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <stdexcept>

using namespace lianxin;

namespace {

const World &world()
{
    return test::articleWorld();
}

template <typename Predicate>
int countSuggestions(Predicate predicate)
{
    return static_cast<int>(std::count_if(world().suggestions.begin(), world().suggestions.end(), predicate));
}

} // namespace

TEST_CASE("no filter selects every suggestion with weight 1")
{
    const HeatmapSelection all = selectHeatmapPoints(world(), {});
    CHECK(all.points.size() == static_cast<std::size_t>(articleFigures(1).suggestions));
    CHECK(all.suggestionIds.size() == all.points.size());
    CHECK(std::all_of(all.points.begin(), all.points.end(), [](const WeightedPoint &p) { return p.weight == 1.0; }));
    CHECK(all.points.front().location == world().suggestions.front().location);
}

TEST_CASE("status filters select the article's counts")
{
    const ArticleFigures figures = articleFigures(1);
    HeatmapFilter filter;
    filter.statuses = {SuggestionStatus::Blocked};
    CHECK(selectHeatmapPoints(world(), filter).points.size() == static_cast<std::size_t>(figures.blocked));
    filter.statuses = {SuggestionStatus::Done};
    CHECK(selectHeatmapPoints(world(), filter).points.size() == static_cast<std::size_t>(figures.done));
    filter.statuses = {SuggestionStatus::Blocked, SuggestionStatus::InProgress};
    CHECK(selectHeatmapPoints(world(), filter).points.size()
          == static_cast<std::size_t>(figures.blocked + figures.inProgress));
}

TEST_CASE("round, group, item, department, grid area and date filters match independent counts")
{
    HeatmapFilter filter;
    filter.rounds = {3};
    const int roundThree = countSuggestions([](const Suggestion &s) { return s.round == 3; });
    REQUIRE(roundThree > 0);
    CHECK(selectHeatmapPoints(world(), filter).points.size() == static_cast<std::size_t>(roundThree));

    // Round 3 and concern group 2 together.
    filter.concernGroup = 2;
    const int roundThreeGroupTwo =
        countSuggestions([](const Suggestion &s) { return s.round == 3 && s.concernGroup == 2; });
    REQUIRE(roundThreeGroupTwo > 0);
    REQUIRE(roundThreeGroupTwo < roundThree);
    CHECK(selectHeatmapPoints(world(), filter).points.size() == static_cast<std::size_t>(roundThreeGroupTwo));

    HeatmapFilter byItem;
    const std::string item = world().suggestions.front().concernItem;
    byItem.concernItem = item;
    const HeatmapSelection items = selectHeatmapPoints(world(), byItem);
    CHECK(items.points.size()
          == static_cast<std::size_t>(countSuggestions([&](const Suggestion &s) { return s.concernItem == item; })));

    HeatmapFilter byDepartment;
    byDepartment.departmentId = world().suggestions.front().departmentId;
    CHECK(selectHeatmapPoints(world(), byDepartment).points.size()
          == static_cast<std::size_t>(countSuggestions(
              [&](const Suggestion &s) { return s.departmentId == *byDepartment.departmentId; })));

    // The grid area with most suggestions; its members really lie in it by id.
    std::map<Id, int> perArea;
    for (const Suggestion &s : world().suggestions)
        if (s.gridAreaId)
            ++perArea[*s.gridAreaId];
    REQUIRE_FALSE(perArea.empty());
    const auto busiest = std::max_element(perArea.begin(), perArea.end(),
                                          [](const auto &a, const auto &b) { return a.second < b.second; });
    HeatmapFilter byArea;
    byArea.gridAreaId = busiest->first;
    CHECK(selectHeatmapPoints(world(), byArea).points.size() == static_cast<std::size_t>(busiest->second));

    // Dates: the median submission date splits the set; both bounds are inclusive.
    std::vector<Date> dates;
    for (const Suggestion &s : world().suggestions)
        dates.push_back(s.submittedOn);
    std::sort(dates.begin(), dates.end());
    const Date median = dates[dates.size() / 2];
    HeatmapFilter until;
    until.submittedTo = median;
    HeatmapFilter from;
    from.submittedFrom = median;
    const int onMedian = countSuggestions([&](const Suggestion &s) { return s.submittedOn == median; });
    CHECK(selectHeatmapPoints(world(), until).points.size() + selectHeatmapPoints(world(), from).points.size()
          == world().suggestions.size() + static_cast<std::size_t>(onMedian));
    CHECK(selectHeatmapPoints(world(), until).points.size()
          == static_cast<std::size_t>(countSuggestions([&](const Suggestion &s) { return !(median < s.submittedOn); })));
}

TEST_CASE("the unresolved preset weighs blocked 3, in progress 2, done 1")
{
    HeatmapWeighting weighting;
    weighting.preset = HeatmapWeightPreset::Unresolved;
    const HeatmapSelection selection = selectHeatmapPoints(world(), {}, weighting);
    double total = 0.0;
    for (const WeightedPoint &p : selection.points)
        total += p.weight;
    const ArticleFigures f = articleFigures(1);
    CHECK(total == 3.0 * f.blocked + 2.0 * f.inProgress + 1.0 * f.done);
}

TEST_CASE("a caller's weight function replaces the preset and is checked")
{
    HeatmapWeighting weighting;
    weighting.custom = [](const Suggestion &s) { return static_cast<double>(s.round); };
    const HeatmapSelection selection = selectHeatmapPoints(world(), {}, weighting);
    for (std::size_t i = 0; i < selection.points.size(); ++i)
        CHECK(selection.points[i].weight == world().suggestions[i].round);
    weighting.custom = [](const Suggestion &) { return -1.0; };
    CHECK_THROWS_WITH(selectHeatmapPoints(world(), {}, weighting),
                      Catch::Contains(world().suggestions.front().code));
}

TEST_CASE("per 100 households divides by the households of the suggestion's own area")
{
    HeatmapWeighting weighting;
    weighting.perHundredHouseholds = true;
    const HeatmapSelection selection = selectHeatmapPoints(world(), {}, weighting);
    CHECK(selection.points.size() + static_cast<std::size_t>(selection.leftOutWithoutArea)
          == world().suggestions.size());
    REQUIRE_FALSE(selection.points.empty());
    // Check the first selected suggestion by counting its area's households here.
    const Suggestion *first = nullptr;
    for (const Suggestion &s : world().suggestions)
        if (s.id == selection.suggestionIds.front())
            first = &s;
    REQUIRE(first != nullptr);
    int households = 0;
    for (const Household &h : world().households)
        households += first->gridAreaId ? (h.gridAreaId == first->gridAreaId)
                                        : (!h.gridAreaId && h.villageId == first->villageId);
    REQUIRE(households > 0);
    CHECK(selection.points.front().weight == Approx(100.0 / households).epsilon(1e-15));
}

TEST_CASE("bad filters are refused with a message")
{
    HeatmapFilter filter;
    filter.concernGroup = 6;
    CHECK_THROWS_WITH(selectHeatmapPoints(world(), filter), Catch::Contains("concern group"));
    filter = {};
    filter.rounds = {0};
    CHECK_THROWS_WITH(selectHeatmapPoints(world(), filter), Catch::Contains("visit round"));
    filter = {};
    filter.submittedFrom = Date::fromDays(100);
    filter.submittedTo = Date::fromDays(99);
    CHECK_THROWS_WITH(selectHeatmapPoints(world(), filter), Catch::Contains("date range"));
}
