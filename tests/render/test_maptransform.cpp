#include "render/maptransform.h"

#include <catch2/catch.hpp>

using namespace lianxin;

TEST_CASE("The map transform centres the extent and keeps the aspect ratio")
{
    // 2 km by 1 km into 400x400 pixels: 5 m per pixel, letterboxed vertically.
    const MapTransform transform({540000, 4197000, 542000, 4198000}, QSize(400, 400));
    CHECK(transform.metresPerPixel() == Approx(5.0));
    const QPointF centre = transform.toPixel({541000, 4197500});
    CHECK(centre.x() == Approx(200.0));
    CHECK(centre.y() == Approx(200.0));
    // North is up: a point 100 m north sits 20 pixels higher.
    CHECK(transform.toPixel({541000, 4197600}).y() == Approx(180.0));
    const PointXY back = transform.toWorld(QPointF(37.5, 311.0));
    const QPointF again = transform.toPixel(back);
    CHECK(again.x() == Approx(37.5));
    CHECK(again.y() == Approx(311.0));
    const Box visible = transform.visibleExtent();
    CHECK(visible.width() == Approx(2000.0));
    CHECK(visible.height() == Approx(2000.0));
}
