// What the map pays before it can draw contact groups: the group colouring and the
// territories, on the demo world at scale 1, 10 and 100 (15,310 to 1.53 million
// households). The worlds are generated once per scale, outside the timings.
#include "analysis/groupcolouring.h"
#include "analysis/territories.h"
#include "demo/demoworld.h"

#include <benchmark/benchmark.h>

#include <map>

using namespace lianxin;

namespace {

const World &demoWorld(int scale)
{
    static std::map<int, World> worlds;
    auto it = worlds.find(scale);
    if (it == worlds.end()) {
        DemoOptions options;
        options.scale = scale;
        options.coastlinePath = LIANXIN_BENCH_COASTLINE;
        it = worlds.emplace(scale, generateDemoWorld(options)).first;
    }
    return it->second;
}

void colourContactGroups(benchmark::State &state)
{
    const World &world = demoWorld(static_cast<int>(state.range(0)));
    int colours = 0;
    for (auto _ : state) {
        const GroupColouring colouring = colourGroups(world.households, 60.0);
        colours = colouring.colourCount;
        benchmark::DoNotOptimize(colouring.colourOf.size());
    }
    state.counters["groups"] = static_cast<double>(world.groups.size());
    state.counters["colours"] = colours;
}

void contactGroupTerritories(benchmark::State &state)
{
    const World &world = demoWorld(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        const std::vector<GroupTerritory> territories = groupTerritories(world.households);
        benchmark::DoNotOptimize(territories.data());
    }
    state.counters["groups"] = static_cast<double>(world.groups.size());
}

} // namespace

BENCHMARK(colourContactGroups)->ArgName("scale")->Arg(1)->Arg(10)->Arg(100)->Unit(benchmark::kMillisecond);
BENCHMARK(contactGroupTerritories)->ArgName("scale")->Arg(1)->Arg(10)->Arg(100)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
