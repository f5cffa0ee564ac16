#pragma once
// GEOS operations the demo needs beyond core/geos.h: Voronoi cells, overlay on a fixed
// precision grid, centroids and distances. Kept here rather than in core because only
// the synthesis uses them; same style (reentrant API, RAII GeosGeometry).
#include "core/geos.h"

#include <vector>

namespace lianxin::demo {

// The grid (metres) every demo polygon is snapped to. On a common grid the overlay of
// two neighbours yields bit-identical shared edges, so grid areas tile the urban area
// without slivers.
inline constexpr double kGridSize = 0.001;

// Voronoi cells of `sites` (distinct points) covering at least `envelope`; cells[i] is
// the cell of sites[i]. Throws std::runtime_error when GEOS fails.
std::vector<GeosGeometry> voronoiCells(const GeosContext &geos, const std::vector<PointXY> &sites, const Box &envelope);

GeosGeometry snapToGrid(const GeosContext &geos, const GEOSGeometry *g, double gridSize = kGridSize);
GeosGeometry intersectionOnGrid(const GeosContext &geos, const GEOSGeometry *a, const GEOSGeometry *b,
                                double gridSize = kGridSize);
GeosGeometry unionOnGrid(const GeosContext &geos, const GEOSGeometry *a, const GEOSGeometry *b,
                         double gridSize = kGridSize);

PointXY centroidOf(const GeosContext &geos, const GEOSGeometry *g);
// The centroid when it lies inside g, otherwise a point on g's surface.
PointXY interiorPointOf(const GeosContext &geos, const GEOSGeometry *g);
double distanceBetween(const GeosContext &geos, const GEOSGeometry *a, const GEOSGeometry *b);
// Length of the boundary two polygons share (0 when they only meet at points).
double sharedBoundaryLength(const GeosContext &geos, const GEOSGeometry *a, const GEOSGeometry *b);

// The single polygon of g; throws std::runtime_error naming `what` if g is not exactly
// one non-empty polygon.
Polygon singlePolygonOf(const GeosContext &geos, const GEOSGeometry *g, const char *what);
// The largest polygonal part of g (empty polygon if g has no area).
Polygon largestPartOf(const GeosContext &geos, const GEOSGeometry *g);

// Throws std::runtime_error naming `what` and GEOS's last error when g is empty (a
// failed GEOS operation). Returns g for chaining.
GeosGeometry checked(const GeosContext &geos, GeosGeometry g, const char *what);

} // namespace lianxin::demo
