#pragma once
// Grid areas as a file a GIS opens and edits (lianxin-cli boundaries export/import):
// GeoPackage and Shapefile in EPSG:4549, GeoJSON in EPSG:4326 (RFC 7946). Read back from
// any OGR polygon layer in any coordinate system, reprojected to EPSG:4549.
#include "core/places.h"

#include <optional>
#include <string>
#include <vector>

namespace lianxin {

struct GridAreaFeature {
    std::string code;
    std::string name;
    std::optional<Id> departmentId;
    std::string department; // the department's name
    Polygon geometry;       // EPSG:4549
    long long buildings = 0;
    long long households = 0;
    long long residents = 0;
    long long shops = 0;
    long long openSuggestions = 0;
};

inline constexpr const char *kGridAreaLayer = "grid_area";

// Writes layer "grid_area" with fields code, name, dept_id, department, buildings,
// households, residents, shops, open_sugg (names a Shapefile keeps). The format follows
// the extension (.gpkg, .shp, .geojson/.json); the file appears whole or not at all.
// Throws StoreError(BadInput) for another extension, StoreError(NotWritable) naming GDAL's
// reason otherwise.
void writeGridAreas(const std::string &path, const std::vector<GridAreaFeature> &areas);

struct GridAreaFile {
    std::string layer;
    std::string sourceCrs; // "EPSG:4326"
    std::vector<GridAreaFeature> areas;
};

// Reads every feature of `layer` (the only one, when empty) with its `codeField` and
// optional name, dept_id and department fields. Throws StoreError(BadInput) naming the
// file and the problem: unreadable, no such layer or field, no coordinate system, a
// feature that is not one polygon, an empty or repeated code.
GridAreaFile readGridAreas(const std::string &path, const std::string &layer = "", const std::string &codeField = "code");

} // namespace lianxin
