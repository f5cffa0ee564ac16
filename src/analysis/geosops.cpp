#include "analysis/geosops.h"

namespace lianxin::validation {

std::optional<AreaAt> areaAt(const GeosContext &geos, const GEOSGeometry *g)
{
    if (!g)
        return std::nullopt;
    AreaAt result;
    if (GEOSArea_r(geos.handle(), g, &result.area) != 1)
        return std::nullopt;
    if (result.area <= 0.0)
        return result;
    GeosGeometry point = geos.own(GEOSPointOnSurface_r(geos.handle(), g));
    if (!point || GEOSisEmpty_r(geos.handle(), point.get()))
        return result;
    GEOSGeomGetX_r(geos.handle(), point.get(), &result.location.x);
    GEOSGeomGetY_r(geos.handle(), point.get(), &result.location.y);
    return result;
}

std::optional<AreaAt> intersectionArea(const GeosContext &geos, const GEOSGeometry *a, const GEOSGeometry *b)
{
    const GeosGeometry overlap = geos.intersection(a, b);
    return areaAt(geos, overlap.get());
}

std::optional<AreaAt> differenceArea(const GeosContext &geos, const GEOSGeometry *a, const GEOSGeometry *b)
{
    const GeosGeometry rest = geos.difference(a, b);
    return areaAt(geos, rest.get());
}

GeosGeometry collectionOf(const GeosContext &geos, const std::vector<const GEOSGeometry *> &parts)
{
    std::vector<GEOSGeometry *> clones;
    clones.reserve(parts.size());
    for (const GEOSGeometry *part : parts)
        clones.push_back(GEOSGeom_clone_r(geos.handle(), part));
    return geos.own(GEOSGeom_createCollection_r(geos.handle(), GEOS_GEOMETRYCOLLECTION, clones.data(),
                                                static_cast<unsigned>(clones.size())));
}

std::vector<const GEOSGeometry *> polygonsOf(const GeosContext &geos, const GEOSGeometry *g)
{
    std::vector<const GEOSGeometry *> result;
    if (!g)
        return result;
    const int type = GEOSGeomTypeId_r(geos.handle(), g);
    if (type == GEOS_POLYGON) {
        if (!GEOSisEmpty_r(geos.handle(), g))
            result.push_back(g);
    } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        const int count = GEOSGetNumGeometries_r(geos.handle(), g);
        for (int i = 0; i < count; ++i) {
            for (const GEOSGeometry *part : polygonsOf(geos, GEOSGetGeometryN_r(geos.handle(), g, i)))
                result.push_back(part);
        }
    }
    return result;
}

} // namespace lianxin::validation
