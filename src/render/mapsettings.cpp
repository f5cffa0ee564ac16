#include "render/mapsettings.h"

#include "render/mapscene.h"
#include "render/maptransform.h"

namespace lianxin {

double MapSettings::scaleDenominator() const
{
    // Ground metres covered by one device pixel, over the pixel's physical size
    // (an inch is 0.0254 m): the usual 1:N of a printed map.
    const MapTransform transform(extent, outputSize);
    return transform.metresPerPixel() * dpi / 0.0254;
}

MapSettings MapSettings::forAllLayers(const Box &extent, const QSize &size)
{
    MapSettings settings;
    settings.extent = extent;
    settings.outputSize = size;
    for (const QString &id : MapScene::layerOrder())
        settings.layers.push_back(LayerSettings{id, true, 1.0});
    return settings;
}

} // namespace lianxin
