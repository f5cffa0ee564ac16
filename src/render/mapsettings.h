#pragma once
// What to draw and how big: a value, copied into every render job (QGIS's
// QgsMapSettings idea without its global state).
#include "core/geometry.h"

#include <QColor>
#include <QSize>
#include <QString>

#include <vector>

namespace lianxin {

struct MapSettings {
    Box extent;
    QSize outputSize{1600, 1000};
    double dpi = 96.0;
    // Layer names in drawing order (bottom first); see MapRenderer::knownLayers().
    std::vector<QString> layers;
    QColor seaColour{0xd6, 0xe9, 0xf5};
};

} // namespace lianxin
