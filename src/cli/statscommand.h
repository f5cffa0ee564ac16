#pragma once
#include <CLI/CLI.hpp>

namespace lianxin::cli {
// `lianxin-cli stats DB [--by grid|department|village] [--as-of YYYY-MM-DD] [--json]`
void addStatsCommand(CLI::App &app, int &exitCode);
} // namespace lianxin::cli
