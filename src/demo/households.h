#pragma once
// Households (住户): the urban ones in buildings, the others in fishing villages.
#include "core/articlefigures.h"
#include "core/world.h"
#include "demo/buildings.h"
#include "demo/random.h"
#include "demo/villages.h"

namespace lianxin::demo {

// Exactly figures.urbanHouseholds in the buildings (more in tall, large buildings, at
// least one each) and figures.villageHouseholds in the villages (by village size),
// every point strictly inside its footprint or village polygon. Flags: some 五老, 低保
// and 困难 households, and exactly figures.seriousIllness with SeriousIllness.
// groupId is left 0 for the contact groups to fill.
void placeHouseholds(World &world, const BuildingLayout &buildings, const VillageLayout &villages,
                     const ArticleFigures &figures, Random &random);

} // namespace lianxin::demo
