#include "demo/demoworld.h"

#include "core/articlefigures.h"
#include "core/geos.h"
#include "demo/buildings.h"
#include "demo/cadres.h"
#include "demo/frame.h"
#include "demo/gridareas.h"
#include "demo/groups.h"
#include "demo/households.h"
#include "demo/residents.h"
#include "demo/residentsuggestions.h"
#include "demo/shops.h"
#include "demo/suggestionevents.h"
#include "demo/urbanarea.h"
#include "demo/villages.h"
#include "store/coastline.h"

#include <algorithm>
#include <functional>
#include <stdexcept>
#include <string>

namespace lianxin {

namespace {

// Scale 100 is what the benchmarks need (1.5 M households); beyond a few hundred the
// world no longer fits in memory.
constexpr int kMaxScale = 200;

// Reports the steps with their share of the work (measured at scale 100) and turns a
// "stop" from the callback into the documented exception.
class StepReporter {
public:
    explicit StepReporter(const DemoOptions &options)
        : m_progress(options.progress)
    {
    }
    void begin(const std::string &step, double share)
    {
        report(m_done, step);
        m_done += share;
    }
    void finish() { report(1.0, "done"); }

private:
    void report(double fraction, const std::string &step)
    {
        if (m_progress && !m_progress(std::min(fraction, 1.0), step))
            throw std::runtime_error("cancelled");
    }
    std::function<bool(double, const std::string &)> m_progress;
    double m_done = 0.0;
};

} // namespace

World generateDemoWorld(const DemoOptions &options)
{
    using namespace demo;
    if (options.scale < 1 || options.scale > kMaxScale)
        throw std::invalid_argument("demo scale must be between 1 and " + std::to_string(kMaxScale) + ", not "
                                    + std::to_string(options.scale));
    const ArticleFigures figures = articleFigures(options.scale);
    const std::uint64_t seed = options.seed;
    StepReporter steps(options);
    GeosContext geos;
    World world;

    steps.begin("coastline", 0.01);
    world.islands = readCoastline(options.coastlinePath);

    steps.begin("townships", 0.01);
    Random frameRandom = Random::forStep(seed, "frame");
    buildAdministrativeFrame(world, geos, frameRandom);

    steps.begin("urban area", 0.03);
    Random urbanRandom = Random::forStep(seed, "urban");
    const Township &town = townshipNamed(world, kTownUnitName);
    world.urbanAreas.push_back(buildUrbanArea(geos, islandNamed(world, kTownIslandName), town.id, urbanRandom));
    const PointXY townCentre = townCentreOf(geos, world.urbanAreas.front());
    world.gridAreas = partitionUrbanArea(geos, world.urbanAreas.front(), figures.gridAreas, urbanRandom);
    std::vector<Id> districtDepartments;
    for (const Department &department : world.departments)
        if (department.kind == DepartmentKind::District)
            districtDepartments.push_back(department.id);
    assignGridDepartments(geos, world.gridAreas, districtDepartments, urbanRandom);

    steps.begin("buildings", 0.08);
    Random buildingRandom = Random::forStep(seed, "buildings");
    BuildingLayout buildings = placeBuildings(geos, world.gridAreas, world.urbanAreas.front(), townCentre,
                                              figures.buildings, options.scale, buildingRandom);
    world.buildings = buildings.buildings;

    steps.begin("villages", 0.02);
    Random villageRandom = Random::forStep(seed, "villages");
    VillageLayout villages = placeVillages(geos, world, villageRandom);
    world.villages = villages.villages;

    steps.begin("households", 0.15);
    Random householdRandom = Random::forStep(seed, "households");
    placeHouseholds(world, buildings, villages, figures, householdRandom);

    steps.begin("residents", 0.3);
    Random residentRandom = Random::forStep(seed, "residents");
    populateHouseholds(world, figures.residents, residentRandom);

    steps.begin("shops", 0.02);
    Random shopRandom = Random::forStep(seed, "shops");
    placeShops(world, buildings, townCentre, figures.shops, shopRandom);

    steps.begin("contact groups", 0.15);
    Random groupRandom = Random::forStep(seed, "groups");
    formContactGroups(world, figures.groups);
    staffContactGroups(world, figures.cadres, groupRandom);

    steps.begin("suggestions", 0.2);
    Random suggestionRandom = Random::forStep(seed, "suggestions");
    collectSuggestions(world, buildings, townCentre, figures, options.scale, suggestionRandom);
    Random workflowRandom = Random::forStep(seed, "workflow");
    recordWorkflow(world, workflowRandom);

    steps.finish();
    return world;
}

} // namespace lianxin
