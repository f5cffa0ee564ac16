#pragma once
// Checks a World for what `lianxin-cli validate` promises: valid geometries, grid areas
// that partition the urban area without gaps or overlaps, every building in exactly one
// grid area, households on land and inside their building or village, references that
// resolve, and (for a demo world) the article's counts.
#include "core/world.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace lianxin {

struct ValidationIssue {
    std::string check;   // e.g. "grid-overlap", "household-on-land"
    std::string layer;   // table name, e.g. "household"
    Id featureId = 0;    // 0 when the issue is not about one feature
    std::string message; // human-readable, names the feature and the problem
};

struct ValidationOptions {
    // Area below which a gap or overlap between grid areas is taken as rounding (m²).
    double coverageToleranceM2 = 1.0;
    // Households must lie inside the coastline shrunk by this much (metres).
    double landInsetMetres = 0.0;
    // When set, counts are compared with articleFigures(*demoScale).
    std::optional<int> demoScale;
    std::function<bool(double)> progress; // 0..1; return false to cancel
};

struct ValidationReport {
    std::vector<ValidationIssue> issues;
    std::vector<std::string> checksRun;
    bool ok() const { return issues.empty(); }
};

ValidationReport validateWorld(const World &world, const ValidationOptions &options = {});

} // namespace lianxin
