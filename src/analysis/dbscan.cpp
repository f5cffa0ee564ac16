#include "analysis/dbscan.h"

#include "analysis/dbscangrid.h"

#include <algorithm>
#include <climits>
#include <stdexcept>

namespace lianxin {

namespace {

using dbscan_detail::CellGrid;
using dbscan_detail::Index;
using dbscan_detail::withinEps;

// Union-find over grid positions with path halving; the smaller root wins so that a
// set's root never depends on the order of the unions' arguments.
class DisjointSets {
public:
    explicit DisjointSets(std::size_t n) : m_parent(n)
    {
        for (std::size_t i = 0; i < n; ++i)
            m_parent[i] = static_cast<Index>(i);
    }
    Index find(Index x)
    {
        while (m_parent[x] != x) {
            m_parent[x] = m_parent[m_parent[x]];
            x = m_parent[x];
        }
        return x;
    }
    void unite(Index a, Index b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            m_parent[std::max(a, b)] = std::min(a, b);
    }

private:
    std::vector<Index> m_parent;
};

// Calls the caller's progress callback now and then; false from it cancels.
class Progress {
public:
    explicit Progress(const std::function<bool(double)> &callback) : m_callback(callback) {}
    void at(double fraction) const
    {
        if (m_callback && !m_callback(fraction))
            throw std::runtime_error("cancelled");
    }

private:
    const std::function<bool(double)> &m_callback;
};

// The whole fast algorithm on grid positions. Clusters are the connected components of
// core points (two cores within eps are density-reachable from each other), numbered by
// their smallest input index: exactly the order in which the textbook loop discovers
// them. A border point joins the smallest-numbered cluster with a core within its reach,
// which is the first cluster whose expansion reaches it in the textbook loop.
class FastDbscan {
public:
    FastDbscan(const std::vector<PointXY> &points, const DbscanOptions &options)
        : m_grid(points, options.eps, !options.pairFilter)
        , m_options(options)
        , m_eps2(options.eps * options.eps)
        , m_core(points.size(), 0)
        , m_sets(points.size())
        , m_progress(options.progress)
    {
    }

    std::vector<int> run()
    {
        findCores();
        connectCores();
        return labelPoints();
    }

private:
    bool neighbours(Index p, Index q) const
    {
        if (!withinEps(m_grid.point(p), m_grid.point(q), m_eps2))
            return false;
        return !m_options.pairFilter || m_options.pairFilter(m_grid.original(p), m_grid.original(q));
    }

    void reportCell(std::size_t cell, double phaseStart) const
    {
        if (cell % 4096 == 0)
            m_progress.at(phaseStart + 0.3 * static_cast<double>(cell) / static_cast<double>(m_grid.cellCount()));
    }

    void findCores()
    {
        const auto minPoints = static_cast<std::size_t>(m_options.minPoints);
        m_coresIn.assign(m_grid.cellCount(), 0);
        for (std::size_t c = 0; c < m_grid.cellCount(); ++c) {
            reportCell(c, 0.0);
            const auto [begin, end] = m_grid.range(c);
            const std::size_t own = end - begin;
            if (m_grid.tight(c) && own >= minPoints) {
                std::fill(m_core.begin() + begin, m_core.begin() + end, 1);
                m_coresIn[c] = static_cast<Index>(own);
                continue;
            }
            const auto around = m_grid.cellsAround(c, false);
            for (Index p = begin; p < end; ++p) {
                // In a tight cell every point of the cell is a neighbour already.
                std::size_t count = m_grid.tight(c) ? own : 0;
                for (std::size_t k = 0; k < around.count && count < minPoints; ++k) {
                    const std::size_t d = around.cells[k];
                    if (d == c && m_grid.tight(c))
                        continue;
                    const auto [dBegin, dEnd] = m_grid.range(d);
                    for (Index q = dBegin; q < dEnd && count < minPoints; ++q)
                        if (q == p || neighbours(p, q))
                            ++count;
                }
                if (count >= minPoints) {
                    m_core[p] = 1;
                    ++m_coresIn[c];
                }
            }
        }
    }

    // Some core of a tight cell c within eps of some core of the tight cell d.
    bool anyCorePairWithin(std::size_t c, std::size_t d) const
    {
        const auto [cBegin, cEnd] = m_grid.range(c);
        const auto [dBegin, dEnd] = m_grid.range(d);
        const Box &box = m_grid.bounds(d);
        for (Index p = cBegin; p < cEnd; ++p) {
            if (!m_core[p])
                continue;
            const PointXY &a = m_grid.point(p);
            // Nearest point of d's bounding box: if even that is too far, no point of d is.
            const PointXY nearest{std::clamp(a.x, box.minX, box.maxX), std::clamp(a.y, box.minY, box.maxY)};
            if (!withinEps(a, nearest, m_eps2))
                continue;
            for (Index q = dBegin; q < dEnd; ++q)
                if (m_core[q] && withinEps(a, m_grid.point(q), m_eps2))
                    return true;
        }
        return false;
    }

    Index firstCore(std::size_t c) const
    {
        const auto [begin, end] = m_grid.range(c);
        Index p = begin;
        while (p < end && !m_core[p])
            ++p;
        return p;
    }

    void connectCores()
    {
        for (std::size_t c = 0; c < m_grid.cellCount(); ++c) {
            reportCell(c, 0.3);
            if (m_coresIn[c] == 0)
                continue;
            const auto [begin, end] = m_grid.range(c);
            const Index first = firstCore(c);
            for (Index p = first + 1; p < end; ++p) {
                if (!m_core[p])
                    continue;
                if (m_grid.tight(c))
                    m_sets.unite(first, p);
                else
                    for (Index q = first; q < p; ++q)
                        if (m_core[q] && m_sets.find(p) != m_sets.find(q) && neighbours(p, q))
                            m_sets.unite(p, q);
            }
            const auto later = m_grid.cellsAround(c, true);
            for (std::size_t k = 0; k < later.count; ++k) {
                const std::size_t d = later.cells[k];
                if (m_coresIn[d] == 0)
                    continue;
                if (m_grid.tight(c) && m_grid.tight(d)) {
                    const Index other = firstCore(d);
                    if (m_sets.find(first) != m_sets.find(other) && anyCorePairWithin(c, d))
                        m_sets.unite(first, other);
                    continue;
                }
                const auto [dBegin, dEnd] = m_grid.range(d);
                for (Index p = begin; p < end; ++p) {
                    if (!m_core[p])
                        continue;
                    for (Index q = dBegin; q < dEnd; ++q)
                        if (m_core[q] && m_sets.find(p) != m_sets.find(q) && neighbours(p, q))
                            m_sets.unite(p, q);
                }
            }
        }
    }

    std::vector<int> labelPoints()
    {
        const std::size_t n = m_core.size();
        // Number the clusters in input order of their cores.
        std::vector<int> clusterOfRoot(n, kDbscanNoise);
        int clusters = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const Index p = m_grid.positionOf(i);
            if (!m_core[p])
                continue;
            int &cluster = clusterOfRoot[m_sets.find(p)];
            if (cluster == kDbscanNoise)
                cluster = clusters++;
        }
        m_progress.at(0.7);
        std::vector<int> labels(n, kDbscanNoise);
        for (std::size_t c = 0; c < m_grid.cellCount(); ++c) {
            reportCell(c, 0.7);
            const auto [begin, end] = m_grid.range(c);
            const auto around = m_grid.cellsAround(c, false);
            for (Index p = begin; p < end; ++p) {
                if (m_core[p]) {
                    labels[m_grid.original(p)] = clusterOfRoot[m_sets.find(p)];
                    continue;
                }
                int best = INT_MAX;
                for (std::size_t k = 0; k < around.count; ++k) {
                    const auto [dBegin, dEnd] = m_grid.range(around.cells[k]);
                    for (Index q = dBegin; q < dEnd; ++q)
                        if (m_core[q] && neighbours(p, q))
                            best = std::min(best, clusterOfRoot[m_sets.find(q)]);
                }
                if (best != INT_MAX)
                    labels[m_grid.original(p)] = best;
            }
        }
        m_progress.at(1.0);
        return labels;
    }

    CellGrid m_grid;
    const DbscanOptions &m_options;
    double m_eps2;
    std::vector<unsigned char> m_core; // by grid position
    std::vector<Index> m_coresIn;      // core count by cell
    DisjointSets m_sets;
    Progress m_progress;
};

} // namespace

std::vector<int> dbscan(const std::vector<PointXY> &points, const DbscanOptions &options)
{
    dbscan_detail::checkInput(points, options);
    if (points.empty())
        return {};
    return FastDbscan(points, options).run();
}

std::vector<int> dbscanBruteForce(const std::vector<PointXY> &points, const DbscanOptions &options)
{
    dbscan_detail::checkInput(points, options);
    const double eps2 = options.eps * options.eps;
    const std::size_t n = points.size();
    const Progress progress(options.progress);
    // The textbook region query: every point in ascending index order.
    auto regionQuery = [&](std::size_t p) {
        std::vector<std::size_t> result;
        for (std::size_t q = 0; q < n; ++q)
            if (q == p
                || (withinEps(points[p], points[q], eps2) && (!options.pairFilter || options.pairFilter(p, q))))
                result.push_back(q);
        return result;
    };
    constexpr int kUndefined = -2;
    std::vector<int> labels(n, kUndefined);
    const auto minPoints = static_cast<std::size_t>(options.minPoints);
    int cluster = 0;
    for (std::size_t p = 0; p < n; ++p) {
        if (p % 256 == 0)
            progress.at(static_cast<double>(p) / static_cast<double>(n));
        if (labels[p] != kUndefined)
            continue;
        const std::vector<std::size_t> around = regionQuery(p);
        if (around.size() < minPoints) {
            labels[p] = kDbscanNoise;
            continue;
        }
        labels[p] = cluster;
        std::vector<std::size_t> seeds;
        for (std::size_t q : around)
            if (q != p)
                seeds.push_back(q);
        for (std::size_t next = 0; next < seeds.size(); ++next) {
            const std::size_t q = seeds[next];
            if (labels[q] == kDbscanNoise)
                labels[q] = cluster; // a border point: claimed by the first cluster reaching it
            if (labels[q] != kUndefined)
                continue;
            labels[q] = cluster;
            const std::vector<std::size_t> further = regionQuery(q);
            if (further.size() >= minPoints)
                for (std::size_t r : further)
                    if (labels[r] == kUndefined || labels[r] == kDbscanNoise) // others are settled
                        seeds.push_back(r);
        }
        ++cluster;
    }
    progress.at(1.0);
    return labels;
}

} // namespace lianxin
