#pragma once
// visits plan --sheets: the printed visit sheets, one PDF per responsible body.
#include "core/visitsheet.h"
#include "core/world.h"

#include <string>
#include <vector>

namespace lianxin::cli {

// One body in the plan: `path` itself. Several: "<stem>-<body id>.pdf" beside it, one
// per body. Returns the files written. Throws std::runtime_error naming a file it cannot
// write.
std::vector<std::string> writeVisitSheetsPdf(const World &world, const VisitPlan &plan,
                                             const std::vector<VisitSheet> &sheets, const std::string &path);

} // namespace lianxin::cli
