// lianxin-cli visits plan: create (or re-plan) a round, print every group's walk and load,
// and write the sheets the pairs carry (XLSX now; PDF with --sheets).
#include "analysis/visitplanner.h"
#include "analysis/visitscope.h"
#include "analysis/visitsheetrows.h"
#include "cli/clicommon.h"
#include "cli/visitscommon.h"
#include "cli/visitsoutput.h"
#include "cli/visitssheets.h"
#include "store/changesetapplier.h"
#include "store/database.h"
#include "store/visitsheetxlsx.h"
#include "store/visitstore.h"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>
#include <memory>

namespace lianxin::cli {

namespace {

struct PlanArgs {
    std::string file;
    std::string round;
    std::string start, end, scope, goal, from;
    bool priorityFirst = false;
    int visitsPerDay = 0;
    int urgentDays = 0;
    bool json = false;
    std::string sheets, xlsx;
};

// The stored round with the options given on the command line applied, or a new one.
VisitRound roundFromArgs(const Database &db, const World &world, const PlanArgs &args, bool &exists)
{
    std::optional<VisitRound> stored = findVisitRound(db, args.round);
    exists = stored.has_value();
    if (!exists && (args.start.empty() || args.end.empty()))
        throw VisitsInputError("round \"" + args.round + "\" is new: give its --start and --end dates");
    VisitRound round = stored.value_or(VisitRound{});
    round.name = args.round;
    if (!args.start.empty())
        round.start = parseDate("--start", args.start);
    if (!args.end.empty())
        round.end = parseDate("--end", args.end);
    if (!args.scope.empty())
        round.scope = parseScope(world, args.scope);
    if (!args.goal.empty()) {
        const auto goal = visitGoalFromString(args.goal);
        if (!goal)
            throw VisitsInputError("--goal must be everyone or priority, not \"" + args.goal + "\"");
        round.goal = *goal;
    }
    if (args.priorityFirst)
        round.priorityFirst = true;
    if (args.visitsPerDay != 0)
        round.visitsPerDay = args.visitsPerDay;
    if (args.urgentDays != 0)
        round.urgentWorkingDays = args.urgentDays;
    if (args.from == "base")
        round.from.reset();
    else if (!args.from.empty())
        round.from = parsePoint("--from", args.from);
    if (const std::string problem = roundProblem(round); !problem.empty())
        throw VisitsInputError("round \"" + round.name + "\": " + problem);
    if (const std::string problem = scopeProblem(world, round.scope); !problem.empty())
        throw VisitsInputError("round \"" + round.name + "\": " + problem);
    return round;
}

void requireFolder(const std::string &option, const std::string &path)
{
    if (path.empty())
        return;
    const std::filesystem::path parent = std::filesystem::absolute(path).parent_path();
    if (!std::filesystem::is_directory(parent))
        throw VisitsInputError(option + ": the folder " + parent.string() + " does not exist");
}

int runPlan(const PlanArgs &args)
{
    requireFolder("--xlsx", args.xlsx);
    requireFolder("--sheets", args.sheets);
    if (!args.sheets.empty() && std::filesystem::path(args.sheets).extension() != ".pdf")
        throw VisitsInputError("--sheets: " + args.sheets + ": visit sheets are printed as .pdf");
    const std::unique_ptr<Database> db = Database::open(args.file, Database::Mode::ReadWrite);
    const World world = db->loadWorld();
    bool exists = false;
    VisitRound round = roundFromArgs(*db, world, args, exists);

    VisitPlanOptions options;
    options.landings = loadIslandLandings(*db);
    const VisitPlan plan = planVisitRound(world, round, options);
    const std::vector<VisitSheet> sheets = visitSheets(world, plan);
    // The files first: a refused file leaves the database as it was.
    if (!args.xlsx.empty())
        writeVisitSheetsXlsx(round.name, sheets, args.xlsx);
    if (!args.sheets.empty())
        for (const std::string &pdf : writeVisitSheetsPdf(world, plan, sheets, args.sheets))
            std::cerr << "wrote " << pdf << '\n';

    const ChangeSet set = exists ? updateRoundChangeSet(*db, round, kCliActor, "re-plan visit round " + round.name)
                                 : createRoundChangeSet(*db, round, kCliActor, "plan visit round " + round.name);
    applyChangeSet(*db, set);
    if (args.json)
        std::cout << planJson(world, plan, sheets).dump(2) << '\n';
    else
        printPlan(world, plan, sheets, std::cout);
    return Success;
}

} // namespace

void addVisitsPlan(CLI::App &visits, int &exitCode)
{
    auto args = std::make_shared<PlanArgs>();
    CLI::App *plan = visits.add_subcommand(
        "plan", "Create or re-plan a round: every group's households in walking order, its days and load");
    plan->add_option("file", args->file, "Project database (.sqlite)")->required();
    plan->add_option("--round", args->round, "Round name (created if new)")->required();
    plan->add_option("--start", args->start, "First day YYYY-MM-DD (required for a new round)");
    plan->add_option("--end", args->end, "Last day YYYY-MM-DD (required for a new round)");
    plan->add_option("--scope", args->scope, "county (default), department:<id or name> or township:<id or name>");
    plan->add_option("--goal", args->goal, "everyone (default) or priority (五老/低保/困难/重病 only)");
    plan->add_flag("--priority-first", args->priorityFirst, "Visit 五老/低保/困难 households first (重点访)");
    plan->add_option("--visits-per-day", args->visitsPerDay, "Households a pair visits in a working day (default 8)");
    plan->add_option("--urgent-days", args->urgentDays, "及时访: seriously ill households by this working day (default 2)");
    plan->add_option("--from", args->from, "Start every route at X,Y (EPSG:4549 metres), or 'base' for each group's base");
    plan->add_flag("--json", args->json, "Print JSON instead of a table");
    plan->add_option("--sheets", args->sheets, "Write the printed visit sheets: OUT.pdf, or OUT-<body id>.pdf per body");
    plan->add_option("--xlsx", args->xlsx, "Write the visit list as XLSX (one sheet per responsible body)");
    plan->callback([args, &exitCode] { exitCode = runPlan(*args); });
}

} // namespace lianxin::cli
