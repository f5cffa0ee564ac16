#pragma once
// The land that may carry houses: an island shrunk by a safety strip, so that every
// household falls on land even where the GSHHG coastline is coarse.
#include "core/geos.h"
#include "core/places.h"

namespace lianxin::demo {

// Width of the strip along the coast kept free of buildings, villages and households.
inline constexpr double kShoreInsetMetres = 60.0;

// The island shrunk by kShoreInsetMetres, snapped to the demo grid; may be empty or
// several parts for a small or narrow island.
GeosGeometry inlandPart(const GeosContext &geos, const Island &island);

} // namespace lianxin::demo
