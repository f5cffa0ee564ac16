// Grid areas out to a GIS and back: export with counts, import matched by code with the
// same coverage checks and impact as the app's Save, refused whole on a bad coverage.
#include "cli/boundariesfiles.h"

#include "analysis/boundaryedits.h"
#include "cli/boundariesoutput.h"
#include "cli/boundariessupport.h"
#include "cli/clicommon.h"
#include "store/boundaryfile.h"

#include <filesystem>
#include <iostream>
#include <map>
#include <memory>

namespace lianxin::cli {

namespace {

struct ExportArgs {
    std::string file;
    std::string out;
};

int runExport(const ExportArgs &args)
{
    BoundaryProject project = openBoundaryProject(args.file, false);
    const World &world = project.world;
    std::map<Id, std::string> departments;
    for (const Department &department : world.departments)
        departments[department.id] = department.name;
    std::map<Id, GridAreaFeature> features;
    for (const GridArea &area : world.gridAreas)
        features[area.id] = {area.code, area.name, area.departmentId, departments[area.departmentId], area.geometry};
    std::map<Id, long long> residents, open;
    for (const Resident &resident : world.residents)
        ++residents[resident.householdId];
    for (const Suggestion &suggestion : world.suggestions)
        if (suggestion.status != SuggestionStatus::Done && suggestion.gridAreaId && features.count(*suggestion.gridAreaId))
            ++features[*suggestion.gridAreaId].openSuggestions;
    for (const Building &building : world.buildings)
        if (features.count(building.gridAreaId))
            ++features[building.gridAreaId].buildings;
    for (const Household &household : world.households)
        if (household.gridAreaId && features.count(*household.gridAreaId)) {
            ++features[*household.gridAreaId].households;
            features[*household.gridAreaId].residents += residents[household.id];
        }
    for (const Shop &shop : world.shops)
        if (shop.gridAreaId && features.count(*shop.gridAreaId))
            ++features[*shop.gridAreaId].shops;
    std::vector<GridAreaFeature> rows;
    for (auto &[id, feature] : features)
        rows.push_back(std::move(feature));
    writeGridAreas(args.out, rows);
    std::cout << "wrote " << rows.size() << " grid areas to " << args.out << '\n';
    return Success;
}

struct ImportArgs {
    std::string file;
    std::string input;
    std::string layer;
    std::string match = "code";
    std::string note;
    bool dryRun = false;
    bool json = false;
    double tolerance = kDefaultSnapTolerance;
};

// The department a file names by dept_id or by name; 0 if it names none.
Id departmentOf(const GridAreaFeature &feature, const World &world, const std::string &path)
{
    for (const Department &department : world.departments)
        if ((feature.departmentId && department.id == *feature.departmentId) ||
            (!feature.departmentId && !feature.department.empty() && department.name == feature.department))
            return department.id;
    if (feature.departmentId || !feature.department.empty())
        throw std::invalid_argument(path + ": area " + feature.code + " names an unknown department " +
                                    (feature.departmentId ? std::to_string(*feature.departmentId) : feature.department));
    return 0;
}

// The file's areas as the new layout: matched by code, new ones with the next free ids,
// missing ones removed; vertices within the tolerance of today's put back on them.
BoundaryLayout layoutFromFile(const GridAreaFile &file, const BoundarySession &session, const std::string &path)
{
    const BoundaryLayout &recorded = session.recorded();
    BoundaryLayout layout;
    layout.outline = recorded.outline;
    Id nextId = 1;
    for (const BoundaryArea &area : recorded.areas)
        nextId = std::max(nextId, area.id + 1);
    for (const GridAreaFeature &feature : file.areas) {
        const Id department = departmentOf(feature, session.world(), path);
        BoundaryArea area;
        if (const BoundaryArea *known = recorded.findCode(feature.code)) {
            area = *known;
        } else {
            if (department == 0)
                throw std::invalid_argument(path + ": area " + feature.code +
                                            " is new and needs a department (field dept_id or department)");
            area.id = nextId++;
            area.code = feature.code;
            area.name = feature.code;
        }
        if (department != 0)
            area.departmentId = department;
        if (!feature.name.empty())
            area.name = feature.name;
        area.geometry = feature.geometry;
        layout.areas.push_back(std::move(area));
    }
    return settled(snappedTo(layout, recorded, session.tolerance()), session.tolerance());
}

int runImport(const ImportArgs &args)
{
    if (args.match != "code")
        return fail("--match: areas can only be matched by code");
    const GridAreaFile file = readGridAreas(args.input, args.layer, args.match);
    BoundaryProject project = openBoundaryProject(args.file, !args.dryRun);
    BoundarySession session(project.world, args.tolerance);
    session.setLayout(layoutFromFile(file, session, args.input));
    const CoverageReport report = session.check();
    if (const int refused = refuseIfBroken(session, report, args.json, "import of " + args.input); refused != Success)
        return refused;
    const BoundaryImpact impact = session.impact();
    BoundarySaved saved;
    if (!args.dryRun)
        saved = saveBoundaries(*project.db, session,
                               args.note.empty() ? "import " + std::filesystem::path(args.input).filename().string() : args.note);
    if (args.json) {
        nlohmann::ordered_json out;
        out["path"] = project.db->path();
        out["input"] = args.input;
        out["layer"] = file.layer;
        out["source_crs"] = file.sourceCrs;
        out["dry_run"] = args.dryRun;
        out["ok"] = true;
        out["version"] = saved.version;
        out["warnings"] = problemsJson(session.layout(), report);
        out["impact"] = impactJson(impact);
        std::cout << out.dump(2) << '\n';
        return Success;
    }
    printProblems(std::cout, report);
    printImpact(std::cout, impact);
    if (args.dryRun)
        std::cout << "dry run: nothing written\n";
    else if (saved.version == 0)
        std::cout << "nothing changed: the file holds today's boundaries\n";
    else
        std::cout << "saved as version " << saved.version << " (change set " << saved.applied.changeSetId << ", "
                  << saved.applied.rowsWritten << " rows)\n";
    return Success;
}

} // namespace

void addBoundariesExport(CLI::App &boundaries, int &exitCode)
{
    auto args = std::make_shared<ExportArgs>();
    CLI::App *command = boundaries.add_subcommand("export", "Grid areas with code, name, department and counts");
    command->add_option("file", args->file, "Project database (.sqlite)")->required();
    command->add_option("--out", args->out, "Output .gpkg, .shp or .geojson")->required();
    command->callback([args, &exitCode] { exitCode = runExport(*args); });
}

void addBoundariesImport(CLI::App &boundaries, int &exitCode)
{
    auto args = std::make_shared<ImportArgs>();
    CLI::App *command = boundaries.add_subcommand("import", "New grid-area geometries from a GIS file, matched by code");
    command->add_option("file", args->file, "Project database (.sqlite)")->required();
    command->add_option("input", args->input, "GeoPackage, Shapefile or GeoJSON of grid areas")->required();
    command->add_option("--layer", args->layer, "Layer to read (default: the only one, or grid_area)");
    command->add_option("--match", args->match, "Field matching areas (code)")->capture_default_str();
    command->add_option("--note", args->note, "Why (kept with the version)");
    command->add_flag("--dry-run", args->dryRun, "Check and show the impact, write nothing");
    command->add_flag("--json", args->json, "Print JSON");
    command->add_option("--tolerance", args->tolerance, "Snapping tolerance (m)")->capture_default_str();
    command->callback([args, &exitCode] { exitCode = runImport(*args); });
}

} // namespace lianxin::cli
