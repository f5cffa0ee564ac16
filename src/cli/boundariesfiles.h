#pragma once
#include <CLI/CLI.hpp>

namespace lianxin::cli {
// `boundaries export DB --out FILE.gpkg|.shp|.geojson`
void addBoundariesExport(CLI::App &boundaries, int &exitCode);
// `boundaries import DB FILE [--layer NAME] [--match code] [--note TEXT] [--dry-run] [--json]`
void addBoundariesImport(CLI::App &boundaries, int &exitCode);
} // namespace lianxin::cli
