// household-on-land: each household stands on an island, at least the inset inside its
// coastline. household-placement: an urban household is strictly inside its building and
// shares its building's grid area; a village household is inside its village and its
// township; each household has exactly one of the two.
#include "analysis/checks.h"
#include "analysis/featurenames.h"
#include "analysis/validationrun.h"

#include <cmath>

namespace lianxin::validation {

namespace {

using namespace validationcheck;

bool isFinite(const PointXY &p) { return std::isfinite(p.x) && std::isfinite(p.y); }

class HouseholdPlacer {
public:
    explicit HouseholdPlacer(ValidationRun &run)
        : m_run(run)
        , m_world(run.world())
        , m_ids(run.ids())
        , m_buildings(run.buildings())
        , m_villages(run.villages())
    {
    }

    void check(const Household &household)
    {
        if (household.buildingId && household.villageId) {
            report(household, ": has both buildingId " + std::to_string(*household.buildingId) + " and villageId "
                                  + std::to_string(*household.villageId));
        } else if (!household.buildingId && !household.villageId) {
            report(household, ": has neither a buildingId nor a villageId");
        } else if (household.buildingId) {
            checkInBuilding(household);
        } else {
            checkInVillage(household);
        }
    }

private:
    void checkInBuilding(const Household &household)
    {
        const auto index = m_ids.buildings.find(*household.buildingId);
        if (!index) // a dangling reference; the references check reports it
            return;
        const Building &building = m_world.buildings[*index];
        if (!household.gridAreaId)
            report(household, ": has no gridAreaId; its " + describe(building) + " is in grid area "
                                  + std::to_string(building.gridAreaId));
        else if (*household.gridAreaId != building.gridAreaId)
            report(household, ": gridAreaId " + std::to_string(*household.gridAreaId) + " differs from its "
                                  + describe(building) + "'s grid area " + std::to_string(building.gridAreaId));
        if (m_buildings.isValid(*index) && isFinite(household.location)
            && !m_buildings.prepared(*index).contains(household.location))
            report(household, ": not inside its " + describe(building) + " at " + formatPoint(household.location));
    }

    void checkInVillage(const Household &household)
    {
        const auto index = m_ids.villages.find(*household.villageId);
        if (!index)
            return;
        const Village &village = m_world.villages[*index];
        if (household.townshipId != village.townshipId)
            report(household, ": townshipId " + std::to_string(household.townshipId) + " differs from its "
                                  + describe(village) + "'s township " + std::to_string(village.townshipId));
        if (m_villages.isValid(*index) && isFinite(household.location)
            && !m_villages.prepared(*index).contains(household.location))
            report(household, ": not inside its " + describe(village) + " at " + formatPoint(household.location));
    }

    void report(const Household &household, const std::string &problem)
    {
        m_run.addIssue(HouseholdPlacement, table::Household, household.id, describe(household) + problem);
    }

    ValidationRun &m_run;
    const World &m_world;
    const WorldIds &m_ids;
    const PolygonLayer &m_buildings;
    const PolygonLayer &m_villages;
};

} // namespace

void checkHouseholdsOnLand(ValidationRun &run)
{
    const std::vector<Household> &households = run.world().households;
    // Without a coastline every household would be "in the sea": say so once instead.
    if (run.world().islands.empty()) {
        if (!households.empty())
            run.addIssue(HouseholdOnLand, table::Island, 0,
                         "no islands (coastline) to check " + std::to_string(households.size())
                             + " households against");
        return;
    }
    const LandMask &land = run.land();
    const PolygonLayer &islands = run.islands();
    const double inset = run.options().landInsetMetres;
    const std::string where = inset > 0.0 ? " is not on land at least " + formatDecimal(inset)
                                                + " m inside the coastline"
                                          : " is not on land";
    for (std::size_t i = 0; i < households.size(); ++i) {
        if (!run.progress(i, households.size()))
            return;
        const Household &household = households[i];
        if (!isFinite(household.location)) {
            run.addIssue(HouseholdOnLand, table::Household, household.id,
                         describe(household) + ": its location is not a finite point");
            continue;
        }
        // Near an invalid island the coastline is unknown (geometry-valid reported it).
        if (islands.nearInvalid(boxOf(household.location)))
            continue;
        if (!land.contains(household.location))
            run.addIssue(HouseholdOnLand, table::Household, household.id,
                         describe(household) + ": " + formatPoint(household.location) + where);
    }
}

void checkHouseholdPlacement(ValidationRun &run)
{
    HouseholdPlacer placer(run);
    const std::vector<Household> &households = run.world().households;
    for (std::size_t i = 0; i < households.size(); ++i) {
        if (!run.progress(i, households.size()))
            return;
        placer.check(households[i]);
    }
}

} // namespace lianxin::validation
