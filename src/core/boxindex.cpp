#include "core/boxindex.h"

#include <boost/geometry/geometries/box.hpp>
#include <boost/geometry/geometries/point.hpp>
#include <boost/geometry/index/rtree.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <iterator>
#include <utility>

namespace lianxin {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

namespace {
using TreePoint = bg::model::point<double, 2, bg::cs::cartesian>;
using TreeBox = bg::model::box<TreePoint>;
using TreeValue = std::pair<TreeBox, std::size_t>;

TreeBox treeBoxOf(const Box &box) { return TreeBox(TreePoint(box.minX, box.minY), TreePoint(box.maxX, box.maxY)); }

bool usable(const Box &box)
{
    return std::isfinite(box.minX) && std::isfinite(box.minY) && std::isfinite(box.maxX) && std::isfinite(box.maxY)
           && box.minX <= box.maxX && box.minY <= box.maxY;
}
// Writes only the entry numbers, so a query allocates nothing beyond `hits` (the
// household checks query once per household).
struct IndexInserter {
    using iterator_category = std::output_iterator_tag;
    using value_type = void;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = void;
    std::vector<std::size_t> *hits;
    IndexInserter &operator*() { return *this; }
    IndexInserter &operator++() { return *this; }
    IndexInserter operator++(int) { return *this; }
    IndexInserter &operator=(const TreeValue &value)
    {
        hits->push_back(value.second);
        return *this;
    }
};
} // namespace

struct BoxIndex::Tree {
    // R*-tree, bulk-loaded (packed) by the range constructor.
    bgi::rtree<TreeValue, bgi::rstar<16>> rtree;
};

BoxIndex::BoxIndex()
    : m_tree(std::make_unique<Tree>())
{
}

BoxIndex::BoxIndex(const std::vector<Box> &boxes)
{
    std::vector<TreeValue> values;
    values.reserve(boxes.size());
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        if (usable(boxes[i]))
            values.emplace_back(treeBoxOf(boxes[i]), i);
    }
    m_tree = std::make_unique<Tree>(Tree{bgi::rtree<TreeValue, bgi::rstar<16>>(values)});
}

BoxIndex::~BoxIndex() = default;
BoxIndex::BoxIndex(BoxIndex &&) noexcept = default;
BoxIndex &BoxIndex::operator=(BoxIndex &&) noexcept = default;

void BoxIndex::query(const Box &box, std::vector<std::size_t> &hits) const
{
    hits.clear();
    if (!usable(box))
        return;
    m_tree->rtree.query(bgi::intersects(treeBoxOf(box)), IndexInserter{&hits});
    // The tree's order depends on its packing; callers report in input order.
    std::sort(hits.begin(), hits.end());
}

std::size_t BoxIndex::size() const { return m_tree->rtree.size(); }

} // namespace lianxin
