#pragma once
// What the analysis commands share about their INPUT: the project database, or any
// point file OGR reads (GeoPackage, GeoJSON, Shapefile, CSV with x/y columns).
#include "store/pointlayer.h"

#include <CLI/CLI.hpp>

#include <string>

namespace lianxin::cli {

// A project database is a file named .sqlite/.sqlite3/.db (even a missing one), or an
// SQLite file that is not a GeoPackage (SQLite too, but always .gpkg). Database::open
// then says clearly if it is missing or not ours.
bool isProjectDatabase(const std::string &path);

// --layer, --x-field, --y-field, --csv-epsg: how to find the points in a file.
void addPointFileOptions(CLI::App &command, PointLayerOptions &options);

} // namespace lianxin::cli
