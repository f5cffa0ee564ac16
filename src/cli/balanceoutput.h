#pragma once
// How lianxin-cli balance reports a rebalancing: the metrics as JSON and as a table.
#include "analysis/balancemetrics.h"

#include <nlohmann/json.hpp>

#include <string>

namespace lianxin::cli {

// "24.9": metres to one decimal.
std::string formatMetres(double metres);

nlohmann::ordered_json sideJson(const SideMetrics &side);
// Everything in `metrics`: before/after (load, distance, compactness, histogram), moved,
// pairing rules met and the per-scope figures.
nlohmann::ordered_json metricsJson(const RebalanceMetrics &metrics);

// The before/after table and the load histogram on stdout.
void printMetrics(const RebalanceMetrics &metrics, const std::string &scope);

} // namespace lianxin::cli
