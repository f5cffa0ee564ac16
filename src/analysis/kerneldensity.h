#pragma once
// Quartic (biweight) kernel density of weighted points onto a raster, the estimator
// behind the suggestion heat map. Pure computation: no Qt, no database, no GDAL.
//
// The kernel has the shape of QGIS's default, the quartic kernel of its heatmap renderer
// and "Heatmap (Kernel Density Estimation)" tool (qgskde.cpp, after Silverman 1986):
//     K(d) = 3 / (pi r^2) * (1 - d^2 / r^2)^2   for d < r, else 0.
// Our constant 3 / (pi r^2) makes K integrate to exactly 1 over the disc, so a cell holds
// "weight per square metre"; QGIS's "scaled" output uses 116 / (5 pi r^2) * 15/16
// instead, so absolute values differ from QGIS's by a constant factor, never in shape.
// Unlike QGIS's renderer we never recompute the colour maximum behind the caller's back:
// DensityRaster::scaleMax is either the caller's pinned value or the computed maximum.
#include "core/densityraster.h"
#include "core/geometry.h"

#include <functional>
#include <optional>
#include <vector>

namespace lianxin {

struct WeightedPoint {
    PointXY location; // EPSG:4549 metres
    double weight = 1.0;
};

struct KernelDensityOptions {
    double radius = 0.0;        // metres, > 0
    int threadCount = 2;        // row bands computed in parallel
    std::optional<double> pinnedMax; // keeps colours comparable across views and periods
    // Called on the caller's thread with the fraction done (0..1); returning false
    // cancels the computation, which then throws std::runtime_error("cancelled").
    std::function<bool(double)> progress;
};

// How: points are stably counting-sorted by raster tile (for cache locality), then each
// point's exact kernel is stamped onto the cells of its window, in row bands (8..64 rows)
// owned by one thread each. Every cell's distance is computed exactly as the brute force
// does; only the order of the per-cell sum differs (fixed, so the result is deterministic
// and independent of threadCount).
// Throws std::invalid_argument for a bad grid, radius, pinned maximum, or a point with
// non-finite coordinates or a negative or non-finite weight (naming its index).
// Points outside the grid contribute to every cell within `radius` of them.
DensityRaster kernelDensity(const std::vector<WeightedPoint> &points, const RasterGrid &grid,
                            const KernelDensityOptions &options);

// The textbook sum over every point for every cell, for tests and benchmarks only:
// O(cells * points).
DensityRaster kernelDensityBruteForce(const std::vector<WeightedPoint> &points,
                                      const RasterGrid &grid, double radius);

} // namespace lianxin
