#include "demo/hilbert.h"

#include <algorithm>
#include <utility>

namespace lianxin::demo {

std::uint64_t hilbertIndex(const Box &bounds, const PointXY &p)
{
    constexpr std::uint32_t kSide = 1u << 16;
    auto cell = [](double value, double lo, double extent) {
        const double t = extent > 0.0 ? (value - lo) / extent : 0.0;
        return static_cast<std::uint32_t>(std::clamp(t, 0.0, 1.0) * (kSide - 1));
    };
    std::uint32_t x = cell(p.x, bounds.minX, bounds.width());
    std::uint32_t y = cell(p.y, bounds.minY, bounds.height());
    std::uint64_t d = 0;
    for (std::uint32_t s = kSide / 2; s > 0; s /= 2) {
        const std::uint32_t rx = (x & s) ? 1 : 0;
        const std::uint32_t ry = (y & s) ? 1 : 0;
        d += static_cast<std::uint64_t>(s) * s * ((3 * rx) ^ ry);
        if (ry == 0) {
            if (rx == 1) {
                x = kSide - 1 - x;
                y = kSide - 1 - y;
            }
            std::swap(x, y);
        }
    }
    return d;
}

} // namespace lianxin::demo
