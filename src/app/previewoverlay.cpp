#include "app/previewoverlay.h"

#include "render/maptransform.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace lianxin {

namespace {

// Colours that read on the group fills and the sea alike, each over a white casing.
const QColor kBefore(0x55, 0x55, 0x55);
const QColor kAfter(0xe6, 0x55, 0x00);
const QColor kArrow(0x1f, 0x4e, 0xb4);
const QColor kMarked(0xd0, 0x10, 0x7a);

QPainterPath ringsPath(const std::vector<Polygon> &polygons, const MapTransform &transform, const QRectF &view)
{
    QPainterPath path;
    const auto addRing = [&](const Ring &ring) {
        if (ring.size() < 2)
            return;
        path.moveTo(transform.toPixel(ring.front()));
        for (std::size_t i = 1; i < ring.size(); ++i)
            path.lineTo(transform.toPixel(ring[i]));
        path.closeSubpath();
    };
    for (const Polygon &polygon : polygons) {
        const Box b = boundsOf(polygon.outer);
        const QRectF pixels = QRectF(transform.toPixel({b.minX, b.maxY}), transform.toPixel({b.maxX, b.minY})).normalized();
        if (!pixels.intersects(view)) // a county-wide preview has hundreds; draw the visible ones
            continue;
        addRing(polygon.outer);
        for (const Ring &hole : polygon.holes)
            addRing(hole);
    }
    return path;
}

void paintArrow(QPainter &painter, const QPointF &from, const QPointF &to, double width)
{
    const QLineF line(from, to);
    if (line.length() < 3.0) // zoomed far out: the marks say enough
        return;
    painter.drawLine(line);
    // A head at the new end, sized with the line so thick arrows keep their shape, and
    // never longer than half the arrow (a short arrow would otherwise be all head).
    const double head = std::min(6.0 + 1.5 * width, 0.45 * line.length());
    const double angle = std::atan2(from.y() - to.y(), from.x() - to.x());
    const double spread = 0.45;
    QPolygonF tip;
    tip << to << to + QPointF(head * std::cos(angle + spread), head * std::sin(angle + spread))
        << to + QPointF(head * std::cos(angle - spread), head * std::sin(angle - spread));
    painter.drawPolygon(tip);
}

} // namespace

void paintPreviewOverlay(QPainter &painter, const PreviewOverlay &overlay, const MapTransform &transform)
{
    if (overlay.empty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF view = painter.viewport();
    // A light veil over the map: the proposal stands out from the group colours under it.
    painter.fillRect(view, QColor(255, 255, 255, 110));
    painter.setBrush(Qt::NoBrush);

    const QPainterPath before = ringsPath(overlay.areasBefore, transform, view);
    painter.strokePath(before, QPen(QColor(255, 255, 255, 200), 3.5));
    painter.strokePath(before, QPen(kBefore, 1.6, Qt::DashLine));
    const QPainterPath after = ringsPath(overlay.areasAfter, transform, view);
    painter.strokePath(after, QPen(QColor(255, 255, 255, 200), 4.0));
    painter.strokePath(after, QPen(kAfter, 2.0));

    for (const PointXY &p : overlay.markedPoints) {
        const QPointF centre = transform.toPixel(p);
        if (!view.adjusted(-8, -8, 8, 8).contains(centre))
            continue;
        painter.setPen(QPen(Qt::white, 3.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(centre, 5.0, 5.0);
        painter.setPen(QPen(kMarked, 2.0));
        painter.drawEllipse(centre, 5.0, 5.0);
    }

    for (const PreviewArrow &arrow : overlay.arrows) {
        const double width = std::min(1.5 + 0.5 * std::sqrt(std::max(arrow.weight, 1)), 6.0);
        const QPointF from = transform.toPixel(arrow.from);
        const QPointF to = transform.toPixel(arrow.to);
        if (!QRectF(from, to).normalized().adjusted(-20, -20, 20, 20).intersects(view))
            continue;
        painter.setPen(QPen(Qt::white, width + 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::white);
        paintArrow(painter, from, to, width + 1.0);
        painter.setPen(QPen(kArrow, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(kArrow);
        paintArrow(painter, from, to, width);
    }
    painter.restore();
}

} // namespace lianxin
