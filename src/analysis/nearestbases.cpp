#include "analysis/nearestbases.h"

#include <algorithm>
#include <cmath>

namespace lianxin::balancing {

NearestBases::NearestBases(const std::vector<PointXY> &bases)
    : m_bases(bases)
{
    if (bases.empty())
        return;
    m_bounds = {bases[0].x, bases[0].y, bases[0].x, bases[0].y};
    for (const PointXY &b : bases)
        m_bounds = unite(m_bounds, {b.x, b.y, b.x, b.y});
    // About two bases per cell; at least a metre so coincident bases stay one cell.
    const double area = std::max(m_bounds.width(), 1.0) * std::max(m_bounds.height(), 1.0);
    m_cell = std::max(1.0, std::sqrt(2.0 * area / static_cast<double>(bases.size())));
    m_columns = std::min(4096, static_cast<int>(m_bounds.width() / m_cell) + 1);
    m_rows = std::min(4096, static_cast<int>(m_bounds.height() / m_cell) + 1);
    m_cell = std::max({m_cell, m_bounds.width() / m_columns * 1.000001, m_bounds.height() / m_rows * 1.000001});
    m_cells.resize(static_cast<std::size_t>(m_columns) * static_cast<std::size_t>(m_rows));
    for (std::size_t i = 0; i < bases.size(); ++i) {
        const int column = std::min(m_columns - 1, static_cast<int>((bases[i].x - m_bounds.minX) / m_cell));
        const int row = std::min(m_rows - 1, static_cast<int>((bases[i].y - m_bounds.minY) / m_cell));
        m_cells[static_cast<std::size_t>(row) * static_cast<std::size_t>(m_columns) + static_cast<std::size_t>(column)]
            .push_back(static_cast<int>(i));
    }
}

std::vector<int> NearestBases::nearest(const PointXY &p, int k) const
{
    const std::size_t count = std::min(static_cast<std::size_t>(std::max(k, 0)), m_bases.size());
    std::vector<int> result;
    if (count == 0)
        return result;
    const int column = std::clamp(static_cast<int>(std::floor((p.x - m_bounds.minX) / m_cell)), 0, m_columns - 1);
    const int row = std::clamp(static_cast<int>(std::floor((p.y - m_bounds.minY) / m_cell)), 0, m_rows - 1);
    m_scratch.clear();
    const auto visit = [&](int c, int r) {
        if (c < 0 || r < 0 || c >= m_columns || r >= m_rows)
            return;
        for (int i : m_cells[static_cast<std::size_t>(r) * static_cast<std::size_t>(m_columns) + static_cast<std::size_t>(c)]) {
            const double dx = m_bases[static_cast<std::size_t>(i)].x - p.x, dy = m_bases[static_cast<std::size_t>(i)].y - p.y;
            m_scratch.emplace_back(dx * dx + dy * dy, i);
        }
    };
    const int maxRing = std::max({column, row, m_columns - 1 - column, m_rows - 1 - row});
    for (int ring = 0; ring <= maxRing; ++ring) {
        if (ring == 0) {
            visit(column, row);
        } else {
            for (int c = column - ring; c <= column + ring; ++c) {
                visit(c, row - ring);
                visit(c, row + ring);
            }
            for (int r = row - ring + 1; r <= row + ring - 1; ++r) {
                visit(column - ring, r);
                visit(column + ring, r);
            }
        }
        if (m_scratch.size() < count)
            continue;
        // Every base outside the searched square is at least `reach` away: stop when the
        // k-th candidate is strictly nearer, so no unseen base can tie or beat it.
        const double reach = std::min({p.x - (m_bounds.minX + (column - ring) * m_cell),
                                       m_bounds.minX + (column + ring + 1) * m_cell - p.x,
                                       p.y - (m_bounds.minY + (row - ring) * m_cell),
                                       m_bounds.minY + (row + ring + 1) * m_cell - p.y});
        std::nth_element(m_scratch.begin(), m_scratch.begin() + static_cast<std::ptrdiff_t>(count - 1), m_scratch.end());
        const double kth = m_scratch[count - 1].first;
        if (reach > 0.0 && kth < reach * reach)
            break;
    }
    std::partial_sort(m_scratch.begin(), m_scratch.begin() + static_cast<std::ptrdiff_t>(count), m_scratch.end());
    result.reserve(count + 1);
    for (std::size_t i = 0; i < count; ++i)
        result.push_back(m_scratch[i].second);
    return result;
}

} // namespace lianxin::balancing
