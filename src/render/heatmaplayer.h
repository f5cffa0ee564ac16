#pragma once
// The heat-map overlay as a map layer: where it sits among the scene's layers, how it is
// drawn georeferenced onto a view, and the legend's tick texts. The overlay is not a
// MapLayer (it has no features); the canvas caches it like one under the pseudo-layer id
// heatmapLayerId() ("heatmap"), which MapSettings::layers may also list to place it,
// hide it or fade it (LayerSettings visible/opacity) like any other layer.
#include "render/heatmapoverlay.h"
#include "render/mapsettings.h"
#include "render/rendercontext.h"

#include <QImage>
#include <QRect>
#include <QString>
#include <QStringList>

#include <vector>

class QPainter;

namespace lianxin {

// "heatmap"
const QString &heatmapLayerId();

// When MapSettings::layers does not list "heatmap", it is drawn right before the first
// layer for which this is true: above the polygons of group_territories, below the
// outlined topic threads and the point layers (households, suggestions), so the points
// stay readable on top of the colours.
bool heatmapGoesBelow(const QString &layerId);

// settings.layers, bottom first, with a visible "heatmap" entry inserted at its default
// place when the settings carry an overlay that the list does not name. What both the
// render job and the legend walk, so they agree on where the heat map is.
std::vector<LayerSettings> drawingOrder(const MapSettings &settings);

// densityImage() of the cells in `cells` only (clipped to the raster): what a view needs
// when it shows part of a large raster.
QImage densityImage(const HeatmapOverlay &overlay, const QRect &cells);

// Draws the overlay's cells in view at their true place: each raster cell covers its
// cell's ground square, with smooth scaling between cell centres. The overlay's own
// opacity multiplies the painter's. Returns the device rectangle painted (empty when
// the raster is out of view or the overlay cannot be drawn).
QRect paintHeatmap(QPainter &painter, const HeatmapOverlay &overlay, const RenderContext &context);

// Whether the colour scale's top is a pinned value rather than the raster's own maximum:
// then the top colour means "this much or more".
bool heatmapMaximumPinned(const HeatmapOverlay &overlay);
// A display value as a legend shows it: 0, 0.05, 1.2, 12.5, 240.
QString heatmapTickText(double displayValue);
// legendTicks() as texts, lowest first; the top one "≥ 240" when the maximum is pinned.
QStringList heatmapTickLabels(const HeatmapOverlay &overlay);

} // namespace lianxin
