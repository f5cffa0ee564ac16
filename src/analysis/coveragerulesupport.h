#pragma once
// What the two halves of checkCoverage (coveragerules.cpp: the areas; coverageplacement.cpp:
// buildings and households) share. Internal to the analysis library.
#include "analysis/coveragerules.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lianxin::coveragerules {

// The layout's areas as GEOS geometries: prepared when valid, else the reason.
struct AreaShapes {
    AreaShapes(const GeosContext &geos, const BoundaryLayout &layout);
    std::vector<std::optional<std::string>> problems;
    std::vector<std::unique_ptr<GeosPrepared>> prepared; // null where invalid
    std::vector<Box> bounds;
    const GEOSGeometry *geometry(std::size_t i) const { return prepared[i]->geometry(); }
    // Whether p lies in the bounds of an invalid area (its findings there would only echo
    // the invalid-area problem).
    bool nearInvalid(const PointXY &p) const;
};

// "NCS-01, NCS-02 and NCS-03"
std::string codesOf(const BoundaryLayout &layout, const std::vector<Id> &ids);
// Whether the polygonal g keeps ground after an inward buffer of half the tolerance,
// i.e. is wider than the tolerance somewhere.
bool widerThan(const GeosContext &geos, const GEOSGeometry *part, double tolerance);
std::vector<PointXY> outerRingOf(const GeosContext &geos, const GEOSGeometry *polygon);

// building-outside, building-straddles, household-outside, building-area, household-area.
void checkPlacement(const GeosContext &geos, const BoundaryLayout &layout, const AreaShapes &shapes,
                    const CoverageFeatures &features, const CoverageOptions &options, CoverageReport &report);

} // namespace lianxin::coveragerules
