#pragma once
// Level of detail for point layers: when points would be smaller than a pixel, or so
// many fall in view that drawing each would stall the canvas (the x100 demo has 1.5
// million households), they are counted on a grid of small pixel cells and each cell is
// shaded by its density. The county then reads as where people live, at any scale.
#include "render/dirtyregion.h"
#include "render/maplayer.h"
#include "render/rendercontext.h"

#include <QColor>
#include <QString>

#include <vector>

class QPainter;

namespace lianxin {

// Above this many points in view, a layer draws as density cells.
inline constexpr std::size_t kDensityPointLimit = 50000;
// A household's footprint: above this many metres per pixel a home is under a pixel.
inline constexpr double kHouseholdFootprintMetres = 10.0;

struct DensityClass {
    double from = 0.0; // points per hectare, inclusive
    QColor colour;
    QString label; // legend text, e.g. "5–15"
};

// The shading classes, lowest first (ColorBrewer YlOrRd: reads as "more" on any map).
const std::vector<DensityClass> &densityClasses();
// "户/公顷": households per hectare for the households layer, points otherwise.
QString densityUnit(const MapLayer &layer);

// Whether `layer` draws as density cells in this view; `inView` is filled with the
// indexes of its features in view when the answer is no (the caller draws those).
bool drawsAsDensity(const MapLayer &layer, const RenderContext &context, std::vector<std::size_t> *inView = nullptr);

// Counts the layer's points in view into cells and paints them. Returns the number of
// points counted, or -1 when cancelled; `dirty` grows by the cells painted.
long long paintDensityCells(QPainter &painter, const MapLayer &layer, const RenderContext &context,
                            DirtyRegion *dirty = nullptr);

} // namespace lianxin
