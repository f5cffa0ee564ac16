#pragma once
// The parts of a World a boundary edit reads (lianxin-cli boundaries): the urban and grid
// areas, buildings, shops, departments, contact groups, cadres (id, department),
// households (id, code, building, area, group, place), residents (id, household) and
// suggestions (id, household, area, status). Names, phones, texts, events, islands and
// villages stay on disk: at scale 100 this reads in a fraction of loadWorld()'s time.
#include "core/world.h"

namespace lianxin {

class Database;

// Throws StoreError(Corrupt) naming the table and row for a value the model cannot hold.
World loadBoundaryWorld(const Database &db);

} // namespace lianxin
