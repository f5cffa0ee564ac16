#include "analysis/groupcolouring.h"

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/sequential_vertex_coloring.hpp>
// smallest_last_ordering.hpp uses make_shared_array_property_map without including it
// (Boost 1.74).
#include <boost/property_map/shared_array_property_map.hpp>
#include <boost/graph/smallest_last_ordering.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <tuple>

namespace lianxin {

namespace {

// Households binned into square cells of side `neighbourDistance`, so every neighbour
// of a household lies in its own cell or one of the eight around it. Inside a cell the
// households are grouped into patches (the households of one group in that cell): the
// search then compares groups, not households, and stops at the first close pair.
struct Patch {
    std::size_t vertex = 0; // index of the group in ascending group-id order
    std::size_t cell = 0;   // index in Grid::cells
    std::size_t begin = 0;  // range in Grid::points
    std::size_t end = 0;
    Box box;
};

struct Cell {
    std::int64_t cx = 0;
    std::int64_t cy = 0;
    std::size_t begin = 0; // range in Grid::patches
    std::size_t end = 0;
};

struct Grid {
    std::vector<PointXY> points;
    std::vector<Patch> patches;
    std::vector<Cell> cells; // sorted by (cx, cy)
};

void checkProgress(const std::function<bool(double)> &progress, double fraction)
{
    if (progress && !progress(fraction))
        throw std::runtime_error("cancelled");
}

std::vector<Id> groupIdsOf(const std::vector<Household> &households)
{
    std::vector<Id> ids;
    ids.reserve(households.size());
    for (const Household &household : households)
        ids.push_back(household.groupId);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

std::size_t vertexOf(const std::vector<Id> &groupIds, Id groupId)
{
    return static_cast<std::size_t>(std::lower_bound(groupIds.begin(), groupIds.end(), groupId) - groupIds.begin());
}

Grid buildGrid(const std::vector<Household> &households, const std::vector<Id> &groupIds, double cellSize)
{
    struct Entry {
        std::int64_t cx, cy;
        std::size_t vertex;
        PointXY location;
    };
    std::vector<Entry> entries;
    entries.reserve(households.size());
    for (const Household &household : households) {
        const PointXY &p = household.location;
        if (!std::isfinite(p.x) || !std::isfinite(p.y))
            throw std::invalid_argument("household " + household.code + " (id " + std::to_string(household.id)
                                        + ") has a non-finite location");
        const double cx = std::floor(p.x / cellSize);
        const double cy = std::floor(p.y / cellSize);
        constexpr double kMaxCell = 1e15; // far inside int64, with room for the +-1 neighbours
        if (std::abs(cx) > kMaxCell || std::abs(cy) > kMaxCell)
            throw std::invalid_argument("household " + household.code + " (id " + std::to_string(household.id)
                                        + ") lies too far out for a neighbour distance of "
                                        + std::to_string(cellSize) + " m");
        entries.push_back({static_cast<std::int64_t>(cx), static_cast<std::int64_t>(cy),
                           vertexOf(groupIds, household.groupId), p});
    }
    // Ties keep input order (stable sort), so the result never depends on the library.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return std::tie(a.cx, a.cy, a.vertex) < std::tie(b.cx, b.cy, b.vertex);
    });

    Grid grid;
    grid.points.reserve(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const Entry &e = entries[i];
        const bool newCell = i == 0 || e.cx != entries[i - 1].cx || e.cy != entries[i - 1].cy;
        if (newCell)
            grid.cells.push_back({e.cx, e.cy, grid.patches.size(), grid.patches.size()});
        if (newCell || e.vertex != entries[i - 1].vertex)
            grid.patches.push_back({e.vertex, grid.cells.size() - 1, i, i, {e.location.x, e.location.y, e.location.x, e.location.y}});
        Patch &patch = grid.patches.back();
        patch.end = i + 1;
        patch.box = {std::min(patch.box.minX, e.location.x), std::min(patch.box.minY, e.location.y),
                     std::max(patch.box.maxX, e.location.x), std::max(patch.box.maxY, e.location.y)};
        grid.cells.back().end = grid.patches.size();
        grid.points.push_back(e.location);
    }
    return grid;
}

const Cell *findCell(const Grid &grid, std::int64_t cx, std::int64_t cy)
{
    const auto it = std::lower_bound(grid.cells.begin(), grid.cells.end(), std::pair{cx, cy},
                                     [](const Cell &c, const std::pair<std::int64_t, std::int64_t> &key) {
                                         return std::pair{c.cx, c.cy} < key;
                                     });
    return it != grid.cells.end() && it->cx == cx && it->cy == cy ? &*it : nullptr;
}

double squared(double v) { return v * v; }

// Squared distance between the closest (or farthest) points of two boxes.
double minDistance2(const Box &a, const Box &b)
{
    return squared(std::max({0.0, a.minX - b.maxX, b.minX - a.maxX}))
        + squared(std::max({0.0, a.minY - b.maxY, b.minY - a.maxY}));
}

double maxDistance2(const Box &a, const Box &b)
{
    return squared(std::max(a.maxX, b.maxX) - std::min(a.minX, b.minX))
        + squared(std::max(a.maxY, b.maxY) - std::min(a.minY, b.minY));
}

bool patchesTouch(const Grid &grid, const Patch &a, const Patch &b, double limit2)
{
    if (minDistance2(a.box, b.box) > limit2)
        return false;
    if (maxDistance2(a.box, b.box) <= limit2)
        return true; // every pair is close enough: no need to look at points
    for (std::size_t i = a.begin; i < a.end; ++i) {
        for (std::size_t j = b.begin; j < b.end; ++j) {
            const PointXY &p = grid.points[i];
            const PointXY &q = grid.points[j];
            if (squared(p.x - q.x) + squared(p.y - q.y) <= limit2)
                return true;
        }
    }
    return false;
}

// Patch indices grouped by group (vertex), each group's patches in grid order.
std::vector<std::vector<std::size_t>> patchesByVertex(const Grid &grid, std::size_t vertexCount)
{
    std::vector<std::vector<std::size_t>> result(vertexCount);
    for (std::size_t i = 0; i < grid.patches.size(); ++i)
        result[grid.patches[i].vertex].push_back(i);
    return result;
}

// Sorted vertex pairs (a < b) of groups that come within `distance` of each other.
// Group by group, so a plain array (not a hash set) remembers which neighbours of the
// current group are already known and the point comparisons stop there.
std::vector<std::pair<std::size_t, std::size_t>> adjacentVertices(const Grid &grid, std::size_t vertexCount,
                                                                  double distance,
                                                                  const std::function<bool(double)> &progress)
{
    const double limit2 = distance * distance;
    const auto byVertex = patchesByVertex(grid, vertexCount);
    constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::vector<std::size_t> knownFor(vertexCount, kNone); // knownFor[w] == v: v-w found
    std::vector<std::pair<std::size_t, std::size_t>> edges;
    std::vector<std::size_t> neighbours;
    for (std::size_t v = 0; v < vertexCount; ++v) {
        if (v % 1024 == 0)
            checkProgress(progress, 0.1 + 0.6 * static_cast<double>(v) / static_cast<double>(vertexCount));
        neighbours.clear();
        for (const std::size_t p : byVertex[v]) {
            const Patch &patch = grid.patches[p];
            const Cell &home = grid.cells[patch.cell];
            for (std::int64_t dy = -1; dy <= 1; ++dy) {
                for (std::int64_t dx = -1; dx <= 1; ++dx) {
                    const Cell *cell = findCell(grid, home.cx + dx, home.cy + dy);
                    if (!cell)
                        continue;
                    for (std::size_t q = cell->begin; q < cell->end; ++q) {
                        const Patch &other = grid.patches[q];
                        // Each pair is looked at from its smaller vertex only.
                        if (other.vertex <= v || knownFor[other.vertex] == v
                            || !patchesTouch(grid, patch, other, limit2))
                            continue;
                        knownFor[other.vertex] = v;
                        neighbours.push_back(other.vertex);
                    }
                }
            }
        }
        std::sort(neighbours.begin(), neighbours.end());
        for (const std::size_t w : neighbours)
            edges.emplace_back(v, w);
    }
    return edges;
}

// Both directions of every edge, sorted by source: the input of a CSR graph. Edges
// sorted by (a, b) put each vertex's smaller neighbours before its larger ones, both in
// ascending order, so one counting pass keeps every bucket sorted.
std::vector<std::pair<std::uint32_t, std::uint32_t>> bothDirections(
    const std::vector<std::pair<std::size_t, std::size_t>> &edges, std::size_t vertexCount)
{
    std::vector<std::size_t> offset(vertexCount + 1, 0);
    for (const auto &[a, b] : edges) {
        ++offset[a + 1];
        ++offset[b + 1];
    }
    for (std::size_t v = 0; v < vertexCount; ++v)
        offset[v + 1] += offset[v];
    std::vector<std::pair<std::uint32_t, std::uint32_t>> directed(edges.size() * 2);
    for (const auto &[a, b] : edges) {
        directed[offset[a]++] = {static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(b)};
        directed[offset[b]++] = {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(a)};
    }
    return directed;
}

} // namespace

GroupColouring colourGroups(const std::vector<Household> &households, double neighbourDistance,
                            const std::function<bool(double)> &progress)
{
    if (!std::isfinite(neighbourDistance) || neighbourDistance <= 0.0)
        throw std::invalid_argument("colourGroups: neighbourDistance must be a positive number of metres, got "
                                    + std::to_string(neighbourDistance));
    checkProgress(progress, 0.0);

    GroupColouring result;
    const std::vector<Id> groupIds = groupIdsOf(households);
    if (groupIds.size() > std::numeric_limits<std::uint32_t>::max())
        throw std::invalid_argument("colourGroups: more than 2^32 groups");
    if (groupIds.empty()) {
        checkProgress(progress, 1.0);
        return result;
    }
    const Grid grid = buildGrid(households, groupIds, neighbourDistance);
    checkProgress(progress, 0.1);
    const auto edges = adjacentVertices(grid, groupIds.size(), neighbourDistance, progress);
    checkProgress(progress, 0.7);

    // Vertex i is the i-th group in ascending id order: the colouring is deterministic.
    // A CSR graph holding both directions of each edge is an undirected graph to these
    // algorithms (they only walk adjacent vertices), and costs no allocation per edge.
    using Graph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, boost::no_property,
                                                     boost::no_property, std::uint32_t, std::size_t>;
    Graph graph;
    {
        const auto directed = bothDirections(edges, groupIds.size());
        graph = Graph(boost::edges_are_sorted, directed.begin(), directed.end(),
                      static_cast<std::uint32_t>(groupIds.size()));
    }
    // Smallest-last ordering never needs more than the graph's degeneracy + 1 colours
    // (at most 6 on a planar graph). On the scale-1 demo at 60 m it uses 8, the size
    // of the largest clique there, so no colouring can use fewer; DSATUR finds 8 too.
    const std::vector<std::uint32_t> order = boost::smallest_last_vertex_ordering(graph);
    std::vector<std::uint32_t> colours(groupIds.size());
    const auto colourMap = boost::make_iterator_property_map(colours.begin(), boost::get(boost::vertex_index, graph));
    const auto orderMap = boost::make_iterator_property_map(order.begin(), boost::typed_identity_property_map<std::size_t>());
    result.colourCount = static_cast<int>(boost::sequential_vertex_coloring(graph, orderMap, colourMap));
    checkProgress(progress, 0.95);

    for (std::size_t v = 0; v < groupIds.size(); ++v)
        result.colourOf.emplace_hint(result.colourOf.end(), groupIds[v], static_cast<int>(colours[v]));
    result.adjacentPairs.reserve(edges.size());
    for (const auto &[a, b] : edges)
        result.adjacentPairs.emplace_back(groupIds[a], groupIds[b]);
    result.neighbourDistance = neighbourDistance;
    checkProgress(progress, 1.0);
    return result;
}

GroupColouring colourGroupsToFit(const std::vector<Household> &households, int maxColours, double startDistance,
                                 const std::function<bool(double)> &progress)
{
    constexpr double kSmallestDistance = 1.0;
    GroupColouring colouring = colourGroups(households, startDistance, progress);
    for (double distance = startDistance / 2.0; colouring.colourCount > maxColours && distance >= kSmallestDistance;
         distance /= 2.0)
        colouring = colourGroups(households, distance, progress);
    return colouring;
}

} // namespace lianxin
