#include "analysis/boundarysnap.h"

#include <algorithm>
#include <cmath>

namespace lianxin {

namespace {

double distance(const PointXY &a, const PointXY &b) { return std::hypot(a.x - b.x, a.y - b.y); }

PointXY nearestOnSegment(const PointXY &p, const PointXY &a, const PointXY &b)
{
    const double dx = b.x - a.x, dy = b.y - a.y, length2 = dx * dx + dy * dy;
    const double t = length2 == 0.0 ? 0.0 : std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / length2, 0.0, 1.0);
    return {a.x + t * dx, a.y + t * dy};
}

struct Best {
    std::optional<SnapResult> vertex, edge;
    double vertexDistance, edgeDistance;
    explicit Best(double radius) : vertexDistance(radius), edgeDistance(radius) {}
    void offerVertex(const PointXY &p, const PointXY &q)
    {
        const double d = distance(p, q);
        if (d <= vertexDistance) {
            vertexDistance = d;
            vertex = SnapResult{q, true};
        }
    }
    void offerSegment(const PointXY &p, const PointXY &a, const PointXY &b)
    {
        const PointXY q = nearestOnSegment(p, a, b);
        const double d = distance(p, q);
        if (d <= edgeDistance) {
            edgeDistance = d;
            edge = SnapResult{q, false};
        }
    }
};

} // namespace

BoundarySnapper::BoundarySnapper(const std::vector<Building> &buildings)
    : m_buildings(buildings)
{
    std::vector<Box> boxes;
    for (const Building &building : buildings)
        boxes.push_back(building.geometry.outer.empty() ? Box{NAN, NAN, NAN, NAN} : boundsOf(building.geometry));
    m_index = BoxIndex(boxes);
}

std::optional<SnapResult> BoundarySnapper::snap(const CoverageEdges &edges, const PointXY &p, double radius,
                                                std::optional<std::size_t> moving) const
{
    Best best(radius);
    const std::vector<PointXY> &nodes = edges.nodes();
    for (const CoverageEdges::RingNodes &ring : edges.rings()) {
        const std::size_t n = ring.nodes.size();
        for (std::size_t i = 0; i < n; ++i) {
            const std::size_t a = ring.nodes[i], b = ring.nodes[(i + 1) % n];
            if (a != moving)
                best.offerVertex(p, nodes[a]);
            if (a != moving && b != moving)
                best.offerSegment(p, nodes[a], nodes[b]);
        }
    }
    std::vector<std::size_t> hits;
    m_index.query({p.x - radius, p.y - radius, p.x + radius, p.y + radius}, hits);
    for (std::size_t h : hits) {
        const Ring &ring = m_buildings[h].geometry.outer;
        for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
            best.offerVertex(p, ring[i]);
            best.offerSegment(p, ring[i], ring[i + 1]);
        }
    }
    return best.vertex ? best.vertex : best.edge;
}

} // namespace lianxin
