#include "render/maprenderer.h"

#include "render/maptransform.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

namespace lianxin {

namespace {

QPainterPath pathOf(const Polygon &polygon, const MapTransform &transform)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    auto addRing = [&](const Ring &ring) {
        if (ring.empty())
            return;
        QPolygonF points;
        points.reserve(static_cast<int>(ring.size()));
        for (const PointXY &p : ring)
            points << transform.toPixel(p);
        path.addPolygon(points);
        path.closeSubpath();
    };
    addRing(polygon.outer);
    for (const Ring &hole : polygon.holes)
        addRing(hole);
    return path;
}

bool intersects(const Box &a, const Box &b)
{
    return a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;
}

void drawPolygons(QPainter &painter, const MapTransform &transform, const std::vector<const Polygon *> &polygons,
                  const QPen &pen, const QBrush &brush)
{
    const Box visible = transform.visibleExtent();
    painter.setPen(pen);
    painter.setBrush(brush);
    for (const Polygon *polygon : polygons)
        if (intersects(boundsOf(*polygon), visible))
            painter.drawPath(pathOf(*polygon, transform));
}

template <typename T>
std::vector<const Polygon *> geometriesOf(const std::vector<T> &features)
{
    std::vector<const Polygon *> result;
    result.reserve(features.size());
    for (const T &feature : features)
        result.push_back(&feature.geometry);
    return result;
}

void drawLabel(QPainter &painter, const QPointF &at, const QString &text, const QFont &font, const QColor &colour)
{
    painter.setFont(font);
    const QRectF box = painter.fontMetrics().boundingRect(text);
    const QPointF origin(at.x() - box.width() / 2.0, at.y() + box.height() / 4.0);
    // A light halo keeps labels readable over any fill.
    QPainterPath path;
    path.addText(origin, font, text);
    painter.setPen(QPen(QColor(255, 255, 255, 220), 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawPath(path);
}

PointXY centreOf(const Polygon &polygon)
{
    // The area-weighted centroid of the outer ring (the label anchor).
    double a = 0.0, cx = 0.0, cy = 0.0;
    const Ring &r = polygon.outer;
    for (size_t i = 0; i + 1 < r.size(); ++i) {
        const double cross = r[i].x * r[i + 1].y - r[i + 1].x * r[i].y;
        a += cross;
        cx += (r[i].x + r[i + 1].x) * cross;
        cy += (r[i].y + r[i + 1].y) * cross;
    }
    if (a == 0.0)
        return r.empty() ? PointXY{} : r.front();
    return {cx / (3.0 * a), cy / (3.0 * a)};
}

QFont labelFont(double pointSize, bool bold = false)
{
    QFont font(QStringLiteral("WenQuanYi Micro Hei"));
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

void drawPoints(QPainter &painter, const MapTransform &transform, const std::vector<PointXY> &points,
                const QColor &colour, double radius)
{
    const Box visible = transform.visibleExtent();
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    for (const PointXY &p : points)
        if (visible.contains(p))
            painter.drawEllipse(transform.toPixel(p), radius, radius);
}

using LayerPainter = std::function<void(QPainter &, const MapTransform &, const World &)>;

const std::map<QString, LayerPainter> &layerPainters()
{
    static const std::map<QString, LayerPainter> painters = {
        {QStringLiteral("islands"),
         [](QPainter &p, const MapTransform &t, const World &w) {
             drawPolygons(p, t, geometriesOf(w.islands), QPen(QColor(0x7a, 0x9c, 0xb8), 1.0),
                          QColor(0xf4, 0xf0, 0xe4));
         }},
        {QStringLiteral("urban_area"),
         [](QPainter &p, const MapTransform &t, const World &w) {
             drawPolygons(p, t, geometriesOf(w.urbanAreas), QPen(QColor(0xb0, 0x6a, 0x3b), 1.5, Qt::DashLine),
                          QColor(0xfb, 0xe8, 0xd3));
         }},
        {QStringLiteral("villages"),
         [](QPainter &p, const MapTransform &t, const World &w) {
             drawPolygons(p, t, geometriesOf(w.villages), QPen(QColor(0x5b, 0x8c, 0x5a), 1.0),
                          QColor(0xdd, 0xee, 0xd5));
         }},
        {QStringLiteral("grid_areas"),
         [](QPainter &p, const MapTransform &t, const World &w) {
             drawPolygons(p, t, geometriesOf(w.gridAreas), QPen(QColor(0xc0, 0x39, 0x2b), 1.2), Qt::NoBrush);
         }},
        {QStringLiteral("buildings"),
         [](QPainter &p, const MapTransform &t, const World &w) {
             drawPolygons(p, t, geometriesOf(w.buildings), QPen(QColor(0x6e, 0x6e, 0x6e), 0.5),
                          QColor(0xbd, 0xb5, 0xa6));
         }},
        {QStringLiteral("households"),
         [](QPainter &p, const MapTransform &t, const World &w) {
             std::vector<PointXY> points;
             points.reserve(w.households.size());
             for (const Household &h : w.households)
                 points.push_back(h.location);
             // Dots shrink and fade as the view widens so 15,000 households read as
             // density at county scale and as single homes in a village.
             const double radius = std::clamp(4.0 / std::sqrt(t.metresPerPixel()), 0.6, 3.0);
             const int alpha = t.metresPerPixel() > 10.0 ? 90 : 200;
             drawPoints(p, t, points, QColor(0x2c, 0x5f, 0x9e, alpha), radius);
         }},
        {QStringLiteral("labels"),
         [](QPainter &p, const MapTransform &t, const World &w) {
             for (const Island &island : w.islands)
                 if (!island.nameZh.empty() && t.metresPerPixel() > 8.0)
                     drawLabel(p, t.toPixel(centreOf(island.geometry)), QString::fromStdString(island.nameZh),
                               labelFont(10, true), QColor(0x33, 0x4d, 0x66));
             if (t.metresPerPixel() < 6.0)
                 for (const GridArea &area : w.gridAreas)
                     drawLabel(p, t.toPixel(centreOf(area.geometry)), QString::fromStdString(area.name),
                               labelFont(8), QColor(0x8e, 0x24, 0x1a));
         }},
    };
    return painters;
}

} // namespace

const std::vector<QString> &MapRenderer::knownLayers()
{
    static const std::vector<QString> layers = {
        QStringLiteral("islands"), QStringLiteral("urban_area"), QStringLiteral("villages"),
        QStringLiteral("grid_areas"), QStringLiteral("buildings"), QStringLiteral("households"),
        QStringLiteral("labels"),
    };
    return layers;
}

Box MapRenderer::fullExtent(const World &world)
{
    Box box{HUGE_VAL, HUGE_VAL, -HUGE_VAL, -HUGE_VAL};
    for (const Island &island : world.islands)
        box = unite(box, boundsOf(island.geometry));
    if (box.minX > box.maxX)
        return {0, 0, 1, 1};
    const double margin = 0.04 * std::max(box.width(), box.height());
    return {box.minX - margin, box.minY - margin, box.maxX + margin, box.maxY + margin};
}

void MapRenderer::render(QPainter &painter, const MapSettings &settings, const World &world)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRect(QPoint(0, 0), settings.outputSize), settings.seaColour);
    const MapTransform transform(settings.extent, settings.outputSize);
    const auto &painters = layerPainters();
    for (const QString &layer : settings.layers)
        if (const auto it = painters.find(layer); it != painters.end())
            it->second(painter, transform, world);
    painter.restore();
}

QImage MapRenderer::renderImage(const MapSettings &settings, const World &world)
{
    QImage image(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(static_cast<int>(settings.dpi / 0.0254));
    image.setDotsPerMeterY(static_cast<int>(settings.dpi / 0.0254));
    QPainter painter(&image);
    render(painter, settings, world);
    return image;
}

} // namespace lianxin
