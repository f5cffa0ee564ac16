#include "renderfixture.h"

#include "analysis/groupcolouring.h"
#include "render/labellayout.h"
#include "render/mapdecorations.h"
#include "render/maprenderjob.h"
#include "render/maptransform.h"
#include "render/rendercontext.h"

#include <catch2/catch.hpp>

#include <QPainter>

#include <chrono>
#include <cmath>
#include <set>
#include <thread>

using namespace lianxin;
using namespace lianxin::test;

namespace {

MapSettings onlyLayers(const Box &extent, const QSize &size, const std::vector<QString> &ids)
{
    MapSettings settings = MapSettings::forAllLayers(extent, size);
    settings.layers.clear();
    for (const QString &id : ids)
        settings.layers.push_back({id, true, 1.0});
    return settings;
}

QRgb at(const QImage &image, const QPointF &p) { return image.pixel(int(std::floor(p.x())), int(std::floor(p.y()))); }

} // namespace

TEST_CASE("A household's pixel has its contact group's colour")
{
    const auto scene = demoScene();
    const auto styles = shippedStyles();
    const World &world = demoWorld();
    // The colour index comes from the analysis, independently of the scene.
    const GroupColouring colouring = colourGroups(world.households);
    const MapLayer &households = *scene->layer("households");
    const Style &style = styles->styleFor(households);
    auto fillFor = [&](long long colourIndex, double scale) {
        const AttributeReader reader = [&](const QString &name) {
            return name == QLatin1String("colour") ? FeatureValue{colourIndex} : FeatureValue{};
        };
        for (const StyleRule *rule : style.rulesFor(reader, scale))
            for (const Symbolizer &s : rule->symbolizers)
                if (const auto *point = std::get_if<PointSymbolizer>(&s); point && point->fill)
                    return *point->fill;
        return QColor();
    };
    // Households with no neighbour within 4 m, one per colour index, so no other marker
    // covers them; the layers above them (suggestions) are off.
    std::set<long long> coloursSeen;
    std::vector<std::size_t> near;
    for (const Household &h : world.households) {
        if (coloursSeen.size() == 5)
            break;
        const long long colour = colouring.colourOf.at(h.groupId);
        if (coloursSeen.count(colour) || h.id % 37 != 0)
            continue;
        households.query({h.location.x - 4, h.location.y - 4, h.location.x + 4, h.location.y + 4}, near);
        if (near.size() != 1)
            continue;
        coloursSeen.insert(colour);
        const Box extent{h.location.x - 100, h.location.y - 62.5, h.location.x + 100, h.location.y + 62.5};
        const MapSettings settings
            = onlyLayers(extent, QSize(800, 500), {"islands", "villages", "grid_areas", "households"});
        const QImage image = MapRenderJob(settings, scene, styles).renderImage();
        const QColor expected = fillFor(colour, settings.scaleDenominator());
        REQUIRE(expected.isValid());
        const QPointF pixel = MapTransform(extent, QSize(800, 500)).toPixel(h.location);
        INFO("household " << h.code << " colour index " << colour << " expected " << expected.name().toStdString()
                          << " got " << QColor(at(image, pixel)).name().toStdString());
        CHECK(channelDifference(at(image, pixel), expected.rgb()) <= 2);
    }
    CHECK(coloursSeen.size() == 5);
    // Different colour indices are different colours on the map.
    std::set<QRgb> distinct;
    for (long long colour : coloursSeen)
        distinct.insert(fillFor(colour, 5000).rgb());
    CHECK(distinct.size() == coloursSeen.size());
}

TEST_CASE("Open sea far from any island has the sea colour")
{
    const auto scene = demoScene();
    const auto styles = shippedStyles();
    const MapSettings settings = MapSettings::forAllLayers(scene->fullExtent(), QSize(800, 500));
    const QImage image = MapRenderJob(settings, scene, styles).renderImage();
    const RenderContext context(settings);
    const MapDecorations decorations(*scene, *styles, settings, context);
    // Decorations and labels (island names reach out over the sea) are not sea.
    std::vector<QRectF> covers = decorations.boxes();
    for (const PlacedLabel &label : layoutLabels(*scene, *styles, settings, decorations.boxes()))
        covers.push_back(label.box);
    const MapLayer &islands = *scene->layer("islands");
    int seaPixels = 0;
    for (int y = 5; y < 500; y += 20)
        for (int x = 5; x < 800; x += 20) {
            const QPointF p(x + 0.5, y + 0.5);
            bool covered = false;
            for (const QRectF &box : covers)
                covered = covered || box.adjusted(-2, -2, 2, 2).contains(p);
            const PointXY world = context.transform.toWorld(p);
            std::vector<std::size_t> near;
            islands.query({world.x - 2000, world.y - 2000, world.x + 2000, world.y + 2000}, near);
            if (covered || !near.empty())
                continue;
            ++seaPixels;
            INFO("pixel " << x << "," << y);
            CHECK(image.pixel(x, y) == settings.background.rgb());
        }
    CHECK(seaPixels > 100);
}

TEST_CASE("A grid-area boundary is drawn where the geometry says")
{
    const auto scene = demoScene();
    const auto styles = shippedStyles();
    const World &world = demoWorld();
    // Twice the dpi: the 1.6 px boundary becomes 3.2 device pixels with a solid core.
    const Box town = scene->layer("grid_areas")->extent();
    const QSize size(1600, 1000);
    MapSettings settings = onlyLayers(town, size, {"islands", "grid_areas"});
    settings.dpi = 192;
    settings.labels = false;
    settings.decorations = false;
    const QImage image = MapRenderJob(settings, scene, styles).renderImage();
    const MapTransform transform(town, size);
    const MapLayer &areas = *scene->layer("grid_areas");
    const Style &style = styles->styleFor(areas);
    QColor strokeColour;
    const AttributeReader reader = [&](const QString &name) { return areas.value(0, name); };
    for (const StyleRule *rule : style.rulesFor(reader, settings.scaleDenominator()))
        for (const Symbolizer &s : rule->symbolizers)
            if (const auto *polygon = std::get_if<PolygonSymbolizer>(&s); polygon && polygon->stroke)
                strokeColour = polygon->stroke->colour;
    REQUIRE(strokeColour.isValid());

    int checked = 0;
    for (const GridArea &area : world.gridAreas) {
        // The middle of the area's longest edge, and 20 px inwards from it.
        const Ring &ring = area.geometry.outer;
        std::size_t longest = 0;
        double longestLength = 0.0;
        for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
            const double length = std::hypot(ring[i + 1].x - ring[i].x, ring[i + 1].y - ring[i].y);
            if (length > longestLength) {
                longestLength = length;
                longest = i;
            }
        }
        const PointXY a = ring[longest], b = ring[longest + 1];
        const PointXY mid{(a.x + b.x) / 2, (a.y + b.y) / 2};
        const QPointF onEdge = transform.toPixel(mid);
        const double metres = 20.0 * transform.metresPerPixel();
        PointXY inside{mid.x - (b.y - a.y) / longestLength * metres, mid.y + (b.x - a.x) / longestLength * metres};
        if (!polygonContains(area.geometry, inside))
            inside = {mid.x + (b.y - a.y) / longestLength * metres, mid.y - (b.x - a.x) / longestLength * metres};
        REQUIRE(polygonContains(area.geometry, inside));
        const QPointF inward = transform.toPixel(inside);
        INFO(area.code << " edge pixel " << onEdge.x() << "," << onEdge.y());
        CHECK(channelDifference(at(image, onEdge), strokeColour.rgb()) <= 8);
        CHECK(channelDifference(at(image, inward), strokeColour.rgb()) > 60);
        ++checked;
    }
    CHECK(checked == 28);
}

TEST_CASE("render() gives the pixels of the canvas's composition of layer images and overlay")
{
    const auto scene = demoScene();
    const auto styles = shippedStyles();
    const Box town = scene->layer("grid_areas")->extent();
    for (const Box &extent : {scene->fullExtent(), town}) {
        MapSettings settings = MapSettings::forAllLayers(extent, QSize(800, 500));
        // One translucent layer and one hidden: the canvas composes with the opacity.
        for (LayerSettings &layer : settings.layers) {
            if (layer.id == "group_territories")
                layer.opacity = 0.5;
            if (layer.id == "shops")
                layer.visible = false;
        }
        const MapRenderJob job(settings, scene, styles);
        const QImage direct = job.renderImage();

        QImage composed(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
        composed.fill(settings.background);
        QPainter painter(&composed);
        for (const LayerSettings &layer : settings.layers) {
            if (!layer.visible)
                continue;
            painter.setOpacity(layer.opacity);
            painter.drawImage(0, 0, job.renderLayerImage(layer.id));
        }
        painter.setOpacity(1.0);
        job.renderOverlay(painter);
        painter.end();

        int maxDifference = 0, differing = 0;
        for (int y = 0; y < direct.height(); ++y)
            for (int x = 0; x < direct.width(); ++x) {
                const int d = channelDifference(direct.pixel(x, y), composed.pixel(x, y));
                maxDifference = std::max(maxDifference, d);
                differing += d > 0 ? 1 : 0;
            }
        INFO("differing pixels " << differing);
        CHECK(maxDifference == 0);
    }
}

TEST_CASE("A cancelled job stops at once and says so")
{
    const auto scene = demoScene();
    const auto styles = shippedStyles();
    const MapRenderJob job(MapSettings::forAllLayers(scene->layer("grid_areas")->extent(), QSize(1600, 1000)), scene,
                           styles);
    RenderReport full;
    job.renderImage(nullptr, &full);
    CHECK_FALSE(full.cancelled);

    std::atomic_bool cancel{true};
    RenderReport report;
    const auto start = std::chrono::steady_clock::now();
    job.renderImage(&cancel, &report);
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    CHECK(report.cancelled);
    CHECK(report.featuresDrawn < full.featuresDrawn / 10);
    CHECK(ms < 100.0);
    RenderReport layerReport;
    job.renderLayerImage("households", &cancel, &layerReport);
    CHECK(layerReport.cancelled);
}

TEST_CASE("Symbols scale with the dpi and the map scale stays the same")
{
    const auto scene = demoScene();
    const auto styles = shippedStyles();
    const MapFeature &h = scene->layer("households")->features()[100];
    const Box extent{h.point.x - 50, h.point.y - 50, h.point.x + 50, h.point.y + 50};
    auto markerWidth = [&](double dpi, int side) {
        MapSettings settings = onlyLayers(extent, QSize(side, side), {"households"});
        settings.dpi = dpi;
        settings.decorations = false;
        settings.labels = false;
        const QImage image = MapRenderJob(settings, scene, styles).renderLayerImage("households");
        // Opaque run through the marker's centre row.
        const QPointF centre = MapTransform(extent, QSize(side, side)).toPixel(h.point);
        const int y = int(centre.y());
        int left = int(centre.x()), right = int(centre.x());
        while (left > 0 && qAlpha(image.pixel(left - 1, y)) > 128)
            --left;
        while (right + 1 < side && qAlpha(image.pixel(right + 1, y)) > 128)
            ++right;
        return std::make_pair(right - left + 1, settings.scaleDenominator());
    };
    const auto [at96, scale96] = markerWidth(96, 400);
    const auto [at192, scale192] = markerWidth(192, 800);
    CHECK(scale96 == Approx(scale192));
    CHECK(at96 >= 4);
    CHECK(at192 >= 2 * at96 - 2);
    CHECK(at192 <= 2 * at96 + 2);
}

TEST_CASE("Jobs on several threads share one scene and draw what one thread draws")
{
    const auto scene = demoScene();
    const auto styles = shippedStyles();
    const Box town = scene->layer("grid_areas")->extent();
    const std::vector<MapSettings> views = {
        MapSettings::forAllLayers(scene->fullExtent(), QSize(640, 400)),
        MapSettings::forAllLayers(town, QSize(640, 400)),
        MapSettings::forAllLayers({town.minX, town.minY, town.minX + town.width() / 3, town.minY + town.height() / 3},
                                  QSize(640, 400)),
    };
    std::vector<QImage> alone;
    for (const MapSettings &settings : views)
        alone.push_back(MapRenderJob(settings, scene, styles).renderImage());
    std::vector<QImage> together(views.size());
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < views.size(); ++i)
        threads.emplace_back([&, i] { together[i] = MapRenderJob(views[i], scene, styles).renderImage(); });
    for (std::thread &t : threads)
        t.join();
    for (std::size_t i = 0; i < views.size(); ++i) {
        int differing = 0, maxDifference = 0;
        for (int y = 0; y < alone[i].height(); ++y)
            for (int x = 0; x < alone[i].width(); ++x) {
                const int d = channelDifference(alone[i].pixel(x, y), together[i].pixel(x, y));
                differing += d > 0;
                maxDifference = std::max(maxDifference, d);
            }
        INFO("view " << i << ": " << differing << " pixels differ, by up to " << maxDifference);
        CHECK(differing == 0);
    }
}
