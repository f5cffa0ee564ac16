#pragma once
// Geometry checks and label anchors for the map scene builder: a feature the renderer
// cannot draw is named and left out instead of breaking the whole map.
#include "core/geometry.h"

#include <optional>
#include <string>

namespace lianxin {

class GeosContext;

// Why `multi` cannot be drawn (empty, non-finite coordinates, a ring with fewer than
// four points, or GEOS's reason such as "Self-intersection[x y]"), or nothing.
std::optional<std::string> undrawableReason(const GeosContext &context, const MultiPolygon &multi);
std::optional<std::string> undrawableReason(const PointXY &point);

// Where a polygon feature's label goes: the centroid of its largest part when that lies
// inside the part (it reads best), else GEOS's point on surface. Precondition: `multi`
// passed undrawableReason.
PointXY labelPointOf(const GeosContext &context, const MultiPolygon &multi);

} // namespace lianxin
