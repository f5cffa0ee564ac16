#pragma once
// Draws the layers of a World onto any QPainter: a QImage for the canvas, a PNG or PDF
// for the CLI — one code path for screen and file. QtGui only, no widgets.
#include "core/world.h"
#include "render/mapsettings.h"

#include <QImage>
#include <QString>

#include <vector>

class QPainter;

namespace lianxin {

class MapRenderer {
public:
    // The layers this renderer knows, bottom to top.
    static const std::vector<QString> &knownLayers();
    // The extent that shows every island of the world (with a margin).
    static Box fullExtent(const World &world);

    // Draws `world` as `settings` asks onto `painter` (already sized to outputSize).
    static void render(QPainter &painter, const MapSettings &settings, const World &world);
    // Convenience: a new ARGB image of settings.outputSize.
    static QImage renderImage(const MapSettings &settings, const World &world);
};

} // namespace lianxin
