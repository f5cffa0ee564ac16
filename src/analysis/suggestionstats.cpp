#include "analysis/suggestionstats.h"

#include "core/workcalendar.h"

#include <algorithm>
#include <map>

namespace lianxin {

namespace {

struct Milestones {
    std::optional<Date> dispatched;
    std::optional<Date> replied;
};

void keepEarliest(std::optional<Date> &slot, const Date &date)
{
    if (!slot || date < *slot)
        slot = date;
}

std::map<Id, Milestones> milestonesOf(const World &world)
{
    std::map<Id, Milestones> result;
    for (const SuggestionEvent &event : world.suggestionEvents) {
        if (event.kind == EventKind::Dispatch)
            keepEarliest(result[event.suggestionId].dispatched, event.on);
        else if (event.kind == EventKind::Feedback)
            keepEarliest(result[event.suggestionId].replied, event.on);
    }
    return result;
}

void count(SuggestionTally &tally, const Suggestion &s, bool onTime)
{
    ++tally.total;
    tally.done += s.status == SuggestionStatus::Done ? 1 : 0;
    tally.inProgress += s.status == SuggestionStatus::InProgress ? 1 : 0;
    tally.blocked += s.status == SuggestionStatus::Blocked ? 1 : 0;
    tally.repliedOnTime += onTime ? 1 : 0;
    if (s.satisfaction) {
        ++tally.rated;
        tally.satisfactionSum += *s.satisfaction;
    }
}

// The rows of a grouping, by id, and the row a suggestion falls in.
std::map<Id, StatsRow> emptyRows(const World &world, StatsGrouping grouping)
{
    std::map<Id, StatsRow> rows;
    switch (grouping) {
    case StatsGrouping::GridArea:
        for (const GridArea &a : world.gridAreas)
            rows[a.id] = {a.id, a.code + " " + a.name, {}};
        break;
    case StatsGrouping::Village:
        for (const Village &v : world.villages)
            rows[v.id] = {v.id, v.name, {}};
        break;
    case StatsGrouping::Department:
        for (const Department &d : world.departments)
            rows[d.id] = {d.id, d.name, {}};
        break;
    }
    return rows;
}

std::optional<Id> rowOf(const Suggestion &s, StatsGrouping grouping)
{
    switch (grouping) {
    case StatsGrouping::GridArea:
        return s.gridAreaId;
    case StatsGrouping::Village:
        return s.villageId;
    case StatsGrouping::Department:
        return s.departmentId;
    }
    return std::nullopt;
}

} // namespace

SuggestionStatistics suggestionStatistics(const World &world, StatsGrouping grouping, const Date &asOf)
{
    const std::map<Id, Milestones> milestones = milestonesOf(world);
    std::map<Id, StatsRow> rows = emptyRows(world, grouping);
    SuggestionStatistics stats;
    for (const Suggestion &s : world.suggestions) {
        const auto it = milestones.find(s.id);
        const Milestones m = it == milestones.end() ? Milestones{} : it->second;
        const Date dispatched = m.dispatched.value_or(s.submittedOn);
        const Date deadline = addWorkingDays(dispatched, kReplyDeadlineWorkingDays);
        const bool onTime = m.replied && *m.replied <= deadline;
        if (!onTime && (m.replied || deadline < asOf))
            stats.overdue.push_back({s.id, s.code, dispatched, m.replied, workingDaysBetween(deadline, m.replied.value_or(asOf))});
        count(stats.county, s, onTime);
        if (const auto row = rowOf(s, grouping); row && rows.count(*row))
            count(rows[*row].tally, s, onTime);
    }
    for (auto &[id, row] : rows)
        stats.rows.push_back(std::move(row));
    std::sort(stats.overdue.begin(), stats.overdue.end(), [](const OverdueSuggestion &a, const OverdueSuggestion &b) {
        return a.dispatchedOn != b.dispatchedOn ? a.dispatchedOn < b.dispatchedOn : a.suggestionId < b.suggestionId;
    });
    return stats;
}

Date latestEventDate(const World &world)
{
    Date latest{1970, 1, 1};
    for (const SuggestionEvent &e : world.suggestionEvents)
        latest = std::max(latest, e.on);
    return latest;
}

} // namespace lianxin
