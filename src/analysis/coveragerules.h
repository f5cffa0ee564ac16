#pragma once
// The coverage rules a grid layout must keep before it can be saved (issue 9). GEOS 3.11
// has no coverage validator (GEOSCoverageIsValid is 3.12), so these are ours, on GEOS:
//
//   invalid-area       every area is one valid polygon (a bow-tie is not);
//   overlap            no two areas share ground;
//   gap                no ground inside the urban outline is left to no area (the sea
//                      outside the outline is not a gap);
//   hole               a hole in one area that no other area fills, reported apart from
//                      gaps (QGIS counts holes as gaps: #55219);
//   outside            no area reaches beyond the urban outline;
//   building-outside   every building lies in an area;
//   building-straddles a building a border cuts: it belongs to the area with the larger
//                      share of its footprint, and the report states the shares (a
//                      warning: it does not stop a save);
//   household-outside  every urban household lies inside the area of its building;
//   building-area, household-area (only with checkStored): the area recorded in the
//                      database is the one the rules give.
//
// Overlaps, gaps, holes and overhangs narrower than the snapping tolerance are rounding
// and not reported (a part is reported when it survives an inward buffer of half the
// tolerance). Each problem names its areas and a point on the map where it lies.
#include "analysis/boundarylayout.h"
#include "analysis/buildingplacement.h"

#include <string>
#include <vector>

namespace lianxin {

enum class CoverageRule {
    InvalidArea,
    Overlap,
    Gap,
    Hole,
    Outside,
    BuildingOutside,
    BuildingStraddles,
    HouseholdOutside,
    BuildingArea,
    HouseholdArea,
};

// "invalid-area", "overlap", ... as listed above.
const char *ruleId(CoverageRule rule);
// Every rule but building-straddles stops a save.
bool blocksSave(CoverageRule rule);

struct CoverageProblem {
    CoverageRule rule = CoverageRule::Overlap;
    std::vector<Id> areaIds; // the areas involved, ascending
    PointXY place;           // where to look
    double areaM2 = 0.0;     // size of the overlap, gap, hole or overhang
    Id featureId = 0;        // the building or household, for their rules
    std::string message;     // names the rule, the areas (by code) and the place
    std::vector<PointXY> outline; // the problem's shape when it has one (outer ring)
};

struct CoverageReport {
    std::vector<CoverageProblem> problems;
    bool canSave() const;
    std::size_t count(CoverageRule rule) const;
};

struct CoverageOptions {
    double tolerance = kDefaultSnapTolerance; // metres
    // Also compare the areas recorded on buildings and households with the rules'.
    bool checkStored = false;
};

// The people and buildings the placement rules look at (may be empty).
struct CoverageFeatures {
    const BuildingPlacer *placer = nullptr;            // over the project's buildings
    const std::vector<PlacedBuilding> *placement = nullptr; // its result for the layout
    const std::vector<Household> *households = nullptr;
};

// Every problem of `layout`, in the order of CoverageRule, then by area and feature.
// Never throws for bad geometry: it becomes a problem.
CoverageReport checkCoverage(const GeosContext &geos, const BoundaryLayout &layout, const CoverageFeatures &features,
                             const CoverageOptions &options = {});

} // namespace lianxin
