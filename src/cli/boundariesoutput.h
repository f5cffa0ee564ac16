#pragma once
// How lianxin-cli boundaries prints coverage problems and the impact of a change: a
// readable table, or JSON (the same numbers the app's impact dock shows).
#include "analysis/boundaryimpact.h"
#include "analysis/coveragerules.h"

#include <nlohmann/json.hpp>

#include <iosfwd>

namespace lianxin::cli {

nlohmann::ordered_json problemsJson(const BoundaryLayout &layout, const CoverageReport &report);
nlohmann::ordered_json impactJson(const BoundaryImpact &impact);

void printProblems(std::ostream &out, const CoverageReport &report);
void printImpact(std::ostream &out, const BoundaryImpact &impact);

} // namespace lianxin::cli
