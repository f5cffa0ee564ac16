#include "core/visitround.h"

#include "core/workcalendar.h"

namespace lianxin {

const char *toString(VisitScopeKind kind)
{
    switch (kind) {
    case VisitScopeKind::County:
        return "county";
    case VisitScopeKind::Department:
        return "department";
    case VisitScopeKind::Township:
        return "township";
    }
    return "county";
}

std::optional<VisitScopeKind> visitScopeKindFromString(const std::string &text)
{
    for (const VisitScopeKind kind : {VisitScopeKind::County, VisitScopeKind::Department, VisitScopeKind::Township})
        if (text == toString(kind))
            return kind;
    return std::nullopt;
}

const char *toString(VisitGoal goal) { return goal == VisitGoal::Everyone ? "everyone" : "priority"; }

std::optional<VisitGoal> visitGoalFromString(const std::string &text)
{
    if (text == "everyone")
        return VisitGoal::Everyone;
    if (text == "priority")
        return VisitGoal::PriorityOnly;
    return std::nullopt;
}

Date firstWorkingDay(const VisitRound &round)
{
    return isWorkingDay(round.start) ? round.start : addWorkingDays(round.start, 1);
}

int workingDaysIn(const VisitRound &round)
{
    if (round.end < round.start)
        return 0;
    return workingDaysBetween(round.start.addDays(-1), round.end);
}

Date urgentDeadline(const VisitRound &round)
{
    return addWorkingDays(firstWorkingDay(round), round.urgentWorkingDays - 1);
}

std::string roundProblem(const VisitRound &round)
{
    if (round.name.empty())
        return "the round has no name";
    if (round.end < round.start)
        return "the end " + round.end.toIso() + " is before the start " + round.start.toIso();
    if (round.visitsPerDay < 1)
        return "visits per day must be at least 1, not " + std::to_string(round.visitsPerDay);
    if (round.urgentWorkingDays < 1)
        return "urgent working days must be at least 1, not " + std::to_string(round.urgentWorkingDays);
    if (round.scope.kind != VisitScopeKind::County && round.scope.id <= 0)
        return std::string("a ") + toString(round.scope.kind) + " scope needs its id";
    if (workingDaysIn(round) == 0)
        return "no working day between " + round.start.toIso() + " and " + round.end.toIso();
    return "";
}

} // namespace lianxin
