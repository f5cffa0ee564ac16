// The heat map's kernel density against the textbook brute-force sum, at 1k, 100k and
// 1M points. The target: 1M points onto 2000x2000 cells in <= 0.5 s on the
// 2-core machine. Brute force only runs where it finishes in seconds (small rasters);
// the "speedup" counter is brute-force time / fast time measured in the same run.
#include "analysis/kerneldensity.h"
#include "demo/random.h"

#include <benchmark/benchmark.h>

#include <sys/resource.h>

#include <chrono>
#include <map>

using namespace lianxin;

namespace {

// Clustered points like suggestions around villages: 200 centres, normal spread.
std::vector<WeightedPoint> clusteredPoints(std::size_t count, const Box &box)
{
    demo::Random random(20261128);
    std::vector<PointXY> centres(200);
    for (PointXY &c : centres)
        c = {random.uniform(box.minX, box.maxX), random.uniform(box.minY, box.maxY)};
    std::vector<WeightedPoint> points(count);
    for (WeightedPoint &p : points) {
        const PointXY &c = random.pick(centres);
        p.location = {random.normal(c.x, box.width() / 40.0), random.normal(c.y, box.height() / 40.0)};
        p.weight = 1.0 + static_cast<double>(random.uniformInt(0, 2));
    }
    return points;
}

double peakMemoryMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // Linux reports KiB
}

const Box kArea{500000.0, 4190000.0, 520000.0, 4210000.0}; // 20 km square

RasterGrid gridOf(int cells)
{
    return {kArea.minX, kArea.maxY, kArea.width() / cells, cells, cells};
}

double secondsOfBruteForce(const std::vector<WeightedPoint> &points, const RasterGrid &grid, double radius)
{
    static std::map<std::pair<std::size_t, int>, double> measured;
    const auto key = std::make_pair(points.size(), grid.width);
    auto it = measured.find(key);
    if (it == measured.end()) {
        const auto start = std::chrono::steady_clock::now();
        const DensityRaster raster = kernelDensityBruteForce(points, grid, radius);
        benchmark::DoNotOptimize(raster.maxValue);
        const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
        it = measured.emplace(key, took.count()).first;
    }
    return it->second;
}

// Arguments: point count, raster cells per side, brute force (0/1). Radius 20 cells.
void heatmapFast(benchmark::State &state)
{
    const auto count = static_cast<std::size_t>(state.range(0));
    const RasterGrid grid = gridOf(static_cast<int>(state.range(1)));
    const std::vector<WeightedPoint> points = clusteredPoints(count, kArea);
    KernelDensityOptions options;
    options.radius = 20.0 * grid.cellSize;
    double fastSeconds = 0.0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        const DensityRaster raster = kernelDensity(points, grid, options);
        benchmark::DoNotOptimize(raster.maxValue);
        const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
        fastSeconds += took.count();
    }
    fastSeconds /= static_cast<double>(state.iterations());
    state.counters["points"] = static_cast<double>(count);
    state.counters["cells"] = static_cast<double>(grid.width) * grid.height;
    state.counters["peakMiB"] = peakMemoryMiB();
    if (state.range(2) != 0) {
        const double bruteSeconds = secondsOfBruteForce(points, grid, options.radius);
        state.counters["bruteSeconds"] = bruteSeconds;
        state.counters["speedup"] = bruteSeconds / fastSeconds;
    }
}

} // namespace

BENCHMARK(heatmapFast)
    ->Args({1000, 200, 1})
    ->Args({100000, 100, 1})
    ->Args({1000000, 50, 1})
    ->Args({1000, 2000, 0})
    ->Args({100000, 2000, 0})
    ->Args({1000000, 2000, 0})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

BENCHMARK_MAIN();
