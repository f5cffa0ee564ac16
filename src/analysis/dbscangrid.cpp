#include "analysis/dbscangrid.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace lianxin::dbscan_detail {

namespace {

constexpr std::uint64_t kMaxCellsPerAxis = std::uint64_t{1} << 31;

std::uint64_t keyOf(std::uint64_t column, std::uint64_t row) { return row << 32 | column; }

} // namespace

void checkInput(const std::vector<PointXY> &points, const DbscanOptions &options)
{
    if (!(options.eps > 0.0) || !std::isfinite(options.eps))
        throw std::invalid_argument("dbscan: eps must be a positive finite distance, not "
                                    + std::to_string(options.eps));
    if (options.minPoints < 1)
        throw std::invalid_argument("dbscan: minPoints must be at least 1, not "
                                    + std::to_string(options.minPoints));
    if (points.size() >= std::numeric_limits<Index>::max())
        throw std::invalid_argument("dbscan: too many points (" + std::to_string(points.size()) + ")");
    for (std::size_t i = 0; i < points.size(); ++i)
        if (!std::isfinite(points[i].x) || !std::isfinite(points[i].y))
            throw std::invalid_argument("dbscan: point " + std::to_string(i) + " has a non-finite coordinate");
}

CellGrid::CellGrid(const std::vector<PointXY> &points, double eps, bool allowTight)
{
    const std::size_t n = points.size();
    Box extent{points.at(0).x, points[0].y, points[0].x, points[0].y};
    for (const PointXY &p : points) {
        extent.minX = std::min(extent.minX, p.x);
        extent.minY = std::min(extent.minY, p.y);
        extent.maxX = std::max(extent.maxX, p.x);
        extent.maxY = std::max(extent.maxY, p.y);
    }
    const double side = eps / std::sqrt(2.0);
    const double columns = std::floor(extent.width() / side) + 1.0;
    const double rows = std::floor(extent.height() / side) + 1.0;
    if (!(columns < static_cast<double>(kMaxCellsPerAxis)) || !(rows < static_cast<double>(kMaxCellsPerAxis)))
        throw std::invalid_argument("dbscan: eps " + std::to_string(eps) + " is too small for points spread over "
                                    + std::to_string(std::max(extent.width(), extent.height())) + " units");
    m_columns = static_cast<std::uint64_t>(columns);
    m_rows = static_cast<std::uint64_t>(rows);

    std::vector<std::pair<std::uint64_t, Index>> keyed(n);
    for (std::size_t i = 0; i < n; ++i) {
        // Clamped: rounding in the division must not push a point past the last cell.
        const auto column = std::min(static_cast<std::uint64_t>((points[i].x - extent.minX) / side), m_columns - 1);
        const auto row = std::min(static_cast<std::uint64_t>((points[i].y - extent.minY) / side), m_rows - 1);
        keyed[i] = {keyOf(column, row), static_cast<Index>(i)};
    }
    std::sort(keyed.begin(), keyed.end());

    m_order.resize(n);
    m_position.resize(n);
    m_points.resize(n);
    for (std::size_t k = 0; k < n; ++k) {
        const Index i = keyed[k].second;
        m_order[k] = i;
        m_position[i] = static_cast<Index>(k);
        m_points[k] = points[i];
        if (k == 0 || keyed[k].first != keyed[k - 1].first) {
            m_keys.push_back(keyed[k].first);
            m_start.push_back(static_cast<Index>(k));
        }
    }
    m_start.push_back(static_cast<Index>(n));

    const double eps2 = eps * eps;
    m_bounds.resize(m_keys.size());
    m_tight.resize(m_keys.size());
    for (std::size_t c = 0; c < m_keys.size(); ++c) {
        Box box{m_points[m_start[c]].x, m_points[m_start[c]].y, m_points[m_start[c]].x, m_points[m_start[c]].y};
        for (Index p = m_start[c]; p < m_start[c + 1]; ++p) {
            box.minX = std::min(box.minX, m_points[p].x);
            box.minY = std::min(box.minY, m_points[p].y);
            box.maxX = std::max(box.maxX, m_points[p].x);
            box.maxY = std::max(box.maxY, m_points[p].y);
        }
        m_bounds[c] = box;
        // Rounding is monotone, so no pair inside the box computes a larger distance than
        // its corners do.
        m_tight[c] = allowTight && withinEps({box.minX, box.minY}, {box.maxX, box.maxY}, eps2);
    }
}

CellList CellGrid::cellsAround(std::size_t cell, bool laterOnly) const
{
    CellList list;
    const std::uint64_t column = m_keys[cell] & 0xffffffffu;
    const std::uint64_t row = m_keys[cell] >> 32;
    const std::uint64_t lastColumn = std::min(column + 2, m_columns - 1);
    const std::uint64_t firstRow = laterOnly ? row : (row >= 2 ? row - 2 : 0);
    for (std::uint64_t r = firstRow; r <= std::min(row + 2, m_rows - 1); ++r) {
        std::uint64_t firstColumn = column >= 2 ? column - 2 : 0;
        if (laterOnly && r == row)
            firstColumn = column + 1;
        if (firstColumn > lastColumn)
            continue;
        const std::uint64_t last = keyOf(lastColumn, r);
        auto it = std::lower_bound(m_keys.begin(), m_keys.end(), keyOf(firstColumn, r));
        for (; it != m_keys.end() && *it <= last; ++it)
            list.cells[list.count++] = static_cast<std::size_t>(it - m_keys.begin());
    }
    return list;
}

} // namespace lianxin::dbscan_detail
