#pragma once
// Draws identified or found features over the map image: an outline for areas, a ring
// for points. Painted on every paint event from the scene's geometry, never rendered
// into the map image, so highlighting costs no render.
#include "render/mapscene.h"
#include "render/maptransform.h"

#include <vector>

class QPainter;

namespace lianxin {

void paintHighlights(QPainter &painter, const std::vector<FeatureHit> &hits, const MapTransform &transform);

} // namespace lianxin
