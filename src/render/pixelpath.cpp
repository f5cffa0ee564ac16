#include "render/pixelpath.h"

#include <algorithm>
#include <cmath>

namespace lianxin {

namespace {

// Sutherland-Hodgman against one edge of an axis-aligned rectangle. A filled ring stays
// correct; the cut runs along the (off-screen) clip edge.
template <typename Inside, typename Cross>
void clipAgainst(const QPolygonF &in, QPolygonF &out, Inside inside, Cross cross)
{
    out.clear();
    if (in.isEmpty())
        return;
    QPointF previous = in.back();
    bool previousInside = inside(previous);
    for (const QPointF &current : in) {
        const bool currentInside = inside(current);
        if (currentInside != previousInside)
            out << cross(previous, current);
        if (currentInside)
            out << current;
        previous = current;
        previousInside = currentInside;
    }
}

void clipToRect(QPolygonF &ring, QPolygonF &scratch, const QRectF &r)
{
    auto atX = [](const QPointF &a, const QPointF &b, double x) {
        return QPointF(x, a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x()));
    };
    auto atY = [](const QPointF &a, const QPointF &b, double y) {
        return QPointF(a.x() + (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()), y);
    };
    const double left = r.left(), right = r.right(), top = r.top(), bottom = r.bottom();
    clipAgainst(ring, scratch, [&](const QPointF &p) { return p.x() >= left; },
                [&](const QPointF &a, const QPointF &b) { return atX(a, b, left); });
    clipAgainst(scratch, ring, [&](const QPointF &p) { return p.x() <= right; },
                [&](const QPointF &a, const QPointF &b) { return atX(a, b, right); });
    clipAgainst(ring, scratch, [&](const QPointF &p) { return p.y() >= top; },
                [&](const QPointF &a, const QPointF &b) { return atY(a, b, top); });
    clipAgainst(scratch, ring, [&](const QPointF &p) { return p.y() <= bottom; },
                [&](const QPointF &a, const QPointF &b) { return atY(a, b, bottom); });
}

} // namespace

PixelMapper::PixelMapper(const MapTransform &transform)
{
    const QPointF origin = transform.toPixel({0.0, 0.0});
    m_originX = origin.x();
    m_originY = origin.y();
    m_scale = 1.0 / transform.metresPerPixel();
}

PixelPathBuilder::PixelPathBuilder(const MapTransform &transform, const QRectF &clip, double tolerance)
    : m_map(transform)
    , m_clip(clip.adjusted(-64.0, -64.0, 64.0, 64.0))
    , m_tolerance(tolerance)
{
}

QRectF PixelPathBuilder::pixelBounds(const Box &bounds) const
{
    const QPointF topLeft = m_map({bounds.minX, bounds.maxY});
    const QPointF bottomRight = m_map({bounds.maxX, bounds.minY});
    return QRectF(topLeft, bottomRight);
}

bool PixelPathBuilder::append(QPainterPath &path, const MultiPolygon &polygons, const Box &bounds) const
{
    const QRectF box = pixelBounds(bounds);
    if (!box.intersects(m_clip))
        return false;
    const bool clipNeeded = !m_clip.contains(box);
    bool added = false;
    for (const Polygon &polygon : polygons) {
        added = addRing(path, polygon.outer, clipNeeded, false) || added;
        for (const Ring &hole : polygon.holes)
            addRing(path, hole, clipNeeded, true);
    }
    return added;
}

bool PixelPathBuilder::addRing(QPainterPath &path, const Ring &ring, bool clipNeeded, bool hole) const
{
    m_points.clear();
    QPointF last(HUGE_VAL, HUGE_VAL);
    for (std::size_t i = 0; i < ring.size(); ++i) {
        const QPointF p = m_map(ring[i]);
        if (i + 1 < ring.size() && std::abs(p.x() - last.x()) + std::abs(p.y() - last.y()) < m_tolerance)
            continue;
        m_points << p;
        last = p;
    }
    if (clipNeeded)
        clipToRect(m_points, m_clipped, m_clip);
    if (m_points.size() < 3)
        return false;
    double twiceArea = 0.0;
    for (qsizetype i = 0, j = m_points.size() - 1; i < m_points.size(); j = i++)
        twiceArea += (m_points[j].x() - m_points[i].x()) * (m_points[j].y() + m_points[i].y());
    if ((twiceArea < 0.0) != hole)
        std::reverse(m_points.begin(), m_points.end());
    path.addPolygon(m_points);
    path.closeSubpath();
    return true;
}

} // namespace lianxin
