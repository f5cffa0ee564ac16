#include "cli/infocommand.h"

#include "cli/clicommon.h"
#include "store/database.h"

#include <nlohmann/json.hpp>

#include <iomanip>
#include <iostream>
#include <memory>

namespace lianxin::cli {

namespace {

struct InfoArgs {
    std::string file;
    bool json = false;
};

// The order in which a reader meets the data model: places, people, suggestions.
const std::vector<std::string> &layerOrder()
{
    static const std::vector<std::string> order = {
        "island", "township", "urban_area", "grid_area", "village", "building", "shop", "department", "leader",
        "cadre", "contact_group", "group_member", "household", "resident", "suggestion", "suggestion_event",
        "topic_thread", "audit", "boundary_version",
    };
    return order;
}

long long countOf(const std::map<std::string, long long> &counts, const std::string &key)
{
    const auto it = counts.find(key);
    return it == counts.end() ? 0 : it->second;
}

int runInfo(const InfoArgs &args)
{
    const std::unique_ptr<Database> db = Database::open(args.file, Database::Mode::ReadOnly);
    const auto counts = db->tableCounts();
    const auto statuses = db->suggestionStatusCounts();
    const auto meta = db->allMeta();
    long long total = 0;
    for (const auto &[status, count] : statuses)
        total += count;

    if (args.json) {
        nlohmann::ordered_json out;
        out["path"] = db->path();
        out["schemaVersion"] = db->schemaVersion();
        out["meta"] = meta;
        for (const std::string &layer : layerOrder())
            out["layers"][layer] = countOf(counts, layer);
        for (const char *status : {"done", "in_progress", "blocked"})
            out["suggestions"][status] = countOf(statuses, status);
        out["suggestions"]["total"] = total;
        std::cout << out.dump(2) << '\n';
        return Success;
    }

    std::cout << "Lianxin project database " << db->path() << "\n";
    std::cout << "schema version " << db->schemaVersion();
    for (const auto &[key, value] : meta)
        std::cout << " · " << key << ' ' << value;
    std::cout << "\n\n" << std::left << std::setw(20) << "layer" << std::right << std::setw(10) << "rows" << '\n';
    for (const std::string &layer : layerOrder())
        std::cout << std::left << std::setw(20) << layer << std::right << std::setw(10) << countOf(counts, layer)
                  << '\n';
    std::cout << "\nsuggestions by status\n";
    for (const char *status : {"done", "in_progress", "blocked"})
        std::cout << std::left << std::setw(20) << status << std::right << std::setw(10)
                  << countOf(statuses, status) << '\n';
    std::cout << std::left << std::setw(20) << "total" << std::right << std::setw(10) << total << '\n';
    return Success;
}

} // namespace

void addInfoCommand(CLI::App &app, int &exitCode)
{
    auto args = std::make_shared<InfoArgs>();
    CLI::App *command = app.add_subcommand("info", "Per-layer counts and the suggestion status summary");
    command->add_option("file", args->file, "Project database (.sqlite)")->required();
    command->add_flag("--json", args->json, "Print JSON instead of a table");
    command->callback([args, &exitCode] { exitCode = runInfo(*args); });
}

} // namespace lianxin::cli
