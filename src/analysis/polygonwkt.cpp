#include "analysis/polygonwkt.h"

#include <charconv>
#include <stdexcept>

namespace lianxin {

namespace {

std::string number(double value)
{
    if (value == 0.0)
        value = 0.0; // no "-0"
    char text[32];
    const auto result = std::to_chars(text, text + sizeof text, value);
    return std::string(text, result.ptr);
}

std::string ringText(const Ring &ring)
{
    std::string text = "(";
    for (std::size_t i = 0; i < ring.size(); ++i)
        text += (i ? ", " : "") + number(ring[i].x) + ' ' + number(ring[i].y);
    return text + ')';
}

std::string polygonBody(const Polygon &polygon)
{
    std::string text = '(' + ringText(polygon.outer);
    for (const Ring &hole : polygon.holes)
        text += ", " + ringText(hole);
    return text + ')';
}

GeosGeometry readWkt(const GeosContext &geos, const std::string &wkt)
{
    const GEOSContextHandle_t h = geos.handle();
    GEOSWKTReader *reader = GEOSWKTReader_create_r(h);
    GeosGeometry g = geos.own(GEOSWKTReader_read_r(h, reader, wkt.c_str()));
    GEOSWKTReader_destroy_r(h, reader);
    if (!g)
        throw std::invalid_argument("not WKT: \"" + wkt + "\": " + geos.lastError());
    return g;
}

} // namespace

std::string toWkt(const Polygon &polygon)
{
    if (polygon.outer.empty())
        return "POLYGON EMPTY";
    return "POLYGON " + polygonBody(polygon);
}

std::string toWkt(const MultiPolygon &multi)
{
    if (multi.empty())
        return "MULTIPOLYGON EMPTY";
    std::string text = "MULTIPOLYGON (";
    for (std::size_t i = 0; i < multi.size(); ++i)
        text += (i ? ", " : "") + polygonBody(multi[i]);
    return text + ')';
}

std::string toWkt(const PointXY &point) { return "POINT (" + number(point.x) + ' ' + number(point.y) + ')'; }

MultiPolygon multiPolygonFromWkt(const GeosContext &geos, const std::string &wkt)
{
    const GeosGeometry g = readWkt(geos, wkt);
    return geos.toMultiPolygon(g.get());
}

Polygon polygonFromWkt(const GeosContext &geos, const std::string &wkt)
{
    MultiPolygon multi = multiPolygonFromWkt(geos, wkt);
    if (multi.size() != 1)
        throw std::invalid_argument("not one polygon: \"" + wkt + "\"");
    return std::move(multi.front());
}

std::vector<PointXY> lineFromWkt(const GeosContext &geos, const std::string &wkt)
{
    const GeosGeometry g = readWkt(geos, wkt);
    const GEOSContextHandle_t h = geos.handle();
    if (GEOSGeomTypeId_r(h, g.get()) != GEOS_LINESTRING)
        throw std::invalid_argument("not a LINESTRING: \"" + wkt + "\"");
    const GEOSCoordSequence *seq = GEOSGeom_getCoordSeq_r(h, g.get());
    unsigned n = 0;
    GEOSCoordSeq_getSize_r(h, seq, &n);
    std::vector<PointXY> points(n);
    for (unsigned i = 0; i < n; ++i)
        GEOSCoordSeq_getXY_r(h, seq, i, &points[i].x, &points[i].y);
    return points;
}

Polygon normalised(const GeosContext &geos, const Polygon &polygon)
{
    if (polygon.outer.empty())
        return polygon;
    GeosGeometry g = geos.polygon(polygon);
    GEOSGeometry *raw = g.release();
    GEOSNormalize_r(geos.handle(), raw);
    GeosGeometry owned = geos.own(raw);
    MultiPolygon parts = geos.toMultiPolygon(owned.get());
    return parts.empty() ? Polygon{} : parts.front();
}

} // namespace lianxin
