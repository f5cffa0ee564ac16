#pragma once
// An R-tree over axis-aligned boxes. Boost.Geometry stays inside spatialindex.cpp: its
// templates are heavy to compile and must not reach every file that includes this one.
#include "core/geometry.h"

#include <cstddef>
#include <memory>
#include <vector>

namespace lianxin {

class BoxIndex {
public:
    BoxIndex();
    // Entry i is boxes[i]. Boxes with a non-finite or inverted corner are left out, so a
    // query never finds them.
    explicit BoxIndex(const std::vector<Box> &boxes);
    ~BoxIndex();
    BoxIndex(BoxIndex &&) noexcept;
    BoxIndex &operator=(BoxIndex &&) noexcept;

    // The entries whose box intersects `box` (touching counts), in ascending order.
    void query(const Box &box, std::vector<std::size_t> &hits) const;
    std::size_t size() const;

private:
    struct Tree;
    std::unique_ptr<Tree> m_tree;
};

// The degenerate box of one point, for point queries.
inline Box boxOf(const PointXY &p) { return {p.x, p.y, p.x, p.y}; }

// True when the boxes share at least one point.
inline bool boxesIntersect(const Box &a, const Box &b)
{
    return a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;
}

} // namespace lianxin
