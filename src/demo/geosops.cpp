#include "demo/geosops.h"

#include "core/geometry.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace lianxin::demo {

GeosGeometry checked(const GeosContext &geos, GeosGeometry g, const char *what)
{
    if (!g)
        throw std::runtime_error(std::string("GEOS failed in ") + what + ": " + geos.lastError());
    return g;
}

std::vector<GeosGeometry> voronoiCells(const GeosContext &geos, const std::vector<PointXY> &sites, const Box &envelope)
{
    const GEOSContextHandle_t h = geos.handle();
    std::vector<GEOSGeometry *> points;
    for (const PointXY &p : sites)
        points.push_back(GEOSGeom_createPointFromXY_r(h, p.x, p.y));
    GeosGeometry multiPoint = geos.own(
        GEOSGeom_createCollection_r(h, GEOS_MULTIPOINT, points.data(), static_cast<unsigned>(points.size())));
    GeosGeometry frame = geos.polygon({ringOf(envelope), {}});
    GeosGeometry diagram =
        checked(geos, geos.own(GEOSVoronoiDiagram_r(h, multiPoint.get(), frame.get(), 0.0, 0)), "Voronoi diagram");

    // GEOS 3.11 does not keep the input order of the sites: match cells to sites.
    std::vector<GeosGeometry> cells(sites.size());
    const int count = GEOSGetNumGeometries_r(h, diagram.get());
    for (int i = 0; i < count; ++i) {
        const GEOSGeometry *cell = GEOSGetGeometryN_r(h, diagram.get(), i);
        GeosPrepared prepared(geos, geos.clone(cell));
        for (std::size_t s = 0; s < sites.size(); ++s) {
            if (!cells[s] && prepared.contains(sites[s])) {
                cells[s] = geos.clone(cell);
                break;
            }
        }
    }
    for (std::size_t s = 0; s < sites.size(); ++s)
        if (!cells[s])
            throw std::runtime_error("Voronoi diagram has no cell for site " + std::to_string(s));
    return cells;
}

GeosGeometry snapToGrid(const GeosContext &geos, const GEOSGeometry *g, double gridSize)
{
    return checked(geos, geos.own(GEOSGeom_setPrecision_r(geos.handle(), g, gridSize, 0)), "snap to grid");
}

GeosGeometry intersectionOnGrid(const GeosContext &geos, const GEOSGeometry *a, const GEOSGeometry *b, double gridSize)
{
    return checked(geos, geos.own(GEOSIntersectionPrec_r(geos.handle(), a, b, gridSize)), "intersection");
}

GeosGeometry unionOnGrid(const GeosContext &geos, const GEOSGeometry *a, const GEOSGeometry *b, double gridSize)
{
    return checked(geos, geos.own(GEOSUnionPrec_r(geos.handle(), a, b, gridSize)), "union");
}

namespace {
PointXY coordinatesOf(const GeosContext &geos, const GEOSGeometry *point)
{
    PointXY p;
    GEOSGeomGetX_r(geos.handle(), point, &p.x);
    GEOSGeomGetY_r(geos.handle(), point, &p.y);
    return p;
}
} // namespace

PointXY centroidOf(const GeosContext &geos, const GEOSGeometry *g)
{
    GeosGeometry c = checked(geos, geos.own(GEOSGetCentroid_r(geos.handle(), g)), "centroid");
    return coordinatesOf(geos, c.get());
}

PointXY interiorPointOf(const GeosContext &geos, const GEOSGeometry *g)
{
    GeosGeometry c = checked(geos, geos.own(GEOSGetCentroid_r(geos.handle(), g)), "centroid");
    if (GEOSContains_r(geos.handle(), g, c.get()) == 1)
        return coordinatesOf(geos, c.get());
    GeosGeometry s = checked(geos, geos.own(GEOSPointOnSurface_r(geos.handle(), g)), "point on surface");
    return coordinatesOf(geos, s.get());
}

double distanceBetween(const GeosContext &geos, const GEOSGeometry *a, const GEOSGeometry *b)
{
    double d = 0.0;
    if (GEOSDistance_r(geos.handle(), a, b, &d) != 1)
        throw std::runtime_error("GEOS failed in distance: " + geos.lastError());
    return d;
}

double sharedBoundaryLength(const GeosContext &geos, const GEOSGeometry *a, const GEOSGeometry *b)
{
    const GEOSContextHandle_t h = geos.handle();
    GeosGeometry boundaryA = checked(geos, geos.own(GEOSBoundary_r(h, a)), "boundary");
    GeosGeometry boundaryB = checked(geos, geos.own(GEOSBoundary_r(h, b)), "boundary");
    GeosGeometry shared = checked(geos, geos.intersection(boundaryA.get(), boundaryB.get()), "shared boundary");
    double length = 0.0;
    GEOSLength_r(h, shared.get(), &length);
    return length;
}

Polygon singlePolygonOf(const GeosContext &geos, const GEOSGeometry *g, const char *what)
{
    MultiPolygon parts = geos.toMultiPolygon(g);
    if (parts.size() != 1)
        throw std::runtime_error(std::string(what) + " is not a single polygon (" + std::to_string(parts.size())
                                 + " parts)");
    return std::move(parts.front());
}

Polygon largestPartOf(const GeosContext &geos, const GEOSGeometry *g)
{
    MultiPolygon parts = geos.toMultiPolygon(g);
    if (parts.empty())
        return {};
    auto largest = std::max_element(parts.begin(), parts.end(),
                                    [](const Polygon &a, const Polygon &b) { return area(a) < area(b); });
    return std::move(*largest);
}

} // namespace lianxin::demo
