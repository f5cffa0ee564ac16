#include "analysis/routepath.h"

#include "analysis/routelocalsearch.h"

#include <algorithm>
#include <cmath>

namespace lianxin::route {

namespace {

// Moves that gain less than this are noise from floating-point sums: accepting them could
// cycle between two orders of equal length.
constexpr double kMinGain = 1e-9;

} // namespace

DistanceMatrix::DistanceMatrix(const std::vector<PointXY> &nodes)
    : m_size(nodes.size())
    , m_metres(nodes.size() * nodes.size(), 0.0)
{
    for (std::size_t a = 0; a < m_size; ++a)
        for (std::size_t b = a + 1; b < m_size; ++b) {
            const double metres = std::hypot(nodes[a].x - nodes[b].x, nodes[a].y - nodes[b].y);
            m_metres[a * m_size + b] = metres;
            m_metres[b * m_size + a] = metres;
        }
}

double pathLength(const DistanceMatrix &d, const Path &path)
{
    double metres = 0.0;
    for (std::size_t i = 1; i < path.size(); ++i)
        metres += d(static_cast<std::size_t>(path[i - 1]), static_cast<std::size_t>(path[i]));
    return metres;
}

bool twoOpt(const DistanceMatrix &d, Path &path)
{
    const std::size_t last = path.size() - 1;
    bool changed = false;
    for (bool improved = true; improved;) {
        improved = false;
        for (std::size_t i = 1; i < last; ++i) {
            for (std::size_t j = i + 1; j <= last; ++j) {
                const auto a = static_cast<std::size_t>(path[i - 1]);
                const auto b = static_cast<std::size_t>(path[i]);
                const auto c = static_cast<std::size_t>(path[j]);
                // Reversing b..c swaps edge (a,b) for (a,c), and (c,e) for (b,e) unless c ends the path.
                double gain = d(a, b) - d(a, c);
                if (j < last) {
                    const auto e = static_cast<std::size_t>(path[j + 1]);
                    gain += d(c, e) - d(b, e);
                }
                if (gain > kMinGain) {
                    std::reverse(path.begin() + static_cast<std::ptrdiff_t>(i),
                                 path.begin() + static_cast<std::ptrdiff_t>(j) + 1);
                    improved = changed = true;
                }
            }
        }
    }
    return changed;
}

Path nearestNeighbourTwoOpt(const DistanceMatrix &d)
{
    const std::size_t n = d.size();
    Path path{0};
    std::vector<bool> used(n, false);
    if (n > 0)
        used[0] = true;
    for (std::size_t step = 1; step < n; ++step) {
        const auto from = static_cast<std::size_t>(path.back());
        std::size_t best = n;
        for (std::size_t next = 1; next < n; ++next)
            if (!used[next] && (best == n || d(from, next) < d(from, best)))
                best = next;
        used[best] = true;
        path.push_back(static_cast<int>(best));
    }
    if (path.size() > 2)
        twoOpt(d, path);
    return path;
}

Path shortestOpenPath(const DistanceMatrix &d)
{
    if (d.size() <= 1)
        return d.size() == 1 ? Path{0} : Path{};
    if (static_cast<int>(d.size()) - 1 <= kExactStops)
        return heldKarpPath(d);
    return localSearchPath(d);
}

} // namespace lianxin::route
