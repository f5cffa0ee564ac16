#pragma once
// Lon/lat (EPSG:4326) <-> CGCS2000 / 3-degree Gauss-Kruger CM 120E (EPSG:4549), the
// project's one working coordinate system. PROJ is reached through OGR.
#include "core/geometry.h"

#include <memory>

class OGRCoordinateTransformation;

namespace lianxin {

inline constexpr int kProjectSrid = 4549;
inline constexpr int kLonLatSrid = 4326;

struct LonLat {
    double lon = 0.0;
    double lat = 0.0;
};

class Projector {
public:
    Projector();
    ~Projector();
    Projector(const Projector &) = delete;
    Projector &operator=(const Projector &) = delete;

    PointXY toProjected(const LonLat &lonLat) const;
    LonLat toLonLat(const PointXY &p) const;
    Ring toProjected(const std::vector<LonLat> &ring) const;

private:
    std::unique_ptr<OGRCoordinateTransformation> m_forward;
    std::unique_ptr<OGRCoordinateTransformation> m_inverse;
};

} // namespace lianxin
