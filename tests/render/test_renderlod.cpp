// Level of detail: households as density cells when a home would be under a pixel or
// too many are in view, tiny polygons as dots, and the dirty tiles that let render()
// compose only what a layer touched.
#include "renderfixture.h"

#include "render/densitycells.h"
#include "render/dirtyregion.h"
#include "render/maprenderjob.h"
#include "render/maptransform.h"
#include "render/rendercontext.h"

#include <catch2/catch.hpp>

#include <QPainter>

using namespace lianxin;
using namespace lianxin::test;

namespace {

// `count` points on a regular grid filling `box`.
std::unique_ptr<MapLayer> pointLayer(const QString &id, const Box &box, int count)
{
    std::vector<MapFeature> features;
    const int side = static_cast<int>(std::ceil(std::sqrt(count)));
    for (int i = 0; i < count; ++i) {
        MapFeature f;
        f.id = i + 1;
        f.point = {box.minX + (i % side + 0.5) * box.width() / side, box.minY + (i / side + 0.5) * box.height() / side};
        f.labelPoint = f.point;
        f.bounds = boxOf(f.point);
        f.values = {FeatureValue{std::string("H") + std::to_string(i)}};
        features.push_back(std::move(f));
    }
    return std::make_unique<MapLayer>(id, id, GeometryKind::Point, std::vector<MapField>{{"code", "编号"}},
                                      std::move(features));
}

MapSettings view(const Box &extent, const QSize &size)
{
    MapSettings settings = MapSettings::forAllLayers(extent, size);
    return settings;
}

} // namespace

TEST_CASE("Households turn into density cells when a home is smaller than a pixel")
{
    const auto scene = demoScene();
    const MapLayer &households = *scene->layer("households");
    const RenderContext county(view(scene->fullExtent(), QSize(1600, 1000)));
    REQUIRE(county.transform.metresPerPixel() > kHouseholdFootprintMetres);
    CHECK(drawsAsDensity(households, county));
    const RenderContext town(view(scene->layer("grid_areas")->extent(), QSize(1600, 1000)));
    REQUIRE(town.transform.metresPerPixel() < kHouseholdFootprintMetres);
    std::vector<std::size_t> inView;
    CHECK_FALSE(drawsAsDensity(households, town, &inView));
    CHECK(inView.size() > 8000); // the urban households, drawn one by one
    // Other point layers keep their markers at county scale (504 shops are not a crowd).
    CHECK_FALSE(drawsAsDensity(*scene->layer("shops"), county));
}

TEST_CASE("More than 50,000 points in view draw as density cells at any scale")
{
    const Box box{500000, 4200000, 500600, 4200600};
    const auto crowd = pointLayer("shops", box, 60000);
    const auto fewer = pointLayer("shops", box, 40000);
    const RenderContext close(view(box, QSize(1200, 1200))); // 0.5 m per pixel
    CHECK(drawsAsDensity(*crowd, close));
    CHECK_FALSE(drawsAsDensity(*fewer, close));
    // Out of view they are not counted.
    const RenderContext elsewhere(view({600000, 4200000, 600600, 4200600}, QSize(1200, 1200)));
    CHECK_FALSE(drawsAsDensity(*crowd, elsewhere));
}

TEST_CASE("Density cells count every point in view and shade by households per hectare")
{
    // 400 points on 1 ha: 400 per hectare, the darkest class, everywhere in the square.
    const Box hectare{500000, 4200000, 500100, 4200100};
    const auto layer = pointLayer("households", hectare, 400);
    const Box extent{499900, 4199900, 500200, 4200200};
    const MapSettings settings = view(extent, QSize(30, 30)); // 10 m per pixel: dense mode
    const RenderContext context(settings);
    QImage image(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    DirtyRegion dirty(settings.outputSize);
    CHECK(paintDensityCells(painter, *layer, context, &dirty) == 400);
    painter.end();
    CHECK_FALSE(dirty.isEmpty());
    const QPointF centre = context.transform.toPixel({500050, 4200050});
    CHECK(image.pixel(int(centre.x()), int(centre.y())) == densityClasses().back().colour.rgba());
    const QPointF outside = context.transform.toPixel({499920, 4200180});
    CHECK(qAlpha(image.pixel(int(outside.x()), int(outside.y()))) == 0);

    std::atomic_bool cancel{true};
    const RenderContext cancelled(settings, &cancel);
    QPainter again(&image);
    CHECK(paintDensityCells(again, *layer, cancelled) == -1);
}

TEST_CASE("At county scale the town reads as dense and the open sea stays empty")
{
    const auto scene = demoScene();
    MapSettings settings = view(scene->fullExtent(), QSize(1600, 1000));
    settings.labels = false;
    const MapRenderJob job(settings, scene, shippedStyles());
    RenderReport report;
    const QImage households = job.renderLayerImage("households", nullptr, &report);
    CHECK(report.featuresDrawn == 15310); // every household counted into some cell
    // The grid areas' centre is the densest part of the county.
    const MapLayer &areas = *scene->layer("grid_areas");
    const MapTransform transform(settings.extent, settings.outputSize);
    int darkCells = 0;
    for (const MapFeature &area : areas.features()) {
        const QPointF p = transform.toPixel(area.labelPoint);
        const QRgb pixel = households.pixel(int(p.x()), int(p.y()));
        for (std::size_t i = 2; i < densityClasses().size(); ++i)
            darkCells += pixel == densityClasses()[i].colour.rgba() ? 1 : 0;
    }
    CHECK(darkCells >= 14);
}

TEST_CASE("Dirty tiles cover what was added and nothing far from it")
{
    DirtyRegion region(QSize(640, 400));
    CHECK(region.isEmpty());
    CHECK(region.rects().empty());
    region.add(QRectF(10, 10, 5, 5));
    region.add(QRectF(600, 380, 100, 100)); // partly outside: clipped
    region.add(QRectF(-50, -50, 10, 10));   // wholly outside: ignored
    const std::vector<QRect> rects = region.rects();
    REQUIRE(rects.size() == 2);
    CHECK(rects[0].contains(QRect(10, 10, 5, 5)));
    CHECK(rects[1].contains(QPoint(639, 399)));
    int area = 0;
    for (const QRect &r : rects) {
        CHECK(QRect(0, 0, 640, 400).contains(r));
        area += r.width() * r.height();
    }
    CHECK(area <= 3 * 64 * 64); // one tile, and the two the corner rectangle straddles
}
