#include "core/projection.h"

#include <catch2/catch.hpp>

using namespace lianxin;

TEST_CASE("EPSG:4549 puts the central meridian 120E at false easting 500 km")
{
    const Projector projector;
    const PointXY onMeridian = projector.toProjected({120.0, 38.0});
    CHECK(onMeridian.x == Approx(500000.0).margin(1e-3));
    // 38N lies about 4,207 km north of the equator on the CGCS2000 ellipsoid.
    CHECK(onMeridian.y == Approx(4207498.0).margin(5.0));
}

TEST_CASE("Projection round-trips at Changdao to well under a millimetre")
{
    const Projector projector;
    const LonLat town{120.742, 37.923};
    const PointXY p = projector.toProjected(town);
    CHECK(p.x > 500000.0); // east of 120E
    const LonLat back = projector.toLonLat(p);
    CHECK(back.lon == Approx(town.lon).margin(1e-9));
    CHECK(back.lat == Approx(town.lat).margin(1e-9));
}
