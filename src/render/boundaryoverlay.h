#pragma once
// What the grid-boundary editor draws over the map while a planner edits: the edited
// areas (locked ones hatched), their vertices, the vertex or border under the cursor,
// the snapping target while dragging, the line being drawn, the coverage problems (their
// shapes and places), the chosen buildings and a saved version as a dashed overlay.
// Plain values in map coordinates, painted on every paint event over the last frame.
#include "core/geometry.h"

#include <QString>

#include <optional>
#include <utility>
#include <vector>

class QPainter;

namespace lianxin {

class MapTransform;

struct BoundaryOverlayProblem {
    PointXY place;
    Ring shape;      // may be empty
    bool blocking = true;
};

struct BoundaryOverlayLabel {
    PointXY at;
    QString text;
};

struct BoundaryOverlay {
    std::vector<Polygon> areas;
    std::vector<Polygon> lockedAreas;
    std::vector<Polygon> changedAreas; // areas that differ from the database
    std::vector<BoundaryOverlayLabel> labels;
    std::vector<PointXY> vertices;
    std::optional<PointXY> hotVertex;
    std::optional<std::pair<PointXY, PointXY>> hotSegment;
    std::optional<PointXY> snapTarget;
    std::vector<PointXY> line;         // the transfer/split line being drawn
    std::vector<Polygon> chosenBuildings;
    std::vector<BoundaryOverlayProblem> problems;
    std::vector<Polygon> version;      // a saved version, dashed
};

void paintBoundaryOverlay(QPainter &painter, const BoundaryOverlay &overlay, const MapTransform &transform);

} // namespace lianxin
