#include "analysis/visitplanner.h"

#include "analysis/balancingstats.h"
#include "analysis/islandlocator.h"
#include "analysis/visitgrouproute.h"
#include "analysis/visitscope.h"
#include "core/workcalendar.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <map>
#include <mutex>
#include <thread>
#include <stdexcept>
#include <unordered_map>

namespace lianxin {

namespace {

void requireWellFormed(const World &world, const VisitRound &round, const VisitPlanOptions &options)
{
    if (const std::string problem = roundProblem(round); !problem.empty())
        throw std::invalid_argument("round \"" + round.name + "\": " + problem);
    if (const std::string problem = scopeProblem(world, round.scope); !problem.empty())
        throw std::invalid_argument("round \"" + round.name + "\": " + problem);
    IslandLocator islands(world.islands);
    for (const IslandLanding &landing : options.landings)
        if (!islands.hasIsland(landing.islandId))
            throw std::invalid_argument("landing " + std::to_string(landing.id) + " is on unknown island " +
                                        std::to_string(landing.islandId));
}

// Island of each household: its village's island, else the island under its building
// (looked up once per building), else the island under the household.
class HouseholdIslands {
public:
    HouseholdIslands(const World &world, const IslandLocator &islands)
        : m_islands(islands)
    {
        for (const Village &village : world.villages)
            m_islandOfVillage.emplace(village.id, village.islandId);
    }
    Id of(const Household &h)
    {
        if (h.villageId)
            if (const auto found = m_islandOfVillage.find(*h.villageId); found != m_islandOfVillage.end())
                return found->second;
        if (!h.buildingId)
            return m_islands.islandOf(h.location);
        const auto [it, added] = m_islandOfBuilding.emplace(*h.buildingId, 0);
        if (added)
            it->second = m_islands.islandOf(h.location);
        return it->second;
    }

private:
    const IslandLocator &m_islands;
    std::unordered_map<Id, Id> m_islandOfVillage;
    std::unordered_map<Id, Id> m_islandOfBuilding;
};

// The working days of the round from its first, extended past its end when a group
// needs more.
class WorkingDays {
public:
    explicit WorkingDays(const VisitRound &round) { m_days.push_back(firstWorkingDay(round)); }
    Date operator[](std::size_t index)
    {
        while (m_days.size() <= index)
            m_days.push_back(addWorkingDays(m_days.back(), 1));
        return m_days[index];
    }

private:
    std::vector<Date> m_days;
};

void schedule(GroupRoute &route, const VisitRound &round, const std::unordered_map<Id, unsigned> &flagsOf,
              WorkingDays &days, const Date &deadline)
{
    int sequence = 0;
    for (const VisitLeg &leg : route.legs)
        for (const VisitStop &stop : leg.stops)
            for (const Id householdId : stop.householdIds) {
                PlannedVisit visit;
                visit.householdId = householdId;
                visit.stop = stop.number;
                visit.sequence = ++sequence;
                visit.plannedOn = days[static_cast<std::size_t>((sequence - 1) / round.visitsPerDay)];
                if (isUrgentHousehold(flagsOf.at(householdId))) {
                    visit.deadline = deadline;
                    visit.late = visit.plannedOn > deadline;
                }
                route.visits.push_back(visit);
            }
    route.households = sequence;
    route.daysNeeded = (sequence + round.visitsPerDay - 1) / round.visitsPerDay;
}

PointXY medianOf(const std::vector<RouteHousehold> &households)
{
    std::vector<PointXY> points;
    for (const RouteHousehold &h : households)
        points.push_back(h.location);
    return balancing::geometricMedian(points);
}

// Runs work(0..count-1) on `threads` threads (0: one per core). Groups are independent,
// so the plan is the same whatever the thread count. The calling thread reports progress
// and, when it says stop, lets the workers finish their current item and throws.
void parallelFor(std::size_t count, int threads, const std::function<bool(double)> &progress,
                 const std::function<void(std::size_t)> &work)
{
    const std::size_t workers = std::clamp<std::size_t>(
        threads > 0 ? static_cast<std::size_t>(threads) : std::max(1u, std::thread::hardware_concurrency()), 1,
        std::max<std::size_t>(count, 1));
    if (workers == 1) {
        for (std::size_t i = 0; i < count; ++i) {
            if (progress && !progress(static_cast<double>(i) / static_cast<double>(count)))
                throw VisitPlanCancelled();
            work(i);
        }
        return;
    }
    std::atomic<std::size_t> next{0}, done{0};
    std::atomic<bool> stop{false};
    std::exception_ptr failure;
    std::mutex failureMutex;
    auto run = [&] {
        for (std::size_t i = next++; i < count && !stop; i = next++) {
            try {
                work(i);
            } catch (...) {
                const std::lock_guard lock(failureMutex);
                failure = failure ? failure : std::current_exception();
                stop = true;
            }
            ++done;
        }
    };
    std::vector<std::thread> pool;
    for (std::size_t t = 0; t < workers; ++t)
        pool.emplace_back(run);
    bool cancelled = false;
    // The caller's thread only watches, so progress is reported from the thread that asked.
    while (progress && done < count && !stop) {
        if (!progress(static_cast<double>(done) / static_cast<double>(count))) {
            cancelled = stop = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    for (std::thread &thread : pool)
        thread.join();
    if (failure)
        std::rethrow_exception(failure);
    if (cancelled)
        throw VisitPlanCancelled();
}

} // namespace

VisitTier tierOf(unsigned flags, const VisitRound &round)
{
    if (isUrgentHousehold(flags))
        return VisitTier::Urgent;
    if (round.priorityFirst && isPriorityHousehold(flags))
        return VisitTier::Priority;
    return VisitTier::Other;
}

VisitPlan planVisitRound(const World &world, const VisitRound &round, const VisitPlanOptions &options)
{
    requireWellFormed(world, round, options);
    VisitPlan plan;
    plan.round = round;
    plan.firstDay = firstWorkingDay(round);
    plan.urgentDeadline = urgentDeadline(round);
    plan.workingDays = workingDaysIn(round);

    const IslandLocator islands(world.islands);
    HouseholdIslands islandOf(world, islands);
    std::map<Id, PointXY> landingOf;
    std::map<Id, Id> landingIdOf;
    for (const IslandLanding &landing : options.landings) // the lowest landing id of each island
        if (!landingIdOf.contains(landing.islandId) || landing.id < landingIdOf[landing.islandId]) {
            landingIdOf[landing.islandId] = landing.id;
            landingOf[landing.islandId] = landing.location;
        }
    std::unordered_map<Id, const ContactGroup *> groupOf;
    for (const ContactGroup &group : world.groups)
        groupOf.emplace(group.id, &group);

    std::map<Id, std::vector<RouteHousehold>> byGroup;
    std::unordered_map<Id, unsigned> flagsOf;
    for (const std::size_t i : householdsOfRound(world, round)) {
        const Household &h = world.households[i];
        if (!groupOf.contains(h.groupId))
            throw std::invalid_argument("household " + h.code + " is in unknown group " + std::to_string(h.groupId));
        byGroup[h.groupId].push_back({h.id, h.code, h.buildingId, h.location, islandOf.of(h), tierOf(h.flags, round)});
        flagsOf.emplace(h.id, h.flags);
        plan.urgentHouseholds += isUrgentHousehold(h.flags) ? 1 : 0;
        plan.priorityHouseholds += isPriorityHousehold(h.flags) ? 1 : 0;
    }
    std::unordered_map<Id, int> residentsOf;
    for (const Resident &resident : world.residents)
        ++residentsOf[resident.householdId];

    const GroupRouteContext context{islands, landingOf, options.baseline};
    std::vector<std::pair<Id, const std::vector<RouteHousehold> *>> groups;
    for (const auto &[groupId, households] : byGroup)
        groups.emplace_back(groupId, &households);
    std::vector<PointXY> bases(groups.size());
    std::vector<GroupLegs> legs(groups.size());
    parallelFor(groups.size(), options.threads, options.progress, [&](std::size_t g) {
        bases[g] = round.from ? *round.from : medianOf(*groups[g].second);
        legs[g] = routeGroup(*groups[g].second, bases[g], context);
    });

    WorkingDays days(round);
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const auto &[groupId, households] = groups[g];
        GroupRoute route;
        route.groupId = groupId;
        route.groupCode = groupOf.at(groupId)->code;
        route.departmentId = groupOf.at(groupId)->departmentId;
        route.baseChosen = round.from.has_value();
        route.base = bases[g];
        route.legs = std::move(legs[g].legs);
        route.exact = legs[g].exact;
        for (const VisitLeg &leg : route.legs) {
            route.metres += leg.metres;
            route.baselineMetres += leg.baselineMetres;
        }
        schedule(route, round, flagsOf, days, plan.urgentDeadline);
        for (const RouteHousehold &h : *households)
            route.residents += residentsOf[h.id];
        route.overCapacity = route.daysNeeded > plan.workingDays;

        plan.households += route.households;
        plan.residents += route.residents;
        plan.metres += route.metres;
        plan.baselineMetres += route.baselineMetres;
        plan.overCapacityGroups += route.overCapacity ? 1 : 0;
        for (const PlannedVisit &visit : route.visits)
            plan.lateUrgent += visit.late ? 1 : 0;
        plan.routes.push_back(std::move(route));
    }
    if (options.progress)
        options.progress(1.0);
    return plan;
}

} // namespace lianxin
