#pragma once
// The administrative frame of the service network (article: 9 district leaders,
// 24 district departments, 10 township-level units), and which unit serves which island.
#include "core/geos.h"
#include "core/world.h"
#include "demo/random.h"

#include <string>

namespace lianxin::demo {

// The township-level unit of the town of Changdao, whose urban area the grid areas cover.
inline constexpr const char *kTownUnitName = "南长山街道";
inline constexpr const char *kTownIslandName = "南长山岛";

// Fills world.townships, world.departments (district ones first, then one per township
// unit) and world.leaders, and sets every island's townshipId. Needs world.islands.
// Throws std::runtime_error naming a unit's island that the coastline lacks.
void buildAdministrativeFrame(World &world, const GeosContext &geos, Random &random);

const Township &townshipNamed(const World &world, const std::string &name);
const Island &islandNamed(const World &world, const std::string &nameZh);
// The department row (kind Township) that acts for the township unit.
Id departmentOfTownship(const World &world, Id townshipId);
// A district department by its name; 0 when there is none.
Id districtDepartmentNamed(const World &world, const std::string &name);

} // namespace lianxin::demo
