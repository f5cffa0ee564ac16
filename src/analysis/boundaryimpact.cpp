#include "analysis/boundaryimpact.h"

#include <algorithm>
#include <tuple>

namespace lianxin {

namespace {

void add(ImpactCounts &total, const ImpactCounts &part)
{
    total.buildings += part.buildings;
    total.households += part.households;
    total.residents += part.residents;
    total.shops += part.shops;
    total.openSuggestions += part.openSuggestions;
}

} // namespace

std::vector<Id> BoundaryImpact::householdsChangingDepartment() const
{
    std::vector<Id> ids;
    for (const HouseholdMove &move : households)
        if (move.fromDepartmentId != move.toDepartmentId)
            ids.push_back(move.householdId);
    return ids;
}

ImpactContext::ImpactContext(const World &world)
    : m_world(world)
{
    std::unordered_map<Id, std::size_t> buildingIndex;
    for (std::size_t i = 0; i < world.buildings.size(); ++i)
        buildingIndex[world.buildings[i].id] = i;
    m_buildingCounts.assign(world.buildings.size(), ImpactCounts{1, 0, 0, 0, 0});
    m_buildingHouseholds.assign(world.buildings.size(), {});
    for (const GridArea &area : world.gridAreas)
        m_storedDepartment[area.id] = area.departmentId;
    for (const Resident &resident : world.residents)
        ++m_residents[resident.householdId];
    for (const Suggestion &suggestion : world.suggestions)
        if (suggestion.status != SuggestionStatus::Done)
            ++m_openSuggestions[suggestion.householdId];
    for (std::size_t h = 0; h < world.households.size(); ++h) {
        const Household &household = world.households[h];
        if (!household.buildingId)
            continue;
        const auto found = buildingIndex.find(*household.buildingId);
        if (found == buildingIndex.end())
            continue;
        m_buildingHouseholds[found->second].push_back(h);
        ImpactCounts &counts = m_buildingCounts[found->second];
        ++counts.households;
        counts.residents += m_residents[household.id];
        counts.openSuggestions += m_openSuggestions[household.id];
        if (household.gridAreaId) {
            ++m_areaHouseholds[*household.gridAreaId];
            ++m_departmentHouseholds[departmentOfStored(*household.gridAreaId)];
        }
    }
    for (const Shop &shop : world.shops)
        if (shop.buildingId)
            if (const auto found = buildingIndex.find(*shop.buildingId); found != buildingIndex.end())
                ++m_buildingCounts[found->second].shops;
    for (const Cadre &cadre : world.cadres)
        ++m_departmentCadres[cadre.departmentId];
    for (std::size_t g = 0; g < world.groups.size(); ++g)
        m_groupIndex[world.groups[g].id] = g;
    for (std::size_t d = 0; d < world.departments.size(); ++d)
        m_departmentIndex[world.departments[d].id] = d;
}

Id ImpactContext::departmentOfStored(Id areaId) const
{
    const auto found = m_storedDepartment.find(areaId);
    return found == m_storedDepartment.end() ? 0 : found->second;
}

BoundaryImpact ImpactContext::impact(const BoundaryLayout &after, const std::vector<PlacedBuilding> &placement) const
{
    BoundaryImpact result;
    std::map<Id, AreaImpact> areas;
    std::map<Id, DepartmentImpact> departments;
    std::map<std::pair<Id, Id>, long long> losses; // (group, to department) -> households
    auto departmentAfter = [&after](Id areaId) -> Id {
        const BoundaryArea *area = after.find(areaId);
        return area ? area->departmentId : 0;
    };
    const std::size_t count = std::min(placement.size(), m_world.buildings.size());
    for (std::size_t i = 0; i < count; ++i) {
        const Building &building = m_world.buildings[i];
        const Id from = building.gridAreaId, to = placement[i].areaId;
        if (from == to)
            continue;
        result.buildings.push_back({building.id, from, to});
        const ImpactCounts &carried = m_buildingCounts[i];
        add(areas[from].lost, carried);
        add(areas[to].gained, carried);
        const Id fromDepartment = departmentOfStored(from), toDepartment = departmentAfter(to);
        if (fromDepartment != toDepartment) {
            add(departments[fromDepartment].lost, carried);
            add(departments[toDepartment].gained, carried);
        }
        for (std::size_t h : m_buildingHouseholds[i]) {
            const Household &household = m_world.households[h];
            result.households.push_back({household.id, from, to, fromDepartment, toDepartment});
            if (fromDepartment != toDepartment)
                ++losses[{household.groupId, toDepartment}];
        }
    }
    areas.erase(0); // "no area" is not an area
    for (auto &[id, impact] : areas) {
        impact.areaId = id;
        const BoundaryArea *area = after.find(id);
        impact.departmentId = area ? area->departmentId : departmentOfStored(id);
        const auto stored = m_areaHouseholds.find(id);
        impact.householdsBefore = stored == m_areaHouseholds.end() ? 0 : stored->second;
        impact.householdsAfter = impact.householdsBefore + impact.gained.households - impact.lost.households;
        if (area)
            impact.code = area->code;
        else
            for (const GridArea &grid : m_world.gridAreas)
                if (grid.id == id)
                    impact.code = grid.code;
        result.areas.push_back(impact);
    }
    std::sort(result.areas.begin(), result.areas.end(),
              [](const AreaImpact &a, const AreaImpact &b) { return a.code < b.code; });
    departments.erase(0);
    for (auto &[id, impact] : departments) {
        impact.departmentId = id;
        if (const auto found = m_departmentIndex.find(id); found != m_departmentIndex.end())
            impact.name = m_world.departments[found->second].name;
        const auto stored = m_departmentHouseholds.find(id);
        impact.householdsBefore = stored == m_departmentHouseholds.end() ? 0 : stored->second;
        impact.householdsAfter = impact.householdsBefore + impact.gained.households - impact.lost.households;
        const auto cadres = m_departmentCadres.find(id);
        impact.cadres = cadres == m_departmentCadres.end() ? 0 : cadres->second;
        result.departments.push_back(impact);
    }
    for (const auto &[key, households] : losses) {
        GroupLoss loss;
        loss.groupId = key.first;
        loss.toDepartmentId = key.second;
        loss.households = households;
        if (const auto found = m_groupIndex.find(key.first); found != m_groupIndex.end()) {
            loss.code = m_world.groups[found->second].code;
            loss.fromDepartmentId = m_world.groups[found->second].departmentId;
        }
        result.groupLosses.push_back(loss);
    }
    std::sort(result.groupLosses.begin(), result.groupLosses.end(), [](const GroupLoss &a, const GroupLoss &b) {
        return std::tie(a.code, a.toDepartmentId) < std::tie(b.code, b.toDepartmentId);
    });
    std::sort(result.households.begin(), result.households.end(),
              [](const HouseholdMove &a, const HouseholdMove &b) { return a.householdId < b.householdId; });
    return result;
}

} // namespace lianxin
