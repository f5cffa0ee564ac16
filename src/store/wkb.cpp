#include "store/wkb.h"

#include <cpl_error.h>
#include <ogr_geometry.h>

#include <memory>
#include <stdexcept>
#include <string>

namespace lianxin {

namespace {

OGRLinearRing toOgrRing(const Ring &ring)
{
    OGRLinearRing result;
    result.setNumPoints(static_cast<int>(ring.size()), FALSE);
    for (size_t i = 0; i < ring.size(); ++i)
        result.setPoint(static_cast<int>(i), ring[i].x, ring[i].y);
    return result;
}

OGRPolygon toOgrPolygon(const Polygon &polygon)
{
    OGRPolygon result;
    OGRLinearRing outer = toOgrRing(polygon.outer);
    result.addRing(&outer);
    for (const Ring &hole : polygon.holes) {
        OGRLinearRing ring = toOgrRing(hole);
        result.addRing(&ring);
    }
    return result;
}

std::vector<unsigned char> exportWkb(const OGRGeometry &geometry)
{
    std::vector<unsigned char> wkb(geometry.WkbSize());
    geometry.exportToWkb(wkbNDR, wkb.data(), wkbVariantIso);
    return wkb;
}

Ring fromOgrRing(const OGRLinearRing &ring)
{
    Ring result(static_cast<size_t>(ring.getNumPoints()));
    for (int i = 0; i < ring.getNumPoints(); ++i)
        result[static_cast<size_t>(i)] = {ring.getX(i), ring.getY(i)};
    return result;
}

Polygon fromOgrPolygon(const OGRPolygon &polygon)
{
    Polygon result;
    if (polygon.IsEmpty())
        return result;
    result.outer = fromOgrRing(*polygon.getExteriorRing());
    for (int i = 0; i < polygon.getNumInteriorRings(); ++i)
        result.holes.push_back(fromOgrRing(*polygon.getInteriorRing(i)));
    return result;
}

std::unique_ptr<OGRGeometry> parseWkb(std::span<const unsigned char> wkb, OGRwkbGeometryType expected)
{
    // Malformed input is reported by the exception below, not printed by GDAL.
    const CPLErrorHandlerPusher quiet(CPLQuietErrorHandler);
    OGRGeometry *raw = nullptr;
    const OGRErr error =
        OGRGeometryFactory::createFromWkb(wkb.data(), nullptr, &raw, static_cast<int>(wkb.size()), wkbVariantIso);
    std::unique_ptr<OGRGeometry> geometry(raw);
    if (error != OGRERR_NONE || !geometry)
        throw std::invalid_argument("malformed WKB geometry (" + std::to_string(wkb.size()) + " bytes)");
    if (wkbFlatten(geometry->getGeometryType()) != expected)
        throw std::invalid_argument(std::string("expected a ") + OGRGeometryTypeToName(expected) + " but found a " +
                                    OGRGeometryTypeToName(geometry->getGeometryType()));
    return geometry;
}

} // namespace

std::vector<unsigned char> toWkb(const Polygon &polygon)
{
    if (polygon.outer.empty())
        return {};
    return exportWkb(toOgrPolygon(polygon));
}

std::vector<unsigned char> toWkb(const MultiPolygon &multi)
{
    if (multi.empty())
        return {};
    OGRMultiPolygon result;
    for (const Polygon &polygon : multi) {
        OGRPolygon part = toOgrPolygon(polygon);
        result.addGeometry(&part);
    }
    return exportWkb(result);
}

std::vector<unsigned char> toWkb(const PointXY &point)
{
    return exportWkb(OGRPoint(point.x, point.y));
}

Polygon polygonFromWkb(std::span<const unsigned char> wkb)
{
    if (wkb.empty())
        return {};
    return fromOgrPolygon(*parseWkb(wkb, wkbPolygon)->toPolygon());
}

MultiPolygon multiPolygonFromWkb(std::span<const unsigned char> wkb)
{
    if (wkb.empty())
        return {};
    const auto geometry = parseWkb(wkb, wkbMultiPolygon);
    MultiPolygon result;
    for (const OGRPolygon *part : *geometry->toMultiPolygon())
        result.push_back(fromOgrPolygon(*part));
    return result;
}

PointXY pointFromWkb(std::span<const unsigned char> wkb)
{
    if (wkb.empty())
        throw std::invalid_argument("the point is missing (NULL geometry)");
    const auto geometry = parseWkb(wkb, wkbPoint);
    const OGRPoint *point = geometry->toPoint();
    if (point->IsEmpty())
        throw std::invalid_argument("the point is empty");
    return {point->getX(), point->getY()};
}

} // namespace lianxin
