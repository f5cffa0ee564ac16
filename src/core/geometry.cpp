#include "core/geometry.h"

#include <algorithm>
#include <cmath>

namespace lianxin {

Box boundsOf(const Ring &ring)
{
    Box box{HUGE_VAL, HUGE_VAL, -HUGE_VAL, -HUGE_VAL};
    for (const PointXY &p : ring) {
        box.minX = std::min(box.minX, p.x);
        box.minY = std::min(box.minY, p.y);
        box.maxX = std::max(box.maxX, p.x);
        box.maxY = std::max(box.maxY, p.y);
    }
    return box;
}

Box boundsOf(const Polygon &polygon) { return boundsOf(polygon.outer); }

Box boundsOf(const MultiPolygon &multi)
{
    Box box{HUGE_VAL, HUGE_VAL, -HUGE_VAL, -HUGE_VAL};
    for (const Polygon &polygon : multi)
        box = unite(box, boundsOf(polygon));
    return box;
}

Box unite(const Box &a, const Box &b)
{
    return {std::min(a.minX, b.minX), std::min(a.minY, b.minY), std::max(a.maxX, b.maxX), std::max(a.maxY, b.maxY)};
}

double signedArea(const Ring &ring)
{
    double sum = 0.0;
    for (size_t i = 0; i + 1 < ring.size(); ++i)
        sum += ring[i].x * ring[i + 1].y - ring[i + 1].x * ring[i].y;
    return sum / 2.0;
}

double area(const Polygon &polygon)
{
    double result = std::abs(signedArea(polygon.outer));
    for (const Ring &hole : polygon.holes)
        result -= std::abs(signedArea(hole));
    return result;
}

double area(const MultiPolygon &multi)
{
    double result = 0.0;
    for (const Polygon &polygon : multi)
        result += area(polygon);
    return result;
}

bool ringContains(const Ring &ring, const PointXY &p)
{
    // Crossing-number test (W. R. Franklin, "PNPOLY").
    bool inside = false;
    for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const PointXY &a = ring[i];
        const PointXY &b = ring[j];
        if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x)
            inside = !inside;
    }
    return inside;
}

bool polygonContains(const Polygon &polygon, const PointXY &p)
{
    if (!ringContains(polygon.outer, p))
        return false;
    return std::none_of(polygon.holes.begin(), polygon.holes.end(),
                        [&](const Ring &hole) { return ringContains(hole, p); });
}

Ring ringOf(const Box &box)
{
    return {{box.minX, box.minY}, {box.maxX, box.minY}, {box.maxX, box.maxY}, {box.minX, box.maxY}, {box.minX, box.minY}};
}

} // namespace lianxin
