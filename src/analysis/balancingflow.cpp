#include "analysis/balancingflow.h"

#include "analysis/nearestbases.h"

#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace lianxin::balancing {

namespace {

using Graph = lemon::SmartDigraph;
using Simplex = lemon::NetworkSimplex<Graph, long long, long long>;

} // namespace

long long arcCostCentimetres(const FlowHousehold &household, int group, const PointXY &base, double stabilityMetres)
{
    const double metres = std::hypot(base.x - household.location.x, base.y - household.location.y)
        + (group == household.current ? 0.0 : stabilityMetres);
    return std::llround(metres * 100.0);
}

std::optional<std::vector<int>> solveAssignment(const FlowProblem &problem)
{
    const std::size_t n = problem.households.size();
    const std::size_t m = problem.bases.size();
    Graph graph;
    graph.reserveNode(static_cast<int>(n + m + 1));
    graph.reserveArc(static_cast<int>(n * (static_cast<std::size_t>(problem.candidateGroups) + 1) + m));
    std::vector<Graph::Node> householdNodes(n), groupNodes(m);
    for (auto &node : householdNodes)
        node = graph.addNode();
    for (auto &node : groupNodes)
        node = graph.addNode();
    const Graph::Node sink = graph.addNode();

    Graph::ArcMap<long long> lower(graph, 0), upper(graph, 0), cost(graph, 0);
    Graph::NodeMap<long long> supply(graph, 0);
    // Arc of household h to group g, in insertion order, to read the flow back.
    std::vector<std::pair<Graph::Arc, int>> arcs;
    std::vector<std::size_t> firstArc(n + 1, 0);
    const NearestBases nearest(problem.bases);
    long long total = 0;
    for (std::size_t h = 0; h < n; ++h) {
        const FlowHousehold &household = problem.households[h];
        firstArc[h] = arcs.size();
        supply[householdNodes[h]] = household.weight;
        total += household.weight;
        std::vector<int> candidates;
        if (!household.locked)
            candidates = nearest.nearest(household.location, problem.candidateGroups);
        if (household.current >= 0 && std::find(candidates.begin(), candidates.end(), household.current) == candidates.end())
            candidates.push_back(household.current);
        for (int g : candidates) {
            const Graph::Arc arc = graph.addArc(householdNodes[h], groupNodes[static_cast<std::size_t>(g)]);
            upper[arc] = household.weight;
            cost[arc] = arcCostCentimetres(household, g, problem.bases[static_cast<std::size_t>(g)], problem.stabilityMetres);
            arcs.emplace_back(arc, g);
        }
    }
    firstArc[n] = arcs.size();
    for (std::size_t g = 0; g < m; ++g) {
        const Graph::Arc arc = graph.addArc(groupNodes[g], sink);
        lower[arc] = problem.lower;
        upper[arc] = problem.upper;
    }
    supply[sink] = -total;

    Simplex simplex(graph);
    simplex.lowerMap(lower).upperMap(upper).costMap(cost).supplyMap(supply);
    if (simplex.run() != Simplex::OPTIMAL)
        return std::nullopt;

    std::vector<int> assignment(n, -1);
    for (std::size_t h = 0; h < n; ++h) {
        long long best = 0;
        for (std::size_t a = firstArc[h]; a < firstArc[h + 1]; ++a) {
            const long long flow = simplex.flow(arcs[a].first);
            if (flow > best) {
                best = flow;
                assignment[h] = arcs[a].second;
            }
        }
    }
    return assignment;
}

} // namespace lianxin::balancing
