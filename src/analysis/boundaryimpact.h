#pragma once
// The impact of a boundary change before it is saved: per area and per department, the
// buildings, households, residents, shops and open suggestions gained and lost; the
// contact groups that lose households to another department; the departments' loads
// before and after. "Before" is what the project records (each building's grid_area_id);
// "after" is where the rules place each building in the edited layout.
#include "analysis/boundarylayout.h"
#include "analysis/buildingplacement.h"

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace lianxin {

struct ImpactCounts {
    long long buildings = 0;
    long long households = 0;
    long long residents = 0;
    long long shops = 0;
    long long openSuggestions = 0; // not done
    bool empty() const { return buildings == 0 && households == 0 && residents == 0 && shops == 0 && openSuggestions == 0; }
    friend bool operator==(const ImpactCounts &, const ImpactCounts &) = default;
};

struct AreaImpact {
    Id areaId = 0;
    std::string code;
    Id departmentId = 0; // after the change (before, for an area the change removes)
    ImpactCounts gained;
    ImpactCounts lost;
    long long householdsBefore = 0;
    long long householdsAfter = 0;
};

struct DepartmentImpact {
    Id departmentId = 0;
    std::string name;
    ImpactCounts gained; // from areas of other departments
    ImpactCounts lost;   // to areas of other departments
    long long householdsBefore = 0; // urban households in its areas: its load
    long long householdsAfter = 0;
    long long cadres = 0;
};

// A contact group some of whose households now lie in another department's area.
struct GroupLoss {
    Id groupId = 0;
    std::string code;
    Id fromDepartmentId = 0; // the group's department
    Id toDepartmentId = 0;
    long long households = 0;
};

struct BuildingMove {
    Id buildingId = 0;
    Id fromAreaId = 0; // as recorded; 0 for none
    Id toAreaId = 0;   // by the rules in the new layout; 0 for none
};

struct HouseholdMove {
    Id householdId = 0;
    Id fromAreaId = 0;
    Id toAreaId = 0;
    Id fromDepartmentId = 0;
    Id toDepartmentId = 0;
};

struct BoundaryImpact {
    std::vector<AreaImpact> areas;             // areas gaining or losing, by code
    std::vector<DepartmentImpact> departments; // departments gaining or losing, by id
    std::vector<GroupLoss> groupLosses;        // by group code
    std::vector<BuildingMove> buildings;       // by building id
    std::vector<HouseholdMove> households;     // by household id
    bool empty() const { return buildings.empty(); }
    // Households whose department changes: the scope offered to the rebalancing.
    std::vector<Id> householdsChangingDepartment() const;
};

// What the impact needs of the world, indexed once (the world must outlive it).
class ImpactContext {
public:
    explicit ImpactContext(const World &world);

    const World &world() const { return m_world; }
    // The impact of `after` (with `placement`, BuildingPlacer::place on it, one entry per
    // world building) against what the world records.
    BoundaryImpact impact(const BoundaryLayout &after, const std::vector<PlacedBuilding> &placement) const;

private:
    Id departmentOfStored(Id areaId) const;

    const World &m_world;
    std::vector<ImpactCounts> m_buildingCounts;                // per world building
    std::vector<std::vector<std::size_t>> m_buildingHouseholds; // household indices per building
    std::unordered_map<Id, Id> m_storedDepartment;             // grid area -> department
    std::map<Id, long long> m_departmentHouseholds;            // recorded load
    std::map<Id, long long> m_areaHouseholds;
    std::map<Id, long long> m_departmentCadres;
    std::unordered_map<Id, std::size_t> m_groupIndex;
    std::unordered_map<Id, std::size_t> m_departmentIndex;
    std::unordered_map<Id, long long> m_openSuggestions; // per household
    std::unordered_map<Id, long long> m_residents;       // per household
};

} // namespace lianxin
