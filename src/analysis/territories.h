#pragma once
// The territory of a contact group: the area its households cover, as a hull.
#include "core/people.h"

#include <functional>
#include <vector>

namespace lianxin {

struct GroupTerritory {
    Id groupId = 0;
    Polygon hull;      // buffered by `padding`; valid, non-empty
    int households = 0;
};

struct TerritoryOptions {
    // GEOS concave hull ratio (0 = most concave, 1 = convex): concave where the
    // households' shape needs it, e.g. a group along a bay.
    double concavity = 0.3;
    // Metres added around the hull so one or two households still have an area.
    double padding = 15.0;
    // Segments per quarter circle of the padding's round edges (GEOS buffer).
    int quadrantSegments = 8;
};

// One territory per group that has households, ordered by group id: the GEOS concave
// hull of its households (convex hull for fewer than three or collinear ones), padded.
// Every household lies inside its territory. Throws std::invalid_argument for options
// out of range or a non-finite location, std::runtime_error("cancelled") when
// `progress` (0..1) returns false.
std::vector<GroupTerritory> groupTerritories(const std::vector<Household> &households,
                                             const TerritoryOptions &options = {},
                                             const std::function<bool(double)> &progress = {});

} // namespace lianxin
