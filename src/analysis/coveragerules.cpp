// The area rules: invalid-area, overlap, gap, hole, outside. The placement rules
// (buildings and households) are in coverageplacement.cpp.
#include "analysis/coveragerules.h"

#include "analysis/coveragerulesupport.h"
#include "analysis/featurenames.h"
#include "analysis/geosops.h"
#include "analysis/polygonlayer.h"

#include <algorithm>
#include <cstdio>
#include <tuple>

namespace lianxin {

using validation::formatArea;
using validation::formatPoint;

const char *ruleId(CoverageRule rule)
{
    switch (rule) {
    case CoverageRule::InvalidArea: return "invalid-area";
    case CoverageRule::Overlap: return "overlap";
    case CoverageRule::Gap: return "gap";
    case CoverageRule::Hole: return "hole";
    case CoverageRule::Outside: return "outside";
    case CoverageRule::BuildingOutside: return "building-outside";
    case CoverageRule::BuildingStraddles: return "building-straddles";
    case CoverageRule::HouseholdOutside: return "household-outside";
    case CoverageRule::BuildingArea: return "building-area";
    case CoverageRule::HouseholdArea: return "household-area";
    }
    return "unknown";
}

bool blocksSave(CoverageRule rule) { return rule != CoverageRule::BuildingStraddles; }

bool CoverageReport::canSave() const
{
    return std::none_of(problems.begin(), problems.end(), [](const CoverageProblem &p) { return blocksSave(p.rule); });
}

std::size_t CoverageReport::count(CoverageRule rule) const
{
    return static_cast<std::size_t>(
        std::count_if(problems.begin(), problems.end(), [rule](const CoverageProblem &p) { return p.rule == rule; }));
}

namespace coveragerules {

AreaShapes::AreaShapes(const GeosContext &geos, const BoundaryLayout &layout)
{
    for (const BoundaryArea &area : layout.areas) {
        GeosGeometry shape;
        std::optional<std::string> problem = validation::ringProblem(area.geometry);
        if (!problem) {
            shape = geos.polygon(area.geometry);
            problem = geos.invalidReason(shape.get());
        }
        problems.push_back(problem);
        bounds.push_back(area.geometry.outer.empty() ? Box{} : boundsOf(area.geometry));
        prepared.push_back(problem ? nullptr : std::make_unique<GeosPrepared>(geos, std::move(shape)));
    }
}

bool AreaShapes::nearInvalid(const PointXY &p) const
{
    for (std::size_t i = 0; i < problems.size(); ++i)
        if (problems[i] && bounds[i].contains(p))
            return true;
    return false;
}

std::string codesOf(const BoundaryLayout &layout, const std::vector<Id> &ids)
{
    std::string text;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const BoundaryArea *area = layout.find(ids[i]);
        text += (i == 0 ? "" : i + 1 == ids.size() ? " and " : ", ") + (area ? area->code : std::to_string(ids[i]));
    }
    return text;
}

bool widerThan(const GeosContext &geos, const GEOSGeometry *part, double tolerance)
{
    const GeosGeometry core = geos.buffer(part, -tolerance / 2.0, 2);
    return core && !geos.isEmpty(core.get());
}

std::vector<PointXY> outerRingOf(const GeosContext &geos, const GEOSGeometry *polygon)
{
    const MultiPolygon parts = geos.toMultiPolygon(polygon);
    return parts.empty() ? std::vector<PointXY>{} : parts.front().outer;
}

} // namespace coveragerules

namespace {

using namespace coveragerules;

// "Self-intersection[400 400]" -> the point in the brackets, else the area's first corner.
PointXY placeOfReason(const std::string &reason, const Polygon &polygon)
{
    const std::size_t open = reason.rfind('[');
    PointXY p;
    if (open != std::string::npos && std::sscanf(reason.c_str() + open + 1, "%lf %lf", &p.x, &p.y) == 2)
        return p;
    return polygon.outer.empty() ? PointXY{} : polygon.outer.front();
}

void checkValidity(const BoundaryLayout &layout, const AreaShapes &shapes, CoverageReport &report)
{
    for (std::size_t i = 0; i < layout.areas.size(); ++i) {
        if (!shapes.problems[i])
            continue;
        const BoundaryArea &area = layout.areas[i];
        CoverageProblem problem;
        problem.rule = CoverageRule::InvalidArea;
        problem.areaIds = {area.id};
        problem.place = placeOfReason(*shapes.problems[i], area.geometry);
        problem.message = std::string(ruleId(problem.rule)) + ": " + area.code + " is not a valid polygon: " +
                          validation::readableReason(*shapes.problems[i]);
        problem.outline = area.geometry.outer;
        report.problems.push_back(std::move(problem));
    }
}

// One problem per polygonal part of `g` wider than the tolerance.
template <typename Describe>
void reportParts(const GeosContext &geos, const GEOSGeometry *g, const CoverageOptions &options, CoverageRule rule,
                 CoverageReport &report, Describe describe)
{
    for (const GEOSGeometry *part : validation::polygonsOf(geos, g)) {
        if (!widerThan(geos, part, options.tolerance))
            continue;
        const auto at = validation::areaAt(geos, part);
        if (!at)
            continue;
        CoverageProblem problem;
        problem.rule = rule;
        problem.place = at->location;
        problem.areaM2 = at->area;
        problem.outline = outerRingOf(geos, part);
        if (describe(part, problem))
            report.problems.push_back(std::move(problem));
    }
}

void checkOverlaps(const GeosContext &geos, const BoundaryLayout &layout, const AreaShapes &shapes,
                   const CoverageOptions &options, CoverageReport &report)
{
    for (std::size_t i = 0; i < layout.areas.size(); ++i) {
        if (!shapes.prepared[i])
            continue;
        for (std::size_t j = i + 1; j < layout.areas.size(); ++j) {
            if (!shapes.prepared[j] || !boxesIntersect(shapes.bounds[i], shapes.bounds[j]) ||
                !shapes.prepared[i]->intersects(shapes.geometry(j)))
                continue;
            const GeosGeometry common = geos.intersection(shapes.geometry(i), shapes.geometry(j));
            const BoundaryArea &a = layout.areas[i], &b = layout.areas[j];
            reportParts(geos, common.get(), options, CoverageRule::Overlap, report,
                        [&](const GEOSGeometry *, CoverageProblem &problem) {
                            problem.areaIds = {std::min(a.id, b.id), std::max(a.id, b.id)};
                            problem.message = std::string("overlap: ") + a.code + " and " + b.code + " overlap by " +
                                              formatArea(problem.areaM2) + " near " + formatPoint(problem.place);
                            return true;
                        });
        }
    }
}

// The ground no area covers: inside the outline, or (with no outline) the holes the
// areas enclose together.
GeosGeometry uncoveredGround(const GeosContext &geos, const BoundaryLayout &layout, const GEOSGeometry *covered)
{
    if (!layout.outline.empty()) {
        const GeosGeometry outline = geos.multiPolygon(layout.outline);
        return geos.difference(outline.get(), covered);
    }
    MultiPolygon holes;
    for (const Polygon &polygon : geos.toMultiPolygon(covered))
        for (const Ring &hole : polygon.holes)
            holes.push_back({hole, {}});
    return geos.multiPolygon(holes);
}

void checkGapsAndHoles(const GeosContext &geos, const BoundaryLayout &layout, const AreaShapes &shapes,
                       const CoverageOptions &options, CoverageReport &report)
{
    std::vector<const GEOSGeometry *> valid;
    for (std::size_t i = 0; i < layout.areas.size(); ++i)
        if (shapes.prepared[i])
            valid.push_back(shapes.geometry(i));
    const GeosGeometry covered = geos.unaryUnion(validation::collectionOf(geos, valid).get());
    if (!covered)
        return;
    const GeosGeometry uncovered = uncoveredGround(geos, layout, covered.get());
    reportParts(geos, uncovered.get(), options, CoverageRule::Gap, report,
                [&](const GEOSGeometry *part, CoverageProblem &problem) {
                    if (shapes.nearInvalid(problem.place))
                        return false; // invalid-area said it already
                    const GeosGeometry point = geos.point(problem.place);
                    for (std::size_t i = 0; i < layout.areas.size(); ++i) {
                        if (!shapes.prepared[i] || layout.areas[i].geometry.holes.empty() ||
                            !shapes.bounds[i].contains(problem.place))
                            continue;
                        const GeosGeometry shell = geos.polygon({layout.areas[i].geometry.outer, {}});
                        if (!geos.contains(shell.get(), point.get()))
                            continue;
                        problem.rule = CoverageRule::Hole;
                        problem.areaIds = {layout.areas[i].id};
                        problem.message = "hole: " + layout.areas[i].code + " has a hole of " +
                                          formatArea(problem.areaM2) + " that no area fills, near " +
                                          formatPoint(problem.place);
                        return true;
                    }
                    for (std::size_t i = 0; i < layout.areas.size(); ++i) {
                        double d = 0.0;
                        if (shapes.prepared[i] && GEOSDistance_r(geos.handle(), shapes.geometry(i), part, &d) == 1 &&
                            d <= options.tolerance)
                            problem.areaIds.push_back(layout.areas[i].id);
                    }
                    problem.message = "gap: " + formatArea(problem.areaM2) + " inside the urban area lies in no area" +
                                      (problem.areaIds.empty() ? "" : ", between " + codesOf(layout, problem.areaIds)) +
                                      ", near " + formatPoint(problem.place);
                    return true;
                });
}

void checkOutside(const GeosContext &geos, const BoundaryLayout &layout, const AreaShapes &shapes,
                  const CoverageOptions &options, CoverageReport &report)
{
    if (layout.outline.empty())
        return;
    const GeosGeometry outline = geos.multiPolygon(layout.outline);
    const GeosPrepared within(geos, geos.clone(outline.get()));
    for (std::size_t i = 0; i < layout.areas.size(); ++i) {
        if (!shapes.prepared[i] || within.covers(shapes.geometry(i)))
            continue;
        const GeosGeometry beyond = geos.difference(shapes.geometry(i), outline.get());
        const BoundaryArea &area = layout.areas[i];
        reportParts(geos, beyond.get(), options, CoverageRule::Outside, report,
                    [&](const GEOSGeometry *, CoverageProblem &problem) {
                        problem.areaIds = {area.id};
                        problem.message = "outside: " + area.code + " reaches " + formatArea(problem.areaM2) +
                                          " beyond the urban outline near " + formatPoint(problem.place);
                        return true;
                    });
    }
}

} // namespace

CoverageReport checkCoverage(const GeosContext &geos, const BoundaryLayout &layout, const CoverageFeatures &features,
                             const CoverageOptions &options)
{
    CoverageReport report;
    const AreaShapes shapes(geos, layout);
    checkValidity(layout, shapes, report);
    checkOverlaps(geos, layout, shapes, options, report);
    checkGapsAndHoles(geos, layout, shapes, options, report);
    checkOutside(geos, layout, shapes, options, report);
    checkPlacement(geos, layout, shapes, features, options, report);
    std::stable_sort(report.problems.begin(), report.problems.end(), [](const CoverageProblem &a, const CoverageProblem &b) {
        return std::tie(a.rule, a.areaIds, a.featureId) < std::tie(b.rule, b.areaIds, b.featureId);
    });
    return report;
}

} // namespace lianxin
