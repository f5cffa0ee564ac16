#pragma once
// The few GEOS operations the validation checks share, on top of core/geos.h. Each
// returns nullopt (or an empty geometry) when GEOS fails; GeosContext::lastError()
// then says why.
#include "core/geos.h"

#include <optional>
#include <vector>

namespace lianxin::validation {

// An area and a point inside it, to tell the reader where to look.
struct AreaAt {
    double area = 0.0;
    PointXY location;
};

// The area of a ∩ b (0 when they only touch).
std::optional<AreaAt> intersectionArea(const GeosContext &geos, const GEOSGeometry *a, const GEOSGeometry *b);
// The area of a \ b.
std::optional<AreaAt> differenceArea(const GeosContext &geos, const GEOSGeometry *a, const GEOSGeometry *b);
// The area of g and a point inside it (GEOS's point on surface).
std::optional<AreaAt> areaAt(const GeosContext &geos, const GEOSGeometry *g);

// A geometry collection of clones of the parts, e.g. to union many polygons at once.
// A collection rather than a multipolygon: adjacent grid areas share edges, which a
// multipolygon forbids.
GeosGeometry collectionOf(const GeosContext &geos, const std::vector<const GEOSGeometry *> &parts);
// The polygons of g (itself, or the polygon members of a multi-geometry or collection).
std::vector<const GEOSGeometry *> polygonsOf(const GeosContext &geos, const GEOSGeometry *g);

} // namespace lianxin::validation
