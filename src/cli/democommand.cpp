#include "cli/democommand.h"

#include "cli/clicommon.h"
#include "cli/progressprinter.h"
#include "demo/demoworld.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <chrono>
#include <filesystem>
#include <iostream>
#include <memory>

namespace lianxin::cli {

namespace fs = std::filesystem;

namespace {

struct DemoArgs {
    std::string out;
    std::uint64_t seed = DemoOptions{}.seed;
    int scale = 1;
    std::string coastline;
    bool overwrite = false;
    bool quiet = false;
};

std::string todayIso()
{
    const auto now = std::chrono::system_clock::now();
    const std::chrono::year_month_day ymd{std::chrono::floor<std::chrono::days>(now)};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buffer;
}

int runDemo(const DemoArgs &args)
{
    const fs::path out = fs::absolute(args.out);
    if (fs::exists(out) && !args.overwrite)
        return fail(out.string() + " already exists; pass --overwrite to replace it");
    if (!fs::is_directory(out.parent_path()))
        return fail("folder does not exist: " + out.parent_path().string());

    ProgressPrinter printer(args.quiet);
    DemoOptions options;
    options.seed = args.seed;
    options.scale = args.scale;
    options.coastlinePath = args.coastline.empty() ? defaultCoastlinePath() : args.coastline;
    options.progress = [&printer](double fraction, const std::string &step) {
        printer.report(0.8 * fraction, step);
        return true;
    };
    const World world = generateDemoWorld(options);

    // Write beside the target and rename at the end, so a failure never leaves a
    // half-written database under the requested name.
    const fs::path partial = out.string() + ".partial";
    fs::remove(partial);
    try {
        printer.report(0.8, "writing database");
        std::unique_ptr<Database> db = Database::create(partial.string());
        db->saveWorld(world);
        db->setMeta("generator", "lianxin-demo");
        db->setMeta("seed", std::to_string(args.seed));
        db->setMeta("scale", std::to_string(args.scale));
        db->setMeta("created", todayIso());
        db.reset();
        fs::rename(partial, out);
    } catch (...) {
        fs::remove(partial);
        throw;
    }
    printer.finish();
    if (!args.quiet)
        std::cout << "wrote " << out.string() << ": " << world.households.size() << " households, "
                  << world.suggestions.size() << " suggestions (seed " << args.seed << ", scale " << args.scale
                  << ")\n";
    return Success;
}

} // namespace

void addDemoCommand(CLI::App &app, int &exitCode)
{
    auto args = std::make_shared<DemoArgs>();
    CLI::App *command = app.add_subcommand("demo", "Generate the Changdao demo database (deterministic for a seed)");
    command->add_option("--out", args->out, "The .sqlite file to write")->required();
    command->add_option("--seed", args->seed, "Random seed")->capture_default_str();
    command->add_option("--scale", args->scale, "Grow people, buildings and suggestions K times")
        ->check(CLI::Range(1, 200))
        ->capture_default_str();
    command->add_option("--coastline", args->coastline, "Coastline GeoJSON (default: the shipped GSHHG file)");
    command->add_flag("--overwrite", args->overwrite, "Replace FILE if it exists");
    command->add_flag("-q,--quiet", args->quiet, "No progress or summary");
    command->callback([args, &exitCode] { exitCode = runDemo(*args); });
}

} // namespace lianxin::cli
