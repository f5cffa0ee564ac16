#pragma once
#include "core/world.h"

struct sqlite3;

namespace lianxin {

// Reads every data table into a World, each vector sorted by id (group members and the
// id lists of leaders and planted problems in the order they were saved). Throws a
// StoreError (Corrupt) naming the table and row for a value the model cannot hold
// (a malformed date, an unknown status, a geometry of the wrong type).
World readWorld(sqlite3 *db);

} // namespace lianxin
