#pragma once
// What to draw and how big: a value, copied into every render job (QGIS's
// QgsMapSettings idea without its global state).
#include "core/geometry.h"

#include <QColor>
#include <QSize>
#include <QString>

#include <memory>
#include <vector>

namespace lianxin {

struct HeatmapOverlay;

struct LayerSettings {
    QString id;
    bool visible = true;
    double opacity = 1.0; // 0..1
};

struct MapSettings {
    Box extent;                   // EPSG:4549; the output keeps its aspect ratio
    QSize outputSize{1600, 1000}; // device pixels
    double dpi = 96.0;
    std::vector<LayerSettings> layers; // bottom first
    QColor background{0xd6, 0xe9, 0xf5}; // the sea
    bool decorations = true; // legend, scale bar, north arrow, attribution
    bool labels = true;
    QString title; // drawn at the top centre with the decorations when not empty (printed maps)
    // The map's own words (legend, scale bar, attribution): "zh" as printed for Changdao,
    // or "en" for an English interface (render/maptexts.h).
    QString language = QStringLiteral("zh");
    // The suggestion heat map, drawn above the polygon layers and below the points (see
    // heatmaplayer.h; "heatmap" in `layers` places, hides or fades it); null: none.
    // Shared and immutable, so copying settings into every render job stays cheap.
    std::shared_ptr<const HeatmapOverlay> heatmap;

    // Scale denominator (1:N) of this view at `dpi`.
    double scaleDenominator() const;
    // Settings with every layer of MapScene::layerOrder() visible, the given extent and size.
    static MapSettings forAllLayers(const Box &extent, const QSize &size);
};

} // namespace lianxin
