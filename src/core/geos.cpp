#include "core/geos.h"

#include <stdexcept>

namespace lianxin {

GeosGeometry::GeosGeometry(GEOSContextHandle_t handle, GEOSGeometry *geometry)
    : m_geometry(geometry, Deleter{handle})
{
}

GeosContext::GeosContext()
    : m_handle(GEOS_init_r())
{
    if (!m_handle)
        throw std::runtime_error("GEOS could not be initialised");
    GEOSContext_setErrorMessageHandler_r(m_handle, &GeosContext::onMessage, this);
}

GeosContext::~GeosContext() { GEOS_finish_r(m_handle); }

void GeosContext::onMessage(const char *message, void *userData)
{
    static_cast<GeosContext *>(userData)->m_lastError = message ? message : "";
}

namespace {

GEOSCoordSequence *sequenceOf(GEOSContextHandle_t h, const Ring &ring)
{
    // GEOS wants closed rings; close an open one rather than fail.
    const bool closed = !ring.empty() && ring.front() == ring.back();
    const unsigned n = static_cast<unsigned>(ring.size() + (closed || ring.empty() ? 0 : 1));
    GEOSCoordSequence *seq = GEOSCoordSeq_create_r(h, n, 2);
    for (unsigned i = 0; i < n; ++i) {
        const PointXY &p = ring[i % ring.size()];
        GEOSCoordSeq_setXY_r(h, seq, i, p.x, p.y);
    }
    return seq;
}

Ring ringOf(GEOSContextHandle_t h, const GEOSGeometry *ring)
{
    const GEOSCoordSequence *seq = GEOSGeom_getCoordSeq_r(h, ring);
    unsigned n = 0;
    GEOSCoordSeq_getSize_r(h, seq, &n);
    Ring result(n);
    for (unsigned i = 0; i < n; ++i)
        GEOSCoordSeq_getXY_r(h, seq, i, &result[i].x, &result[i].y);
    return result;
}

GEOSGeometry *rawPolygon(GEOSContextHandle_t h, const Polygon &polygon)
{
    if (polygon.outer.empty())
        return GEOSGeom_createEmptyPolygon_r(h);
    GEOSGeometry *shell = GEOSGeom_createLinearRing_r(h, sequenceOf(h, polygon.outer));
    std::vector<GEOSGeometry *> holes;
    for (const Ring &hole : polygon.holes)
        holes.push_back(GEOSGeom_createLinearRing_r(h, sequenceOf(h, hole)));
    return GEOSGeom_createPolygon_r(h, shell, holes.data(), static_cast<unsigned>(holes.size()));
}

void collectPolygons(GEOSContextHandle_t h, const GEOSGeometry *g, MultiPolygon &out)
{
    const int type = GEOSGeomTypeId_r(h, g);
    if (type == GEOS_POLYGON) {
        if (GEOSisEmpty_r(h, g))
            return;
        Polygon polygon;
        polygon.outer = ringOf(h, GEOSGetExteriorRing_r(h, g));
        const int holes = GEOSGetNumInteriorRings_r(h, g);
        for (int i = 0; i < holes; ++i)
            polygon.holes.push_back(ringOf(h, GEOSGetInteriorRingN_r(h, g, i)));
        out.push_back(std::move(polygon));
    } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        const int parts = GEOSGetNumGeometries_r(h, g);
        for (int i = 0; i < parts; ++i)
            collectPolygons(h, GEOSGetGeometryN_r(h, g, i), out);
    }
}

} // namespace

GeosGeometry GeosContext::point(const PointXY &p) const
{
    return own(GEOSGeom_createPointFromXY_r(m_handle, p.x, p.y));
}

GeosGeometry GeosContext::polygon(const Polygon &polygon) const
{
    return own(rawPolygon(m_handle, polygon));
}

GeosGeometry GeosContext::multiPolygon(const MultiPolygon &multi) const
{
    std::vector<GEOSGeometry *> parts;
    for (const Polygon &polygon : multi)
        parts.push_back(rawPolygon(m_handle, polygon));
    return own(GEOSGeom_createCollection_r(m_handle, GEOS_MULTIPOLYGON, parts.data(),
                                           static_cast<unsigned>(parts.size())));
}

GeosGeometry GeosContext::multiPoint(const std::vector<PointXY> &points) const
{
    std::vector<GEOSGeometry *> parts;
    parts.reserve(points.size());
    for (const PointXY &p : points)
        parts.push_back(GEOSGeom_createPointFromXY_r(m_handle, p.x, p.y));
    return own(GEOSGeom_createCollection_r(m_handle, GEOS_MULTIPOINT, parts.data(),
                                           static_cast<unsigned>(parts.size())));
}

GeosGeometry GeosContext::clone(const GEOSGeometry *g) const { return own(GEOSGeom_clone_r(m_handle, g)); }

MultiPolygon GeosContext::toMultiPolygon(const GEOSGeometry *g) const
{
    MultiPolygon result;
    if (g)
        collectPolygons(m_handle, g, result);
    return result;
}

GeosGeometry GeosContext::buffer(const GEOSGeometry *g, double distance, int quadrantSegments) const
{
    return own(GEOSBuffer_r(m_handle, g, distance, quadrantSegments));
}

GeosGeometry GeosContext::intersection(const GEOSGeometry *a, const GEOSGeometry *b) const
{
    return own(GEOSIntersection_r(m_handle, a, b));
}

GeosGeometry GeosContext::difference(const GEOSGeometry *a, const GEOSGeometry *b) const
{
    return own(GEOSDifference_r(m_handle, a, b));
}

GeosGeometry GeosContext::unite(const GEOSGeometry *a, const GEOSGeometry *b) const
{
    return own(GEOSUnion_r(m_handle, a, b));
}

GeosGeometry GeosContext::unaryUnion(const GEOSGeometry *g) const { return own(GEOSUnaryUnion_r(m_handle, g)); }

GeosGeometry GeosContext::makeValid(const GEOSGeometry *g) const { return own(GEOSMakeValid_r(m_handle, g)); }

GeosGeometry GeosContext::convexHull(const GEOSGeometry *g) const { return own(GEOSConvexHull_r(m_handle, g)); }

GeosGeometry GeosContext::concaveHull(const GEOSGeometry *g, double ratio, bool allowHoles) const
{
    return own(GEOSConcaveHull_r(m_handle, g, ratio, allowHoles ? 1u : 0u));
}

double GeosContext::area(const GEOSGeometry *g) const
{
    double result = 0.0;
    GEOSArea_r(m_handle, g, &result);
    return result;
}

bool GeosContext::isEmpty(const GEOSGeometry *g) const { return GEOSisEmpty_r(m_handle, g) == 1; }

std::optional<std::string> GeosContext::invalidReason(const GEOSGeometry *g) const
{
    if (GEOSisValid_r(m_handle, g) == 1)
        return std::nullopt;
    char *reason = GEOSisValidReason_r(m_handle, g);
    std::string text = reason ? reason : "invalid geometry";
    GEOSFree_r(m_handle, reason);
    return text;
}

bool GeosContext::contains(const GEOSGeometry *a, const GEOSGeometry *b) const
{
    return GEOSContains_r(m_handle, a, b) == 1;
}

bool GeosContext::intersects(const GEOSGeometry *a, const GEOSGeometry *b) const
{
    return GEOSIntersects_r(m_handle, a, b) == 1;
}

GeosPrepared::GeosPrepared(const GeosContext &context, GeosGeometry geometry)
    : m_context(context)
    , m_geometry(std::move(geometry))
    , m_prepared(GEOSPrepare_r(context.handle(), m_geometry.get()))
{
}

GeosPrepared::~GeosPrepared() { GEOSPreparedGeom_destroy_r(m_context.handle(), m_prepared); }

bool GeosPrepared::contains(const PointXY &p) const
{
    GeosGeometry point = m_context.point(p);
    return GEOSPreparedContains_r(m_context.handle(), m_prepared, point.get()) == 1;
}

bool GeosPrepared::containsProperly(const GEOSGeometry *other) const
{
    return GEOSPreparedContainsProperly_r(m_context.handle(), m_prepared, other) == 1;
}

bool GeosPrepared::intersects(const GEOSGeometry *other) const
{
    return GEOSPreparedIntersects_r(m_context.handle(), m_prepared, other) == 1;
}

bool GeosPrepared::covers(const GEOSGeometry *other) const
{
    return GEOSPreparedCovers_r(m_context.handle(), m_prepared, other) == 1;
}

} // namespace lianxin
