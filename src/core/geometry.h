#pragma once
// Plain geometry value types in projected metres (EPSG:4549). No library types leak
// out of core: GEOS and Boost.Geometry are used behind these in the .cpp files.
#include <vector>

namespace lianxin {

struct PointXY {
    double x = 0.0;
    double y = 0.0;
    friend bool operator==(const PointXY &, const PointXY &) = default;
};

// A closed ring: the first point is repeated as the last one.
using Ring = std::vector<PointXY>;

struct Polygon {
    Ring outer;
    std::vector<Ring> holes;
    friend bool operator==(const Polygon &, const Polygon &) = default;
};

using MultiPolygon = std::vector<Polygon>;

struct Box {
    double minX = 0.0;
    double minY = 0.0;
    double maxX = 0.0;
    double maxY = 0.0;
    double width() const { return maxX - minX; }
    double height() const { return maxY - minY; }
    bool contains(const PointXY &p) const { return p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY; }
    friend bool operator==(const Box &, const Box &) = default;
};

Box boundsOf(const Ring &ring);
Box boundsOf(const Polygon &polygon);
Box boundsOf(const MultiPolygon &multi);
Box unite(const Box &a, const Box &b);

// Shoelace area of a ring: positive when counter-clockwise.
double signedArea(const Ring &ring);
// Area of the polygon (outer minus holes), independent of ring orientation.
double area(const Polygon &polygon);
double area(const MultiPolygon &multi);

// Even-odd point-in-ring test; a point exactly on an edge may go either way.
bool ringContains(const Ring &ring, const PointXY &p);
bool polygonContains(const Polygon &polygon, const PointXY &p);

// A closed ring for the axis-aligned box.
Ring ringOf(const Box &box);

} // namespace lianxin
