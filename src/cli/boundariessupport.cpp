#include "cli/boundariessupport.h"

#include "cli/boundariesoutput.h"
#include "cli/clicommon.h"
#include "store/boundarystore.h"
#include "store/boundaryworld.h"
#include "store/sqlitestatement.h"

#include <iostream>

namespace lianxin::cli {

BoundaryProject openBoundaryProject(const std::string &path, bool writable)
{
    BoundaryProject project;
    project.db = Database::open(path, writable ? Database::Mode::ReadWrite : Database::Mode::ReadOnly);
    project.world = loadBoundaryWorld(*project.db); // what boundaries need, not names and texts
    return project;
}

BoundarySaved saveBoundaries(Database &db, const BoundarySession &session, const std::string &note)
{
    const ChangeSet set = boundaryChangeSet(db, session.world(), gridAreasOf(session.layout()), session.buildingAreas(),
                                            {"lianxin-cli", note});
    BoundarySaved saved;
    if (set.empty())
        return saved;
    saved.applied = applyChangeSet(db, set);
    saved.version = static_cast<int>(queryInteger(db.handle(), "SELECT coalesce(max(version), 0) FROM boundary_version"));
    return saved;
}

int refuseIfBroken(const BoundarySession &session, const CoverageReport &report, bool json, const std::string &what)
{
    if (report.canSave())
        return Success;
    if (json) {
        nlohmann::ordered_json out;
        out["ok"] = false;
        out["refused"] = what + " refused: the coverage breaks its rules; nothing was written";
        out["problems"] = problemsJson(session.layout(), report);
        std::cout << out.dump(2) << '\n';
    } else {
        printProblems(std::cerr, report);
    }
    return fail(what + " refused: the coverage breaks its rules (" + std::to_string(report.problems.size()) +
                " problem(s)); nothing was written");
}

} // namespace lianxin::cli
