#include "demo/footprint.h"

#include <cmath>

namespace lianxin::demo {

PointXY Footprint::at(double u, double v) const
{
    const double c = std::cos(angle);
    const double s = std::sin(angle);
    const double dx = u * length;
    const double dy = v * width;
    return {centre.x + dx * c - dy * s, centre.y + dx * s + dy * c};
}

Polygon Footprint::polygon() const
{
    Ring ring = {at(-0.5, -0.5), at(0.5, -0.5), at(0.5, 0.5), at(-0.5, 0.5)};
    ring.push_back(ring.front());
    return {ring, {}};
}

} // namespace lianxin::demo
