#include "core/projection.h"

#include <ogr_spatialref.h>

#include <stdexcept>

namespace lianxin {

namespace {

OGRSpatialReference srsOf(int epsg)
{
    OGRSpatialReference srs;
    if (srs.importFromEPSG(epsg) != OGRERR_NONE)
        throw std::runtime_error("PROJ does not know EPSG:" + std::to_string(epsg));
    // x = easting/longitude, y = northing/latitude, whatever the EPSG axis order says.
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

} // namespace

Projector::Projector()
{
    const OGRSpatialReference lonLat = srsOf(kLonLatSrid);
    const OGRSpatialReference projected = srsOf(kProjectSrid);
    m_forward.reset(OGRCreateCoordinateTransformation(&lonLat, &projected));
    m_inverse.reset(OGRCreateCoordinateTransformation(&projected, &lonLat));
    if (!m_forward || !m_inverse)
        throw std::runtime_error("no transformation between EPSG:4326 and EPSG:4549");
}

Projector::~Projector() = default;

PointXY Projector::toProjected(const LonLat &lonLat) const
{
    double x = lonLat.lon;
    double y = lonLat.lat;
    if (!m_forward->Transform(1, &x, &y))
        throw std::runtime_error("cannot project lon/lat to EPSG:4549");
    return {x, y};
}

LonLat Projector::toLonLat(const PointXY &p) const
{
    double x = p.x;
    double y = p.y;
    if (!m_inverse->Transform(1, &x, &y))
        throw std::runtime_error("cannot unproject EPSG:4549 to lon/lat");
    return {x, y};
}

Ring Projector::toProjected(const std::vector<LonLat> &ring) const
{
    Ring result;
    result.reserve(ring.size());
    for (const LonLat &p : ring)
        result.push_back(toProjected(p));
    return result;
}

} // namespace lianxin
