#pragma once
// A visit round (大走访): the cadre pairs of a scope walk to every household (or to the
// priority households only) between two dates. The article's rule is "人人见面、户户到家，
// 不漏一户、不少一人"; 五老, 低保 and 困难 households are visited first when the round asks
// (重点访), seriously ill residents in the first working days (及时访).
#include "core/date.h"
#include "core/people.h"

#include <optional>
#include <string>

namespace lianxin {

enum class VisitScopeKind { County, Department, Township };

// Which households a round covers: the whole county, the households one responsible
// body visits (a district department or a township unit, through its groups), or the
// households living in one township.
struct VisitScope {
    VisitScopeKind kind = VisitScopeKind::County;
    Id id = 0; // department or township id; 0 for the county
    friend bool operator==(const VisitScope &, const VisitScope &) = default;
};

enum class VisitGoal { Everyone, PriorityOnly };

struct VisitRound {
    Id id = 0;
    std::string name;
    Date start;
    Date end;
    VisitScope scope;
    VisitGoal goal = VisitGoal::Everyone;
    bool priorityFirst = false; // 重点访: 五老/低保/困难 households before the others
    int visitsPerDay = 8;       // households one pair visits in a working day
    int urgentWorkingDays = 2;  // 及时访: seriously ill households by the Nth working day
    std::optional<PointXY> from; // a chosen start for every route (e.g. the office); else each group's base
    friend bool operator==(const VisitRound &, const VisitRound &) = default;
};

// Where the boat lands on an island (码头): a route's leg on that island starts here.
struct IslandLanding {
    Id id = 0;
    Id islandId = 0;
    std::string name;
    PointXY location;
    friend bool operator==(const IslandLanding &, const IslandLanding &) = default;
};

// 五老, 低保 or 困难: visited first when the round asks (重点访).
inline bool isPriorityHousehold(unsigned flags)
{
    return (flags & (FiveElders | SubsistenceAllowance | Hardship)) != 0;
}
// A seriously ill resident: visited in the first working days of every round (及时访).
inline bool isUrgentHousehold(unsigned flags) { return (flags & SeriousIllness) != 0; }

// "county", "department", "township" and back.
const char *toString(VisitScopeKind kind);
std::optional<VisitScopeKind> visitScopeKindFromString(const std::string &text);
// "everyone", "priority" and back.
const char *toString(VisitGoal goal);
std::optional<VisitGoal> visitGoalFromString(const std::string &text);

// The first working day on or after the round's start (the start itself if it is one).
Date firstWorkingDay(const VisitRound &round);
// Working days from the start to the end, both included.
int workingDaysIn(const VisitRound &round);
// The day by which the round's 及时访 households must be seen: its urgentWorkingDays-th
// working day.
Date urgentDeadline(const VisitRound &round);

// Why a round cannot be planned ("the end 2021-05-01 is before the start 2021-05-06"),
// or "" when it is well formed. The name must not be empty; visits per day and urgent
// working days at least 1.
std::string roundProblem(const VisitRound &round);

} // namespace lianxin
