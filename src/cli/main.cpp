// lianxin-cli: headless jobs on a Lianxin project database.
#include "cli/balancecommand.h"
#include "cli/boundariescommand.h"
#include "cli/clicommon.h"
#include "cli/democommand.h"
#include "cli/heatmapcommand.h"
#include "cli/infocommand.h"
#include "cli/pairscommand.h"
#include "cli/statscommand.h"
#include "cli/threadscommand.h"
#include "cli/rendercommand.h"
#include "cli/reportcommand.h"
#include "cli/validatecommand.h"
#include "cli/visitscommand.h"

#include <CLI/CLI.hpp>

#include <exception>

int main(int argc, char **argv)
{
    CLI::App app{"lianxin-cli: headless jobs on a Lianxin (连心) project database"};
    app.require_subcommand(1);
    app.set_version_flag("--version", "lianxin-cli 0.1.0");

    int exitCode = lianxin::cli::Success;
    lianxin::cli::addBalanceCommand(app, exitCode);
    lianxin::cli::addBoundariesCommand(app, exitCode);
    lianxin::cli::addDemoCommand(app, exitCode);
    lianxin::cli::addHeatmapCommand(app, exitCode);
    lianxin::cli::addInfoCommand(app, exitCode);
    lianxin::cli::addPairsCommand(app, exitCode);
    lianxin::cli::addRenderCommand(app, exitCode);
    lianxin::cli::addReportCommand(app, exitCode);
    lianxin::cli::addStatsCommand(app, exitCode);
    lianxin::cli::addThreadsCommand(app, exitCode);
    lianxin::cli::addValidateCommand(app, exitCode);
    lianxin::cli::addVisitsCommand(app, exitCode);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError &e) {
        const int code = app.exit(e);
        return code == 0 ? 0 : lianxin::cli::Failed;
    } catch (const std::exception &e) {
        // Every command's errors (unreadable file, newer schema, cancelled ...) end here.
        return lianxin::cli::fail(e.what());
    }
    return exitCode;
}
