#include "analysis/weightedmatching.h"

#include <lemon/list_graph.h>
#include <lemon/matching.h>

#include <stdexcept>

namespace lianxin::pairing {

std::vector<int> maxWeightMatching(std::size_t n, const std::vector<long long> &weights)
{
    if (weights.size() != n * n)
        throw std::invalid_argument("maxWeightMatching: the weight matrix is not n x n");
    lemon::ListGraph graph;
    std::vector<lemon::ListGraph::Node> nodes;
    nodes.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        nodes.push_back(graph.addNode());
    lemon::ListGraph::EdgeMap<long long> weight(graph);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j)
            weight[graph.addEdge(nodes[i], nodes[j])] = weights[i * n + j];
    lemon::MaxWeightedMatching<lemon::ListGraph, lemon::ListGraph::EdgeMap<long long>> matching(graph, weight);
    matching.run();
    std::vector<int> mate(n, -1);
    for (std::size_t i = 0; i < n; ++i) {
        const lemon::ListGraph::Node other = matching.mate(nodes[i]);
        if (other != lemon::INVALID)
            mate[i] = graph.id(other); // node ids are 0..n-1 in insertion order
    }
    return mate;
}

} // namespace lianxin::pairing
