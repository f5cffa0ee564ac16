#pragma once
// The visit sheets of a whole plan: one PDF per responsible body (visitsheetreport.h),
// with the cover's totals. Shared by lianxin-cli visits plan --sheets and the app.
#include "core/visitsheet.h"
#include "core/world.h"
#include "render/mapscene.h"
#include "render/stylelibrary.h"

#include <memory>
#include <string>
#include <vector>

namespace lianxin {

// One body in the plan: `path` itself; several: "<stem>-<body id>.pdf" beside it, one per
// body, in body id order. Returns the files written. Throws std::runtime_error naming a
// file it cannot write (the files before it stay written).
std::vector<std::string> writeVisitSheetBook(const VisitPlan &plan, const std::vector<VisitSheet> &sheets,
                                             std::shared_ptr<const MapScene> scene,
                                             std::shared_ptr<const StyleLibrary> styles, const std::string &path);

} // namespace lianxin
