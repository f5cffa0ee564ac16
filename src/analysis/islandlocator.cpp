#include "analysis/islandlocator.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace lianxin {

namespace {

std::vector<Box> boundsOfIslands(const std::vector<Island> &islands)
{
    std::vector<Box> boxes;
    boxes.reserve(islands.size());
    for (const Island &island : islands)
        boxes.push_back(boundsOf(island.geometry));
    return boxes;
}

PointXY projectOnSegment(const PointXY &p, const PointXY &a, const PointXY &b)
{
    const double dx = b.x - a.x;
    const double dy = b.y - a.y;
    const double lengthSquared = dx * dx + dy * dy;
    if (lengthSquared == 0.0)
        return a;
    const double t = std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared, 0.0, 1.0);
    return {a.x + t * dx, a.y + t * dy};
}

} // namespace

IslandLocator::IslandLocator(const std::vector<Island> &islands)
    : m_islands(islands)
    , m_index(boundsOfIslands(islands))
{
    for (std::size_t i = 0; i < islands.size(); ++i)
        m_indexOf.emplace(islands[i].id, i);
}

Id IslandLocator::islandOf(const PointXY &p) const
{
    std::vector<std::size_t> hits; // local: the planner asks from several threads
    m_index.query(boxOf(p), hits);
    for (const std::size_t i : hits)
        if (polygonContains(m_islands[i].geometry, p))
            return m_islands[i].id;
    return 0;
}

PointXY IslandLocator::nearestShorePoint(Id islandId, const PointXY &p) const
{
    const auto found = m_indexOf.find(islandId);
    if (found == m_indexOf.end())
        throw std::out_of_range("no island " + std::to_string(islandId));
    const Ring &ring = m_islands[found->second].geometry.outer;
    PointXY best = ring.empty() ? p : ring.front();
    double bestSquared = std::numeric_limits<double>::infinity();
    for (std::size_t i = 1; i < ring.size(); ++i) {
        const PointXY q = projectOnSegment(p, ring[i - 1], ring[i]);
        const double squared = (q.x - p.x) * (q.x - p.x) + (q.y - p.y) * (q.y - p.y);
        if (squared < bestSquared) {
            bestSquared = squared;
            best = q;
        }
    }
    return best;
}

} // namespace lianxin
