// Planning visit rounds on the article's demo world: every household once, no leg across
// water, 及时访 first and in time, loads, scopes and goals.
#include "analysis/islandlocator.h"
#include "analysis/routepath.h"
#include "analysis/visitplanner.h"
#include "analysis/visitscope.h"

#include "demofixture.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

using namespace lianxin;

namespace {

VisitRound mayRound()
{
    VisitRound round;
    round.id = 1;
    round.name = "2021年第三轮";
    round.start = {2021, 5, 6};
    round.end = {2021, 5, 28};
    return round;
}

std::vector<Id> plannedHouseholds(const VisitPlan &plan)
{
    std::vector<Id> ids;
    for (const GroupRoute &route : plan.routes)
        for (const VisitLeg &leg : route.legs)
            for (const VisitStop &stop : leg.stops)
                ids.insert(ids.end(), stop.householdIds.begin(), stop.householdIds.end());
    return ids;
}

double legLength(const VisitLeg &leg)
{
    double metres = 0.0;
    PointXY at = leg.start;
    for (const VisitStop &stop : leg.stops) {
        metres += std::hypot(stop.location.x - at.x, stop.location.y - at.y);
        at = stop.location;
    }
    return metres;
}

// Every segment of every leg joins two points of the leg's island: the start (the base
// on the island, its landing, or its shore) and stops whose households live there.
void requireNoLegCrossesWater(const World &world, const VisitPlan &plan)
{
    const IslandLocator islands(world.islands);
    std::map<Id, Id> islandOfVillage;
    for (const Village &v : world.villages)
        islandOfVillage[v.id] = v.islandId;
    std::map<Id, const Household *> household;
    for (const Household &h : world.households)
        household[h.id] = &h;
    for (const GroupRoute &route : plan.routes)
        for (const VisitLeg &leg : route.legs) {
            REQUIRE(leg.islandId != 0);
            if (leg.startKind == LegStart::Base)
                REQUIRE(islands.islandOf(leg.start) == leg.islandId);
            for (const VisitStop &stop : leg.stops) {
                REQUIRE(stop.islandId == leg.islandId);
                for (const Id id : stop.householdIds) {
                    const Household &h = *household.at(id);
                    const Id island = h.villageId ? islandOfVillage.at(*h.villageId) : islands.islandOf(h.location);
                    REQUIRE(island == leg.islandId);
                }
            }
        }
}

} // namespace

TEST_CASE("A county round plans every household of the demo exactly once, one stop per building")
{
    const World &world = test::articleWorld();
    const VisitPlan plan = planVisitRound(world, mayRound());
    CHECK(plan.routes.size() == 634);
    CHECK(plan.households == 15310);
    CHECK(plan.residents == 23301);
    std::vector<Id> ids = plannedHouseholds(plan);
    REQUIRE(ids.size() == world.households.size());
    std::sort(ids.begin(), ids.end());
    CHECK(std::adjacent_find(ids.begin(), ids.end()) == ids.end());

    std::map<Id, const Household *> household;
    for (const Household &h : world.households)
        household[h.id] = &h;
    std::set<std::pair<Id, Id>> buildingStops; // (group, building) seen as a stop
    for (const GroupRoute &route : plan.routes) {
        int number = 0;
        for (const VisitLeg &leg : route.legs)
            for (const VisitStop &stop : leg.stops) {
                CHECK(stop.number == ++number);
                for (const Id id : stop.householdIds) {
                    CHECK(household.at(id)->groupId == route.groupId);
                    CHECK(household.at(id)->buildingId == stop.buildingId);
                }
                if (stop.buildingId)
                    CHECK(buildingStops.insert({route.groupId, *stop.buildingId}).second);
            }
        CHECK(static_cast<int>(route.visits.size()) == route.households);
        for (std::size_t v = 0; v < route.visits.size(); ++v)
            CHECK(route.visits[v].sequence == static_cast<int>(v) + 1);
    }
}

TEST_CASE("No leg of the demo's county round crosses water")
{
    const World &world = test::articleWorld();
    requireNoLegCrossesWater(world, planVisitRound(world, mayRound()));
}

TEST_CASE("Route lengths are the sums of their legs and never longer than nearest neighbour + 2-opt")
{
    const World &world = test::articleWorld();
    const VisitPlan plan = planVisitRound(world, mayRound());
    double total = 0.0;
    int heuristicRoutes = 0;
    for (const GroupRoute &route : plan.routes) {
        double metres = 0.0;
        for (const VisitLeg &leg : route.legs) {
            CHECK(leg.metres == Approx(legLength(leg)).margin(1e-6));
            CHECK(leg.metres <= leg.baselineMetres + 1e-6);
            metres += leg.metres;
        }
        CHECK(route.metres == Approx(metres));
        heuristicRoutes += route.exact ? 0 : 1;
        total += route.metres;
    }
    CHECK(plan.metres == Approx(total));
    CHECK(plan.metres < plan.baselineMetres);
    CHECK(heuristicRoutes > 100); // village groups have ~24 doors: the local search is exercised
}

TEST_CASE("The 12 seriously ill residents' households are visited first, by the deadline")
{
    const World &world = test::articleWorld();
    VisitRound round = mayRound();
    round.urgentWorkingDays = 2;
    const VisitPlan plan = planVisitRound(world, round);
    // 2021-05-06 is a Thursday after the May Day holiday: deadline the 7th.
    CHECK(plan.firstDay == Date{2021, 5, 6});
    CHECK(plan.urgentDeadline == Date{2021, 5, 7});
    CHECK(plan.urgentHouseholds == 12);
    CHECK(plan.lateUrgent == 0);
    int urgent = 0;
    for (const GroupRoute &route : plan.routes)
        for (const PlannedVisit &visit : route.visits)
            if (visit.deadline) {
                ++urgent;
                CHECK(*visit.deadline == Date{2021, 5, 7});
                CHECK(visit.plannedOn <= *visit.deadline);
                CHECK(route.legs.front().stops.front().tier == VisitTier::Urgent);
            }
    CHECK(urgent == 12);
}

TEST_CASE("With priority first, no stop of a lower tier comes before a more urgent one")
{
    const World &world = test::articleWorld();
    VisitRound round = mayRound();
    round.priorityFirst = true;
    const VisitPlan plan = planVisitRound(world, round);
    int priorityStops = 0;
    for (const GroupRoute &route : plan.routes) {
        REQUIRE(route.legs.size() == 1); // every demo group lives on one island
        const std::vector<VisitStop> &stops = route.legs.front().stops;
        for (std::size_t s = 1; s < stops.size(); ++s)
            CHECK(stops[s - 1].tier <= stops[s].tier);
        for (const VisitStop &stop : stops)
            priorityStops += stop.tier == VisitTier::Priority ? 1 : 0;
    }
    CHECK(priorityStops > 500);
    // Putting priority doors first can only lengthen the walk.
    CHECK(plan.metres > planVisitRound(world, mayRound()).metres);
}

TEST_CASE("A priority-only round of one department visits only its flagged households")
{
    const World &world = test::articleWorld();
    VisitRound round = mayRound();
    round.goal = VisitGoal::PriorityOnly;
    round.scope = {VisitScopeKind::Department, world.groups.front().departmentId};
    const VisitPlan plan = planVisitRound(world, round);
    int expected = 0;
    std::set<Id> groupsOfDepartment;
    for (const ContactGroup &g : world.groups)
        if (g.departmentId == round.scope.id)
            groupsOfDepartment.insert(g.id);
    for (const Household &h : world.households)
        if (groupsOfDepartment.contains(h.groupId) && (isPriorityHousehold(h.flags) || isUrgentHousehold(h.flags)))
            ++expected;
    REQUIRE(expected > 0);
    CHECK(plan.households == expected);
    for (const GroupRoute &route : plan.routes)
        CHECK(groupsOfDepartment.contains(route.groupId));
}

TEST_CASE("A township round covers the township's households")
{
    const World &world = test::articleWorld();
    VisitRound round = mayRound();
    round.scope = {VisitScopeKind::Township, 3};
    const VisitPlan plan = planVisitRound(world, round);
    const auto expected = std::count_if(world.households.begin(), world.households.end(),
                                        [](const Household &h) { return h.townshipId == 3; });
    CHECK(plan.households == expected);
    CHECK(scopeName(world, round.scope) == world.townships[2].name);
}

TEST_CASE("Loads: days at the visits per day, groups beyond the round's working days flagged")
{
    const World &world = test::articleWorld();
    VisitRound round = mayRound();
    round.end = round.start.addDays(1); // Thursday and Friday: two working days
    round.visitsPerDay = 10;
    const VisitPlan plan = planVisitRound(world, round);
    CHECK(plan.workingDays == 2);
    int over = 0;
    for (const GroupRoute &route : plan.routes) {
        CHECK(route.daysNeeded == (route.households + 9) / 10);
        CHECK(route.overCapacity == (route.households > 20));
        over += route.overCapacity ? 1 : 0;
        // The 11th household goes on the second working day, the 21st on the third: Saturday
        // 2021-05-08, a make-up working day (调休) for the May Day holiday.
        if (route.households > 20) {
            CHECK(route.visits[9].plannedOn == Date{2021, 5, 6});
            CHECK(route.visits[10].plannedOn == Date{2021, 5, 7});
            CHECK(route.visits[20].plannedOn == Date{2021, 5, 8});
        }
    }
    CHECK(over == plan.overCapacityGroups);
    CHECK(over > 300);
}

TEST_CASE("A group living on two islands walks them as two legs, the second from its landing")
{
    World world = test::articleWorld();
    // Move three households of a Daheishan group (island 3) into a village of Tuoji (island 4).
    const auto onIsland = [&](Id island) {
        return std::find_if(world.villages.begin(), world.villages.end(), [&](const Village &v) { return v.islandId == island; });
    };
    const Village &home = *onIsland(3);
    const Village &away = *onIsland(4);
    const Household *first = nullptr;
    for (const Household &h : world.households)
        if (h.villageId == home.id && !first)
            first = &h;
    REQUIRE(first);
    const Id group = first->groupId;
    PointXY awayPoint;
    for (const Household &h : world.households)
        if (h.villageId == away.id)
            awayPoint = h.location;
    int moved = 0;
    for (Household &h : world.households)
        if (h.groupId == group && moved < 3) {
            h.villageId = away.id;
            h.location = {awayPoint.x + 10.0 * moved, awayPoint.y};
            ++moved;
        }
    VisitRound round = mayRound();
    round.scope = {VisitScopeKind::Department, world.groups[static_cast<std::size_t>(group - 1)].departmentId};

    const auto routeOf = [&](const VisitPlan &plan) -> const GroupRoute & {
        return *std::find_if(plan.routes.begin(), plan.routes.end(), [&](const GroupRoute &r) { return r.groupId == group; });
    };
    const VisitPlan shore = planVisitRound(world, round);
    const GroupRoute &byShore = routeOf(shore);
    REQUIRE(byShore.legs.size() == 2);
    CHECK(byShore.legs[0].islandId == 3);
    CHECK(byShore.legs[0].startKind == LegStart::Base);
    CHECK(byShore.legs[1].islandId == 4);
    CHECK(byShore.legs[1].startKind == LegStart::NearestShore);
    CHECK(byShore.legs[1].stops.size() == 3);
    const IslandLocator islands(world.islands);
    const PointXY shorePoint = islands.nearestShorePoint(4, byShore.base);
    CHECK(byShore.legs[1].start == shorePoint);
    requireNoLegCrossesWater(world, shore);

    VisitPlanOptions options;
    options.landings.push_back({1, 4, "砣矶码头", {awayPoint.x - 200.0, awayPoint.y}});
    const VisitPlan landed = planVisitRound(world, round, options); // kept: byLanding refers into it
    const GroupRoute &byLanding = routeOf(landed);
    REQUIRE(byLanding.legs.size() == 2);
    CHECK(byLanding.legs[1].startKind == LegStart::Landing);
    CHECK(byLanding.legs[1].start == PointXY{awayPoint.x - 200.0, awayPoint.y});
    // The leg walks from the landing along the line: 200 m to the first door, 20 m more.
    CHECK(byLanding.legs[1].metres == Approx(220.0));
}

TEST_CASE("The plan is the same on one thread and on four")
{
    const World &world = test::articleWorld();
    VisitPlanOptions one, four;
    one.threads = 1;
    four.threads = 4;
    const VisitPlan a = planVisitRound(world, mayRound(), one);
    const VisitPlan b = planVisitRound(world, mayRound(), four);
    REQUIRE(a.routes.size() == b.routes.size());
    for (std::size_t r = 0; r < a.routes.size(); ++r) {
        REQUIRE(a.routes[r].visits.size() == b.routes[r].visits.size());
        for (std::size_t v = 0; v < a.routes[r].visits.size(); ++v)
            CHECK(a.routes[r].visits[v].householdId == b.routes[r].visits[v].householdId);
    }
    CHECK(a.metres == b.metres);
}

TEST_CASE("A chosen start replaces every group's base")
{
    const World &world = test::articleWorld();
    VisitRound round = mayRound();
    round.scope = {VisitScopeKind::Department, 1};
    round.from = world.households.front().location;
    const VisitPlan plan = planVisitRound(world, round);
    REQUIRE_FALSE(plan.routes.empty());
    for (const GroupRoute &route : plan.routes) {
        CHECK(route.baseChosen);
        CHECK(route.base == *round.from);
    }
}

TEST_CASE("Malformed rounds and scopes are refused by name, and planning can be cancelled")
{
    const World &world = test::articleWorld();
    VisitRound round = mayRound();
    round.end = {2021, 5, 1};
    CHECK_THROWS_WITH(planVisitRound(world, round), Catch::Contains("before the start"));
    round = mayRound();
    round.scope = {VisitScopeKind::Department, 999};
    CHECK_THROWS_WITH(planVisitRound(world, round), Catch::Contains("no department 999"));
    round = mayRound();
    round.visitsPerDay = 0;
    CHECK_THROWS_WITH(planVisitRound(world, round), Catch::Contains("visits per day"));
    VisitPlanOptions options;
    options.landings.push_back({1, 777, "nowhere", {0, 0}});
    CHECK_THROWS_WITH(planVisitRound(world, mayRound(), options), Catch::Contains("unknown island 777"));
    for (const int threads : {1, 2}) {
        VisitPlanOptions cancelling;
        cancelling.threads = threads;
        int calls = 0;
        cancelling.progress = [&calls](double) { return ++calls < 3; };
        CHECK_THROWS_AS(planVisitRound(world, mayRound(), cancelling), VisitPlanCancelled);
        CHECK(calls == 3);
    }
}
