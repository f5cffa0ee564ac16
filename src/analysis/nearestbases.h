#pragma once
// The k nearest group bases of a point, through a uniform grid over the bases: exact
// (the same answer as a full scan, ties to the lower index) but without touching every
// base, which at scale 100 (1,500 groups in a scope) dominated the balancing time.
#include "core/geometry.h"

#include <utility>
#include <vector>

namespace lianxin::balancing {

class NearestBases {
public:
    explicit NearestBases(const std::vector<PointXY> &bases);

    // Indices of the min(k, bases) nearest bases, nearest first; equal distances go to
    // the lower index.
    std::vector<int> nearest(const PointXY &p, int k) const;

private:
    const std::vector<PointXY> &m_bases;
    Box m_bounds;
    double m_cell = 1.0;
    int m_columns = 1;
    int m_rows = 1;
    std::vector<std::vector<int>> m_cells; // row-major
    mutable std::vector<std::pair<double, int>> m_scratch;
};

} // namespace lianxin::balancing
