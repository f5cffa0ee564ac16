// Exact DBSCAN against the textbook brute force, and topic threads on the demo world.
// The targets on the 2-core machine: 1,000,000 points uniform in a 10 km square
// (eps 150 m, minPoints 3) in <= 3 s and <= 1 GB; threads on the demo in <= 0.2 s.
// The brute force (O(n^2) region queries) runs where it finishes in seconds, on the same
// points in the same run; "speedup" = brute-force time / fast time, and the labels must
// agree or the benchmark reports an error.
#include "analysis/dbscan.h"
#include "analysis/topicthreads.h"
#include "demo/demoworld.h"
#include "demo/random.h"

#include <benchmark/benchmark.h>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>

using namespace lianxin;

namespace {

double peakMemoryMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // Linux reports KiB
}

std::vector<PointXY> uniformPoints(std::size_t count)
{
    demo::Random random(20261128);
    std::vector<PointXY> points(count);
    for (PointXY &p : points) // a 10 km square in EPSG:4549 around Changdao
        p = {random.uniform(540000.0, 550000.0), random.uniform(4190000.0, 4200000.0)};
    return points;
}

// Suggestion-like points: neighbourhoods of about 200 points each with normal spread 30 m
// (the same structure at every size), and a fifth of the points as uniform background.
std::vector<PointXY> clusteredPoints(std::size_t count)
{
    demo::Random random(20261129);
    std::vector<PointXY> centres(std::max<std::size_t>(count / 200, 4));
    for (PointXY &c : centres)
        c = {random.uniform(540000.0, 550000.0), random.uniform(4190000.0, 4200000.0)};
    std::vector<PointXY> points(count);
    for (PointXY &p : points) {
        if (random.chance(0.2)) {
            p = {random.uniform(540000.0, 550000.0), random.uniform(4190000.0, 4200000.0)};
        } else {
            const PointXY &c = random.pick(centres);
            p = {random.normal(c.x, 30.0), random.normal(c.y, 30.0)};
        }
    }
    return points;
}

template <typename Run>
double secondsOf(Run &&run)
{
    const auto start = std::chrono::steady_clock::now();
    run();
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    return took.count();
}

// Arguments: point count, brute force (0/1). eps 150 m, minPoints 3 (the case),
// or eps 20 m, minPoints 10 on clustered points.
void runDbscan(benchmark::State &state, const std::vector<PointXY> &points, const DbscanOptions &options)
{
    std::vector<int> labels;
    double fastSeconds = 0.0;
    for (auto _ : state) {
        fastSeconds += secondsOf([&] { labels = dbscan(points, options); });
        benchmark::DoNotOptimize(labels.data());
    }
    fastSeconds /= static_cast<double>(state.iterations());
    int clusters = 0;
    for (int label : labels)
        clusters = std::max(clusters, label + 1);
    state.counters["points"] = static_cast<double>(points.size());
    state.counters["clusters"] = clusters;
    state.counters["noise"] = static_cast<double>(std::count(labels.begin(), labels.end(), kDbscanNoise));
    state.counters["peakMiB"] = peakMemoryMiB();
    if (state.range(1) != 0) {
        std::vector<int> reference;
        const double bruteSeconds = secondsOf([&] { reference = dbscanBruteForce(points, options); });
        if (reference != labels)
            state.SkipWithError("fast and brute-force labels differ");
        state.counters["bruteSeconds"] = bruteSeconds;
        state.counters["speedup"] = bruteSeconds / fastSeconds;
    }
}

void dbscanUniform(benchmark::State &state)
{
    DbscanOptions options;
    options.eps = 150.0;
    options.minPoints = 3;
    runDbscan(state, uniformPoints(static_cast<std::size_t>(state.range(0))), options);
}

void dbscanClustered(benchmark::State &state)
{
    DbscanOptions options;
    options.eps = 20.0;
    options.minPoints = 10;
    runDbscan(state, clusteredPoints(static_cast<std::size_t>(state.range(0))), options);
}

const World &demoWorld()
{
    static const World world = [] {
        DemoOptions options;
        options.coastlinePath = LIANXIN_BENCH_COASTLINE;
        return generateDemoWorld(options);
    }();
    return world;
}

// Topic threads on the demo's 1,013 suggestions with the default options (argument 1) or
// with the text criterion off (0), inputs and places taken from the World each time.
void threadsDemo(benchmark::State &state)
{
    const World &world = demoWorld();
    ThreadingOptions options;
    if (state.range(0) == 0)
        options.textSimilarity.reset();
    std::size_t threads = 0;
    for (auto _ : state) {
        const ThreadingResult result = findTopicThreads(threadInputsOf(world), namedPlacesOf(world), options);
        threads = result.threads.size();
        benchmark::DoNotOptimize(result.threadOf.data());
    }
    state.counters["suggestions"] = static_cast<double>(world.suggestions.size());
    state.counters["threads"] = static_cast<double>(threads);
}

} // namespace

BENCHMARK(dbscanUniform)
    ->Args({1000, 1})
    ->Args({20000, 1})
    ->Args({100000, 1})
    ->Args({1000000, 0})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(dbscanClustered)
    ->Args({1000, 1})
    ->Args({20000, 1})
    ->Args({100000, 0})
    ->Args({1000000, 0})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(threadsDemo)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond)->UseRealTime();

BENCHMARK_MAIN();
