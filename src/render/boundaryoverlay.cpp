#include "render/boundaryoverlay.h"

#include "render/maptransform.h"

#include <QPainter>
#include <QPainterPath>

namespace lianxin {

namespace {

const QColor kBorder(0x1f, 0x4e, 0xb4);
const QColor kChanged(0xe6, 0x55, 0x00);
const QColor kLocked(0x66, 0x66, 0x66);
const QColor kProblem(0xd0, 0x10, 0x2a);
const QColor kWarning(0xe0, 0x9a, 0x00);
const QColor kVersion(0x6a, 0x1b, 0x9a);
const QColor kSnap(0x00, 0xa0, 0x60);

void addRing(QPainterPath &path, const Ring &ring, const MapTransform &transform)
{
    if (ring.size() < 2)
        return;
    path.moveTo(transform.toPixel(ring.front()));
    for (std::size_t i = 1; i < ring.size(); ++i)
        path.lineTo(transform.toPixel(ring[i]));
    path.closeSubpath();
}

QPainterPath pathOf(const std::vector<Polygon> &polygons, const MapTransform &transform)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const Polygon &polygon : polygons) {
        addRing(path, polygon.outer, transform);
        for (const Ring &hole : polygon.holes)
            addRing(path, hole, transform);
    }
    return path;
}

void strokeCased(QPainter &painter, const QPainterPath &path, const QPen &pen)
{
    painter.strokePath(path, QPen(QColor(255, 255, 255, 210), pen.widthF() + 2.0));
    painter.strokePath(path, pen);
}

void paintMarker(QPainter &painter, const QPointF &at, const QColor &colour, double radius)
{
    painter.setPen(QPen(Qt::white, 1.5));
    painter.setBrush(colour);
    painter.drawEllipse(at, radius, radius);
}

} // namespace

void paintBoundaryOverlay(QPainter &painter, const BoundaryOverlay &overlay, const MapTransform &transform)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);

    if (!overlay.version.empty())
        strokeCased(painter, pathOf(overlay.version, transform), QPen(kVersion, 2.0, Qt::DashLine));
    const QPainterPath locked = pathOf(overlay.lockedAreas, transform);
    painter.fillPath(locked, QBrush(QColor(80, 80, 80, 70), Qt::BDiagPattern));
    strokeCased(painter, pathOf(overlay.areas, transform), QPen(kBorder, 1.6));
    strokeCased(painter, pathOf(overlay.changedAreas, transform), QPen(kChanged, 2.4));
    strokeCased(painter, locked, QPen(kLocked, 2.0));
    painter.fillPath(pathOf(overlay.chosenBuildings, transform), QColor(0xe6, 0x55, 0x00, 150));

    for (const BoundaryOverlayProblem &problem : overlay.problems) {
        const QColor colour = problem.blocking ? kProblem : kWarning;
        if (!problem.shape.empty()) {
            QPainterPath shape;
            addRing(shape, problem.shape, transform);
            painter.fillPath(shape, QColor(colour.red(), colour.green(), colour.blue(), 110));
            painter.strokePath(shape, QPen(colour, 1.5));
        }
        const QPointF at = transform.toPixel(problem.place);
        painter.setPen(QPen(colour, 2.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(at, 9.0, 9.0);
        painter.drawLine(at + QPointF(-5, -5), at + QPointF(5, 5));
        painter.drawLine(at + QPointF(-5, 5), at + QPointF(5, -5));
    }

    for (const PointXY &vertex : overlay.vertices) {
        const QPointF at = transform.toPixel(vertex);
        painter.setPen(QPen(Qt::white, 1.0));
        painter.setBrush(kBorder);
        painter.drawRect(QRectF(at - QPointF(3, 3), QSizeF(6, 6)));
    }
    if (overlay.hotSegment) {
        painter.setPen(QPen(kChanged, 4.0));
        painter.drawLine(transform.toPixel(overlay.hotSegment->first), transform.toPixel(overlay.hotSegment->second));
    }
    if (overlay.hotVertex)
        paintMarker(painter, transform.toPixel(*overlay.hotVertex), kChanged, 6.0);
    if (overlay.snapTarget) {
        const QPointF at = transform.toPixel(*overlay.snapTarget);
        painter.setPen(QPen(kSnap, 2.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(at, 10.0, 10.0);
        painter.drawLine(at + QPointF(-14, 0), at + QPointF(14, 0));
        painter.drawLine(at + QPointF(0, -14), at + QPointF(0, 14));
    }
    if (overlay.line.size() >= 1) {
        QPainterPath line;
        line.moveTo(transform.toPixel(overlay.line.front()));
        for (std::size_t i = 1; i < overlay.line.size(); ++i)
            line.lineTo(transform.toPixel(overlay.line[i]));
        strokeCased(painter, line, QPen(kChanged, 2.0, Qt::DashDotLine));
        for (const PointXY &p : overlay.line)
            paintMarker(painter, transform.toPixel(p), kChanged, 3.5);
    }
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    for (const BoundaryOverlayLabel &label : overlay.labels) {
        const QPointF at = transform.toPixel(label.at);
        const QRectF box(at - QPointF(40, 9), QSizeF(80, 18));
        painter.setPen(QPen(Qt::white, 3.0));
        painter.drawText(box.translated(1, 1), Qt::AlignCenter, label.text);
        painter.setPen(kBorder);
        painter.drawText(box, Qt::AlignCenter, label.text);
    }
    painter.restore();
}

} // namespace lianxin
