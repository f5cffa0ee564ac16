#pragma once
// World (EPSG:4549 metres) <-> device pixels for one map view: uniform scale, y up in
// the world and down on screen, the extent centred in the output.
#include "core/geometry.h"

#include <QPointF>
#include <QSize>

namespace lianxin {

class MapTransform {
public:
    MapTransform() = default;
    // Fits `extent` into `size` pixels, keeping the aspect ratio.
    MapTransform(const Box &extent, const QSize &size);

    QPointF toPixel(const PointXY &p) const;
    PointXY toWorld(const QPointF &pixel) const;
    // Metres per pixel.
    double metresPerPixel() const { return m_metresPerPixel; }
    // The world box the output actually shows (wider or taller than the asked extent).
    Box visibleExtent() const;

private:
    PointXY m_centre;
    double m_metresPerPixel = 1.0;
    QSize m_size;
};

} // namespace lianxin
