// The map renderer on the demo world at scale 1, 10 and 100 (15,310 to 1.53 million
// households), 1920x1080: building the scene, a full render of the county, a pan frame
// (the same view shifted by a tenth of its width: what the canvas draws while dragging)
// and the town, the densest view. Each timing also reports its ratio to the same
// benchmark at scale 1, measured in this run, and the process's resident memory.
//
// Targets (issue 3): a pan frame of the demo under 16 ms; x100 under 200 ms and 2 GB.
// Run: BUILD/tests/bench/bench_render [--benchmark_filter=scale:100]
//
// Renders run on a thread of Qt's global pool, as the canvas's jobs do. That matters:
// called from any other thread, Qt 6.4's raster engine hands large span fills to that
// pool and waits, which on a busy two-core machine doubles the time of polygon-heavy
// views (fullRenderCallerThread shows the difference).
#include "demo/demoworld.h"
#include "render/maprenderjob.h"
#include "render/mapscene.h"
#include "render/stylelibrary.h"

#include <benchmark/benchmark.h>

#include <QGuiApplication>
#include <QSemaphore>
#include <QThreadPool>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <string>

using namespace lianxin;

namespace {

const QSize kFrame(1920, 1080);

struct Fixture {
    World world;
    std::shared_ptr<const MapScene> scene;
    std::shared_ptr<const StyleLibrary> styles;
    double worldMegabytes = 0.0; // resident memory the world added
    double sceneMegabytes = 0.0; // ... and its scene
    double buildPeakMegabytes = 0.0; // process peak while the scene was built
};

double megabytes(const char *field);

// One world per scale, made on first use and kept (outside every timing).
Fixture &fixture(int scale)
{
    static std::map<int, std::unique_ptr<Fixture>> fixtures;
    auto &slot = fixtures[scale];
    if (!slot) {
        slot = std::make_unique<Fixture>();
        DemoOptions options;
        options.scale = scale;
        options.coastlinePath = LIANXIN_BENCH_COASTLINE;
        const double before = megabytes("VmRSS:");
        slot->world = generateDemoWorld(options);
        const double withWorld = megabytes("VmRSS:");
        // Resets the peak (VmHWM) so the scene build's own peak can be read; the demo
        // generator's transient peak is not the renderer's.
        std::ofstream("/proc/self/clear_refs") << "5";
        slot->scene = MapScene::fromWorld(slot->world);
        slot->worldMegabytes = withWorld - before;
        slot->sceneMegabytes = megabytes("VmRSS:") - withWorld;
        slot->buildPeakMegabytes = megabytes("VmHWM:");
        slot->styles = std::make_shared<const StyleLibrary>(StyleLibrary::loadFolder(defaultStylesFolder()));
    }
    return *slot;
}

double megabytes(const char *field)
{
    // Resident figures in MB from the kernel's view of this process.
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind(field, 0) == 0)
            return std::strtod(line.c_str() + std::strlen(field), nullptr) / 1024.0;
    return 0.0;
}

enum class View { County, Pan, Town };

MapSettings settingsFor(const MapScene &scene, View view)
{
    Box extent = scene.fullExtent();
    if (view == View::Pan) {
        extent.minX += extent.width() * 0.1;
        extent.maxX += extent.width() * 0.1;
    } else if (view == View::Town) {
        extent = scene.layer(QStringLiteral("grid_areas"))->extent();
    }
    return MapSettings::forAllLayers(extent, kFrame);
}

// Runs `work` on a worker of the global pool and waits for it.
void onPoolThread(const std::function<void()> &work)
{
    QSemaphore done;
    QThreadPool::globalInstance()->start([&] {
        work();
        done.release();
    });
    done.acquire();
}

double millisecondsPer(const std::function<void()> &work, int repetitions)
{
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < repetitions; ++i)
        work();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() / repetitions;
}

// The same work at scale 1, timed once per run and kept for the ratios.
double baseline(const std::string &key, const std::function<void()> &work)
{
    static std::map<std::string, double> measured;
    auto it = measured.find(key);
    if (it == measured.end()) {
        work(); // warm-up: fonts, caches
        it = measured.emplace(key, millisecondsPer(work, 10)).first;
    }
    return it->second;
}

void reportRatio(benchmark::State &state, double milliseconds, double baselineMilliseconds)
{
    state.counters["ms"] = milliseconds;
    state.counters["x_scale1"] = baselineMilliseconds > 0.0 ? milliseconds / baselineMilliseconds : 0.0;
    state.counters["rss_MB"] = megabytes("VmRSS:");
    state.counters["peak_MB"] = megabytes("VmHWM:");
}

void renderView(benchmark::State &state, View view, const char *name, bool pooled = true)
{
    const int scale = static_cast<int>(state.range(0));
    Fixture &f = fixture(scale);
    const MapRenderJob job(settingsFor(*f.scene, view), f.scene, f.styles);
    Fixture &one = fixture(1);
    const MapRenderJob oneJob(settingsFor(*one.scene, view), one.scene, one.styles);
    auto run = [pooled](const std::function<void()> &work) { pooled ? onPoolThread(work) : work(); };
    const double base
        = baseline(name, [&] { run([&] { benchmark::DoNotOptimize(oneJob.renderImage().constBits()); }); });

    long long features = 0;
    const auto start = std::chrono::steady_clock::now();
    for (auto _ : state) {
        run([&] {
            RenderReport report;
            const QImage image = job.renderImage(nullptr, &report);
            benchmark::DoNotOptimize(image.constBits());
            features = report.featuresDrawn;
        });
    }
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count()
                      / static_cast<double>(state.iterations());
    state.counters["features"] = static_cast<double>(features);
    reportRatio(state, ms, base);
}

void sceneBuild(benchmark::State &state)
{
    const int scale = static_cast<int>(state.range(0));
    const World &world = fixture(scale).world;
    const World &oneWorld = fixture(1).world;
    const double base = baseline("scene", [&] { benchmark::DoNotOptimize(MapScene::fromWorld(oneWorld).get()); });
    const auto start = std::chrono::steady_clock::now();
    for (auto _ : state)
        benchmark::DoNotOptimize(MapScene::fromWorld(world).get());
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count()
                      / static_cast<double>(state.iterations());
    state.counters["households"] = static_cast<double>(world.households.size());
    state.counters["world_MB"] = fixture(scale).worldMegabytes;
    state.counters["scene_MB"] = fixture(scale).sceneMegabytes;
    state.counters["build_peak_MB"] = fixture(scale).buildPeakMegabytes;
    reportRatio(state, ms, base);
}

void fullRender(benchmark::State &state) { renderView(state, View::County, "county"); }
void panFrame(benchmark::State &state) { renderView(state, View::Pan, "pan"); }
void townRender(benchmark::State &state) { renderView(state, View::Town, "town"); }
void fullRenderCallerThread(benchmark::State &state) { renderView(state, View::County, "county-caller", false); }
void townRenderCallerThread(benchmark::State &state) { renderView(state, View::Town, "town-caller", false); }

} // namespace

BENCHMARK(sceneBuild)
    ->ArgName("scale")
    ->Arg(1)
    ->Arg(10)
    ->Arg(100)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3)
    ->UseRealTime();
BENCHMARK(fullRender)->ArgName("scale")->Arg(1)->Arg(10)->Arg(100)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(panFrame)->ArgName("scale")->Arg(1)->Arg(10)->Arg(100)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(townRender)->ArgName("scale")->Arg(1)->Arg(10)->Arg(100)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(fullRenderCallerThread)->ArgName("scale")->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(townRenderCallerThread)->ArgName("scale")->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char **argv)
{
    // Fonts and QImage painting need a QGuiApplication; no display is needed.
    ::setenv("QT_QPA_PLATFORM", "offscreen", 0);
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
