#include "app/highlightpainter.h"

#include <QPainter>
#include <QPainterPath>

namespace lianxin {

namespace {

const QColor kHighlight(0xff, 0x2d, 0x55);

QPainterPath pathOf(const MultiPolygon &polygons, const MapTransform &transform)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    const auto addRing = [&](const Ring &ring) {
        if (ring.empty())
            return;
        path.moveTo(transform.toPixel(ring.front()));
        for (std::size_t i = 1; i < ring.size(); ++i)
            path.lineTo(transform.toPixel(ring[i]));
        path.closeSubpath();
    };
    for (const Polygon &polygon : polygons) {
        addRing(polygon.outer);
        for (const Ring &hole : polygon.holes)
            addRing(hole);
    }
    return path;
}

} // namespace

void paintHighlights(QPainter &painter, const std::vector<FeatureHit> &hits, const MapTransform &transform)
{
    if (hits.empty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = kHighlight;
    fill.setAlpha(50);
    // A white casing under the colour keeps the outline visible on any map colour.
    const QPen casing(Qt::white, 5.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    const QPen line(kHighlight, 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    for (const FeatureHit &hit : hits) {
        if (!hit.layer || hit.index >= hit.layer->features().size())
            continue;
        const MapFeature &feature = hit.layer->features()[hit.index];
        if (hit.layer->kind() == GeometryKind::Point) {
            const QPointF centre = transform.toPixel(feature.point);
            painter.setBrush(fill);
            painter.setPen(casing);
            painter.drawEllipse(centre, 9.0, 9.0);
            painter.setPen(line);
            painter.drawEllipse(centre, 9.0, 9.0);
        } else {
            const QPainterPath path = pathOf(feature.polygons, transform);
            painter.fillPath(path, fill);
            painter.strokePath(path, casing);
            painter.strokePath(path, line);
        }
    }
    painter.restore();
}

} // namespace lianxin
