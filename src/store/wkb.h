#pragma once
// Geometry across the database boundary as WKB (ISO, little-endian), the format
// SpatiaLite's GeomFromWKB()/AsBinary() speak. Coordinates pass through bit-exact.
#include "core/geometry.h"

#include <span>
#include <vector>

namespace lianxin {

// An empty polygon/multipolygon gives an empty buffer, which the store writes as NULL.
std::vector<unsigned char> toWkb(const Polygon &polygon);
std::vector<unsigned char> toWkb(const MultiPolygon &multi);
std::vector<unsigned char> toWkb(const PointXY &point);

// An empty buffer (a NULL geometry) gives an empty polygon/multipolygon. Throws
// std::invalid_argument naming the problem for malformed WKB or another geometry type.
Polygon polygonFromWkb(std::span<const unsigned char> wkb);
MultiPolygon multiPolygonFromWkb(std::span<const unsigned char> wkb);
PointXY pointFromWkb(std::span<const unsigned char> wkb);

} // namespace lianxin
