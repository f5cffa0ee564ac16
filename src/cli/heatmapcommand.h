#pragma once
#include <CLI/CLI.hpp>

namespace lianxin::cli {
// `lianxin-cli heatmap DB --radius M --cell M [--weight uniform|unresolved]
//  [--status done,in_progress,blocked] [--round N]... [--max V] [--extent ...] --out heat.tif`
void addHeatmapCommand(CLI::App &app, int &exitCode);
} // namespace lianxin::cli
