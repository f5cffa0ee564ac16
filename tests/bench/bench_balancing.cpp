// Rebalancing households among contact groups on the demo world at scale 1, 10 and 100
// (15,310 -> 634 up to 1.53 million -> 63,400): time, peak memory, and the mean walk to
// the group base against two baselines computed in the same run on the same scopes:
// unconstrained k-means (Lloyd; a lower bound, loads ignored) and greedy
// nearest-with-room (pairs by distance, a household takes the nearest group not full).
// Targets (issue 5): scale 1 under 1 s within 12 % of k-means; scale 10 under 15 s.
// Each scale runs twice: stability 0 (compactness only, the quality comparison) and the
// default 50 m (what a coordinator gets: far fewer moves). Walks are measured to the
// geometric median of each group for all three methods. peakRss_MB is the process
// peak, world generation included. Greedy is skipped at scale 100 (n*m pairs per scope).
#include "analysis/balancing.h"
#include "analysis/balancingstats.h"
#include "analysis/nearestbases.h"
#include "analysis/balancingworld.h"
#include "demo/demoworld.h"

#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <map>

using namespace lianxin;

namespace {

const World &demoWorld(int scale)
{
    static std::map<int, World> worlds;
    auto it = worlds.find(scale);
    if (it == worlds.end()) {
        worlds.clear(); // one world at a time keeps the peak memory that of this scale
        DemoOptions options;
        options.scale = scale;
        options.coastlinePath = LIANXIN_BENCH_COASTLINE;
        it = worlds.emplace(scale, generateDemoWorld(options)).first;
    }
    return it->second;
}

double distance(const PointXY &a, const PointXY &b)
{
    return std::hypot(a.x - b.x, a.y - b.y);
}

// A scope's households and groups, as indices into the problem.
struct ScopeParts {
    std::vector<std::size_t> households;
    std::vector<std::size_t> groups;
};

std::map<ScopeKey, ScopeParts> scopesOf(const BalancingProblem &problem)
{
    std::map<ScopeKey, ScopeParts> scopes;
    for (std::size_t h = 0; h < problem.households.size(); ++h)
        scopes[problem.households[h].scope].households.push_back(h);
    for (std::size_t g = 0; g < problem.groups.size(); ++g)
        scopes[problem.groups[g].scope].groups.push_back(g);
    return scopes;
}

// Centres of the current groups of a scope: the common start of both baselines.
std::vector<PointXY> currentCentres(const BalancingProblem &problem, const ScopeParts &scope)
{
    std::map<Id, std::size_t> local;
    for (std::size_t i = 0; i < scope.groups.size(); ++i)
        local.emplace(problem.groups[scope.groups[i]].id, i);
    std::vector<PointXY> sum(scope.groups.size());
    std::vector<double> count(scope.groups.size(), 0.0);
    for (std::size_t h : scope.households) {
        const auto found = local.find(problem.households[h].currentGroupId);
        if (found == local.end())
            continue;
        sum[found->second].x += problem.households[h].location.x;
        sum[found->second].y += problem.households[h].location.y;
        count[found->second] += 1.0;
    }
    for (std::size_t g = 0; g < sum.size(); ++g)
        if (count[g] > 0.0)
            sum[g] = {sum[g].x / count[g], sum[g].y / count[g]};
    return sum;
}

// Sum of walks of a scope once every base is the geometric median of its households:
// the same kind of base the balancer reports, so the baselines are measured as kindly.
double walkSum(const BalancingProblem &problem, const ScopeParts &scope, const std::vector<int> &groupOf, std::size_t groups)
{
    std::vector<std::vector<PointXY>> members(groups);
    for (std::size_t i = 0; i < scope.households.size(); ++i)
        members[static_cast<std::size_t>(groupOf[i])].push_back(problem.households[scope.households[i]].location);
    double total = 0.0;
    for (const std::vector<PointXY> &points : members) {
        const PointXY base = balancing::geometricMedian(points);
        for (const PointXY &p : points)
            total += distance(p, base);
    }
    return total;
}

double kmeansWalkSum(const BalancingProblem &problem, const ScopeParts &scope)
{
    std::vector<PointXY> bases = currentCentres(problem, scope);
    std::vector<int> groupOf(scope.households.size(), -1);
    for (int iteration = 0; iteration < 100; ++iteration) {
        bool changed = false;
        const balancing::NearestBases grid(bases);
        for (std::size_t i = 0; i < scope.households.size(); ++i) {
            const int best = grid.nearest(problem.households[scope.households[i]].location, 1).front();
            changed = changed || best != groupOf[i];
            groupOf[i] = best;
        }
        if (!changed)
            break;
        std::vector<PointXY> sum(bases.size());
        std::vector<double> count(bases.size(), 0.0);
        for (std::size_t i = 0; i < scope.households.size(); ++i) {
            const PointXY &p = problem.households[scope.households[i]].location;
            sum[static_cast<std::size_t>(groupOf[i])].x += p.x;
            sum[static_cast<std::size_t>(groupOf[i])].y += p.y;
            count[static_cast<std::size_t>(groupOf[i])] += 1.0;
        }
        for (std::size_t g = 0; g < bases.size(); ++g)
            if (count[g] > 0.0)
                bases[g] = {sum[g].x / count[g], sum[g].y / count[g]};
    }
    return walkSum(problem, scope, groupOf, bases.size());
}

double greedyWalkSum(const BalancingProblem &problem, const ScopeParts &scope)
{
    const std::vector<PointXY> bases = currentCentres(problem, scope);
    const std::size_t n = scope.households.size(), m = bases.size();
    const std::size_t room = (n + m - 1) / m + 1; // ceil(mean) + the default tolerance
    std::vector<std::pair<double, std::pair<std::size_t, std::size_t>>> pairs;
    pairs.reserve(n * m);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t g = 0; g < m; ++g)
            pairs.push_back({distance(problem.households[scope.households[i]].location, bases[g]), {i, g}});
    std::sort(pairs.begin(), pairs.end());
    std::vector<int> groupOf(n, -1);
    std::vector<std::size_t> load(m, 0);
    for (const auto &[d, pair] : pairs) {
        const auto [i, g] = pair;
        if (groupOf[i] < 0 && load[g] < room) {
            groupOf[i] = static_cast<int>(g);
            ++load[g];
        }
    }
    return walkSum(problem, scope, groupOf, m);
}

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

void balanceDemoWorld(benchmark::State &state)
{
    const World &world = demoWorld(static_cast<int>(state.range(0)));
    const BalancingProblem problem = balancingProblemOf(world);
    BalancingOptions options;
    options.stabilityMetres = static_cast<double>(state.range(1)); // 0: compactness only
    BalancingResult result;
    for (auto _ : state) {
        result = balanceGroups(problem.households, problem.groups, options);
        benchmark::DoNotOptimize(result.groupOf.data());
    }
    double walked = 0.0;
    for (const ScopeMetrics &scope : result.scopes)
        walked += scope.distanceAfter.mean * static_cast<double>(scope.households);
    double kmeans = 0.0, greedy = 0.0;
    const bool greedyAffordable = problem.households.size() <= 200000; // n*m pairs per scope
    for (const auto &[key, scope] : scopesOf(problem)) {
        if (scope.households.empty() || scope.groups.empty())
            continue;
        kmeans += kmeansWalkSum(problem, scope);
        if (greedyAffordable)
            greedy += greedyWalkSum(problem, scope);
    }
    const double n = static_cast<double>(problem.households.size());
    state.counters["households"] = n;
    state.counters["groups"] = static_cast<double>(problem.groups.size());
    state.counters["moved"] = static_cast<double>(result.moves.size());
    int iterations = 0;
    for (const ScopeMetrics &scope : result.scopes)
        iterations = std::max(iterations, scope.iterations);
    state.counters["maxIterations"] = iterations;
    state.counters["meanWalk_m"] = walked / n;
    state.counters["kmeansWalk_m"] = kmeans / n;
    state.counters["vsKmeans_pct"] = 100.0 * (walked / kmeans - 1.0);
    if (greedyAffordable)
        state.counters["greedyWalk_m"] = greedy / n;
    state.counters["peakRss_MB"] = peakMegabytes();
}

} // namespace

BENCHMARK(balanceDemoWorld)
    ->ArgNames({"scale", "stability_m"})
    ->ArgsProduct({{1, 10, 100}, {0, 50}})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

BENCHMARK_MAIN();
