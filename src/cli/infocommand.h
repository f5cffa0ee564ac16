#pragma once
#include <CLI/CLI.hpp>

namespace lianxin::cli {
// `lianxin-cli info FILE [--json]`: per-layer counts and the suggestion status summary.
void addInfoCommand(CLI::App &app, int &exitCode);
} // namespace lianxin::cli
