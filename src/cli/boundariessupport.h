#pragma once
// What the boundaries subcommands share: opening the project, saving a layout as one
// change set, refusing a bad coverage.
#include "analysis/boundarysession.h"
#include "store/changesetapplier.h"
#include "store/database.h"

#include <memory>
#include <string>

namespace lianxin::cli {

struct BoundaryProject {
    std::unique_ptr<Database> db;
    World world;
};

BoundaryProject openBoundaryProject(const std::string &path, bool writable);

struct BoundarySaved {
    AppliedChangeSet applied;
    int version = 0; // 0 when nothing changed
};

// Writes the session's layout over what the world records, as ONE change set.
BoundarySaved saveBoundaries(Database &db, const BoundarySession &session, const std::string &note);

// Prints why a layout cannot be saved (text or JSON) and returns the exit code Failed;
// Success when it can be saved.
int refuseIfBroken(const BoundarySession &session, const CoverageReport &report, bool json, const std::string &what);

} // namespace lianxin::cli
