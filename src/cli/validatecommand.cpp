#include "cli/validatecommand.h"

#include "analysis/validation.h"
#include "cli/clicommon.h"
#include "cli/progressprinter.h"
#include "store/database.h"

#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>

namespace lianxin::cli {

namespace {

struct ValidateArgs {
    std::string file;
    bool json = false;
    bool quiet = false;
    double landInset = 0.0;
    double tolerance = ValidationOptions{}.coverageToleranceM2;
};

// A demo database is checked against the article's figures at the scale it was made.
std::optional<int> demoScaleOf(const Database &db)
{
    if (db.meta("generator") != "lianxin-demo")
        return std::nullopt;
    try {
        return std::stoi(db.meta("scale"));
    } catch (const std::exception &) {
        return 1;
    }
}

int runValidate(const ValidateArgs &args)
{
    const std::unique_ptr<Database> db = Database::open(args.file, Database::Mode::ReadOnly);
    ProgressPrinter printer(args.quiet || args.json);
    printer.report(0.0, "loading");
    const World world = db->loadWorld();

    ValidationOptions options;
    options.coverageToleranceM2 = args.tolerance;
    options.landInsetMetres = args.landInset;
    options.demoScale = demoScaleOf(*db);
    options.progress = [&printer](double fraction) {
        printer.report(0.1 + 0.9 * fraction, "checking");
        return true;
    };
    ValidationReport report = validateWorld(world, options);
    for (const std::string &problem : db->foreignKeyProblems())
        report.issues.push_back({"foreign-key", "", 0, problem});
    report.checksRun.push_back("foreign-key");
    printer.finish();

    if (args.json) {
        nlohmann::ordered_json out;
        out["path"] = db->path();
        out["ok"] = report.ok();
        out["checks"] = report.checksRun;
        out["problems"] = nlohmann::json::array();
        for (const ValidationIssue &issue : report.issues)
            out["problems"].push_back(
                {{"check", issue.check}, {"layer", issue.layer}, {"id", issue.featureId}, {"message", issue.message}});
        std::cout << out.dump(2) << '\n';
    } else {
        for (const ValidationIssue &issue : report.issues)
            std::cout << issue.check << '\t' << issue.message << '\n';
        if (report.ok())
            std::cout << "OK: " << report.checksRun.size() << " checks passed on " << db->path() << '\n';
        else
            std::cout << report.issues.size() << " problem(s) in " << db->path() << '\n';
    }
    return report.ok() ? Success : ProblemsFound;
}

} // namespace

void addValidateCommand(CLI::App &app, int &exitCode)
{
    auto args = std::make_shared<ValidateArgs>();
    CLI::App *command = app.add_subcommand("validate", "Check geometry, topology, placement, references and counts");
    command->add_option("file", args->file, "Project database (.sqlite)")->required();
    command->add_flag("--json", args->json, "Print JSON instead of lines");
    command->add_flag("-q,--quiet", args->quiet, "No progress");
    command->add_option("--land-inset", args->landInset, "Households must lie this far inside the coast (m)")
        ->capture_default_str();
    command->add_option("--tolerance", args->tolerance, "Largest gap/overlap taken as rounding (m²)")
        ->capture_default_str();
    command->callback([args, &exitCode] { exitCode = runValidate(*args); });
}

} // namespace lianxin::cli
