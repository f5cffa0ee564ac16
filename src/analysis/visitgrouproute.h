#pragma once
// The walk of one contact group: its households gathered into stops (one per building),
// the stops split by island into legs, each leg solved tier by tier from its start.
// Internal to the planner (visitplanner.h), public for its tests.
#include "analysis/islandlocator.h"
#include "core/visitplan.h"

#include <map>
#include <string>
#include <vector>

namespace lianxin {

struct RouteHousehold {
    Id id = 0;
    std::string code;
    std::optional<Id> buildingId;
    PointXY location;
    Id islandId = 0;
    VisitTier tier = VisitTier::Other;
};

struct GroupRouteContext {
    const IslandLocator &islands;
    const std::map<Id, PointXY> &landingOf; // island -> its landing (the lowest landing id)
    bool baseline = true;
};

struct GroupLegs {
    std::vector<VisitLeg> legs; // in walking order, stops numbered 1.. along the route
    bool exact = true;
};

// Legs on islands with the base start at the base; on any other island at its landing if
// one is stored, else at its shore point nearest the base (a leg of island 0, households
// on no island polygon, starts at the base). Legs go by their most urgent tier, then by
// the distance of their start from the base. Within a leg the urgent stops are walked
// first, then the priority stops, then the rest, each part continuing from where the
// last ended.
GroupLegs routeGroup(const std::vector<RouteHousehold> &households, const PointXY &base,
                     const GroupRouteContext &context);

} // namespace lianxin
