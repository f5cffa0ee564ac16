#include "renderfixture.h"

#include "render/labelengine.h"
#include "render/labellayout.h"
#include "render/mapdecorations.h"
#include "render/rendercontext.h"

#include <algorithm>

#include <catch2/catch.hpp>

using namespace lianxin;
using namespace lianxin::test;

namespace {

// The urban area of South Changshan (the grid areas' extent), where labels crowd most.
Box townExtent(const MapScene &scene)
{
    return scene.layer(QStringLiteral("grid_areas"))->extent();
}

void requireNoOverlaps(const std::vector<PlacedLabel> &labels)
{
    for (std::size_t i = 0; i < labels.size(); ++i)
        for (std::size_t j = i + 1; j < labels.size(); ++j) {
            INFO(labels[i].text.toStdString() << " vs " << labels[j].text.toStdString());
            REQUIRE_FALSE(labels[i].box.intersects(labels[j].box));
        }
}

} // namespace

TEST_CASE("Labels of the demo never overlap each other or the decorations")
{
    const auto scene = demoScene();
    const auto styles = shippedStyles();
    struct View {
        const char *name;
        Box extent;
        std::size_t atLeast; // labels expected in view
    };
    const Box town = townExtent(*scene);
    const View views[] = {
        {"county", scene->fullExtent(), 5},
        {"town", town, 20},
        {"street", {town.minX + town.width() * 0.4, town.minY + town.height() * 0.4,
                    town.minX + town.width() * 0.6, town.minY + town.height() * 0.6}, 5},
    };
    for (const View &view : views) {
        SECTION(view.name)
        {
            const MapSettings settings = MapSettings::forAllLayers(view.extent, QSize(1600, 1000));
            const RenderContext context(settings);
            const MapDecorations decorations(*scene, *styles, settings, context);
            const std::vector<PlacedLabel> labels = layoutLabels(*scene, *styles, settings, decorations.boxes());
            CHECK(labels.size() >= view.atLeast);
            requireNoOverlaps(labels);
            for (const PlacedLabel &label : labels) {
                CHECK(context.deviceRect.contains(label.box));
                for (const QRectF &box : decorations.boxes())
                    CHECK_FALSE(box.intersects(label.box));
            }
        }
    }
}

namespace {

LabelCandidate candidate(const QString &text, QPointF at, int priority, bool point = false)
{
    LabelCandidate c;
    c.text = text;
    c.anchor = at;
    c.priority = priority;
    c.besidePoint = point;
    c.markerRadius = point ? 3.0 : 0.0;
    c.font = mapFont({}, 10.0, false, 96.0);
    c.haloRadius = 1.5;
    return c;
}

} // namespace

TEST_CASE("The label engine places by priority and drops what collides")
{
    LabelEngine engine(QRectF(0, 0, 400, 300));
    engine.add(candidate("南长山岛", {200, 150}, 10));
    engine.add(candidate("乐园片区", {205, 152}, 50)); // overlaps the first, higher priority
    engine.add(candidate("   ", {50, 50}, 99));       // nothing to say: ignored
    engine.add(candidate("边缘", {2, 150}, 5));        // would stick out of the map
    CHECK(engine.candidateCount() == 3);
    const auto &placed = engine.place();
    REQUIRE(placed.size() == 1);
    CHECK(placed.front().text == QStringLiteral("乐园片区"));
    CHECK(QRectF(0, 0, 400, 300).contains(placed.front().box));
    // Centred on its anchor.
    CHECK(placed.front().box.center().x() == Approx(205.0).margin(0.5));
}

TEST_CASE("A point label tries the other sides of its marker before giving up")
{
    auto placeWith = [](const std::vector<QRectF> &reserved) {
        LabelEngine engine(QRectF(0, 0, 400, 300));
        for (const QRectF &box : reserved)
            engine.reserve(box);
        engine.add(candidate("商铺", {200, 150}, 1, true));
        return engine.place();
    };
    const QRectF rightSide(204, 0, 196, 300), leftSide(0, 0, 196, 300);
    auto placed = placeWith({});
    REQUIRE(placed.size() == 1);
    CHECK(placed[0].box.left() > 200.0); // right of the marker first
    placed = placeWith({rightSide});
    REQUIRE(placed.size() == 1);
    CHECK(placed[0].box.right() < 200.0); // then left
    placed = placeWith({QRectF(0, 0, 400, 146), QRectF(204, 130, 196, 24), QRectF(0, 130, 196, 24)});
    REQUIRE(placed.size() == 1);
    CHECK(placed[0].box.top() > 150.0); // sides and the top blocked: below
    placed = placeWith({QRectF(0, 0, 400, 300)});
    CHECK(placed.empty());

    // Crowded on one spot: what fits is placed, and nothing overlaps.
    LabelEngine engine(QRectF(0, 0, 400, 300));
    for (const char *name : {"商铺甲", "商铺乙", "商铺丙", "商铺丁", "商铺戊"})
        engine.add(candidate(name, {200, 150}, 1, true));
    const auto &crowded = engine.place();
    CHECK(crowded.size() >= 2);
    CHECK(crowded.size() < 5);
    requireNoOverlaps(crowded);
}

TEST_CASE("Reserved boxes keep labels out")
{
    LabelEngine engine(QRectF(0, 0, 400, 300));
    engine.reserve(QRectF(0, 0, 150, 300)); // a legend down the left side
    engine.add(candidate("被图例遮住", {60, 100}, 1));
    engine.add(candidate("在外面", {300, 100}, 1));
    const auto &placed = engine.place();
    REQUIRE(placed.size() == 1);
    CHECK(placed.front().text == QStringLiteral("在外面"));
}

TEST_CASE("The scale bar takes the longest round length that fits")
{
    ScaleBarLength bar = scaleBarLength(10.0, 170.0); // 1,700 m fit
    CHECK(bar.metres == 1000.0);
    CHECK(bar.pixels == Approx(100.0));
    CHECK(bar.unit == "km");
    bar = scaleBarLength(1.0, 170.0);
    CHECK(bar.metres == 100.0);
    CHECK(bar.unit == "m");
    bar = scaleBarLength(0.3, 170.0); // 51 m fit
    CHECK(bar.metres == 50.0);
    bar = scaleBarLength(30.0, 170.0); // 5,100 m fit
    CHECK(bar.metres == 5000.0);
    CHECK(bar.pixels <= 170.0);
    bar = scaleBarLength(120.0, 170.0); // 20,400 m fit
    CHECK(bar.metres == 20000.0);
    CHECK(scaleBarLength(0.0, 170.0).metres == 0.0);
}

TEST_CASE("Labels obey the styles' scale windows")
{
    const auto scene = demoScene();
    const auto styles = shippedStyles();
    auto count = [&](const Box &extent, const char *text) {
        const auto labels = layoutLabels(*scene, *styles, MapSettings::forAllLayers(extent, QSize(1600, 1000)));
        return std::count_if(labels.begin(), labels.end(),
                             [&](const PlacedLabel &l) { return l.text.contains(QString::fromUtf8(text)); });
    };
    const Box town = scene->layer("grid_areas")->extent();
    // Grid-area names appear in the town and not at county scale (grid_areas.sld: < 1:40,000).
    CHECK(count(town, "NCS-") >= 10);
    CHECK(count(scene->fullExtent(), "NCS-") == 0);
    // Island names at county scale.
    CHECK(count(scene->fullExtent(), "岛") >= 5);
}

TEST_CASE("Decorations stay inside the map and apart at any size")
{
    const auto scene = demoScene();
    const auto styles = shippedStyles();
    struct Output {
        QSize size;
        double dpi;
    };
    for (const Output &output : {Output{{200, 500}, 96}, Output{{640, 400}, 96}, Output{{1600, 1000}, 96},
                                 Output{{3508, 2480}, 300}}) {
        MapSettings settings = MapSettings::forAllLayers(scene->fullExtent(), output.size);
        settings.dpi = output.dpi;
        settings.title = QStringLiteral("长岛综合试验区联户服务网格图");
        const RenderContext context(settings);
        const MapDecorations decorations(*scene, *styles, settings, context);
        const std::vector<QRectF> boxes = decorations.boxes();
        INFO(output.size.width() << "x" << output.size.height());
        CHECK(boxes.size() >= 4); // north arrow, scale bar, attribution, title (+ legend when it fits)
        for (std::size_t i = 0; i < boxes.size(); ++i) {
            CHECK(context.deviceRect.contains(boxes[i]));
            for (std::size_t j = i + 1; j < boxes.size(); ++j)
                CHECK_FALSE(boxes[i].intersects(boxes[j]));
        }
        // The scale bar is a round length drawn true to the map scale.
        const ScaleBarLength &bar = decorations.scaleBar();
        CHECK(bar.pixels == Approx(bar.metres / context.transform.metresPerPixel()));
    }
}
