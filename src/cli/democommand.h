#pragma once
#include <CLI/CLI.hpp>

namespace lianxin::cli {
// `lianxin-cli demo --out FILE [--seed N] [--scale K] [--coastline PATH] [--overwrite]`
void addDemoCommand(CLI::App &app, int &exitCode);
} // namespace lianxin::cli
