#pragma once
// A building's footprint as a rotated rectangle, and points inside it.
#include "core/geometry.h"

namespace lianxin::demo {

struct Footprint {
    PointXY centre;
    double length = 0.0; // metres along the rotated x axis
    double width = 0.0;
    double angle = 0.0;  // radians, counter-clockwise

    // The point at fractions (u, v) of length and width from the centre; strictly inside
    // for |u|, |v| < 0.5.
    PointXY at(double u, double v) const;
    // Closed counter-clockwise ring of the four corners.
    Polygon polygon() const;
};

} // namespace lianxin::demo
