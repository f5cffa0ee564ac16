#include "render/heatmaplayer.h"

#include "render/mapscene.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace lianxin {

const QString &heatmapLayerId()
{
    static const QString id = QStringLiteral("heatmap");
    return id;
}

bool heatmapGoesBelow(const QString &layerId)
{
    const auto &order = MapScene::layerOrder();
    const auto territories = std::find(order.begin(), order.end(), QStringLiteral("group_territories"));
    const auto layer = std::find(order.begin(), order.end(), layerId);
    return layer != order.end() && layer > territories;
}

std::vector<LayerSettings> drawingOrder(const MapSettings &settings)
{
    std::vector<LayerSettings> layers = settings.layers;
    if (!settings.heatmap)
        return layers;
    const auto listed = std::find_if(layers.begin(), layers.end(),
                                     [](const LayerSettings &layer) { return layer.id == heatmapLayerId(); });
    if (listed != layers.end())
        return layers;
    const auto above = std::find_if(layers.begin(), layers.end(),
                                    [](const LayerSettings &layer) { return heatmapGoesBelow(layer.id); });
    layers.insert(above, LayerSettings{heatmapLayerId(), true, 1.0});
    return layers;
}

QRect paintHeatmap(QPainter &painter, const HeatmapOverlay &overlay, const RenderContext &context)
{
    const RasterGrid &grid = overlay.raster.grid;
    if (grid.width <= 0 || grid.height <= 0 || !(overlay.opacity > 0.0) || !(grid.cellSize > 0.0))
        return {};
    // The cells in view, one cell of margin so smooth scaling has neighbours at the edge.
    const Box &view = context.visible;
    const double cell = grid.cellSize;
    const int column0 = std::max(0, static_cast<int>(std::floor((view.minX - grid.west) / cell)) - 1);
    const int column1 = std::min(grid.width, static_cast<int>(std::ceil((view.maxX - grid.west) / cell)) + 1);
    const int row0 = std::max(0, static_cast<int>(std::floor((grid.north - view.maxY) / cell)) - 1);
    const int row1 = std::min(grid.height, static_cast<int>(std::ceil((grid.north - view.minY) / cell)) + 1);
    if (column0 >= column1 || row0 >= row1 || context.cancelled())
        return {};
    QImage image = densityImage(overlay, QRect(column0, row0, column1 - column0, row1 - row0));
    if (image.isNull())
        return {};

    const QPointF topLeft = context.transform.toPixel({grid.west + column0 * cell, grid.north - row0 * cell});
    const QPointF bottomRight = context.transform.toPixel({grid.west + column1 * cell, grid.north - row1 * cell});
    const QRectF target(topLeft, bottomRight);
    // Cells smaller than pixels (the whole county on a page): average them down first,
    // so the image carries no more detail than the device shows and a PDF stays small.
    const QSize deviceSize(std::max(1, static_cast<int>(std::ceil(target.width()))),
                           std::max(1, static_cast<int>(std::ceil(target.height()))));
    if (image.width() > deviceSize.width() || image.height() > deviceSize.height())
        image = image.scaled(image.size().boundedTo(deviceSize), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);

    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setOpacity(painter.opacity() * std::min(1.0, overlay.opacity));
    painter.drawImage(target, image);
    painter.restore();
    return target.toAlignedRect().intersected(context.deviceRect.toAlignedRect());
}

bool heatmapMaximumPinned(const HeatmapOverlay &overlay) { return overlay.maximum != overlay.raster.maxValue; }

QString heatmapTickText(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    const double magnitude = std::abs(value);
    // Two significant digits below 10, whole numbers above 100: what a reader compares.
    int decimals = 0;
    if (magnitude == 0.0 || magnitude >= 100.0)
        decimals = 0;
    else if (magnitude >= 10.0)
        decimals = 1;
    else
        decimals = std::clamp(1 - static_cast<int>(std::floor(std::log10(magnitude))), 1, 6);
    QString text = QString::number(value, 'f', decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

QStringList heatmapTickLabels(const HeatmapOverlay &overlay)
{
    QStringList labels;
    for (double tick : legendTicks(overlay))
        labels << heatmapTickText(tick);
    if (heatmapMaximumPinned(overlay) && !labels.isEmpty())
        labels.back() = QStringLiteral("≥ ") + labels.back();
    return labels;
}

} // namespace lianxin
