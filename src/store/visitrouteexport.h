#pragma once
// The routes of a visit round as a GeoPackage QGIS opens (EPSG:4549): "visit_route", one
// MultiLineString per group (one line per leg, from its start through its stops);
// "visit_stop", the stops as points with their order; "visit_leg_start", where each leg
// begins (the base, a landing, or the island's shore nearest the base).
#include "core/visitsheet.h"

#include <string>
#include <vector>

namespace lianxin {

// From the sheets of a plan (their routes and household codes). Written to
// NAME.partial.gpkg and renamed (partialfile.h); throws StoreError naming the path (not
// .gpkg, folder missing, GDAL failure) and leaves no file. Returns the number of routes.
int writeVisitRoutesGeoPackage(const std::vector<VisitSheet> &sheets, const std::string &path);

} // namespace lianxin
