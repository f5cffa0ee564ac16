#pragma once
// A planned visit round (plain values; planned by analysis/visitplanner.h): per contact group, its households in walking order, split into
// legs that never cross water, with a day for each visit and the load of the pair.
#include "core/visitround.h"

#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace lianxin {

// The order the households of a route are visited in: 及时访 first (always), then 重点访
// when the round asks for it, then the rest.
enum class VisitTier { Urgent = 0, Priority = 1, Other = 2 };

// One door or one building: the households at it are listed together.
struct VisitStop {
    int number = 0;                // 1-based along the whole route
    PointXY location;              // the building's households' mean, or the household
    std::optional<Id> buildingId;
    Id islandId = 0;               // 0: on no island polygon
    VisitTier tier = VisitTier::Other;
    std::vector<Id> householdIds;  // by household code
};

enum class LegStart { Base, Landing, NearestShore };

// The walk on one island, from `start` through its stops.
struct VisitLeg {
    Id islandId = 0;
    LegStart startKind = LegStart::Base;
    PointXY start;
    std::vector<VisitStop> stops;
    double metres = 0.0;
    double baselineMetres = 0.0; // the same stops by nearest neighbour + 2-opt
};

struct PlannedVisit {
    Id householdId = 0;
    int stop = 0;      // VisitStop::number
    int sequence = 0;  // 1-based position in the route
    Date plannedOn;
    std::optional<Date> deadline; // 及时访 households
    bool late = false;            // planned after its deadline
};

struct GroupRoute {
    Id groupId = 0;
    std::string groupCode;
    Id departmentId = 0;
    PointXY base;       // the round's chosen start, else the geometric median of the households
    bool baseChosen = false;
    std::vector<VisitLeg> legs;
    std::vector<PlannedVisit> visits; // in route order
    int households = 0;
    int residents = 0;
    double metres = 0.0;
    double baselineMetres = 0.0;
    int daysNeeded = 0;        // ceil(households / visits per day)
    bool overCapacity = false; // needs more working days than the round has
    bool exact = true;         // every leg part solved by Held-Karp
    int stops() const;
};

struct VisitPlan {
    VisitRound round;
    Date firstDay;
    Date urgentDeadline;
    int workingDays = 0;
    std::vector<GroupRoute> routes; // by group id
    int households = 0;
    int residents = 0;
    int urgentHouseholds = 0;
    int priorityHouseholds = 0;
    int overCapacityGroups = 0;
    int lateUrgent = 0;
    double metres = 0.0;
    double baselineMetres = 0.0;
};

struct VisitPlanOptions {
    std::vector<IslandLanding> landings;
    // Also solve every route part by nearest neighbour + 2-opt, for the comparison.
    bool baseline = true;
    // Called with progress 0..1 now and then, from the calling thread; return false to
    // cancel (throws VisitPlanCancelled).
    std::function<bool(double)> progress;
    // Threads that solve routes (0: one per core). The plan does not depend on it.
    int threads = 0;
};

class VisitPlanCancelled : public std::runtime_error {
public:
    VisitPlanCancelled() : std::runtime_error("planning the visit round was cancelled") {}
};

const char *toString(VisitTier tier); // "urgent", "priority", "other"
const char *toString(LegStart start); // "base", "landing", "nearest_shore"

} // namespace lianxin
