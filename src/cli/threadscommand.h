#pragma once
#include <CLI/CLI.hpp>

namespace lianxin::cli {
// `lianxin-cli threads INPUT --eps 150 --min-size 3 [--text-sim 0.3 | --no-text] [--days 60]
//  [--out threads.gpkg] [--json] [--save]`: recurring complaints (topic threads) of the
// project database or of any point file.
void addThreadsCommand(CLI::App &app, int &exitCode);
} // namespace lianxin::cli
