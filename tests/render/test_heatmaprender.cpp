// The heat-map overlay on the map: drawn georeferenced between the polygon and point
// layers, cached as the pseudo-layer "heatmap", and explained by the legend in real units.
#include "renderfixture.h"

#include "analysis/heatmapfilter.h"
#include "analysis/kerneldensity.h"
#include "render/heatmaplayer.h"
#include "render/mapdecorations.h"
#include "render/maprenderjob.h"
#include "render/maptransform.h"
#include "render/rendercontext.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace lianxin;
using namespace lianxin::test;

namespace {

// The demo's suggestion density at 10 m cells, radius 200 m, over all suggestions.
std::shared_ptr<const HeatmapOverlay> demoOverlay()
{
    static const std::shared_ptr<const HeatmapOverlay> overlay = [] {
        const HeatmapSelection selection = selectHeatmapPoints(demoWorld(), HeatmapFilter{});
        Box box{HUGE_VAL, HUGE_VAL, -HUGE_VAL, -HUGE_VAL};
        for (const WeightedPoint &p : selection.points)
            box = unite(box, Box{p.location.x, p.location.y, p.location.x, p.location.y});
        KernelDensityOptions options;
        options.radius = 200.0;
        auto result = std::make_shared<HeatmapOverlay>();
        result->raster = kernelDensity(selection.points,
                                       RasterGrid::covering({box.minX - 300, box.minY - 300, box.maxX + 300, box.maxY + 300}, 10.0),
                                       options);
        result->maximum = result->raster.scaleMax;
        return result;
    }();
    return overlay;
}

// Row and column of the densest cell.
std::pair<int, int> hottestCell(const DensityRaster &raster)
{
    const auto it = std::max_element(raster.values.begin(), raster.values.end());
    const auto index = static_cast<int>(it - raster.values.begin());
    return {index / raster.grid.width, index % raster.grid.width};
}

PointXY cellCentre(const RasterGrid &grid, int row, int column)
{
    return {grid.columnCentreX(column), grid.rowCentreY(row)};
}

MapSettings view(const PointXY &centre, double halfWidth, const std::vector<QString> &layers,
                 std::shared_ptr<const HeatmapOverlay> overlay)
{
    MapSettings settings = MapSettings::forAllLayers(
        {centre.x - halfWidth, centre.y - halfWidth, centre.x + halfWidth, centre.y + halfWidth}, QSize(400, 400));
    settings.layers.clear();
    for (const QString &id : layers)
        settings.layers.push_back({id, true, 1.0});
    settings.labels = false;
    settings.decorations = false;
    settings.heatmap = std::move(overlay);
    return settings;
}

// Strongly red: the heat ramp's top over any land or sea colour.
bool reddish(QRgb c) { return qRed(c) > 140 && qGreen(c) < 80 && qBlue(c) < 90; }

} // namespace

TEST_CASE("The heat map's hottest colour lands where the suggestions are densest")
{
    const auto overlay = demoOverlay();
    const RasterGrid &grid = overlay->raster.grid;
    const auto [row, column] = hottestCell(overlay->raster);
    const PointXY hot = cellCentre(grid, row, column);
    const MapSettings settings = view(hot, 1000.0, {"islands"}, overlay);
    const QImage image = MapRenderJob(settings, demoScene(), shippedStyles()).renderImage();
    const MapTransform transform(settings.extent, settings.outputSize);
    const QPointF hotPixel = transform.toPixel(hot);
    CHECK(reddish(image.pixel(int(hotPixel.x()), int(hotPixel.y()))));

    // The reddest pixel of the image lies in a cell at the top of the scale: the raster is
    // neither shifted nor flipped.
    QPoint reddest;
    int best = -1;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QRgb c = image.pixel(x, y);
            if (qRed(c) - qGreen(c) > best) {
                best = qRed(c) - qGreen(c);
                reddest = QPoint(x, y);
            }
        }
    const PointXY reddestWorld = transform.toWorld(QPointF(reddest) + QPointF(0.5, 0.5));
    const int reddestRow = static_cast<int>(std::floor((grid.north - reddestWorld.y) / grid.cellSize));
    const int reddestColumn = static_cast<int>(std::floor((reddestWorld.x - grid.west) / grid.cellSize));
    CHECK(overlay->raster.value(reddestRow, reddestColumn) >= 0.95 * overlay->maximum);

    // Cell by cell around the hotspot, each pixel is the ramp's colour for its cell's value
    // at the overlay's opacity over the map below.
    const MapSettings withoutOverlay = view(hot, 1000.0, {"islands"}, nullptr);
    const QImage below = MapRenderJob(withoutOverlay, demoScene(), shippedStyles()).renderImage();
    int samples = 0, matching = 0;
    for (int r = row - 60; r <= row + 60; r += 3)
        for (int c = column - 60; c <= column + 60; c += 3) {
            if (r < 0 || c < 0 || r >= grid.height || c >= grid.width)
                continue;
            const QPoint p = transform.toPixel(cellCentre(grid, r, c)).toPoint();
            if (!image.rect().contains(p))
                continue;
            const QColor ramp = overlay->ramp.colourAt(overlay->raster.value(r, c) / overlay->maximum);
            const double alpha = ramp.alphaF() * overlay->opacity;
            const QColor under(below.pixel(p));
            const QColor expected(int(std::lround(ramp.red() * alpha + under.red() * (1 - alpha))),
                                  int(std::lround(ramp.green() * alpha + under.green() * (1 - alpha))),
                                  int(std::lround(ramp.blue() * alpha + under.blue() * (1 - alpha))));
            ++samples;
            matching += channelDifference(image.pixel(p), expected.rgb()) <= 12 ? 1 : 0;
        }
    CHECK(samples > 1000);
    CHECK(matching >= 0.95 * samples);

    // Where no suggestion is within the radius the overlay adds nothing at all.
    const MapSettings without = view(hot, 1000.0, {"islands"}, nullptr);
    const QImage plain = MapRenderJob(without, demoScene(), shippedStyles()).renderImage();
    int zeroCellsChecked = 0;
    for (int r = std::max(1, row - 100); r < std::min(grid.height - 1, row + 100); r += 7)
        for (int c = std::max(1, column - 100); c < std::min(grid.width - 1, column + 100); c += 7) {
            bool zeroAround = true;
            for (int dr = -1; dr <= 1; ++dr)
                for (int dc = -1; dc <= 1; ++dc)
                    zeroAround = zeroAround && overlay->raster.value(r + dr, c + dc) == 0.0;
            if (!zeroAround)
                continue;
            const QPointF p = transform.toPixel(cellCentre(grid, r, c));
            if (!QRectF(0, 0, 400, 400).contains(p))
                continue;
            ++zeroCellsChecked;
            CHECK(image.pixel(p.toPoint()) == plain.pixel(p.toPoint()));
        }
    CHECK(zeroCellsChecked > 10);
    CHECK(image != plain);
}

TEST_CASE("The heat map sits above group territories and below threads and points, and can be hidden")
{
    MapSettings settings = MapSettings::forAllLayers({0, 0, 1, 1}, QSize(10, 10));
    settings.heatmap = demoOverlay();
    std::vector<QString> ids;
    for (const LayerSettings &layer : drawingOrder(settings))
        ids.push_back(layer.id);
    const auto at = [&ids](const char *id) { return std::find(ids.begin(), ids.end(), QString::fromLatin1(id)) - ids.begin(); };
    REQUIRE(at("heatmap") < static_cast<long>(ids.size()));
    CHECK(at("heatmap") == at("group_territories") + 1);
    CHECK(at("heatmap") < at("topic_threads"));
    CHECK(at("heatmap") < at("households"));
    CHECK(at("heatmap") < at("suggestions"));
    settings.heatmap = nullptr;
    CHECK(drawingOrder(settings).size() == settings.layers.size());

    // Listed explicitly and switched off, it draws nothing.
    const auto overlay = demoOverlay();
    const auto [row, column] = hottestCell(overlay->raster);
    const PointXY hot = cellCentre(overlay->raster.grid, row, column);
    MapSettings hidden = view(hot, 1000.0, {"islands"}, overlay);
    hidden.layers.push_back({heatmapLayerId(), false, 1.0});
    const QImage withHidden = MapRenderJob(hidden, demoScene(), shippedStyles()).renderImage();
    const QImage plain = MapRenderJob(view(hot, 1000.0, {"islands"}, nullptr), demoScene(), shippedStyles()).renderImage();
    CHECK(withHidden == plain);
}

TEST_CASE("The heatmap pseudo-layer image is the overlay alone at its opacity, for the canvas cache")
{
    const auto overlay = demoOverlay();
    const auto [row, column] = hottestCell(overlay->raster);
    const PointXY hot = cellCentre(overlay->raster.grid, row, column);
    const MapSettings settings = view(hot, 1000.0, {"islands"}, overlay);
    RenderReport report;
    const QImage layer = MapRenderJob(settings, demoScene(), shippedStyles()).renderLayerImage(heatmapLayerId(), nullptr, &report);
    CHECK(report.problems.isEmpty());
    const QPointF p = MapTransform(settings.extent, settings.outputSize).toPixel(hot);
    const QRgb top = overlay->ramp.rgbaAt(1.0);
    const QRgb pixel = layer.pixel(p.toPoint());
    // The top colour at the overlay's opacity (0.85), on transparency.
    CHECK(std::abs(qAlpha(pixel) - int(std::lround(255 * overlay->opacity))) <= 2);
    CHECK(std::abs(qRed(pixel) - int(std::lround(qRed(top) * overlay->opacity))) <= 2); // premultiplied
    CHECK(layer.pixel(0, 0) == 0u); // a corner of open sea: nothing
}

TEST_CASE("The legend explains the heat map with a gradient and real values")
{
    const auto overlay = demoOverlay();
    MapSettings settings = MapSettings::forAllLayers(demoScene()->fullExtent(), QSize(1600, 1000));
    settings.heatmap = overlay;
    const RenderContext context(settings);
    const MapDecorations decorations(*demoScene(), *shippedStyles(), settings, context);
    const auto &items = decorations.legend().items();
    const auto bar = std::find_if(items.begin(), items.end(),
                                  [](const LegendItem &item) { return item.kind == LegendItem::Kind::Gradient; });
    REQUIRE(bar != items.end());
    REQUIRE(bar != items.begin());
    CHECK((bar - 1)->kind == LegendItem::Kind::Heading);
    CHECK((bar - 1)->text == QStringLiteral("意见建议热力图（件/km²）"));
    CHECK(bar->ticks == heatmapTickLabels(*overlay));
    REQUIRE(bar->ticks.size() == 5);
    CHECK(bar->ticks.front() == QStringLiteral("0"));
    // The top tick is the maximum in suggestions per km², not per m².
    CHECK(bar->ticks.back().toDouble() == Approx(overlay->maximum * 1e6).epsilon(0.05));
    CHECK_FALSE(bar->ticks.back().startsWith(QStringLiteral("≥")));

    // Pinned below the raster's maximum: the top reads "≥".
    auto pinned = std::make_shared<HeatmapOverlay>(*overlay);
    pinned->maximum = overlay->maximum / 2.0;
    settings.heatmap = pinned;
    const MapDecorations pinnedDecorations(*demoScene(), *shippedStyles(), settings, context);
    bool found = false;
    for (const LegendItem &item : pinnedDecorations.legend().items())
        if (item.kind == LegendItem::Kind::Gradient) {
            found = true;
            CHECK(item.ticks.back().startsWith(QStringLiteral("≥ ")));
        }
    CHECK(found);

    // Faded in the layer panel, the legend's bar fades with the map.
    settings.heatmap = overlay;
    MapSettings faded = settings;
    faded.layers.push_back({heatmapLayerId(), true, 0.5});
    const auto topAlpha = [&](const MapSettings &s) -> double {
        const MapDecorations d(*demoScene(), *shippedStyles(), s, RenderContext(s));
        for (const LegendItem &item : d.legend().items())
            if (item.kind == LegendItem::Kind::Gradient)
                return item.gradient.back().second.alphaF();
        return -1.0;
    };
    CHECK(topAlpha(faded) == Approx(topAlpha(settings) * 0.5).margin(0.01));
}

TEST_CASE("An overlay without a maximum is reported, and the rest of the map draws")
{
    auto broken = std::make_shared<HeatmapOverlay>(*demoOverlay());
    broken->maximum = 0.0;
    const Box areas = demoScene()->layer("grid_areas")->extent();
    const PointXY centre{(areas.minX + areas.maxX) / 2.0, (areas.minY + areas.maxY) / 2.0};
    RenderReport report;
    const QImage image
        = MapRenderJob(view(centre, 2000.0, {"islands", "grid_areas"}, broken), demoScene(), shippedStyles())
              .renderImage(nullptr, &report);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.front().startsWith(QStringLiteral("heatmap: ")));
    CHECK(report.featuresDrawn > 0);
}
