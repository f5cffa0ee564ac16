#pragma once
// Shops (商铺) on the ground floors of the urban buildings.
#include "core/world.h"
#include "demo/buildings.h"
#include "demo/random.h"

namespace lianxin::demo {

// Exactly `count` shops, more of them near `townCentre`; each lies inside its
// building's footprint, on the street side of the ground floor.
void placeShops(World &world, const BuildingLayout &layout, const PointXY &townCentre, int count, Random &random);

} // namespace lianxin::demo
