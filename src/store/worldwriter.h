#pragma once
#include "core/world.h"

struct sqlite3;

namespace lianxin {

// Replaces every data table of the project file with `world` in ONE transaction: all
// or nothing; on any failure the file keeps its previous content and the StoreError
// names the table and row. `meta` and the edit history (change_set, audit,
// boundary_version) are kept. Ids are written as given.
void writeWorld(sqlite3 *db, const World &world);

} // namespace lianxin
