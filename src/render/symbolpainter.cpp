#include "render/symbolpainter.h"

#include <QPaintEngine>
#include <QPainter>

#include <cmath>
#include <numbers>

namespace lianxin {

namespace {
// A stroke at least this wide (device pixels) covers the stair-steps of an aliased fill.
constexpr double kCoveringStrokePixels = 0.8;
} // namespace

QPen penFor(const Stroke &stroke, double dpiScale)
{
    QPen pen(stroke.colour, std::max(0.0, stroke.width * dpiScale));
    pen.setJoinStyle(Qt::RoundJoin);
    pen.setCapStyle(Qt::RoundCap);
    if (!stroke.dash.empty() && stroke.width > 0.0) {
        // SLD dashes are lengths in pixels; QPen's are in units of the pen width.
        QList<qreal> pattern;
        for (double d : stroke.dash)
            pattern << std::max(0.01, d / stroke.width);
        if (pattern.size() % 2 == 1)
            pattern << pattern; // SLD repeats an odd list, as SVG does
        pen.setDashPattern(pattern);
        pen.setCapStyle(Qt::FlatCap);
    }
    return pen;
}

void paintPolygon(QPainter &painter, const QPainterPath &path, const PolygonSymbolizer &symbolizer, double dpiScale)
{
    const bool stroked = symbolizer.stroke && symbolizer.stroke->width > 0.0;
    if (symbolizer.fill && stroked && symbolizer.stroke->width * dpiScale >= kCoveringStrokePixels
        && painter.testRenderHint(QPainter::Antialiasing)) {
        // The stroke's antialiased edge hides the fill's, so the fill can skip the costly
        // coverage computation (territories at town scale draw in half the time).
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.fillPath(path, *symbolizer.fill);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.strokePath(path, penFor(*symbolizer.stroke, dpiScale));
        return;
    }
    if (!symbolizer.fill && !stroked)
        return;
    painter.setBrush(symbolizer.fill ? QBrush(*symbolizer.fill) : QBrush(Qt::NoBrush));
    painter.setPen(stroked ? penFor(*symbolizer.stroke, dpiScale) : QPen(Qt::NoPen));
    painter.drawPath(path);
}

void paintOutline(QPainter &painter, const QPainterPath &path, const LineSymbolizer &symbolizer, double dpiScale)
{
    if (symbolizer.stroke.width <= 0.0)
        return;
    painter.setBrush(Qt::NoBrush);
    painter.setPen(penFor(symbolizer.stroke, dpiScale));
    painter.drawPath(path);
}

QPolygonF markerShape(const QString &wellKnownName, double size)
{
    const double r = size / 2.0;
    const QString name = wellKnownName.toLower();
    QPolygonF shape;
    if (name == QLatin1String("square")) {
        shape << QPointF(-r, -r) << QPointF(r, -r) << QPointF(r, r) << QPointF(-r, r);
    } else if (name == QLatin1String("triangle")) {
        // Equilateral, centred on its centroid, pointing up.
        const double h = size * std::sqrt(3.0) / 2.0;
        shape << QPointF(0.0, -2.0 * h / 3.0) << QPointF(r, h / 3.0) << QPointF(-r, h / 3.0);
    } else if (name == QLatin1String("star")) {
        for (int i = 0; i < 10; ++i) {
            const double radius = i % 2 == 0 ? r : r * 0.4;
            const double angle = -std::numbers::pi / 2.0 + i * std::numbers::pi / 5.0;
            shape << QPointF(radius * std::cos(angle), radius * std::sin(angle));
        }
    } else if (name == QLatin1String("cross") || name == QLatin1String("x")) {
        // A plus of bars one fifth of the size wide; "x" is the same turned 45 degrees.
        const double w = size / 10.0;
        shape << QPointF(-w, -r) << QPointF(w, -r) << QPointF(w, -w) << QPointF(r, -w) << QPointF(r, w)
              << QPointF(w, w) << QPointF(w, r) << QPointF(-w, r) << QPointF(-w, w) << QPointF(-r, w)
              << QPointF(-r, -w) << QPointF(-w, -w);
        if (name == QLatin1String("x")) {
            const double c = std::sqrt(0.5);
            for (QPointF &p : shape)
                p = QPointF(c * (p.x() - p.y()), c * (p.x() + p.y()));
        }
    } else {
        // A circle as a polygon only for callers that need a shape (legend, hit areas).
        for (int i = 0; i < 24; ++i) {
            const double angle = i * 2.0 * std::numbers::pi / 24.0;
            shape << QPointF(r * std::cos(angle), r * std::sin(angle));
        }
    }
    return shape;
}

MarkerPainter::MarkerPainter(QPainter &painter, const PointSymbolizer &symbolizer, double dpiScale)
    : m_painter(painter)
    , m_circle(symbolizer.wellKnownName.compare(QLatin1String("circle"), Qt::CaseInsensitive) == 0)
    , m_radius(symbolizer.size * dpiScale / 2.0)
    , m_shape(markerShape(symbolizer.wellKnownName, symbolizer.size * dpiScale))
    , m_placed(m_shape)
    , m_pen(symbolizer.stroke && symbolizer.stroke->width > 0.0 ? penFor(*symbolizer.stroke, dpiScale)
                                                                 : QPen(Qt::NoPen))
    , m_brush(symbolizer.fill ? QBrush(*symbolizer.fill) : QBrush(Qt::NoBrush))
{
    const bool raster = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster
                        && painter.transform().type() <= QTransform::TxTranslate;
    const double extent = 2.0 * m_radius + (m_pen.style() == Qt::NoPen ? 0.0 : m_pen.widthF());
    if (raster && extent < 256.0) {
        const int side = static_cast<int>(std::ceil(extent)) + 2;
        m_sprite = QImage(side, side, QImage::Format_ARGB32_Premultiplied);
        m_sprite.fill(Qt::transparent);
        m_spriteCentre = QPointF(side / 2.0, side / 2.0);
        QPainter sprite(&m_sprite);
        sprite.setRenderHint(QPainter::Antialiasing);
        drawShape(sprite, m_spriteCentre);
    } else {
        m_painter.setPen(m_pen);
        m_painter.setBrush(m_brush);
    }
}

void MarkerPainter::drawShape(QPainter &painter, const QPointF &at)
{
    painter.setPen(m_pen);
    painter.setBrush(m_brush);
    if (m_circle) {
        painter.drawEllipse(at, m_radius, m_radius);
        return;
    }
    for (qsizetype i = 0; i < m_shape.size(); ++i)
        m_placed[i] = m_shape[i] + at;
    painter.drawPolygon(m_placed);
}

void MarkerPainter::paint(const QPointF &at)
{
    if (m_sprite.isNull()) {
        if (m_circle) {
            m_painter.drawEllipse(at, m_radius, m_radius);
            return;
        }
        for (qsizetype i = 0; i < m_shape.size(); ++i)
            m_placed[i] = m_shape[i] + at;
        m_painter.drawPolygon(m_placed);
        return;
    }
    const QPointF topLeft = at - m_spriteCentre;
    m_painter.drawImage(QPoint(static_cast<int>(std::lround(topLeft.x())), static_cast<int>(std::lround(topLeft.y()))),
                        m_sprite);
}

void paintSwatch(QPainter &painter, const QRectF &box, const Symbolizer &symbolizer, double dpiScale)
{
    painter.save();
    if (const auto *polygon = std::get_if<PolygonSymbolizer>(&symbolizer)) {
        QPainterPath path;
        const double inset = polygon->stroke ? polygon->stroke->width * dpiScale / 2.0 : 0.0;
        path.addRect(box.adjusted(inset, inset, -inset, -inset));
        paintPolygon(painter, path, *polygon, dpiScale);
    } else if (const auto *line = std::get_if<LineSymbolizer>(&symbolizer)) {
        QPainterPath path;
        path.moveTo(box.left(), box.center().y());
        path.lineTo(box.right(), box.center().y());
        paintOutline(painter, path, *line, dpiScale);
    } else if (const auto *point = std::get_if<PointSymbolizer>(&symbolizer)) {
        // Big markers are shrunk to fit the swatch; small ones keep their map size.
        PointSymbolizer fitted = *point;
        fitted.size = std::min(point->size, std::min(box.width(), box.height()) / dpiScale);
        MarkerPainter(painter, fitted, dpiScale).paint(box.center());
    }
    painter.restore();
}

} // namespace lianxin
