#pragma once
// Polygons as WKT, for tests written GEOS style (WKT in, WKT out), CLI messages and
// debugging. Numbers are written in their shortest exact form ("10", "0.05").
#include "core/geometry.h"
#include "core/geos.h"

#include <string>

namespace lianxin {

// "POLYGON ((0 0, 10 0, 10 10, 0 0))"; "POLYGON EMPTY" for an empty polygon.
std::string toWkt(const Polygon &polygon);
// "MULTIPOLYGON (((...)), ((...)))"; "MULTIPOLYGON EMPTY" when empty.
std::string toWkt(const MultiPolygon &multi);
std::string toWkt(const PointXY &point);

// Reads a POLYGON or MULTIPOLYGON (the polygonal parts of anything else). Throws
// std::invalid_argument naming GEOS's complaint for text that is not WKT.
MultiPolygon multiPolygonFromWkt(const GeosContext &geos, const std::string &wkt);
// The one polygon of `wkt`; throws std::invalid_argument if it has none or several.
Polygon polygonFromWkt(const GeosContext &geos, const std::string &wkt);
// The points of a LINESTRING.
std::vector<PointXY> lineFromWkt(const GeosContext &geos, const std::string &wkt);

// GEOS's normal form (shell clockwise, holes counter-clockwise, each ring starting at
// its smallest coordinate), so that equal shapes give equal WKT.
Polygon normalised(const GeosContext &geos, const Polygon &polygon);

} // namespace lianxin
