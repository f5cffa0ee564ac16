#include "cli/balancecommand.h"

#include "analysis/balancemetrics.h"
#include "analysis/balancingworld.h"
#include "cli/balanceoutput.h"
#include "cli/clicommon.h"
#include "cli/pointinput.h"
#include "cli/progressprinter.h"
#include "demo/hilbert.h"
#include "store/assignmentstore.h"
#include "store/balanceexport.h"
#include "store/database.h"
#include "store/pointlayer.h"
#include "store/rosterexport.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <stdexcept>

namespace lianxin::cli {

namespace {

struct BalanceArgs {
    std::string file;
    std::string scope = "all";
    int tolerance = 1;
    double stability = 50.0;
    std::string weights;
    bool dryRun = false;
    bool json = false;
    std::string roster;
    std::string households;  // point-file mode
    int groups = 0;
    std::string out;
    PointLayerOptions pointFile;
    bool quiet = false;
};

// {"11": 3}: island 11 has no group of its own and is served from island 3.
std::map<Id, Id> islandLinks(const std::string &key, const nlohmann::json &value, const std::string &path)
{
    if (!value.is_object())
        throw std::runtime_error("--weights: \"" + key + "\" must map island ids to serving island ids in " + path);
    std::map<Id, Id> links;
    for (const auto &[from, to] : value.items()) {
        char *end = nullptr;
        const long long island = std::strtoll(from.c_str(), &end, 10);
        if (from.empty() || *end != '\0' || island <= 0 || !to.is_number_integer() || to.get<long long>() <= 0)
            throw std::runtime_error("--weights: \"" + key + "\" must map island ids to serving island ids in " + path
                                     + " (bad entry \"" + from + "\")");
        links.emplace(island, to.get<Id>());
    }
    return links;
}

// --weights FILE.json: extra weight units per priority flag, locks, and island links.
BalancingWorldOptions readWeights(const std::string &path)
{
    BalancingWorldOptions options;
    if (path.empty())
        return options;
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error("cannot read --weights file " + path);
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception &e) {
        throw std::runtime_error("--weights file " + path + " is not valid JSON: " + e.what());
    }
    if (!json.is_object())
        throw std::runtime_error("--weights file " + path + " must hold a JSON object");
    for (const auto &[key, value] : json.items()) {
        const auto whole = [&] {
            if (!value.is_number_integer() || value.get<long long>() < 0)
                throw std::runtime_error("--weights: \"" + key + "\" must be a whole number >= 0 in " + path);
            return value.get<int>();
        };
        const auto ids = [&] {
            std::set<Id> set;
            if (!value.is_array())
                throw std::runtime_error("--weights: \"" + key + "\" must be a list of ids in " + path);
            for (const auto &id : value) {
                if (!id.is_number_integer())
                    throw std::runtime_error("--weights: \"" + key + "\" must be a list of ids in " + path);
                set.insert(id.get<Id>());
            }
            return set;
        };
        if (key == "five_elders")
            options.fiveEldersExtra = whole();
        else if (key == "subsistence_allowance")
            options.subsistenceAllowanceExtra = whole();
        else if (key == "hardship")
            options.hardshipExtra = whole();
        else if (key == "serious_illness")
            options.seriousIllnessExtra = whole();
        else if (key == "locked_households")
            options.lockedHouseholds = ids();
        else if (key == "locked_groups")
            options.lockedGroups = ids();
        else if (key == "island_links")
            options.islandLinks = islandLinks(key, value, path);
        else
            throw std::runtime_error("--weights: unknown key \"" + key + "\" in " + path
                                     + " (known: five_elders, subsistence_allowance, hardship, serious_illness, "
                                       "locked_households, locked_groups, island_links)");
    }
    return options;
}

// The responsible body --scope names: 0 for all. A township's body is its township unit.
Id scopeDepartment(const World &world, const std::string &scope)
{
    if (scope == "all")
        return 0;
    const auto colon = scope.find(':');
    const std::string kind = scope.substr(0, colon);
    Id id = 0;
    try {
        std::size_t used = 0;
        id = std::stoll(scope.substr(colon == std::string::npos ? scope.size() : colon + 1), &used);
        if (colon + 1 + used != scope.size())
            id = 0;
    } catch (const std::exception &) {
        id = 0;
    }
    if (colon == std::string::npos || (kind != "department" && kind != "township") || id <= 0)
        throw std::runtime_error("--scope must be all, department:ID or township:ID, not \"" + scope + "\"");
    for (const Department &d : world.departments) {
        if (kind == "department" && d.id == id)
            return d.id;
        if (kind == "township" && d.kind == DepartmentKind::Township && d.townshipId == id)
            return d.id;
    }
    throw std::runtime_error("--scope " + scope + ": no such " + kind + " in the database (ids 1 to "
                             + std::to_string(kind == "department" ? world.departments.size() : world.townships.size())
                             + ")");
}

int runDatabase(const BalanceArgs &args, ProgressPrinter &printer)
{
    if (args.file.empty())
        return fail("balance needs a project database, or --households FILE --groups N --out FILE.gpkg");
    if (!args.out.empty() || args.groups != 0)
        return fail("--out and --groups belong to --households mode; on a database use --roster for the rosters");
    const BalancingWorldOptions worldOptions = readWeights(args.weights);
    if (!args.roster.empty())
        rosterFormatForPath(args.roster); // refuse a bad name before anything is written
    printer.report(0.0, "loading");
    const std::unique_ptr<Database> db =
        Database::open(args.file, args.dryRun ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
    World world = db->loadWorld();
    const Id department = scopeDepartment(world, args.scope);
    const BalancingProblem problem = restrictToDepartment(balancingProblemOf(world, worldOptions), department);
    if (problem.households.empty())
        return fail("--scope " + args.scope + " has no households in " + args.file);
    requireStaffedGroups(world, problem);

    BalancingOptions options;
    options.tolerance = args.tolerance;
    options.stabilityMetres = args.stability;
    options.progress = [&printer](double fraction) {
        printer.report(0.05 + 0.85 * fraction, "balancing");
        return true;
    };
    const BalancingResult result = balanceGroups(problem.households, problem.groups, options);
    const RebalanceMetrics metrics = rebalanceMetrics(world, problem.households, problem.groups, result);

    int written = 0;
    if (!args.dryRun && !result.moves.empty()) {
        printer.report(0.9, "writing");
        std::vector<GroupChange> changes;
        for (const BalancingMove &m : result.moves)
            changes.push_back({m.householdId, m.fromGroupId, m.toGroupId});
        const std::string note = "rebalance " + args.scope + ", tolerance " + std::to_string(args.tolerance)
                                 + ", stability " + formatMetres(args.stability) + " m";
        written = applyGroupChanges(*db, changes, {"lianxin-cli", note});
    }
    if (!args.roster.empty()) {
        printer.report(0.95, "writing rosters");
        std::map<Id, Id> newGroup;
        for (const BalancingMove &m : result.moves)
            newGroup[m.householdId] = m.toGroupId;
        for (Household &h : world.households)
            if (const auto found = newGroup.find(h.id); found != newGroup.end())
                h.groupId = found->second;
        try {
            writeRosters(world, args.roster);
        } catch (const std::exception &e) {
            // The database already holds the moves (one transaction, done): say so, or the
            // user would think nothing happened and run it again.
            if (written > 0)
                throw std::runtime_error(std::to_string(written) + " household(s) changed group in " + args.file
                                         + ", but the rosters could not be written: " + e.what()
                                         + " (export them again with --roster on a --dry-run)");
            throw;
        }
    }
    printer.finish();
    if (args.json) {
        nlohmann::ordered_json out = metricsJson(metrics);
        out["scope"] = args.scope;
        out["dry_run"] = args.dryRun;
        out["written"] = written;
        std::cout << out.dump(2) << '\n';
    } else {
        printMetrics(metrics, args.scope);
        std::cout << (args.dryRun ? "dry run: nothing written\n"
                                  : "wrote " + std::to_string(written) + " group change(s) to " + args.file + "\n");
    }
    return Success;
}

// A first grouping for the bases to start from: the points along a Hilbert curve, cut
// into `groups` runs of equal size (compact, as the curve keeps neighbours together).
// Only a seed: with no assignment of record, moving away from it is free.
std::vector<Id> hilbertSeed(const std::vector<PointXY> &points, int groups)
{
    Box bounds{HUGE_VAL, HUGE_VAL, -HUGE_VAL, -HUGE_VAL};
    for (const PointXY &p : points)
        bounds = unite(bounds, Box{p.x, p.y, p.x, p.y});
    const std::size_t n = points.size();
    std::vector<std::uint64_t> curve(n);
    std::vector<std::size_t> order(n);
    for (std::size_t i = 0; i < n; ++i) {
        curve[i] = demo::hilbertIndex(bounds, points[i]);
        order[i] = i;
    }
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return curve[a] != curve[b] ? curve[a] < curve[b] : a < b; });
    std::vector<Id> seed(n);
    for (std::size_t k = 0; k < n; ++k)
        seed[order[k]] = static_cast<Id>(k * static_cast<std::size_t>(groups) / n + 1);
    return seed;
}

int runPointFile(const BalanceArgs &args, ProgressPrinter &printer)
{
    if (!args.file.empty())
        return fail("give either a project database or --households FILE, not both");
    if (args.out.empty())
        return fail("--households needs --out result.gpkg");
    if (args.groups < 1)
        return fail("--households needs --groups N with N >= 1");
    if (args.dryRun || !args.roster.empty() || !args.weights.empty() || args.scope != "all")
        return fail("--dry-run, --roster, --weights and --scope belong to a project database, not --households");
    printer.report(0.0, "reading points");
    const PointLayer layer = readPointLayer(args.households, args.pointFile);
    if (static_cast<std::size_t>(args.groups) > layer.points.size())
        return fail("--groups " + std::to_string(args.groups) + " is more than the " + std::to_string(layer.points.size())
                    + " points of " + layer.sourceDescription);

    // One scope; no household has a group yet, so stability plays no part (cost 0).
    const std::vector<Id> seed = hilbertSeed(layer.points, args.groups);
    std::vector<BalancingHousehold> households(layer.points.size());
    for (std::size_t i = 0; i < households.size(); ++i) {
        households[i].id = static_cast<Id>(i + 1);
        households[i].location = layer.points[i];
        households[i].currentGroupId = seed[i];
    }
    std::vector<BalancingGroup> groups(static_cast<std::size_t>(args.groups));
    for (std::size_t g = 0; g < groups.size(); ++g)
        groups[g].id = static_cast<Id>(g + 1);
    BalancingOptions options;
    options.tolerance = args.tolerance;
    options.stabilityMetres = 0.0;
    options.progress = [&printer](double fraction) {
        printer.report(0.05 + 0.85 * fraction, "balancing");
        return true;
    };
    const BalancingResult result = balanceGroups(households, groups, options);

    printer.report(0.9, "writing " + args.out);
    std::vector<BalancedPoint> points(households.size());
    std::vector<BalancedBase> bases(groups.size());
    for (std::size_t g = 0; g < groups.size(); ++g)
        bases[g] = {groups[g].id, result.baseOf[g], 0, 0};
    for (std::size_t i = 0; i < households.size(); ++i) {
        BalancedBase &base = bases[static_cast<std::size_t>(result.groupOf[i] - 1)];
        ++base.households;
        ++base.load;
        points[i] = {layer.featureIds[i], layer.points[i], result.groupOf[i],
                     std::hypot(layer.points[i].x - base.location.x, layer.points[i].y - base.location.y)};
    }
    writeBalancedGeoPackage(points, bases, args.out);
    printer.finish();

    std::vector<BalancingHousehold> unassigned = households;
    for (BalancingHousehold &h : unassigned)
        h.currentGroupId = 0; // the seed was no assignment: report only the result
    const RebalanceMetrics metrics = rebalanceMetrics(World{}, unassigned, groups, result);
    if (args.json) {
        nlohmann::ordered_json out;
        out["input"] = layer.sourceDescription;
        out["households"] = metrics.households;
        out["groups"] = metrics.groups;
        out["result"] = sideJson(metrics.after);
        out["out"] = args.out;
        std::cout << out.dump(2) << '\n';
    } else {
        std::cout << "balanced " << households.size() << " points of " << layer.sourceDescription << " into "
                  << groups.size() << " groups: load " << metrics.after.load.min << "-" << metrics.after.load.max
                  << ", mean walk " << formatMetres(metrics.after.distance.mean) << " m, 90% within "
                  << formatMetres(metrics.after.distance.p90) << " m\nwrote " << args.out << "\n";
    }
    return Success;
}

} // namespace

void addBalanceCommand(CLI::App &app, int &exitCode)
{
    auto args = std::make_shared<BalanceArgs>();
    CLI::App *command = app.add_subcommand(
        "balance", "Rebalance households among contact groups: fair loads, short walks, few new faces");
    command->add_option("file", args->file, "Project database (.sqlite)");
    command->add_option("--scope", args->scope, "all, department:ID or township:ID (the township unit's households)")
        ->capture_default_str();
    command->add_option("--tolerance", args->tolerance, "Load tolerance around the scope's mean (households)")
        ->check(CLI::NonNegativeNumber)
        ->capture_default_str();
    command->add_option("--stability", args->stability, "Cost of moving one household, in metres of walking")
        ->check(CLI::NonNegativeNumber)
        ->capture_default_str();
    command->add_option("--weights", args->weights,
                        "JSON: extra weight per flag (five_elders, subsistence_allowance, hardship, serious_illness) "
                        "locked_households / locked_groups id lists, island_links {\"island\": serving island}");
    command->add_flag("--dry-run", args->dryRun, "Compute and report, write nothing to the database");
    command->add_flag("--json", args->json, "Print the metrics as JSON");
    command->add_option("--roster", args->roster, "Also write the new rosters (.xlsx or .csv)");
    command->add_option("--households", args->households, "Point file to balance instead of a database");
    command->add_option("--groups", args->groups, "--households: number of groups to form");
    command->add_option("--out", args->out, "--households: result GeoPackage (.gpkg)");
    addPointFileOptions(*command, args->pointFile);
    command->add_flag("-q,--quiet", args->quiet, "No progress on stderr");
    command->callback([args, &exitCode] {
        ProgressPrinter printer(args->quiet);
        exitCode = args->households.empty() ? runDatabase(*args, printer) : runPointFile(*args, printer);
    });
}

} // namespace lianxin::cli
