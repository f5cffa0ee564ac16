#pragma once
// Saving a grid-boundary change (issue 9) as ONE change set (changesetapplier.h): the new
// grid_area rows, every building, household, shop and suggestion moved to its new area,
// and one boundary_version row per changed area holding the area as it was (geometry,
// code, name, department), with actor, note and time; the audit rows follow from the set.
// Undo is the reversed set. Versions are read back from boundary_version.
//
// The store knows no coverage rules: the caller (CLI, app) checks the coverage and places
// the buildings (analysis/buildingplacement.h) before it asks for the set.
#include "core/world.h"
#include "store/assignmentstore.h"
#include "store/changeset.h"

#include <optional>
#include <string>
#include <vector>

namespace lianxin {

class Database;

// The set that turns what `world` records (loaded from `db` just before) into `after`:
// areas inserted, updated or deleted by id, and each building into buildingAreas[i]
// (parallel to world.buildings; 0 keeps the building where it is). Households of a
// building, and their suggestions, follow the building; a shop follows its building, a
// shop without one the area holding its location. Empty when nothing changes.
ChangeSet boundaryChangeSet(const Database &db, const World &world, const std::vector<GridArea> &after,
                            const std::vector<Id> &buildingAreas, const AuditContext &audit);

struct BoundaryVersion {
    int version = 0;
    std::string at; // ISO 8601 UTC
    std::string actor;
    std::string note;
    std::vector<std::string> codes; // the areas it changed, by their code before the save
    Id changeSetId = 0;             // the change set that wrote it
};

// The saved versions, oldest first; with `areaCode`, only those that changed that area
// (by its code then or today).
std::vector<BoundaryVersion> boundaryVersions(const Database &db, const std::optional<std::string> &areaCode = {});

// The grid areas as they were just before save `version` (sorted by id): today's areas
// with every later change taken back. Throws StoreError(BadInput) for an unknown version.
std::vector<GridArea> gridAreasAsOf(const Database &db, const World &world, int version);

} // namespace lianxin
