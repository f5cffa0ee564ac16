#pragma once
// Shortest open walks through a handful of stops (a cadre pair's round of ~24 doors).
//
// The problem: node 0 is the fixed start (the group's base, a pier), nodes 1..n-1 are the
// stops; find the order of the stops that makes the walk 0 -> s1 -> ... -> s(n-1) as short
// as possible. The walk ends at its last stop (nobody walks back). Distances are
// straight-line metres, symmetric.
//
// Exact by Held and Karp's dynamic programme (1962) up to kExactStops stops; above that a
// local search (routelocalsearch.h) whose answer is never longer than nearest neighbour
// followed by 2-opt, the baseline it starts from.
#include "core/geometry.h"

#include <cstddef>
#include <vector>

namespace lianxin::route {

// Held-Karp takes O(2^m m^2) time and O(2^m m) memory for m stops: 12 stops are ~0.6 M
// steps, well under a millisecond; 20 would be ~400 M.
inline constexpr int kExactStops = 12;

// A symmetric matrix of metres between n nodes, node 0 the start.
class DistanceMatrix {
public:
    explicit DistanceMatrix(const std::vector<PointXY> &nodes);
    std::size_t size() const { return m_size; }
    double operator()(std::size_t a, std::size_t b) const { return m_metres[a * m_size + b]; }

private:
    std::size_t m_size = 0;
    std::vector<double> m_metres;
};

// An order of the nodes, starting with 0 and naming every node once.
using Path = std::vector<int>;

// Metres along the path (0 for a path of one node).
double pathLength(const DistanceMatrix &d, const Path &path);

// The exact shortest open path from node 0 through all nodes. Precondition:
// d.size() - 1 <= kExactStops (throws std::invalid_argument otherwise). Equal lengths go
// to the lexicographically first order the programme meets, so the answer is
// deterministic.
Path heldKarpPath(const DistanceMatrix &d);

// The baseline: from node 0 always to the nearest unvisited node (ties: lower index),
// then 2-opt segment reversals until none shortens the path.
Path nearestNeighbourTwoOpt(const DistanceMatrix &d);

// Held-Karp for up to kExactStops stops, the local search above that.
Path shortestOpenPath(const DistanceMatrix &d);

// Applies 2-opt moves (reverse path[i..j], i >= 1) while one shortens the path; returns
// true if the path changed.
bool twoOpt(const DistanceMatrix &d, Path &path);

} // namespace lianxin::route
