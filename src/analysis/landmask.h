#pragma once
// The land a household may stand on: every valid island shrunk by an inset (a negative
// GEOS buffer; an inset of 0 keeps the coastline), prepared once for millions of point
// tests.
#include "analysis/polygonlayer.h"

#include <memory>
#include <vector>

namespace lianxin::validation {

class LandMask {
public:
    LandMask(const GeosContext &geos, const PolygonLayer &islands, double insetMetres);
    ~LandMask();
    LandMask(const LandMask &) = delete;
    LandMask &operator=(const LandMask &) = delete;

    // Strictly inside the shrunk land (a point on its edge is not on land).
    bool contains(const PointXY &p) const;

private:
    // One per island; null when shrinking left nothing of it.
    std::vector<std::unique_ptr<GeosPrepared>> m_land;
    BoxIndex m_index;
    mutable std::vector<std::size_t> m_hits; // reused by contains(): one query per household
};

} // namespace lianxin::validation
