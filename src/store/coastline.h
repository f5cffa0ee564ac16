#pragma once
// Reads the GSHHG coastline GeoJSON (data/changdao-coast.geojson) through OGR and
// projects it into EPSG:4549.
#include "core/places.h"

#include <string>
#include <vector>

namespace lianxin {

// Islands in file order (largest first), ids 1..n, townshipId unset.
// Throws StoreError naming the file and the problem (missing, not GeoJSON, no polygons).
std::vector<Island> readCoastline(const std::string &path);

} // namespace lianxin
