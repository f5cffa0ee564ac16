#pragma once
// One heat-map computation for the canvas, as a value in and a value out, so it runs on a
// worker thread without touching the window: filter and weigh the suggestions, fit a
// raster to the view (plus the kernel radius, so the edges of the view are exact), run the
// kernel density and wrap the raster with its colour scale as an overlay.
#include "analysis/heatmapfilter.h"
#include "core/world.h"
#include "render/heatmapoverlay.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace lianxin {

// A screen never shows more than a few million cells; a bigger raster only costs time
// and memory, so the cell grows instead.
inline constexpr long long kMaxHeatmapCells = 4'000'000;

struct HeatmapGridPlan {
    RasterGrid grid;
    bool coarsened = false; // the asked cell size would have needed more than maxCells
};

// The raster covering `view` grown by `radius` on every side, with cells of `cellSize`
// metres, or, when that would need more than `maxCells`, the smallest coarser cell size in
// whole metres that keeps within them. Throws std::invalid_argument for an empty view or
// non-positive sizes.
HeatmapGridPlan planHeatmapGrid(const Box &view, double radius, double cellSize,
                                long long maxCells = kMaxHeatmapCells);

struct HeatmapRequest {
    std::shared_ptr<const World> world;
    HeatmapFilter filter;
    HeatmapWeighting weighting;
    Box view;
    double radius = 200.0;   // metres
    double cellSize = 10.0;  // metres
    // The colour scale's top in DISPLAY units (per km²); empty: the raster's own maximum.
    std::optional<double> pinnedMaximum;
    QString rampId = QStringLiteral("heat");
    QString unit;            // legend unit, already translated
    QString title;           // legend title, already translated
};

struct HeatmapResult {
    std::shared_ptr<const HeatmapOverlay> overlay; // null when nothing matched
    HeatmapGridPlan plan;
    int pointCount = 0;
    int leftOutWithoutArea = 0;
    double computedMaximum = 0.0; // display units
    qint64 elapsedMs = 0;
};

// Per km² on the legend: the raster holds weight per m².
inline constexpr double kHeatmapDisplayFactor = 1e6;

// Runs on any thread. `progress` gets 0..1 and returns false to cancel, which throws
// std::runtime_error("cancelled"); bad input throws std::invalid_argument.
HeatmapResult computeHeatmap(const HeatmapRequest &request, const std::function<bool(double)> &progress = {});

} // namespace lianxin
