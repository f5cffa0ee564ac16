#include "cli/boundariescommand.h"

#include "analysis/boundaryedits.h"
#include "cli/boundariesfiles.h"
#include "cli/boundariesoutput.h"
#include "cli/boundariessupport.h"
#include "cli/clicommon.h"
#include "store/boundarystore.h"

#include <iostream>
#include <memory>

namespace lianxin::cli {

namespace {

struct BoundariesArgs {
    std::string file;
    bool json = false;
    bool dryRun = false;
    std::string area;
    int version = 0;
    std::string note;
    double tolerance = kDefaultSnapTolerance;
};

int runCheck(const BoundariesArgs &args)
{
    BoundaryProject project = openBoundaryProject(args.file, false);
    const BoundarySession session(project.world, args.tolerance);
    const CoverageReport report = session.check(true);
    if (args.json) {
        nlohmann::ordered_json out;
        out["path"] = project.db->path();
        out["ok"] = report.problems.empty();
        out["areas"] = session.layout().areas.size();
        out["tolerance_m"] = args.tolerance;
        out["problems"] = problemsJson(session.layout(), report);
        std::cout << out.dump(2) << '\n';
    } else {
        printProblems(std::cout, report);
        if (report.problems.empty())
            std::cout << "OK: " << session.layout().areas.size() << " grid areas cover the urban area; every building "
                      << "and urban household lies in its area (tolerance " << args.tolerance << " m)\n";
        else
            std::cout << report.problems.size() << " problem(s) in " << project.db->path() << '\n';
    }
    return report.problems.empty() ? Success : ProblemsFound;
}

int runVersions(const BoundariesArgs &args)
{
    // The versions are rows of their own: no need to read the world.
    const std::unique_ptr<Database> db = Database::open(args.file, Database::Mode::ReadOnly);
    const auto versions = boundaryVersions(*db, args.area.empty() ? std::nullopt : std::optional(args.area));
    if (args.json) {
        nlohmann::ordered_json out = nlohmann::ordered_json::array();
        for (const BoundaryVersion &v : versions)
            out.push_back({{"version", v.version}, {"at", v.at}, {"actor", v.actor}, {"note", v.note},
                           {"areas", v.codes}, {"change_set", v.changeSetId}});
        std::cout << out.dump(2) << '\n';
        return Success;
    }
    if (versions.empty())
        std::cout << "no saved boundary versions" << (args.area.empty() ? "" : " of " + args.area) << '\n';
    for (const BoundaryVersion &v : versions) {
        std::string codes;
        for (const std::string &code : v.codes)
            codes += (codes.empty() ? "" : " ") + code;
        std::cout << v.version << '\t' << v.at << '\t' << v.actor << '\t' << codes << '\t' << v.note << '\n';
    }
    return Success;
}

// The areas whose geometry, code, name or department differ between two layouts.
std::vector<std::string> changedAreas(const BoundaryLayout &then, const BoundaryLayout &now)
{
    std::vector<std::string> changes;
    for (const BoundaryArea &area : then.areas) {
        const BoundaryArea *today = now.find(area.id);
        if (!today)
            changes.push_back(area.code + " (removed since)");
        else if (!(today->geometry == area.geometry) || today->code != area.code || today->departmentId != area.departmentId ||
                 today->name != area.name)
            changes.push_back(area.code + (today->code != area.code ? " (now " + today->code + ")" : ""));
    }
    for (const BoundaryArea &area : now.areas)
        if (!then.find(area.id))
            changes.push_back(area.code + " (added since)");
    return changes;
}

int runDiff(const BoundariesArgs &args)
{
    BoundaryProject project = openBoundaryProject(args.file, false);
    BoundarySession session(project.world, args.tolerance);
    session.setLayout(boundaryLayoutOf(gridAreasAsOf(*project.db, project.world, args.version), project.world.urbanAreas));
    const std::vector<std::string> areas = changedAreas(session.layout(), session.recorded());
    const BoundaryImpact impact = session.impact();
    if (args.json) {
        nlohmann::ordered_json out;
        out["version"] = args.version;
        out["areas_changed"] = areas;
        out["households_changing_area"] = impact.households.size();
        out["impact_of_restoring"] = impactJson(impact);
        std::cout << out.dump(2) << '\n';
        return Success;
    }
    std::cout << "version " << args.version << " against today: " << areas.size() << " area(s) differ";
    for (const std::string &area : areas)
        std::cout << ' ' << area;
    std::cout << "\n" << impact.households.size() << " household(s) lie in another area than in version " << args.version
              << "\n\nrestoring it would move:\n";
    printImpact(std::cout, impact);
    return Success;
}

int runRestore(const BoundariesArgs &args)
{
    BoundaryProject project = openBoundaryProject(args.file, true);
    BoundarySession session(project.world, args.tolerance);
    session.setLayout(boundaryLayoutOf(gridAreasAsOf(*project.db, project.world, args.version), project.world.urbanAreas));
    if (const int refused = refuseIfBroken(session, session.check(), false, "restore"); refused != Success)
        return refused;
    const std::string note = "restore version " + std::to_string(args.version) + (args.note.empty() ? "" : ": " + args.note);
    const BoundarySaved saved = saveBoundaries(*project.db, session, note);
    printImpact(std::cout, session.impact());
    if (saved.version == 0)
        std::cout << "nothing to restore: today's boundaries equal version " << args.version << '\n';
    else
        std::cout << "restored version " << args.version << " as version " << saved.version << " (change set "
                  << saved.applied.changeSetId << ", " << saved.applied.rowsWritten << " rows)\n";
    return Success;
}

int runRenumber(const BoundariesArgs &args)
{
    BoundaryProject project = openBoundaryProject(args.file, !args.dryRun);
    BoundarySession session(project.world, args.tolerance);
    session.setLayout(renumbered(session.geos(), session.layout()));
    int changes = 0;
    for (const BoundaryArea &area : session.layout().areas) {
        const BoundaryArea &before = *session.recorded().find(area.id);
        if (before.code != area.code) {
            std::cout << before.code << " -> " << area.code << '\t' << area.name << '\n';
            ++changes;
        }
    }
    if (changes == 0) {
        std::cout << "the codes already run in reading order\n";
        return Success;
    }
    if (args.dryRun) {
        std::cout << changes << " code(s) would change (dry run; nothing written)\n";
        return Success;
    }
    if (const int refused = refuseIfBroken(session, session.check(), false, "renumber"); refused != Success)
        return refused;
    const BoundarySaved saved = saveBoundaries(*project.db, session, args.note.empty() ? "renumber in reading order" : args.note);
    std::cout << changes << " code(s) changed, saved as version " << saved.version << '\n';
    return Success;
}

CLI::App *subcommand(CLI::App &parent, const char *name, const char *description, BoundariesArgs &args)
{
    CLI::App *command = parent.add_subcommand(name, description);
    command->add_option("file", args.file, "Project database (.sqlite)")->required();
    command->add_option("--tolerance", args.tolerance, "Snapping tolerance (m)")->capture_default_str();
    return command;
}

} // namespace

void addBoundariesCommand(CLI::App &app, int &exitCode)
{
    CLI::App *boundaries = app.add_subcommand("boundaries", "Check, export, import and version the urban grid boundaries");
    boundaries->require_subcommand(1);
    auto args = std::make_shared<BoundariesArgs>();

    CLI::App *check = subcommand(*boundaries, "check", "Every coverage problem; exit 1 if any", *args);
    check->add_flag("--json", args->json, "Print JSON");
    check->callback([args, &exitCode] { exitCode = runCheck(*args); });

    CLI::App *versions = subcommand(*boundaries, "versions", "The saved boundary versions", *args);
    versions->add_option("--area", args->area, "Only versions that changed this area (code)");
    versions->add_flag("--json", args->json, "Print JSON");
    versions->callback([args, &exitCode] { exitCode = runVersions(*args); });

    CLI::App *diff = subcommand(*boundaries, "diff", "Compare a saved version with today", *args);
    diff->add_option("--version", args->version, "Version number")->required();
    diff->add_flag("--json", args->json, "Print JSON");
    diff->callback([args, &exitCode] { exitCode = runDiff(*args); });

    CLI::App *restore = subcommand(*boundaries, "restore", "Restore a saved version (itself a new version)", *args);
    restore->add_option("--version", args->version, "Version number")->required();
    restore->add_option("--note", args->note, "Why");
    restore->callback([args, &exitCode] { exitCode = runRestore(*args); });

    CLI::App *renumber = subcommand(*boundaries, "renumber", "Codes in reading order (north to south, west to east)", *args);
    renumber->add_flag("--dry-run", args->dryRun, "Show the new codes, write nothing");
    renumber->add_option("--note", args->note, "Why");
    renumber->callback([args, &exitCode] { exitCode = runRenumber(*args); });

    addBoundariesExport(*boundaries, exitCode);
    addBoundariesImport(*boundaries, exitCode);
}

} // namespace lianxin::cli
