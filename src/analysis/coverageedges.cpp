#include "analysis/coverageedges.h"

#include "core/boxindex.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>

namespace lianxin {

namespace {

// Closer than this to an outline segment is on it already (metres): the rounding of a
// vertex to the millimetre grid projects store (the demo's, GEOS's fixed-precision
// overlay). Such a node stays where it is, so a first look through the view changes no
// stored area; the outline ring takes the node as it lies (the outline is never saved).
constexpr double kOnSegment = 1e-3;

double distance(const PointXY &a, const PointXY &b) { return std::hypot(a.x - b.x, a.y - b.y); }

// The parameter t in [0, 1] of the point of segment a-b nearest to p.
double projection(const PointXY &p, const PointXY &a, const PointXY &b)
{
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double length2 = dx * dx + dy * dy;
    if (length2 == 0.0)
        return 0.0;
    return std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / length2, 0.0, 1.0);
}

PointXY along(const PointXY &a, const PointXY &b, double t) { return {a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)}; }

// Removes consecutive repeats, including the last node repeating the first.
void dropRepeats(std::vector<std::size_t> &nodes)
{
    nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
    while (nodes.size() > 1 && nodes.front() == nodes.back())
        nodes.pop_back();
}

class UnionFind {
public:
    explicit UnionFind(std::size_t n) : m_parent(n) { std::iota(m_parent.begin(), m_parent.end(), 0); }
    std::size_t find(std::size_t i)
    {
        while (m_parent[i] != i)
            i = m_parent[i] = m_parent[m_parent[i]];
        return i;
    }
    // The smaller index stays the root: the first vertex in input order gives the position.
    void unite(std::size_t a, std::size_t b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            m_parent[std::max(a, b)] = std::min(a, b);
    }

private:
    std::vector<std::size_t> m_parent;
};

struct CellHash {
    std::size_t operator()(const std::pair<long long, long long> &c) const
    {
        return std::hash<long long>()(c.first * 73856093LL ^ c.second * 19349663LL);
    }
};

} // namespace

CoverageEdges::CoverageEdges(BoundaryLayout layout, double tolerance)
    : m_source(std::move(layout))
    , m_tolerance(tolerance)
{
    if (!(tolerance > 0.0) || !std::isfinite(tolerance))
        throw std::invalid_argument("the snapping tolerance must be a positive number of metres");
    std::vector<PointXY> vertices;
    for (std::size_t k = 0; k < m_source.outline.size(); ++k) {
        addRing(kOutline, k, false, m_source.outline[k].outer, vertices);
        for (const Ring &hole : m_source.outline[k].holes)
            addRing(kOutline, k, true, hole, vertices);
    }
    for (std::size_t i = 0; i < m_source.areas.size(); ++i) {
        addRing(static_cast<int>(i), 0, false, m_source.areas[i].geometry.outer, vertices);
        for (const Ring &hole : m_source.areas[i].geometry.holes)
            addRing(static_cast<int>(i), 0, true, hole, vertices);
    }
    snapVertices(vertices);
    indexNodeRings();
    // A node moved onto an outline segment may come near another segment; a few passes
    // settle it (one is enough for real data).
    for (int pass = 0; pass < 3 && insertTJunctions(); ++pass)
        indexNodeRings();
}

void CoverageEdges::addRing(int area, std::size_t part, bool hole, const Ring &ring, std::vector<PointXY> &vertices)
{
    RingNodes nodes{area, part, hole, {}};
    std::size_t count = ring.size();
    if (count > 1 && ring.front() == ring.back())
        --count;
    for (std::size_t i = 0; i < count; ++i) {
        nodes.nodes.push_back(vertices.size()); // a vertex index until snapVertices()
        vertices.push_back(ring[i]);
    }
    m_rings.push_back(std::move(nodes));
}

void CoverageEdges::snapVertices(const std::vector<PointXY> &vertices)
{
    UnionFind clusters(vertices.size());
    std::unordered_map<std::pair<long long, long long>, std::vector<std::size_t>, CellHash> cells;
    for (std::size_t v = 0; v < vertices.size(); ++v) {
        const long long cx = static_cast<long long>(std::floor(vertices[v].x / m_tolerance));
        const long long cy = static_cast<long long>(std::floor(vertices[v].y / m_tolerance));
        for (long long dx = -1; dx <= 1; ++dx)
            for (long long dy = -1; dy <= 1; ++dy) {
                const auto found = cells.find({cx + dx, cy + dy});
                if (found == cells.end())
                    continue;
                for (std::size_t w : found->second)
                    if (distance(vertices[v], vertices[w]) <= m_tolerance)
                        clusters.unite(v, w);
            }
        cells[{cx, cy}].push_back(v);
    }
    std::vector<std::size_t> nodeOfRoot(vertices.size(), SIZE_MAX);
    std::vector<std::size_t> nodeOfVertex(vertices.size());
    for (std::size_t v = 0; v < vertices.size(); ++v) {
        const std::size_t root = clusters.find(v);
        if (nodeOfRoot[root] == SIZE_MAX) {
            nodeOfRoot[root] = m_nodes.size();
            m_nodes.push_back(vertices[root]);
        }
        nodeOfVertex[v] = nodeOfRoot[root];
    }
    for (RingNodes &ring : m_rings) {
        for (std::size_t &node : ring.nodes)
            node = nodeOfVertex[node];
        dropRepeats(ring.nodes);
    }
}

void CoverageEdges::indexNodeRings()
{
    m_nodeRings.assign(m_nodes.size(), {});
    for (std::size_t r = 0; r < m_rings.size(); ++r)
        for (std::size_t node : m_rings[r].nodes)
            if (m_nodeRings[node].empty() || m_nodeRings[node].back() != r)
                m_nodeRings[node].push_back(r);
}

bool CoverageEdges::insertTJunctions()
{
    struct SegmentRef {
        std::size_t ring;
        std::size_t index; // segment from nodes[index] to nodes[index + 1]
    };
    std::vector<SegmentRef> segments;
    std::vector<Box> boxes;
    for (std::size_t r = 0; r < m_rings.size(); ++r) {
        const std::vector<std::size_t> &nodes = m_rings[r].nodes;
        for (std::size_t i = 0; nodes.size() > 1 && i < nodes.size(); ++i) {
            const PointXY &a = m_nodes[nodes[i]];
            const PointXY &b = m_nodes[nodes[(i + 1) % nodes.size()]];
            segments.push_back({r, i});
            boxes.push_back({std::min(a.x, b.x) - m_tolerance, std::min(a.y, b.y) - m_tolerance,
                             std::max(a.x, b.x) + m_tolerance, std::max(a.y, b.y) + m_tolerance});
        }
    }
    const BoxIndex index(boxes);
    // For each ring, the nodes to put in: (segment index, t, node); one segment per node
    // and ring, the nearest.
    struct Insertion {
        std::size_t index;
        double t;
        std::size_t node;
        double distance;
    };
    std::vector<std::map<std::size_t, Insertion>> byRing(m_rings.size()); // keyed by node
    std::vector<std::size_t> hits;
    for (std::size_t n = 0; n < m_nodes.size(); ++n) {
        const PointXY &p = m_nodes[n];
        index.query(boxOf(p), hits);
        for (std::size_t s : hits) {
            const SegmentRef &ref = segments[s];
            const std::vector<std::size_t> &nodes = m_rings[ref.ring].nodes;
            const std::size_t a = nodes[ref.index], b = nodes[(ref.index + 1) % nodes.size()];
            if (std::find(m_nodeRings[n].begin(), m_nodeRings[n].end(), ref.ring) != m_nodeRings[n].end())
                continue; // the ring passes through n already
            if (distance(p, m_nodes[a]) <= m_tolerance || distance(p, m_nodes[b]) <= m_tolerance)
                continue;
            const double t = projection(p, m_nodes[a], m_nodes[b]);
            const double d = distance(p, along(m_nodes[a], m_nodes[b], t));
            if (d > m_tolerance || t <= 0.0 || t >= 1.0)
                continue;
            auto [slot, added] = byRing[ref.ring].try_emplace(n, Insertion{ref.index, t, n, d});
            if (!added && d < slot->second.distance)
                slot->second = Insertion{ref.index, t, n, d};
        }
    }
    bool changed = false;
    for (std::size_t r = 0; r < m_rings.size(); ++r) {
        if (byRing[r].empty())
            continue;
        changed = true;
        std::vector<Insertion> insertions;
        for (const auto &[node, insertion] : byRing[r])
            insertions.push_back(insertion);
        std::sort(insertions.begin(), insertions.end(), [](const Insertion &x, const Insertion &y) {
            return x.index != y.index ? x.index < y.index : x.t < y.t;
        });
        RingNodes &ring = m_rings[r];
        std::vector<std::size_t> merged;
        std::size_t next = 0;
        for (std::size_t i = 0; i < ring.nodes.size(); ++i) {
            merged.push_back(ring.nodes[i]);
            for (; next < insertions.size() && insertions[next].index == i; ++next) {
                const Insertion &insertion = insertions[next];
                // The outline does not move: a vertex snapping onto it moves onto it.
                // Nodes already on it (to rounding) stay put, so areas the edit did not
                // touch keep their coordinates to the bit.
                if (ring.area == kOutline && !isOutlineNode(insertion.node) && insertion.distance > kOnSegment) {
                    const PointXY &a = m_nodes[ring.nodes[i]];
                    const PointXY &b = m_nodes[ring.nodes[(i + 1) % ring.nodes.size()]];
                    m_nodes[insertion.node] = along(a, b, insertion.t);
                }
                merged.push_back(insertion.node);
            }
        }
        ring.nodes = std::move(merged);
        dropRepeats(ring.nodes);
    }
    return changed;
}

bool CoverageEdges::isOutlineNode(std::size_t node) const
{
    for (std::size_t r : m_nodeRings[node])
        if (m_rings[r].area == kOutline)
            return true;
    return false;
}

std::vector<std::size_t> CoverageEdges::areasAt(std::size_t node) const
{
    std::vector<std::size_t> areas;
    for (std::size_t r : m_nodeRings[node])
        if (m_rings[r].area != kOutline)
            areas.push_back(static_cast<std::size_t>(m_rings[r].area));
    std::sort(areas.begin(), areas.end());
    areas.erase(std::unique(areas.begin(), areas.end()), areas.end());
    return areas;
}

std::vector<CoverageEdges::Edge> CoverageEdges::edges() const
{
    using Key = std::pair<std::size_t, std::size_t>;
    std::map<Key, std::vector<int>> owners; // segment -> sorted owners (kOutline first)
    std::vector<std::set<std::size_t>> neighbours(m_nodes.size());
    for (const RingNodes &ring : m_rings) {
        const std::size_t n = ring.nodes.size();
        for (std::size_t i = 0; n > 1 && i < n; ++i) {
            const std::size_t a = ring.nodes[i], b = ring.nodes[(i + 1) % n];
            std::vector<int> &list = owners[{std::min(a, b), std::max(a, b)}];
            if (std::find(list.begin(), list.end(), ring.area) == list.end())
                list.push_back(ring.area);
            neighbours[a].insert(b);
            neighbours[b].insert(a);
        }
    }
    for (auto &[key, list] : owners)
        std::sort(list.begin(), list.end());
    auto ownersOf = [&](std::size_t a, std::size_t b) -> const std::vector<int> & {
        return owners.at({std::min(a, b), std::max(a, b)});
    };
    auto isBreak = [&](std::size_t node) {
        if (neighbours[node].size() != 2)
            return true;
        const std::size_t p = *neighbours[node].begin(), q = *neighbours[node].rbegin();
        return ownersOf(node, p) != ownersOf(node, q);
    };
    std::set<Key> visited;
    std::vector<Edge> result;
    auto walk = [&](std::size_t start, std::size_t next) {
        Edge edge;
        edge.nodes = {start};
        const std::vector<int> &sides = ownersOf(start, next);
        std::size_t previous = start, current = next;
        for (;;) {
            visited.insert({std::min(previous, current), std::max(previous, current)});
            edge.nodes.push_back(current);
            if (current == start || isBreak(current))
                break;
            const std::size_t p = *neighbours[current].begin(), q = *neighbours[current].rbegin();
            const std::size_t following = p == previous ? q : p;
            previous = current;
            current = following;
        }
        for (int owner : sides) {
            if (owner == kOutline)
                edge.onOutline = true;
            else
                edge.areaIds.push_back(m_source.areas[static_cast<std::size_t>(owner)].id);
        }
        result.push_back(std::move(edge));
    };
    for (std::size_t node = 0; node < m_nodes.size(); ++node) {
        if (!isBreak(node))
            continue;
        for (std::size_t next : neighbours[node])
            if (!visited.count({std::min(node, next), std::max(node, next)}))
                walk(node, next);
    }
    for (const auto &[key, list] : owners) // closed borders without a junction
        if (!visited.count(key))
            walk(key.first, key.second);
    return result;
}

std::optional<std::size_t> CoverageEdges::nodeNear(const PointXY &p, double radius) const
{
    std::optional<std::size_t> best;
    double bestDistance = radius;
    for (std::size_t n = 0; n < m_nodes.size(); ++n) {
        if (m_nodeRings[n].empty())
            continue; // removed
        const double d = distance(p, m_nodes[n]);
        if (d <= bestDistance) {
            bestDistance = d;
            best = n;
        }
    }
    return best;
}

std::optional<CoverageEdges::Segment> CoverageEdges::segmentNear(const PointXY &p, double radius) const
{
    std::optional<Segment> best;
    double bestDistance = radius;
    for (const RingNodes &ring : m_rings) {
        const std::size_t n = ring.nodes.size();
        for (std::size_t i = 0; n > 1 && i < n; ++i) {
            const std::size_t a = ring.nodes[i], b = ring.nodes[(i + 1) % n];
            const double d = distance(p, along(m_nodes[a], m_nodes[b], projection(p, m_nodes[a], m_nodes[b])));
            if (d <= bestDistance) {
                bestDistance = d;
                best = Segment{a, b};
            }
        }
    }
    return best;
}

} // namespace lianxin
