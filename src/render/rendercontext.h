#pragma once
// What every painter of one render job shares: the world->pixel transform, the map
// scale, the dpi factor and the cancel flag. Built once per job from its MapSettings.
#include "render/mapsettings.h"
#include "render/maptransform.h"

#include <QRectF>

#include <atomic>

namespace lianxin {

struct RenderContext {
    explicit RenderContext(const MapSettings &settings, const std::atomic_bool *cancelFlag = nullptr);

    MapTransform transform;
    Box visible;             // the world box in view
    QRectF deviceRect;       // the output in device pixels
    double scaleDenominator; // 1:N at the settings' dpi
    double dpiScale;         // SLD sizes are pixels at 96 dpi; this many device pixels each
    const std::atomic_bool *cancel = nullptr;

    // Painters poll this every few hundred features.
    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    // A size given in 96-dpi pixels (SLD, decorations) in device pixels.
    double px(double sldPixels) const { return sldPixels * dpiScale; }
};

// Features between two polls of the cancel flag: a poll is an atomic load, cheap, but
// not free at 1.5 million households.
inline constexpr int kCancelPollInterval = 256;

} // namespace lianxin
