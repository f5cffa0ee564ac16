#include "render/densitycells.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace lianxin {

namespace {

// Cell edge in 96-dpi pixels: small enough to keep the shape of a village, big enough
// that one cell holds several homes in town.
constexpr double kCellPixels = 4.0;

std::size_t countInView(const MapLayer &layer, const Box &visible)
{
    return static_cast<std::size_t>(std::count_if(layer.points().begin(), layer.points().end(),
                                                  [&visible](const PointXY &p) { return visible.contains(p); }));
}

} // namespace

const std::vector<DensityClass> &densityClasses()
{
    static const std::vector<DensityClass> classes = {
        {0.0, QColor(0xff, 0xf3, 0x9a), QStringLiteral("< 1")},
        {1.0, QColor(0xfe, 0xcc, 0x5c), QStringLiteral("1 – 5")},
        {5.0, QColor(0xfd, 0x8d, 0x3c), QStringLiteral("5 – 15")},
        {15.0, QColor(0xf0, 0x3b, 0x20), QStringLiteral("15 – 40")},
        {40.0, QColor(0xbd, 0x00, 0x26), QStringLiteral("≥ 40")},
    };
    return classes;
}

QString densityUnit(const MapLayer &layer)
{
    return layer.id() == QLatin1String("households") ? QStringLiteral("户/公顷") : QStringLiteral("个/公顷");
}

bool drawsAsDensity(const MapLayer &layer, const RenderContext &context, std::vector<std::size_t> *inView)
{
    if (inView)
        inView->clear();
    if (layer.kind() == GeometryKind::Point) {
        if (layer.id() == QLatin1String("households")
            && context.transform.metresPerPixel() > kHouseholdFootprintMetres)
            return true;
        // A linear scan of the compact points is cheaper than a tree walk that returns
        // (and sorts) a million hits.
        if (layer.points().size() > kDensityPointLimit && countInView(layer, context.visible) > kDensityPointLimit)
            return true;
    }
    if (inView)
        layer.query(context.visible, *inView);
    return false;
}

long long paintDensityCells(QPainter &painter, const MapLayer &layer, const RenderContext &context, DirtyRegion *dirty)
{
    const double mpp = context.transform.metresPerPixel();
    const double cellMetres = std::max(1.0, std::round(context.px(kCellPixels))) * mpp;
    const Box &v = context.visible;
    // Cells sit on a grid fixed in the world, so a pan moves them instead of reshuffling.
    const double x0 = std::floor(v.minX / cellMetres) * cellMetres;
    const double y0 = std::floor(v.minY / cellMetres) * cellMetres;
    const int columns = static_cast<int>(std::ceil((v.maxX - x0) / cellMetres)) + 1;
    const int rows = static_cast<int>(std::ceil((v.maxY - y0) / cellMetres)) + 1;
    if (columns <= 0 || rows <= 0 || static_cast<double>(columns) * rows > 5e7)
        return 0;
    std::vector<int> counts(static_cast<std::size_t>(columns) * static_cast<std::size_t>(rows), 0);
    long long counted = 0;
    const auto &points = layer.points();
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (i % (kCancelPollInterval * 64) == 0 && context.cancelled())
            return -1;
        const PointXY &p = points[i];
        if (!v.contains(p))
            continue;
        const int cx = std::clamp(static_cast<int>((p.x - x0) / cellMetres), 0, columns - 1);
        const int cy = std::clamp(static_cast<int>((p.y - y0) / cellMetres), 0, rows - 1);
        ++counts[static_cast<std::size_t>(cy) * static_cast<std::size_t>(columns) + static_cast<std::size_t>(cx)];
        ++counted;
    }

    const double hectaresPerCell = cellMetres * cellMetres / 1e4;
    const auto &classes = densityClasses();
    const MapTransform &t = context.transform;
    painter.save();
    // Cells meet edge to edge; antialiasing would draw faint seams between them.
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    for (int cy = 0; cy < rows; ++cy) {
        for (int cx = 0; cx < columns; ++cx) {
            const int count = counts[static_cast<std::size_t>(cy) * static_cast<std::size_t>(columns)
                                     + static_cast<std::size_t>(cx)];
            if (count == 0)
                continue;
            const double density = count / hectaresPerCell;
            auto cls = std::upper_bound(classes.begin(), classes.end(), density,
                                        [](double d, const DensityClass &c) { return d < c.from; });
            const QColor &colour = std::prev(cls)->colour;
            const QPointF topLeft = t.toPixel({x0 + cx * cellMetres, y0 + (cy + 1) * cellMetres});
            const QPointF bottomRight = t.toPixel({x0 + (cx + 1) * cellMetres, y0 + cy * cellMetres});
            const QRectF cell(topLeft, bottomRight);
            painter.fillRect(cell, colour);
            if (dirty)
                dirty->add(cell.adjusted(-1.0, -1.0, 1.0, 1.0)); // aliased fills round outwards
        }
    }
    painter.restore();
    return counted;
}

} // namespace lianxin
