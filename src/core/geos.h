#pragma once
// RAII access to the GEOS C API (reentrant "_r" functions only). A GeosContext owns
// one GEOS handle and is not thread-safe: use one context per thread.
#include "core/geometry.h"

#define GEOS_USE_ONLY_R_API
#include <geos_c.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lianxin {

class GeosContext;

// Owns one GEOSGeometry; moves, never copies.
class GeosGeometry {
public:
    // Not "= default": GCC 12 judges the nested Deleter (default member initialiser)
    // not default-constructible inside this class, which deleted that constructor.
    GeosGeometry() : m_geometry(nullptr, Deleter{}) {}
    GeosGeometry(GEOSContextHandle_t handle, GEOSGeometry *geometry);
    const GEOSGeometry *get() const { return m_geometry.get(); }
    GEOSGeometry *release() { return m_geometry.release(); }
    explicit operator bool() const { return m_geometry != nullptr; }

private:
    struct Deleter {
        GEOSContextHandle_t handle = nullptr;
        void operator()(GEOSGeometry *g) const { GEOSGeom_destroy_r(handle, g); }
    };
    std::unique_ptr<GEOSGeometry, Deleter> m_geometry;
};

// A prepared geometry for repeated predicates (contains/intersects) against many points.
class GeosPrepared {
public:
    GeosPrepared(const GeosContext &context, GeosGeometry geometry);
    ~GeosPrepared();
    GeosPrepared(const GeosPrepared &) = delete;
    GeosPrepared &operator=(const GeosPrepared &) = delete;

    bool contains(const PointXY &p) const;
    bool containsProperly(const GEOSGeometry *other) const;
    bool intersects(const GEOSGeometry *other) const;
    bool covers(const GEOSGeometry *other) const;
    const GEOSGeometry *geometry() const { return m_geometry.get(); }

private:
    const GeosContext &m_context;
    GeosGeometry m_geometry;
    const GEOSPreparedGeometry *m_prepared = nullptr;
};

class GeosContext {
public:
    GeosContext();
    ~GeosContext();
    GeosContext(const GeosContext &) = delete;
    GeosContext &operator=(const GeosContext &) = delete;

    GEOSContextHandle_t handle() const { return m_handle; }
    // The last error GEOS reported on this context (empty if none).
    const std::string &lastError() const { return m_lastError; }

    // Conversions. A ring must be closed; an empty input gives an empty geometry.
    GeosGeometry point(const PointXY &p) const;
    GeosGeometry polygon(const Polygon &polygon) const;
    GeosGeometry multiPolygon(const MultiPolygon &multi) const;
    GeosGeometry multiPoint(const std::vector<PointXY> &points) const;
    GeosGeometry own(GEOSGeometry *raw) const { return GeosGeometry(m_handle, raw); }
    GeosGeometry clone(const GEOSGeometry *g) const;

    // Polygonal parts of g (polygons and multipolygons; other parts of collections are
    // dropped, so the area survives a union or intersection that also yields lines).
    MultiPolygon toMultiPolygon(const GEOSGeometry *g) const;

    // Operations; each returns an empty GeosGeometry when GEOS fails (see lastError()).
    GeosGeometry buffer(const GEOSGeometry *g, double distance, int quadrantSegments = 8) const;
    GeosGeometry intersection(const GEOSGeometry *a, const GEOSGeometry *b) const;
    GeosGeometry difference(const GEOSGeometry *a, const GEOSGeometry *b) const;
    GeosGeometry unite(const GEOSGeometry *a, const GEOSGeometry *b) const;
    GeosGeometry unaryUnion(const GEOSGeometry *g) const;
    GeosGeometry makeValid(const GEOSGeometry *g) const;
    // The convex hull: a polygon, or a line or point when the input is collinear.
    GeosGeometry convexHull(const GEOSGeometry *g) const;
    // GEOS's concave hull by edge-length ratio (0 = most concave, 1 = convex hull).
    GeosGeometry concaveHull(const GEOSGeometry *g, double ratio, bool allowHoles = false) const;

    double area(const GEOSGeometry *g) const;
    bool isEmpty(const GEOSGeometry *g) const;
    // Empty optional if valid; otherwise GEOS's reason, e.g. "Self-intersection[x y]".
    std::optional<std::string> invalidReason(const GEOSGeometry *g) const;
    bool contains(const GEOSGeometry *a, const GEOSGeometry *b) const;
    bool intersects(const GEOSGeometry *a, const GEOSGeometry *b) const;

private:
    static void onMessage(const char *message, void *userData);
    GEOSContextHandle_t m_handle = nullptr;
    std::string m_lastError;
};

} // namespace lianxin
