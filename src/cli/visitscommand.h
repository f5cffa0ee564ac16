#pragma once
// lianxin-cli visits plan|record|import|coverage|routes: visit rounds (大走访, issue 11).
namespace CLI {
class App;
}

namespace lianxin::cli {

void addVisitsCommand(CLI::App &app, int &exitCode);

} // namespace lianxin::cli
