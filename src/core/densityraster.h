#pragma once
// A raster of densities as a plain value: what the kernel density (analysis) produces and
// the GeoTIFF export (store) and the heat-map layer (render) consume. EPSG:4549 metres.
#include "core/geometry.h"

#include <cmath>
#include <stdexcept>
#include <vector>

namespace lianxin {

// Far beyond any county map at metre cells; guards against a typo allocating terabytes.
inline constexpr long long kMaxRasterCells = 400'000'000;

// Cells of cellSize metres, `width` columns eastwards from `west` and `height` rows
// southwards from `north`. Values are evaluated at cell centres.
struct RasterGrid {
    double west = 0.0;
    double north = 0.0;
    double cellSize = 1.0;
    int width = 0;
    int height = 0;

    Box extent() const { return {west, north - height * cellSize, west + width * cellSize, north}; }
    double columnCentreX(int column) const { return west + (column + 0.5) * cellSize; }
    double rowCentreY(int row) const { return north - (row + 0.5) * cellSize; }

    // The smallest grid of whole cells covering `box`, anchored at its north-west corner.
    static RasterGrid covering(const Box &box, double cellSize)
    {
        if (!(cellSize > 0.0) || !std::isfinite(cellSize))
            throw std::invalid_argument("raster grid: cell size must be a positive number of metres");
        if (!(box.maxX > box.minX) || !(box.maxY > box.minY))
            throw std::invalid_argument("raster grid: the box to cover is empty");
        const double columns = std::ceil(box.width() / cellSize);
        const double rows = std::ceil(box.height() / cellSize);
        if (columns * rows > static_cast<double>(kMaxRasterCells))
            throw std::invalid_argument("raster grid: the box needs too many cells at this cell size");
        return {box.minX, box.maxY, cellSize, static_cast<int>(columns), static_cast<int>(rows)};
    }
};

// Row-major values, the FIRST ROW IS THE NORTHERNMOST (as in GeoTIFF and images):
// value(row, column) = values[row * width + column].
struct DensityRaster {
    RasterGrid grid;
    double radius = 0.0;   // the kernel's radius in metres
    std::vector<double> values;
    double maxValue = 0.0; // the largest cell value computed
    double scaleMax = 0.0; // the colour scale's top: the pinned maximum, else maxValue

    double value(int row, int column) const
    {
        return values[static_cast<std::size_t>(row) * grid.width + column];
    }
};

} // namespace lianxin
