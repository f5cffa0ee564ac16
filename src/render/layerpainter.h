#pragma once
// Draws the features of one layer in view with its style: polygons as pixel paths with
// their fills and strokes, points as markers (or density cells, see densitycells.h).
// Labels are not drawn here: they go to the label engine with the overlay.
#include "render/dirtyregion.h"
#include "render/maplayer.h"
#include "render/rendercontext.h"
#include "render/style.h"

class QPainter;

namespace lianxin {

struct LayerPaintResult {
    long long featuresDrawn = 0;
    bool cancelled = false;
    DirtyRegion dirty; // device pixels that may have been painted
};

LayerPaintResult paintLayer(QPainter &painter, const MapLayer &layer, const Style &style, const RenderContext &context);

// Reads attribute values of one feature of `layer` for style filters; point it at a
// feature with setFeature() before each evaluation.
class FeatureAttributes {
public:
    explicit FeatureAttributes(const MapLayer &layer);
    FeatureAttributes(const FeatureAttributes &) = delete; // the reader points at this object
    FeatureAttributes &operator=(const FeatureAttributes &) = delete;
    void setFeature(std::size_t index) { m_index = index; }
    const AttributeReader &reader() const { return m_reader; }

private:
    const MapLayer &m_layer;
    std::size_t m_index = 0;
    AttributeReader m_reader;
};

} // namespace lianxin
