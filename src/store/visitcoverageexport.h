#pragma once
// The coverage of a visit round as a GeoPackage point layer "visit_coverage" (EPSG:4549):
// one point per household of the round with its state, styled by styles/visit_coverage.sld
// in QGIS (visited green, not yet red, twice absent orange, open priority households large).
#include "core/geometry.h"

#include <string>
#include <vector>

namespace lianxin {

struct VisitCoveragePoint {
    std::string householdCode;
    std::string groupCode;
    bool visited = false;
    std::string outcome;   // the closing outcome ("seen", "moved", "refused") or ""
    int absentCount = 0;
    bool priority = false; // 五老/低保/困难/重病
    std::string flags;     // "五老 低保"
    std::string lastOn;    // the last record's date or ""
    PointXY location;
};

// Written to NAME.partial.gpkg and renamed (partialfile.h); throws StoreError naming the
// path (not .gpkg, folder missing, GDAL failure) and leaves no file.
void writeVisitCoverageGeoPackage(const std::vector<VisitCoveragePoint> &points, const std::string &path);

} // namespace lianxin
