#pragma once
// The spatial index of the fast DBSCAN (internal to dbscan.cpp, apart for its size): a
// uniform grid of square cells with side eps/sqrt(2), points sorted by cell.
// - Two points within eps lie at most two cells apart along each axis, so a region
//   query looks at the 5x5 cells around a point's cell (the corners too: points on
//   opposite corners of cells two apart diagonally are exactly eps apart).
// - A cell's diagonal is eps, so all points of a cell are usually neighbours of each
//   other; "tight" confirms it on the cell's actual bounding box with the same floating-
//   point test as the pairs, so rounding at cell edges can never make it wrong.
#include "analysis/dbscan.h"

#include <array>
#include <cstdint>
#include <utility>
#include <vector>

namespace lianxin::dbscan_detail {

using Index = std::uint32_t; // a grid position or input index (inputs < 2^32 points)

// The one distance test of both DBSCAN versions, so they agree on points exactly eps apart.
inline bool withinEps(const PointXY &a, const PointXY &b, double eps2)
{
    const double dx = a.x - b.x;
    const double dy = a.y - b.y;
    return dx * dx + dy * dy <= eps2;
}

// Throws std::invalid_argument naming the problem (eps, minPoints, a point's index).
void checkInput(const std::vector<PointXY> &points, const DbscanOptions &options);

struct CellList {
    std::array<std::size_t, 25> cells{};
    std::size_t count = 0;
};

class CellGrid {
public:
    // allowTight false: no cell counts as tight (a pair filter may still separate points).
    // Throws std::invalid_argument when eps is so small against the points' extent that
    // the grid would need more than 2^31 cells along an axis.
    CellGrid(const std::vector<PointXY> &points, double eps, bool allowTight);

    std::size_t cellCount() const { return m_keys.size(); }
    // Grid positions [first, second) of the cell's points, ascending input index.
    std::pair<Index, Index> range(std::size_t cell) const { return {m_start[cell], m_start[cell + 1]}; }
    const PointXY &point(Index position) const { return m_points[position]; }
    std::size_t original(Index position) const { return m_order[position]; }
    Index positionOf(std::size_t original) const { return m_position[original]; }
    bool tight(std::size_t cell) const { return m_tight[cell] != 0; }
    const Box &bounds(std::size_t cell) const { return m_bounds[cell]; }
    // The non-empty cells of the 5x5 block around `cell` (itself included), or with
    // laterOnly only those after it in the grid's order (each pair of cells once).
    CellList cellsAround(std::size_t cell, bool laterOnly) const;

private:
    std::vector<std::uint64_t> m_keys; // row << 32 | column, ascending, one per non-empty cell
    std::vector<Index> m_start;        // first grid position of each cell, plus the end
    std::vector<Index> m_order;        // grid position -> input index
    std::vector<Index> m_position;     // input index -> grid position
    std::vector<PointXY> m_points;     // by grid position, for cache-friendly scans
    std::vector<Box> m_bounds;         // of each cell's points
    std::vector<unsigned char> m_tight;
    std::uint64_t m_columns = 1;
    std::uint64_t m_rows = 1;
};

} // namespace lianxin::dbscan_detail
