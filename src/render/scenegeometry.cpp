#include "render/scenegeometry.h"

#include "core/geos.h"

#include <cmath>

namespace lianxin {

namespace {

bool finite(const PointXY &p) { return std::isfinite(p.x) && std::isfinite(p.y); }

std::optional<std::string> ringProblem(const Ring &ring)
{
    for (const PointXY &p : ring)
        if (!finite(p))
            return std::string("coordinates are not finite numbers");
    // Closed rings need three corners plus the repeated first point; GEOS would refuse
    // anything shorter with an error instead of a reason.
    const bool closed = !ring.empty() && ring.front() == ring.back();
    if (ring.size() + (closed ? 0 : 1) < 4)
        return std::string("a ring has fewer than three corners");
    return std::nullopt;
}

PointXY centroidOf(const Ring &ring)
{
    double twiceArea = 0.0, cx = 0.0, cy = 0.0;
    for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
        const double cross = ring[i].x * ring[i + 1].y - ring[i + 1].x * ring[i].y;
        twiceArea += cross;
        cx += (ring[i].x + ring[i + 1].x) * cross;
        cy += (ring[i].y + ring[i + 1].y) * cross;
    }
    if (twiceArea == 0.0)
        return ring.front();
    return {cx / (3.0 * twiceArea), cy / (3.0 * twiceArea)};
}

} // namespace

std::optional<std::string> undrawableReason(const GeosContext &context, const MultiPolygon &multi)
{
    if (multi.empty())
        return std::string("empty geometry");
    for (const Polygon &polygon : multi) {
        if (polygon.outer.empty())
            return std::string("empty polygon");
        if (auto problem = ringProblem(polygon.outer))
            return problem;
        for (const Ring &hole : polygon.holes)
            if (auto problem = ringProblem(hole))
                return problem;
    }
    const GeosGeometry geometry = multi.size() == 1 ? context.polygon(multi.front()) : context.multiPolygon(multi);
    if (!geometry)
        return "GEOS refused the geometry: " + context.lastError();
    return context.invalidReason(geometry.get());
}

std::optional<std::string> undrawableReason(const PointXY &point)
{
    if (!finite(point))
        return std::string("coordinates are not finite numbers");
    return std::nullopt;
}

PointXY labelPointOf(const GeosContext &context, const MultiPolygon &multi)
{
    const Polygon *largest = &multi.front();
    double largestArea = area(*largest);
    for (const Polygon &polygon : multi) {
        const double a = area(polygon);
        if (a > largestArea) {
            largest = &polygon;
            largestArea = a;
        }
    }
    const PointXY centroid = centroidOf(largest->outer);
    if (polygonContains(*largest, centroid))
        return centroid;
    // A C-shaped island or a bay-hugging territory: the centroid falls in the water.
    const GeosGeometry geometry = context.polygon(*largest);
    const GeosGeometry surface = context.own(GEOSPointOnSurface_r(context.handle(), geometry.get()));
    double x = centroid.x, y = centroid.y;
    if (surface && GEOSGeomGetX_r(context.handle(), surface.get(), &x) == 1)
        GEOSGeomGetY_r(context.handle(), surface.get(), &y);
    return {x, y};
}

} // namespace lianxin
