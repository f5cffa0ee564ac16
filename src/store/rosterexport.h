#pragma once
// Printable rosters after a rebalancing: one row per household with its contact group,
// the group's cadres and the household's address, grouped by group, written through
// GDAL as XLSX (one sheet per responsible body) or CSV (UTF-8 with BOM so Excel shows
// Chinese). Phone numbers are masked. Written to NAME.partial.EXT beside the target and
// renamed at the end.
#include "core/world.h"

#include <string>

namespace lianxin {

enum class RosterFormat { Xlsx, Csv };

// Format from the extension (.xlsx / .csv); throws StoreError(BadInput) otherwise.
RosterFormat rosterFormatForPath(const std::string &path);

// Throws StoreError naming the path on failure; never leaves a half-written file.
// Returns the number of household rows written.
int writeRosters(const World &world, const std::string &path);

} // namespace lianxin
