#pragma once
// The planner's edits of a grid layout that cut and join areas (the vertex edits live in
// coverageedges.h). Each takes a layout and returns the edited one, or throws
// EditRefused naming the rule and the area, leaving nothing half done. Every result is
// settled through the shared-edge view, so the borders the edit made are shared by both
// sides and the urban outline does not move.
#include "analysis/boundarylayout.h"
#include "core/geos.h"

#include <optional>
#include <vector>

namespace lianxin {

// The layout rebuilt through CoverageEdges: nearly coincident vertices made one, vertices
// on a neighbour's border put into it.
BoundaryLayout settled(const BoundaryLayout &layout, double tolerance = kDefaultSnapTolerance);

// `incoming` (e.g. read back from a GIS file, reprojected) with every vertex that lies
// within `tolerance` of a vertex of `reference` put exactly on it: an area the file did
// not change comes back bit for bit, so only real edits count as changes.
BoundaryLayout snappedTo(const BoundaryLayout &incoming, const BoundaryLayout &reference,
                         double tolerance = kDefaultSnapTolerance);

// Transfer: `line` (at least two points) cuts area `areaId`; the biggest piece stays, every
// other piece goes to the neighbour it shares the longest border with, or to `target`
// (then only the other pieces touching it go, the rest stays). A line may cross the area more
// than once. Refused for a locked area or neighbour, a line that cuts nothing off, a
// piece that touches no neighbour, and a result that leaves an area in two parts.
BoundaryLayout transferByLine(const GeosContext &geos, const BoundaryLayout &layout, Id areaId,
                              const std::vector<PointXY> &line, std::optional<Id> target = std::nullopt,
                              double tolerance = kDefaultSnapTolerance);

// Assign buildings: the ground under `footprints` (plus `margin` metres around them) is
// taken from the areas in `from` and given to `target`, the border redrawn around them.
// Refused when the result leaves `target` or a source area in two parts, or an area
// involved is locked.
BoundaryLayout assignFootprints(const GeosContext &geos, const BoundaryLayout &layout,
                                const std::vector<Polygon> &footprints, Id target, double margin = 1.0,
                                double tolerance = kDefaultSnapTolerance);

// Split: `line` cuts area `areaId` in exactly two; the bigger piece keeps the area, the
// other becomes a new area (id `newId`, code nextFreeCode, same department, the name
// with "二" added).
BoundaryLayout splitByLine(const GeosContext &geos, const BoundaryLayout &layout, Id areaId,
                           const std::vector<PointXY> &line, Id newId, double tolerance = kDefaultSnapTolerance);

// Merge: `goneId` joins `keepId` (which keeps its code, name and department). Refused
// unless they share a border and both are unlocked.
BoundaryLayout mergeAreas(const GeosContext &geos, const BoundaryLayout &layout, Id keepId, Id goneId,
                          double tolerance = kDefaultSnapTolerance);

// Codes in reading order, as Chinese grid coding numbers cells: bands of `bandMetres`
// from the north, west to east within a band, by each area's centroid. The
// codes keep their prefix ("NCS-") and width ("01").
BoundaryLayout renumbered(const GeosContext &geos, const BoundaryLayout &layout, double bandMetres = 450.0);

// The next free code after the highest "<prefix><number>" of the layout: NCS-28 -> NCS-29.
std::string nextFreeCode(const BoundaryLayout &layout);

// The length of border areas a and b share (metres).
double sharedBorderLength(const GeosContext &geos, const Polygon &a, const Polygon &b);

} // namespace lianxin
