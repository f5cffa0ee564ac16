#pragma once
#include <CLI/CLI.hpp>

namespace lianxin::cli {
// `lianxin-cli pairs DB [--department ID] [--json]`: the two-person groups the article's
// rules would form from each body's cadres, against the groups as they are, and which
// proposed pairs break which rule and why. Reads only: re-forming groups changes who
// visits whom, which a person decides.
void addPairsCommand(CLI::App &app, int &exitCode);
} // namespace lianxin::cli
