#include "cli/visitscommand.h"

#include "cli/visitscommon.h"

#include <CLI/CLI.hpp>

namespace lianxin::cli {

void addVisitsCommand(CLI::App &app, int &exitCode)
{
    CLI::App *visits = app.add_subcommand("visits", "Visit rounds (大走访): plan routes, record visits, coverage");
    visits->require_subcommand(1);
    addVisitsPlan(*visits, exitCode);
    addVisitsRecord(*visits, exitCode);
    addVisitsImport(*visits, exitCode);
    addVisitsCoverage(*visits, exitCode);
    addVisitsRoutes(*visits, exitCode);
}

} // namespace lianxin::cli
