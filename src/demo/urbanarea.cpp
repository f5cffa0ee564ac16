#include "demo/urbanarea.h"

#include "demo/geosops.h"
#include "demo/shoreline.h"

#include <cmath>
#include <numbers>
#include <stdexcept>

namespace lianxin::demo {

namespace {

constexpr double kTargetAreaM2 = 3.5e6;
constexpr double kEdgeWaveMetres = 90.0;    // amplitude of the winding northern edge
constexpr double kEdgeWavelength = 1400.0; // metres

// Everything of the island's bounds below a winding line at height `cutY`.
Polygon southOf(const Box &bounds, double cutY, double phase)
{
    const double left = bounds.minX - 100.0;
    const double right = bounds.maxX + 100.0;
    Ring ring;
    ring.push_back({left, bounds.minY - 100.0});
    ring.push_back({right, bounds.minY - 100.0});
    constexpr int kSteps = 24;
    for (int i = 0; i <= kSteps; ++i) {
        const double x = right - (right - left) * i / kSteps;
        ring.push_back({x, cutY + kEdgeWaveMetres * std::sin(2.0 * std::numbers::pi * x / kEdgeWavelength + phase)});
    }
    ring.push_back(ring.front());
    return {ring, {}};
}

} // namespace

UrbanArea buildUrbanArea(const GeosContext &geos, const Island &island, Id townshipId, Random &random)
{
    GeosGeometry inland = inlandPart(geos, island);
    if (geos.area(inland.get()) < 2.0 * kTargetAreaM2)
        throw std::runtime_error("island " + island.nameZh + " is too small for the urban area");
    const Box bounds = boundsOf(island.geometry);
    const double phase = random.uniform(0.0, 2.0 * std::numbers::pi);

    // Bisect the height of the cut until the part south of it has the target area.
    auto partBelow = [&](double cutY) {
        GeosGeometry cut = geos.polygon(southOf(bounds, cutY, phase));
        GeosGeometry part = intersectionOnGrid(geos, inland.get(), cut.get());
        return largestPartOf(geos, part.get());
    };
    double low = bounds.minY;
    double high = bounds.maxY;
    for (int i = 0; i < 40; ++i) {
        const double middle = 0.5 * (low + high);
        (area(partBelow(middle)) < kTargetAreaM2 ? low : high) = middle;
    }

    UrbanArea urban;
    urban.id = 1;
    urban.name = "长岛城区";
    urban.townshipId = townshipId;
    urban.geometry = partBelow(high);
    GeosGeometry check = geos.polygon(urban.geometry);
    if (auto reason = geos.invalidReason(check.get()))
        throw std::runtime_error("urban area is not valid: " + *reason);
    return urban;
}

PointXY townCentreOf(const GeosContext &geos, const UrbanArea &urban)
{
    GeosGeometry g = geos.polygon(urban.geometry);
    return interiorPointOf(geos, g.get());
}

} // namespace lianxin::demo
