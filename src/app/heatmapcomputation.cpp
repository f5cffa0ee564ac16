#include "app/heatmapcomputation.h"

#include "analysis/kerneldensity.h"

#include <QElapsedTimer>

#include <cmath>
#include <stdexcept>

namespace lianxin {

HeatmapGridPlan planHeatmapGrid(const Box &view, double radius, double cellSize, long long maxCells)
{
    if (!(radius > 0.0) || !std::isfinite(radius))
        throw std::invalid_argument("heat map: the radius must be a positive number of metres");
    if (!(cellSize > 0.0) || !std::isfinite(cellSize) || maxCells < 1)
        throw std::invalid_argument("heat map: the cell size must be a positive number of metres");
    if (!(view.maxX > view.minX) || !(view.maxY > view.minY))
        throw std::invalid_argument("heat map: the view is empty");
    // Points just outside the view still spread into it, and the raster reaches one
    // radius beyond so a small pan shows no edge.
    const Box box{view.minX - radius, view.minY - radius, view.maxX + radius, view.maxY + radius};
    HeatmapGridPlan plan;
    const double cells = std::ceil(box.width() / cellSize) * std::ceil(box.height() / cellSize);
    if (cells > static_cast<double>(maxCells)) {
        // Whole metres keep the cell size readable in the status bar; the loop settles
        // the ceil() rounding the square root cannot see.
        cellSize = std::ceil(std::sqrt(box.width() * box.height() / static_cast<double>(maxCells)));
        while (std::ceil(box.width() / cellSize) * std::ceil(box.height() / cellSize) > static_cast<double>(maxCells))
            cellSize += 1.0;
        plan.coarsened = true;
    }
    plan.grid = RasterGrid::covering(box, cellSize);
    return plan;
}

HeatmapResult computeHeatmap(const HeatmapRequest &request, const std::function<bool(double)> &progress)
{
    if (!request.world)
        throw std::invalid_argument("heat map: no project is open");
    if (request.pinnedMaximum && !(*request.pinnedMaximum > 0.0))
        throw std::invalid_argument("heat map: the pinned maximum must be greater than 0");
    QElapsedTimer timer;
    timer.start();
    HeatmapResult result;
    result.plan = planHeatmapGrid(request.view, request.radius, request.cellSize);
    const HeatmapSelection selection = selectHeatmapPoints(*request.world, request.filter, request.weighting);
    result.pointCount = static_cast<int>(selection.points.size());
    result.leftOutWithoutArea = selection.leftOutWithoutArea;

    KernelDensityOptions options;
    options.radius = request.radius;
    options.progress = progress;
    if (request.pinnedMaximum)
        options.pinnedMax = *request.pinnedMaximum / kHeatmapDisplayFactor;
    DensityRaster raster = kernelDensity(selection.points, result.plan.grid, options);
    result.computedMaximum = raster.maxValue * kHeatmapDisplayFactor;

    // An empty period still draws (nothing) against a pinned scale; unpinned, there is
    // no scale to draw against.
    if (raster.scaleMax > 0.0) {
        auto overlay = std::make_shared<HeatmapOverlay>();
        overlay->ramp = ColourRamp::named(request.rampId);
        overlay->maximum = raster.scaleMax;
        overlay->displayFactor = kHeatmapDisplayFactor;
        if (!request.unit.isEmpty())
            overlay->unit = request.unit;
        if (!request.title.isEmpty())
            overlay->title = request.title;
        overlay->raster = std::move(raster);
        result.overlay = std::move(overlay);
    }
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace lianxin
