// The heat map's kernel density: the fast stamping method against the textbook sum over
// all points, the kernel's shape and mass, and cancellation.
#include "analysis/kerneldensity.h"
#include "demo/random.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <numbers>
#include <stdexcept>

using namespace lianxin;

namespace {

// Largest |fast - brute| over all cells, relative to the brute-force maximum.
double relativeDifference(const DensityRaster &fast, const DensityRaster &brute)
{
    REQUIRE(fast.values.size() == brute.values.size());
    REQUIRE(brute.maxValue > 0.0);
    double worst = 0.0;
    for (std::size_t i = 0; i < fast.values.size(); ++i)
        worst = std::max(worst, std::abs(fast.values[i] - brute.values[i]));
    return worst / brute.maxValue;
}

std::vector<WeightedPoint> randomPoints(std::uint64_t seed, std::size_t count, const Box &box)
{
    demo::Random random(seed);
    std::vector<WeightedPoint> points(count);
    for (WeightedPoint &p : points) {
        p.location = {random.uniform(box.minX, box.maxX), random.uniform(box.minY, box.maxY)};
        p.weight = random.uniform(0.0, 3.0);
    }
    return points;
}

// A 60 x 40 raster of 25 m cells somewhere in EPSG:4549 (Changdao's easting/northing).
const RasterGrid kGrid{540000.0, 4200000.0, 25.0, 60, 40};
// Tall and narrow: 200 rows make eight 25-row bands, so kernels straddle band borders.
const RasterGrid kTallGrid{541000.0, 4201000.0, 10.0, 30, 200};

} // namespace

TEST_CASE("fast kernel density equals the brute-force sum on random points")
{
    const Box extent = kGrid.extent();
    const double radius = 180.0;
    // Points spill up to 1.5 r beyond every side: some reach the raster from outside.
    const Box spread{extent.minX - 1.5 * radius, extent.minY - 1.5 * radius, extent.maxX + 1.5 * radius,
                     extent.maxY + 1.5 * radius};
    for (std::uint64_t seed : {1u, 2u, 3u}) {
        const std::vector<WeightedPoint> points = randomPoints(seed, 700, spread);
        KernelDensityOptions options;
        options.radius = radius;
        const DensityRaster fast = kernelDensity(points, kGrid, options);
        const DensityRaster brute = kernelDensityBruteForce(points, kGrid, radius);
        CHECK(relativeDifference(fast, brute) <= 1e-9);
        CHECK(fast.maxValue == Approx(brute.maxValue).epsilon(1e-12));
        CHECK(fast.scaleMax == fast.maxValue);
    }
    // Several bands on three threads, the radius crossing band borders.
    const Box tall = kTallGrid.extent();
    const Box tallSpread{tall.minX - 80.0, tall.minY - 80.0, tall.maxX + 80.0, tall.maxY + 80.0};
    const std::vector<WeightedPoint> points = randomPoints(4, 900, tallSpread);
    KernelDensityOptions options;
    options.radius = 55.0;
    options.threadCount = 3;
    const DensityRaster fast = kernelDensity(points, kTallGrid, options);
    const DensityRaster brute = kernelDensityBruteForce(points, kTallGrid, options.radius);
    CHECK(relativeDifference(fast, brute) <= 1e-9);
}

TEST_CASE("the result does not depend on the number of threads")
{
    const std::vector<WeightedPoint> points = randomPoints(11, 3000, kTallGrid.extent());
    KernelDensityOptions options;
    options.radius = 120.0;
    options.threadCount = 1;
    const DensityRaster one = kernelDensity(points, kTallGrid, options);
    options.threadCount = 3;
    const DensityRaster three = kernelDensity(points, kTallGrid, options);
    CHECK(one.values == three.values); // bit for bit
}

TEST_CASE("points outside the raster contribute exactly as far as the radius")
{
    const double radius = 100.0;
    KernelDensityOptions options;
    options.radius = radius;
    // 30 m west of the raster's west edge: reaches the first columns' centres (12.5 m in).
    const double y = kGrid.rowCentreY(10);
    const std::vector<WeightedPoint> outside{{{kGrid.west - 30.0, y}, 2.0}};
    const DensityRaster fromOutside = kernelDensity(outside, kGrid, options);
    const double d = 30.0 + 0.5 * kGrid.cellSize;
    const double expected = 2.0 * 3.0 / (std::numbers::pi * radius * radius)
                          * std::pow(1.0 - d * d / (radius * radius), 2);
    CHECK(fromOutside.value(10, 0) == Approx(expected).epsilon(1e-12));
    CHECK(fromOutside.maxValue > 0.0);

    // A point whose distance to the nearest cell centre is exactly r contributes 0: put it
    // r east of the last column's centre (25 m cells and r = 100 m are exact in binary).
    const double lastX = kGrid.columnCentreX(kGrid.width - 1);
    const std::vector<WeightedPoint> atRadius{{{lastX + radius, y}, 1.0}};
    const DensityRaster zero = kernelDensity(atRadius, kGrid, options);
    CHECK(zero.maxValue == 0.0);
    const DensityRaster zeroBrute = kernelDensityBruteForce(atRadius, kGrid, radius);
    CHECK(zeroBrute.maxValue == 0.0);

    // Farther than r from the raster: nothing anywhere.
    const std::vector<WeightedPoint> far{{{kGrid.west - radius - 1.0, y}, 1.0}};
    CHECK(kernelDensity(far, kGrid, options).maxValue == 0.0);
}

TEST_CASE("a single point at a cell centre gives 3 / (pi r^2) times its weight there")
{
    const double radius = 150.0;
    KernelDensityOptions options;
    options.radius = radius;
    const PointXY centre{kGrid.columnCentreX(17), kGrid.rowCentreY(23)};
    const DensityRaster unit = kernelDensity({{centre, 1.0}}, kGrid, options);
    CHECK(unit.value(23, 17) == Approx(3.0 / (std::numbers::pi * radius * radius)).epsilon(1e-14));
    CHECK(unit.maxValue == unit.value(23, 17));
    // Symmetric: the cells one step west and east (and north and south) hold the same value.
    CHECK(unit.value(23, 16) == Approx(unit.value(23, 18)).epsilon(1e-14));
    CHECK(unit.value(22, 17) == Approx(unit.value(24, 17)).epsilon(1e-14));
    CHECK(unit.value(23, 16) < unit.value(23, 17));

    const DensityRaster weighted = kernelDensity({{centre, 4.5}}, kGrid, options);
    CHECK(weighted.value(23, 17) == Approx(4.5 * unit.value(23, 17)).epsilon(1e-14));
}

TEST_CASE("one kernel integrates to its weight over a fine raster")
{
    // 2 m cells, radius 150 m, the disc entirely inside the raster.
    const RasterGrid fine{0.0, 400.0, 2.0, 200, 200};
    KernelDensityOptions options;
    options.radius = 150.0;
    const double weight = 7.0;
    const DensityRaster raster = kernelDensity({{{201.3, 197.9}, weight}}, fine, options);
    double mass = 0.0;
    for (double v : raster.values)
        mass += v * fine.cellSize * fine.cellSize;
    CHECK(mass == Approx(weight).epsilon(0.01));
}

TEST_CASE("a pinned maximum is kept as the colour scale's top")
{
    KernelDensityOptions options;
    options.radius = 100.0;
    options.pinnedMax = 0.5;
    const DensityRaster raster = kernelDensity(randomPoints(5, 50, kGrid.extent()), kGrid, options);
    CHECK(raster.scaleMax == 0.5);
    CHECK(raster.maxValue > 0.0);
    CHECK(raster.maxValue != 0.5);
    options.pinnedMax = 0.0;
    CHECK_THROWS_AS(kernelDensity({}, kGrid, options), std::invalid_argument);
}

TEST_CASE("progress is reported and returning false cancels")
{
    const std::vector<WeightedPoint> points = randomPoints(9, 40000, kGrid.extent());
    KernelDensityOptions options;
    options.radius = 100.0;
    std::vector<double> reported;
    options.progress = [&](double fraction) {
        reported.push_back(fraction);
        return true;
    };
    kernelDensity(points, kGrid, options);
    REQUIRE(reported.size() >= 2);
    CHECK(reported.front() == 0.0);
    CHECK(std::is_sorted(reported.begin(), reported.end()));
    CHECK(reported.back() <= 1.0);

    // The first report comes before any work, so stopping there always cancels.
    int calls = 0;
    options.progress = [&](double) { return ++calls < 1; };
    CHECK_THROWS_WITH(kernelDensity(points, kGrid, options), "cancelled");
    CHECK(calls == 1);
    // On one thread: a report before any work, one when (no) workers have started, then
    // one after each step of points. Stopping at the third cancels mid-way, and the
    // callback is never asked again.
    calls = 0;
    options.threadCount = 1;
    options.progress = [&](double) { return ++calls < 3; };
    CHECK_THROWS_WITH(kernelDensity(points, kGrid, options), "cancelled");
    CHECK(calls == 3);

    // A callback that throws while the workers run (the second report always comes right
    // after they start): they are stopped and joined, and the exception reaches the
    // caller (a joinable thread left behind would terminate the test).
    calls = 0;
    options.threadCount = 2;
    options.progress = [&](double) {
        if (++calls == 2)
            throw std::logic_error("callback failed");
        return true;
    };
    CHECK_THROWS_WITH(kernelDensity(points, kTallGrid, options), "callback failed");
}

TEST_CASE("bad input is refused with a message naming the problem")
{
    KernelDensityOptions options;
    options.radius = 100.0;
    const PointXY inside{kGrid.columnCentreX(3), kGrid.rowCentreY(3)};
    CHECK_THROWS_WITH(kernelDensity({{inside, 1.0}, {inside, -1.0}}, kGrid, options),
                      Catch::Contains("point 1") && Catch::Contains("weight"));
    CHECK_THROWS_WITH(kernelDensity({{{NAN, 0.0}, 1.0}}, kGrid, options),
                      Catch::Contains("point 0") && Catch::Contains("coordinates"));
    RasterGrid empty = kGrid;
    empty.width = 0;
    CHECK_THROWS_WITH(kernelDensity({}, empty, options), Catch::Contains("width and height"));
    options.radius = 0.0;
    CHECK_THROWS_WITH(kernelDensity({}, kGrid, options), Catch::Contains("radius"));
    CHECK_THROWS_WITH(RasterGrid::covering({0, 0, 10, 10}, -1.0), Catch::Contains("cell size"));
}

TEST_CASE("a covering grid spans the box with whole cells from its north-west corner")
{
    const RasterGrid grid = RasterGrid::covering({1000.0, 2000.0, 1095.0, 2040.0}, 10.0);
    CHECK(grid.west == 1000.0);
    CHECK(grid.north == 2040.0);
    CHECK(grid.width == 10);
    CHECK(grid.height == 4);
    CHECK(grid.columnCentreX(0) == 1005.0);
    CHECK(grid.rowCentreY(0) == 2035.0);
}
