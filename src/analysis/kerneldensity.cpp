#include "analysis/kerneldensity.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <numbers>
#include <stdexcept>
#include <string>
#include <thread>

namespace lianxin {

namespace {

// Points per step between cancellation checks and progress reports.
constexpr std::size_t kPointsPerStep = 8192;

void validate(const std::vector<WeightedPoint> &points, const RasterGrid &grid, double radius)
{
    if (!(grid.cellSize > 0.0) || !std::isfinite(grid.cellSize))
        throw std::invalid_argument("kernel density: cell size must be a positive number of metres");
    if (!std::isfinite(grid.west) || !std::isfinite(grid.north))
        throw std::invalid_argument("kernel density: raster origin is not finite");
    if (grid.width <= 0 || grid.height <= 0)
        throw std::invalid_argument("kernel density: raster width and height must be positive, got "
                                    + std::to_string(grid.width) + "x" + std::to_string(grid.height));
    if (static_cast<long long>(grid.width) * grid.height > kMaxRasterCells)
        throw std::invalid_argument("kernel density: raster of " + std::to_string(grid.width) + "x"
                                    + std::to_string(grid.height) + " cells is too large");
    if (!(radius > 0.0) || !std::isfinite(radius))
        throw std::invalid_argument("kernel density: radius must be a positive number of metres");
    for (std::size_t i = 0; i < points.size(); ++i) {
        const WeightedPoint &p = points[i];
        if (!std::isfinite(p.location.x) || !std::isfinite(p.location.y))
            throw std::invalid_argument("kernel density: point " + std::to_string(i)
                                        + " has non-finite coordinates");
        if (!(p.weight >= 0.0) || !std::isfinite(p.weight))
            throw std::invalid_argument("kernel density: point " + std::to_string(i)
                                        + " has a negative or non-finite weight");
    }
}

// 3 / (pi r^2): the quartic kernel's normalisation, so that it integrates to 1.
double quarticNorm(double radius)
{
    return 3.0 / (std::numbers::pi * radius * radius);
}

// Both methods add exactly this term, in the same order, so that they agree to the last
// bit. With k = 1/r^2 and rowBase = 1 - dy^2 k (constant along a raster row, so the stamp
// computes it once per row) the term is
//     quarterWeight * (t + |t|)^2,   t = rowBase - dx^2 k,   quarterWeight = weight * norm / 4,
// which equals weight * norm * max(t, 0)^2: (t + |t|) is exactly 2t or 0 and the factors
// 1/4 and 2^2 are exact powers of two. No comparison: GCC keeps a float comparison as a
// branch (-ftrapping-math), which would stop the stamp loop from being vectorised.
inline double quarticRowBase(double dySquared, double inverseRadiusSquared)
{
    return 1.0 - dySquared * inverseRadiusSquared;
}

inline double quarticTerm(double dx, double rowBase, double inverseRadiusSquared, double quarterWeight)
{
    const double t = rowBase - (dx * dx) * inverseRadiusSquared;
    const double twiceClamped = t + std::fabs(t);
    return quarterWeight * (twiceClamped * twiceClamped);
}

inline double quarterWeight(double weight, double norm)
{
    return 0.25 * (weight * norm);
}

// The index range [first, last] of cell centres within `reach` of `coordinate` along an
// axis whose centres are origin + (i + 0.5) * cellSize, widened by one cell on each side
// so that rounding can never drop a cell; the kernel's clamp zeroes the extra ones.
inline void centresWithin(double coordinate, double reach, double origin, double cellSize, int count,
                          int &first, int &last)
{
    const double lo = std::floor((coordinate - reach - origin) / cellSize - 0.5);
    const double hi = std::ceil((coordinate + reach - origin) / cellSize - 0.5);
    first = static_cast<int>(std::max(lo, 0.0));
    last = static_cast<int>(std::min(hi, static_cast<double>(count - 1)));
}

struct Band {
    int firstRow = 0;
    int endRow = 0;
};

// A point ready to stamp, its weight already in the form quarticTerm() takes.
struct StampPoint {
    double x = 0.0;
    double y = 0.0;
    double quarterWeight = 0.0;
};

// Cells per side of the tiles points are grouped by. Stamping points in raster order
// keeps the cells they touch in L1/L2 cache; in input order every point misses cache on
// each of its ~2r/cell rows (measured: 1M points onto 2000x2000 went from ~7 s to below 1 s).
// Short rasters get smaller tiles, so that they still split into enough row bands (one
// band per tile row) to keep every thread busy.
int tileCellsFor(const RasterGrid &grid)
{
    return std::clamp(grid.height / 8, 8, 64);
}

// The points that reach the raster, stably counting-sorted by the tile of the cell they
// fall in (clamped to the border), tiles in row-major order. Stable and independent of
// threads, so every cell's sum order is fixed; it differs from input order only by
// reassociation (~1e-16 relative).
struct StampOrder {
    int tileCells = 64;
    std::vector<StampPoint> points;
    std::vector<std::size_t> tileRowStart; // points of tile row t: [start[t], start[t + 1])
};

StampOrder stampOrder(const std::vector<WeightedPoint> &points, const RasterGrid &grid, double radius)
{
    const Box box = grid.extent();
    const int tileCells = tileCellsFor(grid);
    const int tileColumns = (grid.width + tileCells - 1) / tileCells;
    const int tileRows = (grid.height + tileCells - 1) / tileCells;
    const double norm = quarticNorm(radius);
    auto tileOf = [&](const WeightedPoint &p) -> int {
        const double column = std::clamp(std::floor((p.location.x - grid.west) / grid.cellSize), 0.0,
                                         static_cast<double>(grid.width - 1));
        const double row = std::clamp(std::floor((grid.north - p.location.y) / grid.cellSize), 0.0,
                                      static_cast<double>(grid.height - 1));
        return static_cast<int>(row) / tileCells * tileColumns + static_cast<int>(column) / tileCells;
    };
    // Only points farther than r from the raster's box (or weightless) can be skipped.
    auto reaches = [&](const WeightedPoint &p) {
        return p.weight > 0.0 && p.location.x > box.minX - radius && p.location.x < box.maxX + radius
            && p.location.y > box.minY - radius && p.location.y < box.maxY + radius;
    };
    std::vector<std::size_t> start(static_cast<std::size_t>(tileColumns) * tileRows + 1, 0);
    for (const WeightedPoint &p : points)
        if (reaches(p))
            ++start[tileOf(p) + 1];
    for (std::size_t t = 1; t < start.size(); ++t)
        start[t] += start[t - 1];
    StampOrder order;
    order.tileCells = tileCells;
    order.tileRowStart.resize(tileRows + 1);
    for (int t = 0; t <= tileRows; ++t)
        order.tileRowStart[t] = start[static_cast<std::size_t>(t) * tileColumns];
    order.points.resize(start.back());
    for (const WeightedPoint &p : points)
        if (reaches(p))
            order.points[start[tileOf(p)]++] = {p.location.x, p.location.y, quarterWeight(p.weight, norm)};
    return order;
}

// Stamps every point's kernel onto the rows of one band. Each band owns its rows and
// visits the points in the same order, so the per-cell sum order never depends on threads.
// Exact: every cell centre's distance is computed exactly as the brute force does.
class BandStamper {
public:
    BandStamper(const std::vector<StampPoint> &points, const RasterGrid &grid, double radius,
                std::vector<double> &values, const std::vector<double> &columnX)
        : m_points(points), m_grid(grid), m_radius(radius),
          m_inverseRadiusSquared(1.0 / (radius * radius)), m_values(values), m_columnX(columnX)
    {
    }

    void stamp(std::size_t firstPoint, std::size_t endPoint, const Band &band) const
    {
        // Points farther than r from the band's first and last row centres skip early.
        const double bandTop = m_grid.rowCentreY(band.firstRow) + m_radius;
        const double bandBottom = m_grid.rowCentreY(band.endRow - 1) - m_radius;
        for (std::size_t i = firstPoint; i < endPoint; ++i) {
            const StampPoint &p = m_points[i];
            if (p.y > bandTop || p.y < bandBottom)
                continue;
            stampPoint(p, band);
        }
    }

private:
    void stampPoint(const StampPoint &p, const Band &band) const
    {
        // Rows count southwards, so the row coordinate is (north - y).
        int firstRow = 0;
        int lastRow = 0;
        centresWithin(m_grid.north - p.y, m_radius, 0.0, m_grid.cellSize, m_grid.height, firstRow,
                      lastRow);
        firstRow = std::max(firstRow, band.firstRow);
        lastRow = std::min(lastRow, band.endRow - 1);
        // The square window, not each row's chord: a sqrt and two roundings per row cost
        // more than the few clamped-to-zero cells they would save.
        int firstColumn = 0;
        int lastColumn = 0;
        centresWithin(p.x, m_radius, m_grid.west, m_grid.cellSize, m_grid.width, firstColumn, lastColumn);
        // Locals, not members or p's fields: a store into the raster could alias any double
        // reached through a reference, which stops the compiler from vectorising the loop.
        const double px = p.x;
        const double weight = p.quarterWeight;
        const double inverseRadiusSquared = m_inverseRadiusSquared;
        const double *x = m_columnX.data();
        for (int row = firstRow; row <= lastRow; ++row) {
            const double dy = m_grid.rowCentreY(row) - p.y;
            const double rowBase = quarticRowBase(dy * dy, inverseRadiusSquared);
            double *rowValues = m_values.data() + static_cast<std::size_t>(row) * m_grid.width;
            for (int column = firstColumn; column <= lastColumn; ++column)
                rowValues[column] += quarticTerm(x[column] - px, rowBase, inverseRadiusSquared, weight);
        }
    }

    const std::vector<StampPoint> &m_points;
    const RasterGrid &m_grid;
    double m_radius;
    double m_inverseRadiusSquared;
    std::vector<double> &m_values;
    const std::vector<double> &m_columnX;
};

void finish(DensityRaster &raster, const std::optional<double> &pinnedMax)
{
    raster.maxValue = 0.0;
    for (double v : raster.values)
        raster.maxValue = std::max(raster.maxValue, v);
    raster.scaleMax = pinnedMax ? *pinnedMax : raster.maxValue;
}

} // namespace

DensityRaster kernelDensity(const std::vector<WeightedPoint> &points, const RasterGrid &grid,
                            const KernelDensityOptions &options)
{
    validate(points, grid, options.radius);
    if (options.pinnedMax && (!(*options.pinnedMax > 0.0) || !std::isfinite(*options.pinnedMax)))
        throw std::invalid_argument("kernel density: the pinned maximum must be a positive number");

    DensityRaster raster;
    raster.grid = grid;
    raster.radius = options.radius;
    raster.values.assign(static_cast<std::size_t>(grid.width) * grid.height, 0.0);

    std::vector<double> columnX(grid.width);
    for (int column = 0; column < grid.width; ++column)
        columnX[column] = grid.columnCentreX(column);

    // One band per tile row, handed out dynamically: suggestions cluster, so equal fixed
    // halves would leave one thread idle. A band only reads the tile rows within r of it.
    const StampOrder order = stampOrder(points, grid, options.radius);
    const int bandCount = static_cast<int>(order.tileRowStart.size()) - 1;
    // Rows a kernel reaches (+2 for the window's widening); capped so a huge radius
    // cannot overflow the int.
    const int reachRows =
        static_cast<int>(std::min(std::ceil(options.radius / grid.cellSize), static_cast<double>(grid.height))) + 2;
    std::vector<Band> bands(bandCount);
    std::vector<std::pair<std::size_t, std::size_t>> bandPoints(bandCount);
    double totalWork = 0.0;
    for (int b = 0; b < bandCount; ++b) {
        const int tileCells = order.tileCells;
        bands[b].firstRow = b * tileCells;
        bands[b].endRow = std::min(grid.height, (b + 1) * tileCells);
        const int firstTileRow = std::max(0, (bands[b].firstRow - reachRows) / tileCells);
        const int lastTileRow = std::min(bandCount - 1, (bands[b].endRow - 1 + reachRows) / tileCells);
        bandPoints[b] = {order.tileRowStart[firstTileRow], order.tileRowStart[lastTileRow + 1]};
        totalWork += static_cast<double>(bandPoints[b].second - bandPoints[b].first);
    }

    const BandStamper stamper(order.points, grid, options.radius, raster.values, columnX);
    std::atomic<bool> cancelled{false};
    std::atomic<int> nextBand{0};
    std::atomic<std::size_t> pointsDone{0};
    // progress() is only ever called on the caller's thread, never after it said stop.
    auto reportProgress = [&]() {
        if (options.progress && !cancelled.load()
            && !options.progress(static_cast<double>(pointsDone.load()) / std::max(1.0, totalWork)))
            cancelled.store(true);
    };
    auto work = [&](bool callerThread) {
        for (int b = nextBand++; b < bandCount; b = nextBand++) {
            for (std::size_t first = bandPoints[b].first; first < bandPoints[b].second;
                 first += kPointsPerStep) {
                if (cancelled.load(std::memory_order_relaxed))
                    return;
                const std::size_t end = std::min(bandPoints[b].second, first + kPointsPerStep);
                stamper.stamp(first, end, bands[b]);
                pointsDone.fetch_add(end - first);
                if (callerThread)
                    reportProgress();
            }
        }
    };

    reportProgress(); // 0: lets the caller cancel before any work
    const int threadCount = std::clamp(options.threadCount, 1, std::max(1, bandCount));
    std::mutex mutex;
    std::condition_variable workerFinished;
    int finishedWorkers = 0;
    std::vector<std::thread> workers;
    workers.reserve(threadCount - 1);
    for (int t = 1; t < threadCount; ++t)
        workers.emplace_back([&]() {
            work(false);
            const std::lock_guard lock(mutex);
            ++finishedWorkers;
            workerFinished.notify_one();
        });
    // If progress() throws, stop the workers and join them before passing the exception
    // on: destroying a joinable std::thread would terminate the program.
    try {
        reportProgress(); // the workers have started: always one report while they run
        work(true);
        // Out of bands of its own, the caller keeps reporting until the other threads finish.
        for (;;) {
            std::unique_lock lock(mutex);
            if (workerFinished.wait_for(lock, std::chrono::milliseconds(50),
                                        [&]() { return finishedWorkers == static_cast<int>(workers.size()); }))
                break;
            lock.unlock();
            reportProgress();
        }
    } catch (...) {
        cancelled.store(true);
        for (std::thread &worker : workers)
            worker.join();
        throw;
    }
    for (std::thread &worker : workers)
        worker.join();
    if (cancelled.load())
        throw std::runtime_error("cancelled");

    finish(raster, options.pinnedMax);
    return raster;
}

DensityRaster kernelDensityBruteForce(const std::vector<WeightedPoint> &points, const RasterGrid &grid,
                                      double radius)
{
    validate(points, grid, radius);
    DensityRaster raster;
    raster.grid = grid;
    raster.radius = radius;
    raster.values.assign(static_cast<std::size_t>(grid.width) * grid.height, 0.0);
    const double inverseRadiusSquared = 1.0 / (radius * radius);
    const double norm = quarticNorm(radius);
    for (int row = 0; row < grid.height; ++row) {
        const double y = grid.rowCentreY(row);
        for (int column = 0; column < grid.width; ++column) {
            const double x = grid.columnCentreX(column);
            double sum = 0.0;
            for (const WeightedPoint &p : points) {
                const double dx = x - p.location.x;
                const double dy = y - p.location.y;
                sum += quarticTerm(dx, quarticRowBase(dy * dy, inverseRadiusSquared), inverseRadiusSquared,
                                   quarterWeight(p.weight, norm));
            }
            raster.values[static_cast<std::size_t>(row) * grid.width + column] = sum;
        }
    }
    finish(raster, std::nullopt);
    return raster;
}

} // namespace lianxin
