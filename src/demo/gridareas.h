#pragma once
// The 28 urban grid areas (网格片区) partitioning the urban area, and the district
// departments responsible for them (24 departments: some take two neighbouring areas).
#include "core/geos.h"
#include "core/places.h"
#include "demo/random.h"

#include <vector>

namespace lianxin::demo {

// `count` grid areas tiling `urban` exactly: Voronoi cells of Lloyd-relaxed sites,
// clipped to the urban area on the demo grid; a cell the clip cuts in pieces keeps its
// largest piece and gives the others to the neighbour they share most boundary with,
// so each area is one valid polygon. Codes "NCS-01".. run north to south, west to east.
// departmentId is left 0. Throws std::runtime_error if the result does not tile.
std::vector<GridArea> partitionUrbanArea(const GeosContext &geos, const UrbanArea &urban, int count, Random &random);

// Gives each department one area; when there are fewer departments than areas, some
// departments take a second area next to their first (disjoint neighbouring pairs).
// Throws std::runtime_error if there are more departments than areas or not enough
// disjoint neighbouring pairs.
void assignGridDepartments(const GeosContext &geos, std::vector<GridArea> &areas, const std::vector<Id> &departmentIds,
                           Random &random);

} // namespace lianxin::demo
