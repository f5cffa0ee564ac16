#include "analysis/validation.h"

#include "analysis/checks.h"
#include "analysis/validationrun.h"

#include <cmath>
#include <stdexcept>

namespace lianxin {

namespace {

using namespace validationcheck;
using validation::ValidationRun;

// One step of the run: the checks it carries out and its share of the progress bar.
struct Step {
    std::vector<const char *> checks;
    double weight;
    void (*run)(ValidationRun &);
};

// Weights are in "one household's land test" units, measured on the scale-100 demo
// world (a GEOS validity check of a building costs about 15 of them).
std::vector<Step> stepsFor(const World &w, const ValidationOptions &options)
{
    auto count = [](std::size_t n) { return static_cast<double>(n); };
    const double polygons = count(w.urbanAreas.size() + w.gridAreas.size() + w.villages.size() + w.buildings.size()
                                  + w.townships.size() + w.islands.size());
    const double grids = count(w.gridAreas.size()) * 100.0; // unions and overlays of whole areas
    const double buildings = count(w.buildings.size());
    const double households = count(w.households.size());
    const double rows = households + count(w.residents.size() + w.suggestions.size() + w.suggestionEvents.size()
                                           + w.groupMembers.size() + w.cadres.size());
    std::vector<Step> steps = {
        {{GeometryValid}, polygons * 15.0, validation::checkGeometryValid},
        {{GridOverlap}, grids, validation::checkGridOverlap},
        {{GridGap, GridOutside}, grids, validation::checkGridCoverage},
        {{BuildingInGrid}, buildings * 9.0, validation::checkBuildingsInGrid},
        {{BuildingOverlap}, buildings * 2.0, validation::checkBuildingOverlap},
        {{VillageOnLand}, count(w.villages.size()) * 20.0, validation::checkVillagesOnLand},
        {{HouseholdOnLand}, households, validation::checkHouseholdsOnLand},
        {{HouseholdPlacement}, households, validation::checkHouseholdPlacement},
        {{References}, rows * 0.1, validation::checkReferences},
        {{GroupScope}, households, validation::checkGroupScope},
        {{SuggestionWorkflow}, count(w.suggestions.size() + w.suggestionEvents.size()) * 0.25,
         validation::checkSuggestionWorkflow},
    };
    if (options.demoScale)
        steps.push_back({{Counts}, households * 0.15, validation::checkCounts});
    return steps;
}

void requireSane(const ValidationOptions &options)
{
    if (!std::isfinite(options.coverageToleranceM2) || options.coverageToleranceM2 < 0.0)
        throw std::invalid_argument("validation: the coverage tolerance must be a finite area >= 0 m², not "
                                    + std::to_string(options.coverageToleranceM2));
    if (!std::isfinite(options.landInsetMetres) || options.landInsetMetres < 0.0)
        throw std::invalid_argument("validation: the land inset must be a finite distance >= 0 m, not "
                                    + std::to_string(options.landInsetMetres));
    if (options.demoScale && *options.demoScale < 1)
        throw std::invalid_argument("validation: the demo scale must be at least 1, not "
                                    + std::to_string(*options.demoScale));
}

} // namespace

ValidationReport validateWorld(const World &world, const ValidationOptions &options)
{
    requireSane(options);
    ValidationReport report;
    ValidationRun run(world, options, report);
    const std::vector<Step> steps = stepsFor(world, options);
    double total = 0.0;
    for (const Step &step : steps)
        total += step.weight + 1.0; // + 1: no step takes no time
    double start = 0.0;
    for (const Step &step : steps) {
        const double end = start + (step.weight + 1.0) / total;
        run.enterSlice(start, end);
        if (run.reportFraction(start))
            step.run(run);
        if (run.cancelled()) {
            report.issues.push_back({Cancelled, "", 0, std::string("validation cancelled during ") + step.checks.front()
                                                           + "; the checks listed as run are complete"});
            return report;
        }
        report.checksRun.insert(report.checksRun.end(), step.checks.begin(), step.checks.end());
        start = end;
    }
    run.reportFraction(1.0);
    return report;
}

} // namespace lianxin
