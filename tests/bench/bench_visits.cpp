// Planning a county visit round on the demo world at scale 1, 10 and 100 (634 up to
// 63,400 routes; the world is generated outside the timing). Targets (issue 11): scale 1 under 1 s, scale 100 under 60 s. The walk
// is compared with nearest neighbour + 2-opt on the very same route parts in the same
// run (ratio < 1: our routes are shorter). Held-Karp and the local search are also timed
// alone on random 12- and 24-stop instances against the baseline.
#include "analysis/routelocalsearch.h"
#include "analysis/routepath.h"
#include "analysis/visitplanner.h"
#include "demo/demoworld.h"

#include <benchmark/benchmark.h>

#include <map>
#include <random>

using namespace lianxin;

namespace {

const World &demoWorld(int scale)
{
    static std::map<int, World> worlds;
    auto it = worlds.find(scale);
    if (it == worlds.end()) {
        worlds.clear(); // one world at a time
        DemoOptions options;
        options.scale = scale;
        options.coastlinePath = LIANXIN_BENCH_COASTLINE;
        it = worlds.emplace(scale, generateDemoWorld(options)).first;
    }
    return it->second;
}

VisitRound countyRound()
{
    VisitRound round;
    round.id = 1;
    round.name = "bench";
    round.start = {2021, 5, 6};
    round.end = {2021, 5, 28};
    return round;
}

// The planner as the CLI runs it for routes and sheets (no baseline).
void planCounty(benchmark::State &state)
{
    const World &world = demoWorld(static_cast<int>(state.range(0)));
    VisitPlanOptions options;
    options.baseline = false;
    VisitPlan plan;
    for (auto _ : state)
        plan = planVisitRound(world, countyRound(), options);
    int heuristic = 0;
    for (const GroupRoute &route : plan.routes)
        heuristic += route.exact ? 0 : 1;
    state.counters["routes"] = static_cast<double>(plan.routes.size());
    state.counters["households"] = plan.households;
    state.counters["heuristicRoutes"] = heuristic;
    state.counters["walked_km"] = plan.metres / 1000.0;
}

// The same plan with every route part also solved by nearest neighbour + 2-opt.
void planCountyAgainstBaseline(benchmark::State &state)
{
    const World &world = demoWorld(static_cast<int>(state.range(0)));
    VisitPlan plan;
    for (auto _ : state)
        plan = planVisitRound(world, countyRound());
    state.counters["walked_km"] = plan.metres / 1000.0;
    state.counters["baseline_km"] = plan.baselineMetres / 1000.0;
    state.counters["ratio"] = plan.metres / plan.baselineMetres;
}

std::vector<route::DistanceMatrix> randomInstances(int stops, int count)
{
    std::mt19937_64 random(20210506);
    std::uniform_real_distribution<double> coordinate(0.0, 1000.0);
    std::vector<route::DistanceMatrix> instances;
    for (int i = 0; i < count; ++i) {
        std::vector<PointXY> nodes;
        for (int n = 0; n <= stops; ++n)
            nodes.push_back({coordinate(random), coordinate(random)});
        instances.emplace_back(nodes);
    }
    return instances;
}

template <route::Path (*Solve)(const route::DistanceMatrix &)>
void solveRandom(benchmark::State &state)
{
    const std::vector<route::DistanceMatrix> instances = randomInstances(static_cast<int>(state.range(0)), 100);
    double metres = 0.0, baseline = 0.0;
    for (auto _ : state) {
        metres = 0.0;
        for (const route::DistanceMatrix &d : instances)
            metres += route::pathLength(d, Solve(d));
    }
    for (const route::DistanceMatrix &d : instances)
        baseline += route::pathLength(d, route::nearestNeighbourTwoOpt(d));
    state.counters["vsBaseline"] = metres / baseline;
    state.SetItemsProcessed(state.iterations() * static_cast<long long>(instances.size()));
}

route::Path localSearch(const route::DistanceMatrix &d) { return route::localSearchPath(d); }

} // namespace

// The planner solves routes on one thread per core: wall time (real) is what a user waits,
// CPU is the whole process's.
BENCHMARK(planCounty)
    ->ArgName("scale")->Arg(1)->Arg(10)->Arg(100)
    ->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime()->MeasureProcessCPUTime();
BENCHMARK(planCountyAgainstBaseline)
    ->ArgName("scale")->Arg(1)->Arg(10)
    ->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime()->MeasureProcessCPUTime();
BENCHMARK(solveRandom<route::heldKarpPath>)->Name("heldKarp")->ArgName("stops")->Arg(12)->Unit(benchmark::kMillisecond);
BENCHMARK(solveRandom<localSearch>)->Name("localSearch")->ArgName("stops")->Arg(12)->Arg(24)->Unit(benchmark::kMillisecond);
BENCHMARK(solveRandom<route::nearestNeighbourTwoOpt>)
    ->Name("nearestNeighbourTwoOpt")->ArgName("stops")->Arg(12)->Arg(24)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
