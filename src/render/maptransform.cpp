#include "render/maptransform.h"

#include <algorithm>

namespace lianxin {

MapTransform::MapTransform(const Box &extent, const QSize &size)
    : m_centre{(extent.minX + extent.maxX) / 2.0, (extent.minY + extent.maxY) / 2.0}
    , m_size(size)
{
    const double sx = extent.width() / std::max(1, size.width());
    const double sy = extent.height() / std::max(1, size.height());
    m_metresPerPixel = std::max({sx, sy, 1e-9});
}

QPointF MapTransform::toPixel(const PointXY &p) const
{
    return {m_size.width() / 2.0 + (p.x - m_centre.x) / m_metresPerPixel,
            m_size.height() / 2.0 - (p.y - m_centre.y) / m_metresPerPixel};
}

PointXY MapTransform::toWorld(const QPointF &pixel) const
{
    return {m_centre.x + (pixel.x() - m_size.width() / 2.0) * m_metresPerPixel,
            m_centre.y - (pixel.y() - m_size.height() / 2.0) * m_metresPerPixel};
}

Box MapTransform::visibleExtent() const
{
    const PointXY topLeft = toWorld({0.0, 0.0});
    const PointXY bottomRight = toWorld(QPointF(m_size.width(), m_size.height()));
    return {topLeft.x, bottomRight.y, bottomRight.x, topLeft.y};
}

} // namespace lianxin
