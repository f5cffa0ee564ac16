#pragma once
// Paints one SLD symbolizer: fills and strokes of polygons, outlines, point markers,
// and the small swatches of the legend. Sizes in the style are pixels at 96 dpi and
// are scaled by `dpiScale`, so a PDF at 300 dpi looks like the screen, only sharper.
#include "render/style.h"

#include <QImage>
#include <QPainterPath>
#include <QPen>
#include <QPolygonF>

class QPainter;

namespace lianxin {

QPen penFor(const Stroke &stroke, double dpiScale);

void paintPolygon(QPainter &painter, const QPainterPath &path, const PolygonSymbolizer &symbolizer, double dpiScale);
void paintOutline(QPainter &painter, const QPainterPath &path, const LineSymbolizer &symbolizer, double dpiScale);

// A marker shape of the given device size centred on (0, 0): circle, square, triangle,
// star, cross or x (unknown names draw a circle).
QPolygonF markerShape(const QString &wellKnownName, double size);

// Draws markers of one symbolizer at many places; the shape is built once. On an image
// the marker is drawn once into a sprite and stamped (whole-pixel positions, some ten
// times faster than rasterising 8,000 antialiased circles); other devices, such as PDF,
// get vector shapes.
class MarkerPainter {
public:
    MarkerPainter(QPainter &painter, const PointSymbolizer &symbolizer, double dpiScale);
    void paint(const QPointF &at);

private:
    void drawShape(QPainter &painter, const QPointF &at);

    QPainter &m_painter;
    QImage m_sprite; // null on vector devices
    QPointF m_spriteCentre;
    bool m_circle;
    double m_radius;
    QPolygonF m_shape;
    QPolygonF m_placed; // reused buffer: no allocation per marker
    QPen m_pen;
    QBrush m_brush;
};

// A legend swatch for a symbolizer, filling `box` (device pixels).
void paintSwatch(QPainter &painter, const QRectF &box, const Symbolizer &symbolizer, double dpiScale);

} // namespace lianxin
