#pragma once
// The labels of a map view: every visible layer's TextSymbolizers at the view's scale,
// fed to the label engine and placed clear of the decorations.
#include "render/labelengine.h"
#include "render/mapscene.h"
#include "render/mapsettings.h"
#include "render/rendercontext.h"
#include "render/stylelibrary.h"

#include <QRectF>

#include <vector>

namespace lianxin {

// A style's point size as a pixel-sized font for a device of `dpi` (pixel sizes keep
// label boxes the same whatever device measures them).
QFont mapFont(const QString &family, double points, bool bold, double dpi);

// The field a label reads in the map's language: in English a "…_zh" field's "…_en"
// sibling when the layer has one (islands' English names); every other label is data
// and reads as the style says.
QString labelPropertyFor(const MapLayer &layer, const QString &property, const QString &language);

// Adds the candidates of every visible layer to `engine` (bottom layer first, so equal
// priorities favour islands and areas over the points on them). Layers drawn as
// density cells get no labels.
void collectLabels(LabelEngine &engine, const MapScene &scene, const StyleLibrary &styles, const MapSettings &settings,
                   const RenderContext &context);

// Convenience: the placed labels of a view, keeping clear of `reserved` boxes.
std::vector<PlacedLabel> layoutLabels(const MapScene &scene, const StyleLibrary &styles, const MapSettings &settings,
                                      const std::vector<QRectF> &reserved = {});

} // namespace lianxin
