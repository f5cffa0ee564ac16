#include "analysis/balancingworld.h"

#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <unordered_map>

namespace lianxin {

namespace {

int weightOf(const Household &household, const BalancingWorldOptions &options)
{
    int weight = 1;
    if (household.flags & FiveElders)
        weight += options.fiveEldersExtra;
    if (household.flags & SubsistenceAllowance)
        weight += options.subsistenceAllowanceExtra;
    if (household.flags & Hardship)
        weight += options.hardshipExtra;
    if (household.flags & SeriousIllness)
        weight += options.seriousIllnessExtra;
    return weight;
}

// The island whose groups serve `island`: itself, or the end of its chain of links.
Id servingIsland(Id island, const std::map<Id, Id> &links)
{
    for (const auto &[from, to] : links)
        if (from <= 0 || to <= 0)
            // Island 0 is where groups without households sit: linking to it would hand
            // households to a group that lives on no island.
            throw std::invalid_argument("balancing: island link " + std::to_string(from) + " -> " + std::to_string(to)
                                        + " names no island (ids start at 1)");
    Id at = island;
    for (std::size_t hops = 0; hops <= links.size(); ++hops) {
        const auto next = links.find(at);
        if (next == links.end())
            return at;
        at = next->second;
    }
    throw std::invalid_argument("balancing: the island links form a cycle through island " + std::to_string(island));
}

} // namespace

BalancingProblem balancingProblemOf(const World &world, const BalancingWorldOptions &options)
{
    if (options.fiveEldersExtra < 0 || options.subsistenceAllowanceExtra < 0 || options.hardshipExtra < 0
        || options.seriousIllnessExtra < 0)
        throw std::invalid_argument("balancing: extra weights of priority households must not be negative");

    std::unordered_map<Id, Id> departmentOfGrid, departmentOfTownship, islandOfVillage;
    for (const GridArea &grid : world.gridAreas)
        departmentOfGrid.emplace(grid.id, grid.departmentId);
    for (const Department &department : world.departments)
        if (department.kind == DepartmentKind::Township && department.townshipId)
            departmentOfTownship.emplace(*department.townshipId, department.id);
    for (const Village &village : world.villages)
        islandOfVillage.emplace(village.id, village.islandId);

    BalancingProblem problem;
    problem.households.reserve(world.households.size());
    // Per group, how many of its households live on each island.
    std::unordered_map<Id, std::map<Id, int>> islandsOfGroup;
    for (const Household &household : world.households) {
        BalancingHousehold h;
        h.id = household.id;
        h.location = household.location;
        h.currentGroupId = household.groupId;
        h.locked = options.lockedHouseholds.contains(household.id);
        h.weight = weightOf(household, options);
        const std::string name = "household " + household.code;
        if (household.gridAreaId) {
            const auto found = departmentOfGrid.find(*household.gridAreaId);
            if (found == departmentOfGrid.end() || found->second == 0)
                throw BalancingError(name + " is outside any scope: its grid area "
                                     + std::to_string(*household.gridAreaId) + " has no responsible department");
            h.scope = {found->second, 0};
        } else {
            const auto department = departmentOfTownship.find(household.townshipId);
            if (department == departmentOfTownship.end())
                throw BalancingError(name + " is outside any scope: township " + std::to_string(household.townshipId)
                                     + " has no department");
            const auto island = household.villageId ? islandOfVillage.find(*household.villageId) : islandOfVillage.end();
            if (island == islandOfVillage.end() || island->second == 0)
                throw BalancingError(name + " is outside any scope: it is in no village on a known island");
            const Id served = servingIsland(island->second, options.islandLinks);
            h.scope = {department->second, served};
            ++islandsOfGroup[household.groupId][served];
        }
        problem.households.push_back(h);
    }

    std::unordered_map<Id, DepartmentKind> kindOf;
    for (const Department &department : world.departments)
        kindOf.emplace(department.id, department.kind);
    problem.groups.reserve(world.groups.size());
    for (const ContactGroup &group : world.groups) {
        BalancingGroup g;
        g.id = group.id;
        g.locked = options.lockedGroups.contains(group.id);
        g.scope.departmentId = group.departmentId;
        const auto kind = kindOf.find(group.departmentId);
        if (kind != kindOf.end() && kind->second == DepartmentKind::Township) {
            int most = 0;
            for (const auto &[island, count] : islandsOfGroup[group.id])
                if (count > most) { // strictly more: ties keep the lower island id
                    most = count;
                    g.scope.islandId = island;
                }
        }
        problem.groups.push_back(g);
    }
    return problem;
}

BalancingProblem restrictToDepartment(const BalancingProblem &county, Id departmentId)
{
    if (departmentId == 0)
        return county;
    BalancingProblem part;
    std::set<Id> currentGroups;
    for (const BalancingHousehold &h : county.households)
        if (h.scope.departmentId == departmentId) {
            part.households.push_back(h);
            currentGroups.insert(h.currentGroupId);
        }
    for (const BalancingGroup &g : county.groups)
        if (g.scope.departmentId == departmentId || currentGroups.contains(g.id))
            part.groups.push_back(g);
    return part;
}

void requireStaffedGroups(const World &world, const BalancingProblem &problem)
{
    std::set<Id> staffed;
    for (const GroupMember &m : world.groupMembers)
        staffed.insert(m.groupId);
    std::set<Id> balanced;
    for (const BalancingGroup &g : problem.groups)
        if (!g.locked)
            balanced.insert(g.id);
    std::string missing;
    int count = 0;
    for (const ContactGroup &g : world.groups)
        if (balanced.contains(g.id) && !staffed.contains(g.id) && count++ < 10)
            missing += (missing.empty() ? "" : ", ") + g.code;
    if (count > 0)
        throw BalancingError(std::to_string(count) + " contact group(s) have no cadres: " + missing
                             + (count > 10 ? ", ..." : "") + "; staff them or lock them");
}

} // namespace lianxin
