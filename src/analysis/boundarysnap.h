#pragma once
// Where a dragged vertex lands: on the nearest vertex, else on the nearest edge, of the
// areas, the urban outline and the buildings, within a radius (the app passes N pixels in
// metres). Vertices win over edges at the same distance, so a border meets a corner
// exactly rather than a hair beside it.
#include "analysis/coverageedges.h"
#include "core/boxindex.h"

#include <optional>
#include <vector>

namespace lianxin {

struct SnapResult {
    PointXY point;
    bool onVertex = false;
};

class BoundarySnapper {
public:
    // `buildings` must outlive the snapper.
    explicit BoundarySnapper(const std::vector<Building> &buildings);

    // The snapped position of p, or nullopt when nothing lies within `radius`. The
    // node `moving` (being dragged) and the segments touching it are not targets.
    std::optional<SnapResult> snap(const CoverageEdges &edges, const PointXY &p, double radius,
                                   std::optional<std::size_t> moving = std::nullopt) const;

private:
    const std::vector<Building> &m_buildings;
    BoxIndex m_index;
};

} // namespace lianxin
