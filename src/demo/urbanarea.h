#pragma once
// The urban area (城区) of the town of Changdao on the south of South Changshan island.
#include "core/geos.h"
#include "core/places.h"
#include "demo/random.h"

namespace lianxin::demo {

// About 3.5 km² of the island's inland part, cut from its southern end by a gently
// winding line. Snapped to the demo grid, valid, one polygon. Throws std::runtime_error
// if the island is too small to hold it.
UrbanArea buildUrbanArea(const GeosContext &geos, const Island &island, Id townshipId, Random &random);

// Where the town is busiest: shops and tall buildings crowd around it.
PointXY townCentreOf(const GeosContext &geos, const UrbanArea &urban);

} // namespace lianxin::demo
