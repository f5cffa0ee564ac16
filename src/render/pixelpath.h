#pragma once
// World polygons as device-pixel paths, with two kinds of level of detail: vertices
// closer than half a pixel (by default) to the previous one are dropped (a county view of the full
// GSHHG coastline keeps a few thousand of its vertices), and rings reaching far outside
// the output are clipped to it (a village view of a whole island stays in range).
#include "core/geometry.h"
#include "render/maptransform.h"

#include <QPainterPath>
#include <QRectF>

namespace lianxin {

// The affine world->pixel map of a MapTransform, inlined for the per-vertex loop.
struct PixelMapper {
    explicit PixelMapper(const MapTransform &transform);
    QPointF operator()(const PointXY &p) const { return {m_originX + p.x * m_scale, m_originY - p.y * m_scale}; }

private:
    double m_originX;
    double m_originY;
    double m_scale;
};

class PixelPathBuilder {
public:
    // `clip` is the output rectangle; clipping keeps a margin around it so strokes on
    // the cut never show. A vertex closer than `tolerance` pixels (taxicab) to the last
    // one kept is dropped: half a pixel is below what antialiasing can show.
    PixelPathBuilder(const MapTransform &transform, const QRectF &clip, double tolerance = 0.5);

    // Adds the polygons' rings to `path`, outer rings one way round and holes the other,
    // so a winding-filled path of many features fills each once and leaves holes open.
    // Returns false when nothing of them is in view.
    bool append(QPainterPath &path, const MultiPolygon &polygons, const Box &bounds) const;
    QRectF pixelBounds(const Box &bounds) const;

private:
    bool addRing(QPainterPath &path, const Ring &ring, bool clipNeeded, bool hole) const;

    PixelMapper m_map;
    QRectF m_clip;
    double m_tolerance;
    mutable QPolygonF m_points; // reused buffers
    mutable QPolygonF m_clipped;
};

} // namespace lianxin
