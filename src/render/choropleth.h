#pragma once
// A choropleth of one numeric field of a polygon layer (the suggestion statistics of
// grid areas and villages, scenestatistics.h): equal-count (quantile) classes, each a
// titled rule with its real value range, so the legend reads "12 – 30" and a reader can
// compare areas by rank without one outlier washing the others out.
#include "render/colourramp.h"
#include "render/maplayer.h"
#include "render/style.h"

#include <QString>

#include <vector>

namespace lianxin {

// Class edges of `values` (any order) for at most `classes` equal-count classes:
// ascending and distinct, the first the minimum, the last the maximum. Class i holds
// edge[i] <= v < edge[i+1], the last one also its upper edge. Ties make fewer classes
// (all values equal: the single edge). Throws std::invalid_argument for classes < 1 or
// no value (or a value that is not finite).
std::vector<double> quantileBreaks(std::vector<double> values, int classes);

// The style: one rule per class (titled "low – high", filled with the ramp at (i+1)/n,
// grey outline) and an ElseFilter rule "无数据" for features without a value. Integer
// and real values count; text and nulls do not. Throws std::invalid_argument naming the
// layer and field when the field is unknown or has no numeric value, or classes < 1.
Style choroplethStyle(const MapLayer &layer, const QString &field, int classes, const ColourRamp &ramp);

// A class edge as the legend shows it: up to four significant digits, no exponent.
QString classBoundText(double value);

} // namespace lianxin
