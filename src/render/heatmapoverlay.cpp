#include "render/heatmapoverlay.h"

#include "render/heatmaplayer.h"

#include <cmath>
#include <stdexcept>

namespace lianxin {

namespace {

// The ramp sampled at 4096 steps: a county raster has tens of millions of cells, and a
// table lookup per cell is what makes redrawing it cheap. The step is far below what
// 8-bit channels can show (each channel moves by less than one unit per step).
constexpr int kLookupSteps = 4096;

std::vector<QRgb> rampLookup(const ColourRamp &ramp)
{
    std::vector<QRgb> table(kLookupSteps);
    for (int i = 0; i < kLookupSteps; ++i)
        table[static_cast<std::size_t>(i)] = ramp.rgbaAt(static_cast<double>(i) / (kLookupSteps - 1));
    return table;
}

void requireDrawable(const HeatmapOverlay &overlay)
{
    if (!(overlay.maximum > 0.0) || !std::isfinite(overlay.maximum))
        throw std::invalid_argument("heat map: the colour scale's maximum must be a positive number, not "
                                    + std::to_string(overlay.maximum));
    const RasterGrid &grid = overlay.raster.grid;
    if (grid.width < 0 || grid.height < 0
        || overlay.raster.values.size() != static_cast<std::size_t>(grid.width) * static_cast<std::size_t>(grid.height))
        throw std::invalid_argument("heat map: the raster's values do not match its grid");
}

} // namespace

QImage densityImage(const HeatmapOverlay &overlay)
{
    return densityImage(overlay, QRect(0, 0, overlay.raster.grid.width, overlay.raster.grid.height));
}

QImage densityImage(const HeatmapOverlay &overlay, const QRect &cells)
{
    requireDrawable(overlay);
    const QRect window = cells.intersected(QRect(0, 0, overlay.raster.grid.width, overlay.raster.grid.height));
    if (window.isEmpty())
        return {};
    QImage image(window.size(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        throw std::runtime_error("heat map: not enough memory for an image of " + std::to_string(window.width()) + "x"
                                 + std::to_string(window.height()) + " cells");
    const std::vector<QRgb> table = rampLookup(overlay.ramp);
    const double scale = (kLookupSteps - 1) / overlay.maximum;
    const int width = overlay.raster.grid.width;
    for (int row = 0; row < window.height(); ++row) {
        const double *values = overlay.raster.values.data()
                               + static_cast<std::size_t>(window.top() + row) * static_cast<std::size_t>(width)
                               + static_cast<std::size_t>(window.left());
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(row));
        for (int column = 0; column < window.width(); ++column) {
            const double v = values[column];
            // Zero (and NaN) stay fully transparent whatever the ramp's bottom colour:
            // no suggestion nearby must never tint the map.
            if (!(v > 0.0)) {
                line[column] = 0;
                continue;
            }
            const double step = std::min(v * scale, static_cast<double>(kLookupSteps - 1));
            line[column] = table[static_cast<std::size_t>(std::lround(step))];
        }
    }
    return image;
}

std::vector<double> legendTicks(const HeatmapOverlay &overlay)
{
    std::vector<double> ticks;
    const double top = overlay.maximum * overlay.displayFactor;
    for (int i = 0; i <= 4; ++i)
        ticks.push_back(top * i / 4.0);
    return ticks;
}

} // namespace lianxin
