#include "analysis/landmask.h"

#include <cmath>

namespace lianxin::validation {

LandMask::LandMask(const GeosContext &geos, const PolygonLayer &islands, double insetMetres)
{
    std::vector<Box> bounds(islands.size(), Box{HUGE_VAL, HUGE_VAL, -HUGE_VAL, -HUGE_VAL});
    m_land.resize(islands.size());
    for (std::size_t i = 0; i < islands.size(); ++i) {
        if (!islands.isValid(i))
            continue;
        GeosGeometry land = insetMetres > 0.0 ? geos.buffer(islands.geometry(i), -insetMetres)
                                              : geos.clone(islands.geometry(i));
        // A failed buffer (GEOS error) falls back to the coastline itself: judging the
        // households against the unshrunk island misses only those in the inset band.
        if (!land)
            land = geos.clone(islands.geometry(i));
        if (geos.isEmpty(land.get()))
            continue;
        m_land[i] = std::make_unique<GeosPrepared>(geos, std::move(land));
        bounds[i] = islands.bounds(i); // the island's bounds hold its shrunk land too
    }
    m_index = BoxIndex(bounds);
}

LandMask::~LandMask() = default;

bool LandMask::contains(const PointXY &p) const
{
    m_index.query(boxOf(p), m_hits);
    for (std::size_t i : m_hits) {
        if (m_land[i]->contains(p))
            return true;
    }
    return false;
}

} // namespace lianxin::validation
