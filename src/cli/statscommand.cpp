#include "cli/statscommand.h"

#include "analysis/suggestionstats.h"
#include "cli/clicommon.h"
#include "store/database.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>

namespace lianxin::cli {

namespace {

struct StatsArgs {
    std::string file;
    std::string by = "grid";
    std::string asOf;
    bool json = false;
};

nlohmann::ordered_json toJson(const SuggestionTally &t)
{
    nlohmann::ordered_json out{{"total", t.total},         {"done", t.done},
                               {"in_progress", t.inProgress}, {"blocked", t.blocked},
                               {"replied_on_time", t.repliedOnTime}, {"on_time_rate", t.onTimeRate()}};
    out["mean_satisfaction"] = t.meanSatisfaction() ? nlohmann::json(*t.meanSatisfaction()) : nlohmann::json();
    return out;
}

void printRow(const std::string &name, const SuggestionTally &t)
{
    // Name last: Chinese names have no fixed width in a terminal's columns.
    std::printf("%6d %6d %6d %6d %7.1f%%  %s\n", t.total, t.done, t.inProgress, t.blocked, 100.0 * t.onTimeRate(),
                name.c_str());
}

int runStats(const StatsArgs &args)
{
    const StatsGrouping grouping = args.by == "department" ? StatsGrouping::Department
                                   : args.by == "village"  ? StatsGrouping::Village
                                                           : StatsGrouping::GridArea;
    const std::unique_ptr<Database> db = Database::open(args.file, Database::Mode::ReadOnly);
    const World world = db->loadWorld();
    std::optional<Date> asOf = args.asOf.empty() ? latestEventDate(world) : Date::parseIso(args.asOf);
    if (!asOf)
        return fail("--as-of must be a date YYYY-MM-DD: " + args.asOf);
    const SuggestionStatistics stats = suggestionStatistics(world, grouping, *asOf);

    if (args.json) {
        nlohmann::ordered_json out;
        out["as_of"] = asOf->toIso();
        out["county"] = toJson(stats.county);
        out["by"] = args.by;
        out["rows"] = nlohmann::json::array();
        for (const StatsRow &row : stats.rows)
            out["rows"].push_back({{"id", row.id}, {"name", row.name}, {"suggestions", toJson(row.tally)}});
        out["overdue"] = nlohmann::json::array();
        for (const OverdueSuggestion &o : stats.overdue)
            out["overdue"].push_back({{"code", o.code},
                                      {"dispatched", o.dispatchedOn.toIso()},
                                      {"replied", o.repliedOn ? nlohmann::json(o.repliedOn->toIso()) : nlohmann::json()},
                                      {"working_days_late", o.workingDaysLate}});
        std::cout << out.dump(2) << '\n';
        return Success;
    }
    std::printf("%6s %6s %6s %6s %8s  %s\n", "total", "done", "prog.", "block.", "on time", args.by.c_str());
    for (const StatsRow &row : stats.rows)
        printRow(row.name, row.tally);
    printRow("county", stats.county);
    std::printf("\n%zu overdue as of %s\n", stats.overdue.size(), asOf->toIso().c_str());
    for (const OverdueSuggestion &o : stats.overdue)
        std::printf("  %s dispatched %s, %d working day(s) late\n", o.code.c_str(), o.dispatchedOn.toIso().c_str(),
                    o.workingDaysLate);
    return Success;
}

} // namespace

void addStatsCommand(CLI::App &app, int &exitCode)
{
    auto args = std::make_shared<StatsArgs>();
    CLI::App *command = app.add_subcommand("stats", "Suggestions by status, on-time replies and the overdue list");
    command->add_option("file", args->file, "Project database (.sqlite)")->required();
    command->add_option("--by", args->by, "Rows per grid area, department or village")
        ->check(CLI::IsMember({"grid", "department", "village"}))
        ->capture_default_str();
    command->add_option("--as-of", args->asOf, "Count unanswered suggestions as overdue up to this date");
    command->add_flag("--json", args->json, "Print JSON instead of a table");
    command->callback([args, &exitCode] { exitCode = runStats(*args); });
}

} // namespace lianxin::cli
