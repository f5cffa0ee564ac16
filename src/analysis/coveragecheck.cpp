// The grid areas must partition the urban area:
// grid-overlap: no two grid areas share more than the tolerance;
// grid-gap: the urban area minus the grid areas leaves nothing above the tolerance (with no
//   urban area, the holes enclosed by the grid areas are the gaps);
// grid-outside: no grid area reaches out of the urban area by more than the tolerance.
// As in the boundary editor's coverage rules (coveragerules.h), a part narrower than the
// snapping tolerance (5 cm) is rounding whatever its area, and a gap that is a hole of one
// grid area names that area.
#include "analysis/boundarylayout.h"
#include "analysis/checks.h"
#include "analysis/coveragerulesupport.h"
#include "analysis/featurenames.h"
#include "analysis/geosops.h"
#include "analysis/validationrun.h"

namespace lianxin::validation {

namespace {

using namespace validationcheck;

std::vector<const GEOSGeometry *> validGeometries(const PolygonLayer &layer)
{
    std::vector<const GEOSGeometry *> result;
    for (std::size_t i = 0; i < layer.size(); ++i) {
        if (layer.isValid(i))
            result.push_back(layer.geometry(i));
    }
    return result;
}

// Everything the coverage checks look at, united once.
struct Coverage {
    GeosGeometry grids;      // union of the valid grid areas
    GeosGeometry urban;      // union of the valid urban areas
    GeosGeometry suppressed; // bounds of invalid grid or urban areas; null if none
};

// Where a grid or urban area is invalid its extent is unknown; gaps and overhangs there
// would echo the geometry error already reported, so they are cut away.
GeosGeometry suppressedArea(const GeosContext &geos, const PolygonLayer &grids, const PolygonLayer &urban)
{
    // A small margin keeps a degenerate (zero-width) box a polygon.
    constexpr double kMargin = 0.01;
    std::vector<GeosGeometry> boxes;
    for (const PolygonLayer *layer : {&grids, &urban}) {
        for (const Box &b : layer->invalidBounds())
            boxes.push_back(geos.polygon({ringOf({b.minX - kMargin, b.minY - kMargin, b.maxX + kMargin, b.maxY + kMargin}), {}}));
    }
    if (boxes.empty())
        return {};
    std::vector<const GEOSGeometry *> parts;
    for (const GeosGeometry &box : boxes)
        parts.push_back(box.get());
    const GeosGeometry all = collectionOf(geos, parts);
    return geos.unaryUnion(all.get());
}

GeosGeometry withoutSuppressed(const GeosContext &geos, GeosGeometry g, const Coverage &coverage)
{
    if (!g || !coverage.suppressed)
        return g;
    return geos.difference(g.get(), coverage.suppressed.get());
}

// ", a hole in grid_area N (...)" when the gap lies inside one grid area's outer ring.
std::string holeOf(ValidationRun &run, const PointXY &at)
{
    const std::vector<GridArea> &areas = run.world().gridAreas;
    for (std::size_t i = 0; i < areas.size(); ++i)
        if (!areas[i].geometry.holes.empty() && ringContains(areas[i].geometry.outer, at))
            return ", a hole in " + describe(areas[i]);
    return "";
}

// Reports each polygon of `gaps` above the tolerance; `name` says whose gap it is.
void reportGapParts(ValidationRun &run, const GEOSGeometry *gaps, const char *layer, Id id, const std::string &name)
{
    const GeosContext &geos = run.geos();
    for (const GEOSGeometry *part : polygonsOf(geos, gaps)) {
        const auto gap = areaAt(geos, part);
        if (gap && gap->area > run.tolerance() && coveragerules::widerThan(geos, part, kDefaultSnapTolerance))
            run.addIssue(GridGap, layer, id,
                         name + ": gap of " + formatArea(gap->area) + " not covered by any grid area near "
                             + formatPoint(gap->location) + holeOf(run, gap->location));
    }
}

// With no urban area to compare with, only the holes the grid areas enclose are gaps.
void reportEnclosedHoles(ValidationRun &run, const Coverage &coverage)
{
    const GeosContext &geos = run.geos();
    const GEOSContextHandle_t h = geos.handle();
    for (const GEOSGeometry *polygon : polygonsOf(geos, coverage.grids.get())) {
        const int holes = GEOSGetNumInteriorRings_r(h, polygon);
        for (int i = 0; i < holes; ++i) {
            GEOSGeometry *ring = GEOSGeom_clone_r(h, GEOSGetInteriorRingN_r(h, polygon, i));
            GeosGeometry hole = geos.own(GEOSGeom_createPolygon_r(h, ring, nullptr, 0));
            hole = withoutSuppressed(geos, std::move(hole), coverage);
            reportGapParts(run, hole.get(), table::GridArea, 0, "grid areas");
        }
    }
}

void reportGaps(ValidationRun &run, const Coverage &coverage)
{
    const GeosContext &geos = run.geos();
    const PolygonLayer &urban = run.urbanAreas();
    const std::vector<UrbanArea> &areas = run.world().urbanAreas;
    for (std::size_t i = 0; i < areas.size(); ++i) {
        if (!urban.isValid(i))
            continue;
        GeosGeometry gaps = withoutSuppressed(geos, geos.difference(urban.geometry(i), coverage.grids.get()), coverage);
        if (!gaps) {
            run.addIssue(GridGap, table::UrbanArea, areas[i].id,
                         describe(areas[i]) + ": could not subtract the grid areas: " + geos.lastError());
            continue;
        }
        reportGapParts(run, gaps.get(), table::UrbanArea, areas[i].id, describe(areas[i]));
    }
}

void reportOutside(ValidationRun &run, const Coverage &coverage)
{
    const GeosContext &geos = run.geos();
    const PolygonLayer &grids = run.gridAreas();
    const std::vector<GridArea> &areas = run.world().gridAreas;
    const GeosPrepared urban(geos, geos.clone(coverage.urban.get()));
    for (std::size_t i = 0; i < areas.size(); ++i) {
        if (!grids.isValid(i) || urban.covers(grids.geometry(i)))
            continue;
        const GeosGeometry outside =
            withoutSuppressed(geos, geos.difference(grids.geometry(i), coverage.urban.get()), coverage);
        const auto sticking = areaAt(geos, outside.get());
        if (!sticking)
            run.addIssue(GridOutside, table::GridArea, areas[i].id,
                         describe(areas[i]) + ": could not subtract the urban area: " + geos.lastError());
        else if (sticking->area > run.tolerance() && coveragerules::widerThan(geos, outside.get(), kDefaultSnapTolerance))
            run.addIssue(GridOutside, table::GridArea, areas[i].id,
                         describe(areas[i]) + ": " + formatArea(sticking->area) + " lies outside the urban area near "
                             + formatPoint(sticking->location));
    }
}

// Whether the overlap of a and b is wider than the snapping tolerance somewhere.
bool widerThanRounding(const GeosContext &geos, const GEOSGeometry *a, const GEOSGeometry *b)
{
    const GeosGeometry common = geos.intersection(a, b);
    return !common || coveragerules::widerThan(geos, common.get(), kDefaultSnapTolerance);
}

} // namespace

void checkGridOverlap(ValidationRun &run)
{
    const GeosContext &geos = run.geos();
    const PolygonLayer &grids = run.gridAreas();
    const std::vector<GridArea> &areas = run.world().gridAreas;
    std::vector<std::size_t> candidates;
    for (std::size_t i = 0; i < areas.size(); ++i) {
        if (!run.progress(i, areas.size()))
            return;
        if (!grids.isValid(i))
            continue;
        grids.query(grids.bounds(i), candidates);
        for (std::size_t j : candidates) {
            if (j <= i || !grids.prepared(i).intersects(grids.geometry(j)))
                continue;
            const auto overlap = intersectionArea(geos, grids.geometry(i), grids.geometry(j));
            if (!overlap)
                run.addIssue(GridOverlap, table::GridArea, areas[i].id,
                             describe(areas[i]) + ": could not intersect with " + describe(areas[j]) + ": "
                                 + geos.lastError());
            else if (overlap->area > run.tolerance() && widerThanRounding(geos, grids.geometry(i), grids.geometry(j)))
                run.addIssue(GridOverlap, table::GridArea, areas[i].id,
                             describe(areas[i]) + ": overlaps " + describe(areas[j]) + " by "
                                 + formatArea(overlap->area) + " near " + formatPoint(overlap->location));
        }
    }
}

void checkGridCoverage(ValidationRun &run)
{
    const GeosContext &geos = run.geos();
    const PolygonLayer &grids = run.gridAreas();
    const PolygonLayer &urban = run.urbanAreas();

    Coverage coverage;
    coverage.grids = geos.unaryUnion(collectionOf(geos, validGeometries(grids)).get());
    coverage.urban = geos.unaryUnion(collectionOf(geos, validGeometries(urban)).get());
    coverage.suppressed = suppressedArea(geos, grids, urban);
    if (!coverage.grids || !coverage.urban) {
        run.addIssue(GridGap, table::GridArea, 0, "could not unite the grid or urban areas: " + geos.lastError());
        return;
    }
    if (!run.progressAt(0.5)) // the unions were the long part
        return;

    if (run.world().urbanAreas.empty()) {
        reportEnclosedHoles(run, coverage);
        return;
    }
    reportGaps(run, coverage);
    reportOutside(run, coverage);
}

} // namespace lianxin::validation
