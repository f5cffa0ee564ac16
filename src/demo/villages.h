#pragma once
// The fishing villages (渔村) on every inhabited island.
#include "core/geos.h"
#include "core/world.h"
#include "demo/random.h"

#include <vector>

namespace lianxin::demo {

struct VillageLayout {
    std::vector<Village> villages;  // ids 1..n
    std::vector<PointXY> centres;   // each polygon is star-shaped around its centre
    std::vector<double> households; // relative share of the village households
};

// Jittered 12-gons of 120-300 m radius inside each island's inland part, apart from
// each other and from the urban area. Needs world.islands (with townshipId) and
// world.urbanAreas. Throws std::runtime_error naming an island with no room left.
VillageLayout placeVillages(const GeosContext &geos, const World &world, Random &random);

// A point uniformly distributed over the village polygon pulled 5% towards its
// centre, hence strictly inside it.
PointXY randomPointInVillage(const Village &village, const PointXY &centre, Random &random);

} // namespace lianxin::demo
