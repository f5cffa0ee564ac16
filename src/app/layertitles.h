#pragma once
// Translated names of the map layers. The renderer names its layers in English
// (MapLayer::title()); the app shows them in the interface language. The titles are
// listed here so lupdate sees them; an unknown layer falls back to its own title.
#include "render/maplayer.h"

#include <QCoreApplication>
#include <QString>

namespace lianxin {

class LayerTitles {
    Q_DECLARE_TR_FUNCTIONS(LayerTitles)

public:
    static QString title(const MapLayer &layer);
};

} // namespace lianxin
