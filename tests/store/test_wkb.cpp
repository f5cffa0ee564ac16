// Geometry <-> WKB: bit-exact, ISO little-endian, and clear errors for the wrong input.
#include "store/wkb.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstring>
#include <limits>
#include <stdexcept>

using namespace lianxin;

namespace {

bool sameBits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

Polygon courtyard()
{
    Polygon polygon{ringOf({540000.1, 4197000.2, 540030.3, 4197040.4}), {}};
    polygon.holes.push_back(ringOf({540010.0, 4197010.0, 540020.0, 4197020.0}));
    return polygon;
}

} // namespace

TEST_CASE("A point goes through WKB bit for bit")
{
    const PointXY tricky{std::nextafter(540123.456789, 1e9), 4197321.987654321098};
    const auto wkb = toWkb(tricky);
    REQUIRE(wkb.size() == 21);
    CHECK(wkb[0] == 1); // little-endian
    CHECK(wkb[1] == 1); // type 1: Point
    const PointXY back = pointFromWkb(wkb);
    CHECK(sameBits(back.x, tricky.x));
    CHECK(sameBits(back.y, tricky.y));

    const PointXY negativeZero{-0.0, std::numeric_limits<double>::denorm_min()};
    const PointXY back2 = pointFromWkb(toWkb(negativeZero));
    CHECK(sameBits(back2.x, -0.0));
    CHECK(sameBits(back2.y, negativeZero.y));
}

TEST_CASE("Polygons and multipolygons keep their rings, holes and order")
{
    const Polygon polygon = courtyard();
    const auto wkb = toWkb(polygon);
    CHECK(wkb[1] == 3); // Polygon
    CHECK(polygonFromWkb(wkb) == polygon);

    // Clockwise rings stay clockwise: nothing is normalised on the way.
    Polygon clockwise = polygon;
    std::reverse(clockwise.outer.begin(), clockwise.outer.end());
    CHECK(polygonFromWkb(toWkb(clockwise)) == clockwise);

    const MultiPolygon multi = {polygon, Polygon{ringOf({541000, 4198000, 541010, 4198010}), {}}};
    const auto multiWkb = toWkb(multi);
    CHECK(multiWkb[1] == 6); // MultiPolygon
    CHECK(multiPolygonFromWkb(multiWkb) == multi);
}

TEST_CASE("Empty geometries are empty buffers (stored as NULL)")
{
    CHECK(toWkb(Polygon{}).empty());
    CHECK(toWkb(MultiPolygon{}).empty());
    CHECK(polygonFromWkb({}) == Polygon{});
    CHECK(multiPolygonFromWkb({}).empty());
    CHECK_THROWS_WITH(pointFromWkb({}), Catch::Contains("missing"));
}

TEST_CASE("The wrong geometry type or broken WKB is refused with a reason")
{
    CHECK_THROWS_WITH(polygonFromWkb(toWkb(PointXY{1, 2})), Catch::Contains("expected a Polygon") &&
                                                                Catch::Contains("Point"));
    CHECK_THROWS_AS(multiPolygonFromWkb(toWkb(courtyard())), std::invalid_argument);
    CHECK_THROWS_AS(pointFromWkb(toWkb(courtyard())), std::invalid_argument);

    auto truncated = toWkb(courtyard());
    truncated.resize(truncated.size() - 9);
    CHECK_THROWS_WITH(polygonFromWkb(truncated), Catch::Contains("malformed"));
    const std::vector<unsigned char> garbage = {7, 7, 7, 7, 7, 7};
    CHECK_THROWS_AS(polygonFromWkb(garbage), std::invalid_argument);
}
