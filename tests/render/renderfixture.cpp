#include "renderfixture.h"

#include "demofixture.h"

#include "demo/demoworld.h"
#include "testsupport.h"

#include <cstdlib>
#include <stdexcept>

namespace lianxin::test {

const World &demoWorld() { return articleWorld(); }

std::shared_ptr<const MapScene> demoScene()
{
    static const std::shared_ptr<const MapScene> scene = MapScene::fromWorld(demoWorld());
    return scene;
}

std::shared_ptr<const StyleLibrary> shippedStyles()
{
    static const std::shared_ptr<const StyleLibrary> styles =
        std::make_shared<const StyleLibrary>(StyleLibrary::loadFolder(defaultStylesFolder()));
    return styles;
}

int channelDifference(QRgb a, QRgb b)
{
    return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b)),
                     std::abs(qAlpha(a) - qAlpha(b))});
}

const MapFeature &featureById(const MapScene &scene, const QString &layerId, Id id)
{
    const MapLayer *layer = scene.layer(layerId);
    if (!layer)
        throw std::runtime_error("no layer " + layerId.toStdString());
    for (const MapFeature &feature : layer->features())
        if (feature.id == id)
            return feature;
    throw std::runtime_error("no feature " + std::to_string(id) + " in " + layerId.toStdString());
}

} // namespace lianxin::test
