#pragma once
// The suggestion heat map as a map overlay: a density raster drawn with a colour ramp
// against a FIXED maximum (pinned by the user, or the raster's own maximum when not
// pinned), so a colour means the same value in every view, zoom and time period.
#include "core/densityraster.h"
#include "render/colourramp.h"

#include <QImage>
#include <QString>

namespace lianxin {

struct HeatmapOverlay {
    DensityRaster raster;  // EPSG:4549, first row north
    ColourRamp ramp = ColourRamp::named(QStringLiteral("heat"));
    double maximum = 0.0;  // value drawn with the ramp's top colour; > 0
    double opacity = 0.85;
    // Legend: what a value means, e.g. "建议数/km²" and a factor from raster units
    // (per m²) to display units (1e6 for per km²).
    QString unit = QStringLiteral("件/km²");
    double displayFactor = 1e6;
    QString title = QStringLiteral("意见建议热力图");
};

// One ARGB32 premultiplied pixel per raster cell: value/maximum through the ramp,
// values above the maximum saturate, zero is fully transparent. Throws
// std::invalid_argument for maximum <= 0.
QImage densityImage(const HeatmapOverlay &overlay);

// The legend's tick values in display units: 0, max/4, max/2, 3max/4, max.
std::vector<double> legendTicks(const HeatmapOverlay &overlay);

} // namespace lianxin
