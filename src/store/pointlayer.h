#pragma once
// Points from any OGR source for the heat map, threads and balancing commands: the project
// database, a GeoPackage, GeoJSON, Shapefile or a CSV with x/y columns. Everything comes
// back in EPSG:4549 metres, reprojected from the layer's own coordinate system.
#include "core/geometry.h"
#include "store/storeerror.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lianxin {

struct PointLayerOptions {
    std::string layerName;    // "" = the only layer, or the "suggestion" layer of a project database
    std::string weightField;  // "" = every point weighs 1; else a numeric field >= 0
    // Text fields to keep per point (e.g. "concern_item", "text", "submitted_on"); a
    // listed field the layer lacks is an error naming it and the fields it has.
    std::vector<std::string> keepFields;
    // Text fields kept when the layer has them and silently left out of `fields` when
    // not (a thread input's optional concern item, text and date).
    std::vector<std::string> optionalFields;
    // CSV: the coordinate columns (case-insensitive) and their EPSG code, since a CSV
    // carries none; lon/lat ranges with crsEpsg 4549 are refused as a likely mistake.
    std::string xField = "x";
    std::string yField = "y";
    int csvEpsg = 4549;
};

struct PointLayer {
    std::string sourceDescription;      // "suggestion in demo.sqlite (EPSG:4549)"
    std::vector<long long> featureIds;  // OGR FIDs, parallel to points
    std::vector<PointXY> points;        // EPSG:4549
    std::vector<double> weights;        // parallel; 1 when no weight field
    std::map<std::string, std::vector<std::string>> fields; // keepFields (+ optionalFields found), parallel to points
    int skippedEmpty = 0;               // features with an empty geometry (left out, counted)
};

// Throws StoreError naming the file and the problem: missing/unreadable file, no layer or
// several without layerName (listing them), a non-point layer (naming its geometry type),
// a missing or non-numeric weight field, a negative/non-finite weight (naming the feature),
// an unknown coordinate system, no points at all.
PointLayer readPointLayer(const std::string &path, const PointLayerOptions &options = {});

} // namespace lianxin
