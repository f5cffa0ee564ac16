// Grid-boundary editing on the demo world (issue 9 targets): the impact update while one
// shared vertex is dragged (<= 16 ms per update at scale 1), the full coverage check with
// every building's and household's area (<= 50 ms at scale 1, <= 2 s at scale 100), and
// the save of a change touching two areas (<= 200 ms at scale 1). Baselines measured in
// the same run: a full placement of every building (what the drag avoids), the one GEOS
// union of the areas any gap check needs, and a one-row change set through the same
// applier.
#include "analysis/boundarysession.h"
#include "analysis/coverageedges.h"
#include "demo/demoworld.h"
#include "store/boundarystore.h"
#include "store/changesetapplier.h"
#include "store/database.h"

#include <benchmark/benchmark.h>

#include <filesystem>
#include <map>

using namespace lianxin;

namespace {

const World &demoWorld(int scale)
{
    static std::map<int, World> worlds;
    auto it = worlds.find(scale);
    if (it == worlds.end()) {
        worlds.clear();
        DemoOptions options;
        options.scale = scale;
        options.coastlinePath = LIANXIN_BENCH_COASTLINE;
        it = worlds.emplace(scale, generateDemoWorld(options)).first;
    }
    return it->second;
}

// A node inside the town shared by exactly `areas` areas (3: a junction; 2: a border
// vertex added at the middle of a shared segment).
std::size_t sharedNode(CoverageEdges &edges, std::size_t areas)
{
    for (std::size_t n = 0; n < edges.nodes().size(); ++n)
        if (edges.areasAt(n).size() == 3 && !edges.isOutlineNode(n)) {
            if (areas == 3)
                return n;
            for (const CoverageEdges::RingNodes &ring : edges.rings()) {
                const auto at = std::find(ring.nodes.begin(), ring.nodes.end(), n);
                if (ring.area == CoverageEdges::kOutline || at == ring.nodes.end())
                    continue;
                const std::size_t next = ring.nodes[(static_cast<std::size_t>(at - ring.nodes.begin()) + 1) % ring.nodes.size()];
                if (edges.areasAt(next).size() < 2 || edges.isOutlineNode(next))
                    continue;
                const PointXY a = edges.nodes()[n], b = edges.nodes()[next];
                return edges.insertNode({n, next}, {(a.x + b.x) / 2, (a.y + b.y) / 2});
            }
        }
    throw std::runtime_error("no shared node");
}

Box regionOf(const BoundaryLayout &before, const BoundaryLayout &after, const std::vector<std::size_t> &areas)
{
    Box region = boundsOf(before.areas[areas.front()].geometry);
    for (std::size_t a : areas)
        region = unite(unite(region, boundsOf(before.areas[a].geometry)), boundsOf(after.areas[a].geometry));
    return region;
}

void dragSharedVertex(benchmark::State &state)
{
    const World &world = demoWorld(static_cast<int>(state.range(0)));
    const bool incremental = state.range(1) == 1;
    BoundarySession session(world);
    CoverageEdges edges(session.layout());
    const std::size_t node = sharedNode(edges, 3);
    const std::vector<std::size_t> areas = edges.areasAt(node);
    const PointXY start = edges.nodes()[node];
    int step = 0;
    std::size_t moved = 0;
    for (auto _ : state) {
        // A mouse drag: 1 m per event, up to 60 m east and back.
        const int offset = step % 120 < 60 ? step % 60 : 60 - step % 60;
        ++step;
        const BoundaryLayout before = session.layout();
        edges.moveNode(node, {start.x + offset, start.y});
        BoundaryLayout after = edges.layout();
        const Box region = regionOf(before, after, areas);
        if (incremental)
            session.setLayout(std::move(after), region);
        else
            session.setLayout(std::move(after));
        const BoundaryImpact impact = session.impact();
        moved = impact.households.size();
        benchmark::DoNotOptimize(moved);
    }
    state.counters["areas"] = static_cast<double>(areas.size());
    state.counters["buildings"] = static_cast<double>(world.buildings.size());
    state.counters["lastHouseholdsMoved"] = static_cast<double>(moved);
}

void coverageCheck(benchmark::State &state)
{
    const World &world = demoWorld(static_cast<int>(state.range(0)));
    const BoundarySession session(world);
    std::size_t problems = 0;
    for (auto _ : state) {
        const CoverageReport report = session.check(true);
        problems = report.problems.size();
        benchmark::DoNotOptimize(problems);
    }
    state.counters["problems"] = static_cast<double>(problems);
    state.counters["households"] = static_cast<double>(world.households.size());
}

// The baseline of the check: the one union of the areas a gap check cannot do without.
void unionOfAreas(benchmark::State &state)
{
    const World &world = demoWorld(static_cast<int>(state.range(0)));
    GeosContext geos;
    MultiPolygon areas;
    for (const GridArea &area : world.gridAreas)
        areas.push_back(area.geometry);
    for (auto _ : state) {
        const GeosGeometry all = geos.multiPolygon(areas);
        const GeosGeometry united = geos.unaryUnion(all.get());
        benchmark::DoNotOptimize(united.get());
    }
}

std::filesystem::path benchDatabase()
{
    static const std::filesystem::path path = [] {
        const std::filesystem::path file = std::filesystem::temp_directory_path() / "lianxin-bench-boundaries.sqlite";
        std::filesystem::remove(file);
        const std::unique_ptr<Database> db = Database::create(file.string());
        db->saveWorld(demoWorld(1));
        return file;
    }();
    return path;
}

// Saves a change of two areas (a border vertex moved 40 m), then takes it back (untimed).
void saveTwoAreas(benchmark::State &state)
{
    const std::unique_ptr<Database> db = Database::open(benchDatabase().string());
    const World world = db->loadWorld();
    BoundarySession session(world);
    CoverageEdges edges(session.layout());
    const std::size_t node = sharedNode(edges, 2);
    const PointXY at = edges.nodes()[node];
    edges.moveNode(node, {at.x + 40, at.y + 40});
    session.setLayout(edges.layout());
    const bool baseline = state.range(0) == 0;
    std::size_t rows = 0;
    for (auto _ : state) {
        ChangeSet set;
        if (baseline) {
            const Household &h = world.households.front();
            set = {"bench", "one row", {updateRow("household", h.id, "flags", fieldValue(h.flags), fieldValue(h.flags ^ 1u))}, {}};
        } else {
            set = boundaryChangeSet(*db, world, gridAreasOf(session.layout()), session.buildingAreas(), {"bench", "two areas"});
        }
        const AppliedChangeSet applied = applyChangeSet(*db, set);
        rows = set.rows.size();
        state.PauseTiming();
        applyChangeSet(*db, reversed(set, "undo", applied.changeSetId));
        state.ResumeTiming();
    }
    state.counters["rows"] = static_cast<double>(rows);
}

} // namespace

BENCHMARK(dragSharedVertex)->ArgsProduct({{1, 10}, {1, 0}})->ArgNames({"scale", "incremental"})->Unit(benchmark::kMillisecond);
BENCHMARK(coverageCheck)->Arg(1)->Arg(10)->Arg(100)->ArgName("scale")->Unit(benchmark::kMillisecond);
BENCHMARK(unionOfAreas)->Arg(1)->ArgName("scale")->Unit(benchmark::kMillisecond);
BENCHMARK(saveTwoAreas)->Arg(1)->Arg(0)->ArgName("boundary")->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
