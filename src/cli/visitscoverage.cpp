// lianxin-cli visits coverage and visits routes: reading a round back.
#include "analysis/visitcoverage.h"
#include "analysis/visitplanner.h"
#include "analysis/visitsheetrows.h"
#include "cli/clicommon.h"
#include "cli/visitscommon.h"
#include "cli/visitsoutput.h"
#include "store/database.h"
#include "store/visitcoverageexport.h"
#include "store/visitrouteexport.h"
#include "store/visitstore.h"

#include <CLI/CLI.hpp>

#include <iostream>
#include <map>
#include <memory>

namespace lianxin::cli {

namespace {

struct CoverageArgs {
    std::string file, round, by = "group", out;
    bool json = false;
    int open = 20;
};

struct RoutesArgs {
    std::string file, round, out;
};

std::vector<VisitCoveragePoint> coveragePoints(const World &world, const VisitRound &round,
                                               const std::vector<VisitRecord> &records)
{
    const std::map<Id, HouseholdVisitState> states = householdVisitStates(world, round, records);
    std::map<Id, std::string> groupCode;
    for (const ContactGroup &g : world.groups)
        groupCode[g.id] = g.code;
    std::vector<VisitCoveragePoint> points;
    for (const Household &h : world.households) {
        const auto state = states.find(h.id);
        if (state == states.end())
            continue;
        const HouseholdVisitState &s = state->second;
        points.push_back({h.code, groupCode[h.groupId], s.state == VisitState::Visited,
                          s.closedBy ? toString(*s.closedBy) : "", s.absentCount,
                          isPriorityHousehold(h.flags) || isUrgentHousehold(h.flags), flagLabels(h.flags),
                          s.lastOn ? s.lastOn->toIso() : "", h.location});
    }
    return points;
}

int runCoverage(const CoverageArgs &args)
{
    const std::optional<CoverageLevel> level = coverageLevelFromString(args.by);
    if (!level)
        throw VisitsInputError("--by must be group, department, grid, village or township, not \"" + args.by + "\"");
    const std::unique_ptr<Database> db = Database::open(args.file, Database::Mode::ReadOnly);
    const World world = db->loadWorld();
    const VisitRound round = requireRound(*db, args.round);
    const std::vector<VisitRecord> records = loadVisitRecords(*db, round.id);
    const VisitCoverage coverage = visitCoverage(world, round, records, *level);
    if (!args.out.empty())
        writeVisitCoverageGeoPackage(coveragePoints(world, round, records), args.out);
    if (args.json)
        std::cout << coverageJson(round, coverage, args.open).dump(2) << '\n';
    else
        printCoverage(round, coverage, args.open, std::cout);
    return Success;
}

int runRoutes(const RoutesArgs &args)
{
    const std::unique_ptr<Database> db = Database::open(args.file, Database::Mode::ReadOnly);
    const World world = db->loadWorld();
    const VisitRound round = requireRound(*db, args.round);
    VisitPlanOptions options;
    options.landings = loadIslandLandings(*db);
    options.baseline = false;
    const VisitPlan plan = planVisitRound(world, round, options);
    const int routes = writeVisitRoutesGeoPackage(visitSheets(world, plan), args.out);
    std::cout << "wrote " << routes << " routes of round " << round.name << " to " << args.out << '\n';
    return Success;
}

} // namespace

void addVisitsCoverage(CLI::App &visits, int &exitCode)
{
    auto args = std::make_shared<CoverageArgs>();
    CLI::App *coverage = visits.add_subcommand("coverage", "Households visited, not yet visited, not at home twice (不漏一户)");
    coverage->add_option("file", args->file, "Project database (.sqlite)")->required();
    coverage->add_option("--round", args->round, "Round name")->required();
    coverage->add_option("--by", args->by, "group (default), department, grid, village or township");
    coverage->add_option("--open", args->open, "List this many households not yet visited, priority first (default 20)");
    coverage->add_flag("--json", args->json, "Print JSON instead of a table");
    coverage->add_option("--out", args->out, "Also write the households by visit state as a GeoPackage (styles/visit_coverage.sld)");
    coverage->callback([args, &exitCode] { exitCode = runCoverage(*args); });
}

void addVisitsRoutes(CLI::App &visits, int &exitCode)
{
    auto args = std::make_shared<RoutesArgs>();
    CLI::App *routes = visits.add_subcommand("routes", "Write the round's routes as a GeoPackage (lines and numbered stops)");
    routes->add_option("file", args->file, "Project database (.sqlite)")->required();
    routes->add_option("--round", args->round, "Round name")->required();
    routes->add_option("--out", args->out, "Output GeoPackage (.gpkg)")->required();
    routes->callback([args, &exitCode] { exitCode = runRoutes(*args); });
}

} // namespace lianxin::cli
