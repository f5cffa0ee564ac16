#pragma once
// A proposal drawn over the map before it is applied (e.g. a rebalancing): areas as
// they were (dashed) and as they would be (solid), arrows from old to new places and
// marked points. Plain values in map coordinates, painted on every paint event, never
// rendered into the map image, so showing or dropping a preview costs no render.
#include "core/geometry.h"

#include <optional>
#include <vector>

class QPainter;

namespace lianxin {

class MapTransform;

struct PreviewArrow {
    PointXY from;
    PointXY to;
    int weight = 1; // e.g. households moving along it: drawn thicker
};

struct PreviewOverlay {
    std::vector<Polygon> areasBefore; // dashed outlines
    std::vector<Polygon> areasAfter;  // solid outlines
    std::vector<PreviewArrow> arrows;
    std::vector<PointXY> markedPoints;
    std::optional<Box> focus; // what the preview is about, to zoom to

    bool empty() const { return areasBefore.empty() && areasAfter.empty() && arrows.empty() && markedPoints.empty(); }
};

void paintPreviewOverlay(QPainter &painter, const PreviewOverlay &overlay, const MapTransform &transform);

} // namespace lianxin
