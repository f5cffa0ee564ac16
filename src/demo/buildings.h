#pragma once
// The urban buildings (楼宇): rotated-rectangle footprints, each inside one grid area.
#include "core/geos.h"
#include "core/places.h"
#include "demo/footprint.h"
#include "demo/random.h"

#include <string>
#include <vector>

namespace lianxin::demo {

struct BuildingLayout {
    std::vector<Building> buildings;   // ids 1..n
    std::vector<Footprint> footprints; // by building index
    std::vector<std::string> streets;  // the street of each building's address
};

// Places exactly `count` buildings. A lattice of square cells is laid over the urban
// area; only cells lying wholly inside one grid area shrunk by a margin qualify, so
// footprints never overlap, never cross a grid boundary and the work stays linear in
// the number of cells. Cells are drawn with more weight near `townCentre`, and at least
// a few in every grid area. Linear sizes shrink by 1/sqrt(scale) so the town holds
// `scale` times the buildings. Throws std::runtime_error if too few cells qualify.
BuildingLayout placeBuildings(const GeosContext &geos, const std::vector<GridArea> &areas, const UrbanArea &urban,
                              const PointXY &townCentre, int count, int scale, Random &random);

// How central a point is: 1 at the town centre, falling off over about a kilometre.
double townCloseness(const PointXY &p, const PointXY &townCentre);

} // namespace lianxin::demo
