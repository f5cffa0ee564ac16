// The edits of the shared-edge view (coverageedges.h): moving, adding and removing nodes
// in every ring that shares them, and the polygons rebuilt from the nodes.
#include "analysis/coverageedges.h"

#include <algorithm>
#include <cstdio>
#include <set>

namespace lianxin {

namespace {

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

} // namespace

std::string CoverageEdges::nodeName(std::size_t node) const
{
    char text[64];
    std::snprintf(text, sizeof text, "(%.2f %.2f)", m_nodes[node].x, m_nodes[node].y);
    return text;
}

void CoverageEdges::checkMovable(std::size_t node, bool moveOutline) const
{
    if (node >= m_nodes.size() || m_nodeRings[node].empty())
        throw EditRefused("there is no vertex " + std::to_string(node));
    for (std::size_t r : m_nodeRings[node]) {
        const RingNodes &ring = m_rings[r];
        if (ring.area == kOutline) {
            if (!moveOutline)
                throw EditRefused("the vertex at " + nodeName(node) +
                                  " lies on the urban outline, which does not move unless asked");
            continue;
        }
        const BoundaryArea &area = m_source.areas[static_cast<std::size_t>(ring.area)];
        if (area.locked)
            throw EditRefused(area.code + " is locked: its border at " + nodeName(node) + " does not move");
    }
}

void CoverageEdges::moveNode(std::size_t node, const PointXY &to, bool moveOutline)
{
    checkMovable(node, moveOutline);
    m_nodes[node] = to;
}

void CoverageEdges::moveSegment(const Segment &segment, const PointXY &delta, bool moveOutline)
{
    checkMovable(segment.a, moveOutline);
    checkMovable(segment.b, moveOutline);
    m_nodes[segment.a] = {m_nodes[segment.a].x + delta.x, m_nodes[segment.a].y + delta.y};
    m_nodes[segment.b] = {m_nodes[segment.b].x + delta.x, m_nodes[segment.b].y + delta.y};
}

std::size_t CoverageEdges::insertNode(const Segment &segment, const PointXY &near)
{
    std::vector<std::pair<std::size_t, std::size_t>> places; // ring, position after which to insert
    for (std::size_t r = 0; r < m_rings.size(); ++r) {
        const std::vector<std::size_t> &nodes = m_rings[r].nodes;
        for (std::size_t i = 0; nodes.size() > 1 && i < nodes.size(); ++i) {
            const std::size_t a = nodes[i], b = nodes[(i + 1) % nodes.size()];
            if ((a == segment.a && b == segment.b) || (a == segment.b && b == segment.a))
                places.emplace_back(r, i);
        }
    }
    if (places.empty())
        throw EditRefused("no border runs between the vertices " + std::to_string(segment.a) + " and " +
                          std::to_string(segment.b));
    const PointXY &a = m_nodes[segment.a], &b = m_nodes[segment.b];
    const std::size_t node = m_nodes.size();
    m_nodes.push_back(along(a, b, projection(near, a, b)));
    for (const auto &[r, i] : places) {
        std::vector<std::size_t> &nodes = m_rings[r].nodes;
        nodes.insert(nodes.begin() + static_cast<std::ptrdiff_t>(i + 1), node);
    }
    indexNodeRings();
    return node;
}

void CoverageEdges::removeNode(std::size_t node, bool moveOutline)
{
    checkMovable(node, moveOutline);
    std::set<std::size_t> neighbours;
    for (std::size_t r : m_nodeRings[node]) {
        const std::vector<std::size_t> &nodes = m_rings[r].nodes;
        if (nodes.size() < 4)
            throw EditRefused("removing the vertex at " + nodeName(node) + " would leave a ring of " +
                              (m_rings[r].area == kOutline
                                   ? std::string("the urban outline")
                                   : m_source.areas[static_cast<std::size_t>(m_rings[r].area)].code) +
                              " with fewer than three corners");
        for (std::size_t i = 0; i < nodes.size(); ++i)
            if (nodes[i] == node) {
                neighbours.insert(nodes[(i + nodes.size() - 1) % nodes.size()]);
                neighbours.insert(nodes[(i + 1) % nodes.size()]);
            }
    }
    if (neighbours.size() > 2)
        throw EditRefused("the vertex at " + nodeName(node) + " is where three or more borders meet; it cannot be removed");
    for (std::size_t r : m_nodeRings[node]) {
        std::vector<std::size_t> &nodes = m_rings[r].nodes;
        nodes.erase(std::remove(nodes.begin(), nodes.end(), node), nodes.end());
    }
    indexNodeRings();
}

BoundaryLayout CoverageEdges::layout() const
{
    BoundaryLayout result = m_source;
    for (BoundaryArea &area : result.areas)
        area.geometry = {};
    for (Polygon &polygon : result.outline)
        polygon = {};
    for (const RingNodes &ring : m_rings) {
        Ring points;
        for (std::size_t node : ring.nodes)
            points.push_back(m_nodes[node]);
        if (!points.empty())
            points.push_back(points.front());
        Polygon &target = ring.area == kOutline ? result.outline[ring.part]
                                                : result.areas[static_cast<std::size_t>(ring.area)].geometry;
        if (ring.hole)
            target.holes.push_back(std::move(points));
        else
            target.outer = std::move(points);
    }
    return result;
}

} // namespace lianxin
