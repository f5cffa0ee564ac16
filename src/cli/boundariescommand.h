#pragma once
#include <CLI/CLI.hpp>

namespace lianxin::cli {
// `lianxin-cli boundaries check|export|import|versions|diff|restore|renumber`: the grid
// boundaries of the urban area (issue 9). Exit 1 when check finds problems, 2 when a
// change is refused (bad coverage, bad file) and nothing was written.
void addBoundariesCommand(CLI::App &app, int &exitCode);
} // namespace lianxin::cli
