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

// The ids of the checks, as they appear in ValidationIssue::check and checksRun.
namespace validationcheck {
inline constexpr const char *GeometryValid = "geometry-valid";
inline constexpr const char *GridOverlap = "grid-overlap";
inline constexpr const char *GridGap = "grid-gap";
inline constexpr const char *GridOutside = "grid-outside";
inline constexpr const char *BuildingInGrid = "building-in-grid";
inline constexpr const char *BuildingOverlap = "building-overlap";
inline constexpr const char *VillageOnLand = "village-on-land";
inline constexpr const char *HouseholdOnLand = "household-on-land";
inline constexpr const char *HouseholdPlacement = "household-placement";
inline constexpr const char *References = "references";
inline constexpr const char *GroupScope = "group-scope";
inline constexpr const char *SuggestionWorkflow = "suggestion-workflow";
inline constexpr const char *Counts = "counts";
inline constexpr const char *Cancelled = "cancelled";
} // namespace validationcheck

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

// Runs every check in the order of validationcheck above and lists every problem found;
// a feature whose own geometry is invalid is reported once by geometry-valid, and the
// other checks leave alone what lies within its bounds (their findings there would only
// echo that error). Never throws for a bad world; throws std::invalid_argument for a
// negative or non-finite tolerance or inset, or a demoScale below 1.
ValidationReport validateWorld(const World &world, const ValidationOptions &options = {});

} // namespace lianxin
