#pragma once
// Draws a MapScene as MapSettings ask onto any QPainter: a QImage for the canvas, a PNG
// or PDF for the CLI — one code path for screen and file. Pure function of its inputs
// (settings value, shared immutable scene and styles), so it runs on any thread.
#include "render/mapscene.h"
#include "render/mapsettings.h"
#include "render/stylelibrary.h"

#include <QImage>
#include <QStringList>

#include <atomic>
#include <memory>

class QPainter;

namespace lianxin {

struct RenderReport {
    bool cancelled = false;
    QStringList problems; // features that could not be drawn, named
    long long featuresDrawn = 0;
};

class MapRenderJob {
public:
    MapRenderJob(MapSettings settings, std::shared_ptr<const MapScene> scene,
                 std::shared_ptr<const StyleLibrary> styles);

    const MapSettings &settings() const { return m_settings; }

    // Everything: background, visible layers in order with their opacity, labels,
    // decorations. `cancel` is polled between features; a cancelled job stops quickly.
    RenderReport render(QPainter &painter, const std::atomic_bool *cancel = nullptr) const;
    QImage renderImage(const std::atomic_bool *cancel = nullptr, RenderReport *report = nullptr) const;

    // The pieces the canvas caches: one layer on a transparent image of outputSize
    // (opacity not applied), and labels + decorations for the visible layers.
    // layerId "heatmap" (heatmapLayerId()) gives the settings' heat-map overlay, drawn
    // with the overlay's own opacity; the canvas composes it where drawingOrder() puts it.
    QImage renderLayerImage(const QString &layerId, const std::atomic_bool *cancel = nullptr,
                            RenderReport *report = nullptr) const;
    void renderOverlay(QPainter &painter, const std::atomic_bool *cancel = nullptr) const;

private:
    MapSettings m_settings;
    std::shared_ptr<const MapScene> m_scene;
    std::shared_ptr<const StyleLibrary> m_styles;
};

} // namespace lianxin
