#pragma once
// Shared by the render tests: the scale-1 demo world made in-process once per test
// program, its map scene and the shipped SLD styles.
#include "core/world.h"
#include "render/mapscene.h"
#include "render/stylelibrary.h"

#include <QColor>
#include <QImage>

#include <memory>

namespace lianxin::test {

const World &demoWorld();
std::shared_ptr<const MapScene> demoScene();
std::shared_ptr<const StyleLibrary> shippedStyles();

// Largest per-channel difference of two colours.
int channelDifference(QRgb a, QRgb b);

// The map feature of `layerId` with this id (fails the test when missing).
const MapFeature &featureById(const MapScene &scene, const QString &layerId, Id id);

} // namespace lianxin::test
