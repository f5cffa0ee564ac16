// The canvas's render scheduling: per-layer caching (a toggle recomposes, a restyle
// redraws one layer), cancellation of stale jobs, and a GUI thread that never waits,
// measured on the ×10 world.
#include "app/canvasrenderer.h"
#include "app/mapcanvas.h"
#include "apptestsupport.h"
#include "demo/demoworld.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace lianxin;
using lianxin::test::demoProject;

namespace {

struct ShownCanvas {
    MapCanvas canvas;
    explicit ShownCanvas(const QSize &size = QSize(900, 650))
    {
        test::useTestSettings();
        REQUIRE(demoProject().error.isEmpty());
        canvas.resize(size);
        canvas.show();
        REQUIRE(QTest::qWaitForWindowExposed(&canvas));
        canvas.setScene(demoProject().scene, demoProject().styles);
        canvas.zoomToLayer(QStringLiteral("grid_areas"));
        REQUIRE(nextFrame());
    }
    bool nextFrame()
    {
        QSignalSpy frames(&canvas, &MapCanvas::renderFinished);
        return frames.wait(20000);
    }
    std::map<QString, int> renderCounts()
    {
        std::map<QString, int> counts;
        for (const LayerSettings &layer : canvas.layers())
            counts[layer.id] = canvas.renderer()->layerRenderCount(layer.id);
        return counts;
    }
};

// The ×10 demo world as a scene, built once (a few seconds).
const std::shared_ptr<const MapScene> &scaledScene()
{
    static const std::shared_ptr<const MapScene> scene = [] {
        DemoOptions options;
        options.scale = 10;
        options.coastlinePath = test::coastlinePath().string();
        return MapScene::fromWorld(generateDemoWorld(options));
    }();
    return scene;
}

} // namespace

TEST_CASE("Toggling, fading or reordering a layer recomposes from the cache and restyling draws one layer")
{
    ShownCanvas shown;
    MapCanvas &canvas = shown.canvas;
    // Text rasterises slightly differently on a thread's first use of a glyph, so the
    // pixel comparisons below leave labels and decorations (the overlay) out.
    canvas.setLabelsVisible(false);
    canvas.setDecorationsVisible(false);
    REQUIRE(shown.nextFrame());
    const auto initial = shown.renderCounts();
    for (const auto &[id, count] : initial)
        CHECK(count == 1); // each visible layer drawn once for the first frame
    const QImage original = canvas.lastFrame().image;

    canvas.setLayerVisible(QStringLiteral("buildings"), false);
    REQUIRE(shown.nextFrame());
    CHECK(canvas.lastFrame().freshLayers.isEmpty());
    CHECK(shown.renderCounts() == initial);
    CHECK(canvas.lastFrame().image != original); // the buildings are gone from the picture

    canvas.setLayerVisible(QStringLiteral("buildings"), true);
    REQUIRE(shown.nextFrame());
    CHECK(shown.renderCounts() == initial);
    // Recomposed from cached layers, the map is exactly the one first drawn.
    CHECK(canvas.lastFrame().image == original);

    canvas.setLayerOpacity(QStringLiteral("grid_areas"), 0.4);
    REQUIRE(shown.nextFrame());
    std::vector<QString> reversed;
    for (auto it = canvas.layers().rbegin(); it != canvas.layers().rend(); ++it)
        reversed.push_back(it->id);
    canvas.setLayerOrder(reversed);
    REQUIRE(shown.nextFrame());
    CHECK(canvas.layers().front().id == reversed.front());
    CHECK(shown.renderCounts() == initial);

    // A new style for the households: that layer alone draws again.
    canvas.setLayerStyle(QStringLiteral("households"), StyleLibrary::defaultStyle(GeometryKind::Point));
    REQUIRE(shown.nextFrame());
    auto expected = initial;
    ++expected[QStringLiteral("households")];
    CHECK(shown.renderCounts() == expected);
    CHECK(canvas.lastFrame().freshLayers == QStringList{QStringLiteral("households")});

    // A new view draws every visible layer (the counter does count).
    canvas.panByPixels({25, 0});
    REQUIRE(shown.nextFrame());
    for (const auto &[id, count] : shown.renderCounts())
        CHECK(count == expected[id] + 1);
}

TEST_CASE("A request made while a job renders cancels that job and only the newest frame is shown")
{
    test::useTestSettings();
    const Box full = scaledScene()->fullExtent();
    const MapSettings first = MapSettings::forAllLayers(full, QSize(3840, 2160));
    MapSettings second = first;
    second.extent = {full.minX, full.minY, full.minX + full.width() / 3, full.minY + full.height() / 3};

    // How long the first job takes undisturbed (a separate renderer: nothing cached).
    qint64 firstMs = 0;
    {
        CanvasRenderer calibration;
        calibration.setScene(scaledScene(), demoProject().styles);
        QSignalSpy ready(&calibration, &CanvasRenderer::frameReady);
        calibration.request(first);
        REQUIRE(ready.wait(30000));
        firstMs = ready.at(0).at(0).value<CanvasFrame>().renderMs;
    }

    CanvasRenderer renderer;
    renderer.setScene(scaledScene(), demoProject().styles);
    QSignalSpy ready(&renderer, &CanvasRenderer::frameReady);
    QSignalSpy discarded(&renderer, &CanvasRenderer::frameDiscarded);
    const quint64 firstSerial = renderer.request(first);
    QThread::msleep(static_cast<unsigned long>(firstMs / 4)); // the first job is a quarter done
    QElapsedTimer cancelLatency;
    cancelLatency.start();
    const quint64 secondSerial = renderer.request(second);

    REQUIRE(discarded.wait(20000));
    const qint64 latencyMs = cancelLatency.elapsed();
    CHECK(discarded.at(0).at(0).value<quint64>() == firstSerial);
    CHECK(discarded.at(0).at(1).toBool()); // stopped by its flag, not merely thrown away at the end
    REQUIRE((ready.count() > 0 || ready.wait(20000)));
    QTest::qWait(50); // nothing else arrives
    REQUIRE(ready.count() == 1);
    const auto frame = ready.at(0).at(0).value<CanvasFrame>();
    CHECK(frame.serial == secondSerial);
    CHECK(frame.settings.extent == second.extent);
    std::printf("x10 at 3840x2160: a full job takes %lld ms; cancelled a quarter in, it stopped %lld ms after the "
                "new request; the new frame took %lld ms\n",
                static_cast<long long>(firstMs), static_cast<long long>(latencyMs), static_cast<long long>(frame.renderMs));
    CHECK(latencyMs < firstMs); // stopping is quicker than finishing
}

TEST_CASE("The GUI thread never waits for a render of the ×10 world")
{
    ShownCanvas shown(QSize(1920, 1080));
    MapCanvas &canvas = shown.canvas;
    QSignalSpy frames(&canvas, &MapCanvas::renderFinished);
    canvas.setScene(scaledScene(), demoProject().styles);
    canvas.zoomToFullExtent();
    QElapsedTimer firstFrame;
    firstFrame.start();

    // While the first ×10 frame renders, every navigation call returns at once and the
    // event loop keeps turning.
    qint64 slowestCallUs = 0;
    qint64 longestGapMs = 0;
    QElapsedTimer sinceTick;
    sinceTick.start();
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { longestGapMs = std::max(longestGapMs, sinceTick.restart()); });
    ticker.start(2);
    int calls = 0;
    QTimer navigator;
    QObject::connect(&navigator, &QTimer::timeout, [&] {
        QElapsedTimer call;
        call.start();
        if (calls % 3 == 0)
            canvas.zoomBy(1.1, QPointF(700, 400));
        else if (calls % 3 == 1)
            canvas.panByPixels({-15, 10});
        else
            canvas.setLayerVisible(QStringLiteral("shops"), calls % 2 == 0);
        slowestCallUs = std::max(slowestCallUs, call.nsecsElapsed() / 1000);
        ++calls;
    });
    navigator.start(15);
    QTest::qWait(600);
    navigator.stop();
    REQUIRE((frames.count() > 0 || frames.wait(30000)));
    // Now wait for the frame of the final view.
    QTest::qWait(50);
    while (canvas.renderer()->isRendering())
        QTest::qWait(10);
    ticker.stop();

    // Painting shows the last frame moved and scaled: cheap, whatever the world's size.
    qint64 slowestPaintUs = 0;
    for (int i = 0; i < 5; ++i) {
        canvas.panByPixels({7, 3});
        QElapsedTimer paint;
        paint.start();
        canvas.repaint();
        slowestPaintUs = std::max(slowestPaintUs, paint.nsecsElapsed() / 1000);
    }
    std::printf("x10 world: paint of a moved frame at 1920x1080, slowest %lld us\n", static_cast<long long>(slowestPaintUs));
    CHECK(slowestPaintUs < 30000);

    std::printf("x10 world: %d navigation calls, slowest %lld us; longest event-loop gap %lld ms; "
                "last frame %lld ms, %lld ms after the first request\n",
                calls, static_cast<long long>(slowestCallUs), static_cast<long long>(longestGapMs),
                static_cast<long long>(canvas.lastFrame().renderMs), static_cast<long long>(firstFrame.elapsed()));
    CHECK(calls >= 20);
    CHECK(slowestCallUs < 15000); // a render takes hundreds of ms; a call must not
    CHECK(longestGapMs < 100);
}
