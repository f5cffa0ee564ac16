#pragma once
// What the visits subcommands print: tables for people, JSON for programs.
#include "analysis/visitcoverage.h"
#include "core/visitsheet.h"
#include "core/world.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace lianxin::cli {

nlohmann::ordered_json planJson(const World &world, const VisitPlan &plan, const std::vector<VisitSheet> &sheets);
void printPlan(const World &world, const VisitPlan &plan, const std::vector<VisitSheet> &sheets, std::ostream &out);

nlohmann::ordered_json coverageJson(const VisitRound &round, const VisitCoverage &coverage, int openLimit);
void printCoverage(const VisitRound &round, const VisitCoverage &coverage, int openLimit, std::ostream &out);

} // namespace lianxin::cli
