#include "core/geometry.h"
#include "core/geos.h"

#include <catch2/catch.hpp>

using namespace lianxin;

namespace {
Polygon square(double x, double y, double side)
{
    return {ringOf({x, y, x + side, y + side}), {}};
}
} // namespace

TEST_CASE("Polygon area and containment")
{
    Polygon withHole = square(0, 0, 10);
    withHole.holes.push_back(ringOf({2, 2, 4, 4}));
    CHECK(area(withHole) == Approx(96.0));
    CHECK(polygonContains(withHole, {1, 1}));
    CHECK_FALSE(polygonContains(withHole, {3, 3}));
    CHECK_FALSE(polygonContains(withHole, {11, 1}));
    CHECK(signedArea(ringOf({0, 0, 1, 1})) == Approx(1.0)); // counter-clockwise
}

TEST_CASE("GEOS wrapper converts and operates without leaks")
{
    GeosContext geos;
    GeosGeometry a = geos.polygon(square(0, 0, 10));
    GeosGeometry b = geos.polygon(square(5, 5, 10));
    CHECK(geos.area(a.get()) == Approx(100.0));
    GeosGeometry overlap = geos.intersection(a.get(), b.get());
    CHECK(geos.area(overlap.get()) == Approx(25.0));
    const MultiPolygon parts = geos.toMultiPolygon(overlap.get());
    REQUIRE(parts.size() == 1);
    CHECK(area(parts) == Approx(25.0));

    GeosPrepared prepared(geos, geos.clone(a.get()));
    CHECK(prepared.contains({1, 1}));
    CHECK_FALSE(prepared.contains({11, 1}));
}

TEST_CASE("GEOS names the reason a polygon is invalid")
{
    GeosContext geos;
    // A bow-tie: the ring crosses itself at (5, 5).
    const Polygon bowTie{{{0, 0}, {10, 10}, {10, 0}, {0, 10}, {0, 0}}, {}};
    GeosGeometry g = geos.polygon(bowTie);
    const auto reason = geos.invalidReason(g.get());
    REQUIRE(reason);
    CHECK(reason->find("Self-intersection") != std::string::npos);
    CHECK_FALSE(geos.invalidReason(geos.polygon(square(0, 0, 1)).get()));
}
