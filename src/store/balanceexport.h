#pragma once
// The result of balancing any point file (lianxin-cli balance --households): a GeoPackage a
// GIS opens, with the households and their group and the groups' base points, in EPSG:4549.
#include "core/geometry.h"

#include <string>
#include <vector>

namespace lianxin {

struct BalancedPoint {
    long long sourceFid = 0; // the feature's id in the input file
    PointXY location;
    long long groupId = 0;
    double distance = 0.0;   // metres to its group's base
};

struct BalancedBase {
    long long groupId = 0;
    PointXY location;
    int households = 0;
    int load = 0;            // weighted
};

// Layers "households" and "group_bases". Written to NAME.partial.gpkg and renamed (partialfile.h); throws
// StoreError naming the path (not .gpkg, folder missing, GDAL failure) and leaves no file.
void writeBalancedGeoPackage(const std::vector<BalancedPoint> &points, const std::vector<BalancedBase> &bases,
                             const std::string &path);

} // namespace lianxin
