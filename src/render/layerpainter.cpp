#include "render/layerpainter.h"

#include "render/densitycells.h"
#include "render/pixelpath.h"
#include "render/symbolpainter.h"

#include <QPainter>

#include <map>

namespace lianxin {

namespace {

// Polygons smaller than this many device pixels across draw as one dot of their colour,
// so 60,000 buildings at county scale cost a fill each instead of a path each.
constexpr double kDotPixels = 1.5;
// More polygons than this in view is a crowded view (the x100 town holds 36,000
// territories): there polygons are filled without outlines and with coarser vertices,
// which halves their cost; at that density outlines merge into noise anyway.
constexpr std::size_t kCrowdedPolygons = 20000;
constexpr double kCrowdedTolerancePixels = 1.5;

std::optional<QColor> dotColour(const std::vector<const StyleRule *> &rules)
{
    for (const StyleRule *rule : rules)
        for (const Symbolizer &symbolizer : rule->symbolizers) {
            if (const auto *polygon = std::get_if<PolygonSymbolizer>(&symbolizer)) {
                if (polygon->stroke)
                    return polygon->stroke->colour;
                if (polygon->fill)
                    return polygon->fill;
            } else if (const auto *line = std::get_if<LineSymbolizer>(&symbolizer)) {
                return line->stroke.colour;
            }
        }
    return std::nullopt;
}

// How far beyond its geometry a feature may paint: half the widest stroke, markers on
// polygons, antialiasing.
double paintMargin(const Style &style, double dpiScale)
{
    double widest = 0.0;
    for (const StyleRule &rule : style.rules)
        for (const Symbolizer &s : rule.symbolizers) {
            if (const auto *polygon = std::get_if<PolygonSymbolizer>(&s); polygon && polygon->stroke)
                widest = std::max(widest, polygon->stroke->width);
            else if (const auto *line = std::get_if<LineSymbolizer>(&s))
                widest = std::max(widest, line->stroke.width);
            else if (const auto *point = std::get_if<PointSymbolizer>(&s))
                widest = std::max(widest, point->size + (point->stroke ? point->stroke->width : 0.0));
        }
    return widest * dpiScale / 2.0 + 2.0;
}

// Draws one feature's path with its rules; without outlines when `outline` is false.
void paintFeature(QPainter &painter, const QPainterPath &path, const QPointF &anchor,
                  const std::vector<const StyleRule *> &rules, bool outline, const RenderContext &context)
{
    for (const StyleRule *rule : rules)
        for (const Symbolizer &symbolizer : rule->symbolizers) {
            if (const auto *polygon = std::get_if<PolygonSymbolizer>(&symbolizer)) {
                if (outline || !polygon->fill) {
                    paintPolygon(painter, path, *polygon, context.dpiScale);
                } else {
                    PolygonSymbolizer fillOnly = *polygon;
                    fillOnly.stroke.reset();
                    paintPolygon(painter, path, fillOnly, context.dpiScale);
                }
            } else if (const auto *line = std::get_if<LineSymbolizer>(&symbolizer)) {
                if (outline)
                    paintOutline(painter, path, *line, context.dpiScale);
            } else if (const auto *point = std::get_if<PointSymbolizer>(&symbolizer)) {
                MarkerPainter(painter, *point, context.dpiScale).paint(anchor);
            }
        }
}

LayerPaintResult paintPolygons(QPainter &painter, const MapLayer &layer, const Style &style,
                               const RenderContext &context)
{
    LayerPaintResult result;
    result.dirty = DirtyRegion(context.deviceRect.size().toSize());
    std::vector<std::size_t> hits;
    layer.query(context.visible, hits);
    const bool crowded = hits.size() > kCrowdedPolygons;
    const PixelPathBuilder builder(context.transform, context.deviceRect, crowded ? kCrowdedTolerancePixels : 0.5);
    FeatureAttributes attributes(layer);
    const double dot = std::max(1.0, context.px(1.0));
    const double margin = paintMargin(style, context.dpiScale);
    std::map<QRgb, QPainterPath> dots;
    int sincePoll = 0;
    for (std::size_t index : hits) {
        if (++sincePoll == kCancelPollInterval) {
            sincePoll = 0;
            if (context.cancelled()) {
                result.cancelled = true;
                return result;
            }
        }
        const MapFeature &feature = layer.features()[index];
        attributes.setFeature(index);
        const std::vector<const StyleRule *> rules = style.rulesFor(attributes.reader(), context.scaleDenominator);
        if (rules.empty())
            continue;
        const QRectF bounds = builder.pixelBounds(feature.bounds);
        if (bounds.width() < kDotPixels && bounds.height() < kDotPixels) {
            // Collected and filled at the end, one path per colour.
            if (const auto colour = dotColour(rules)) {
                const QRectF square(bounds.center() - QPointF(dot / 2.0, dot / 2.0), QSizeF(dot, dot));
                dots[colour->rgba()].addRect(square);
                result.dirty.add(square.adjusted(-1.0, -1.0, 1.0, 1.0));
                ++result.featuresDrawn;
            }
            continue;
        }
        QPainterPath path;
        path.setFillRule(Qt::WindingFill);
        if (!builder.append(path, feature.polygons, feature.bounds))
            continue;
        paintFeature(painter, path, context.transform.toPixel(feature.labelPoint), rules, !crowded, context);
        result.dirty.add(bounds.adjusted(-margin, -margin, margin, margin));
        ++result.featuresDrawn;
    }
    const bool antialiased = painter.testRenderHint(QPainter::Antialiasing);
    // Dots meet edge to edge like density cells: no antialiasing.
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (const auto &[colour, path] : dots)
        painter.fillPath(path, QColor::fromRgba(colour));
    painter.setRenderHint(QPainter::Antialiasing, antialiased);
    return result;
}

LayerPaintResult paintPoints(QPainter &painter, const MapLayer &layer, const Style &style, const RenderContext &context)
{
    LayerPaintResult result;
    result.dirty = DirtyRegion(context.deviceRect.size().toSize());
    std::vector<std::size_t> hits;
    if (drawsAsDensity(layer, context, &hits)) {
        const long long counted = paintDensityCells(painter, layer, context, &result.dirty);
        result.cancelled = counted < 0;
        result.featuresDrawn = std::max(0LL, counted);
        return result;
    }
    // Markers are grouped by symbolizer, in style order, so the pen and brush are set
    // once per group rather than once per point; within a group features keep their order.
    std::map<std::pair<std::size_t, std::size_t>, std::pair<const PointSymbolizer *, QPolygonF>> groups;
    FeatureAttributes attributes(layer);
    const PixelMapper toPixel(context.transform);
    int sincePoll = 0;
    for (std::size_t index : hits) {
        if (++sincePoll == kCancelPollInterval) {
            sincePoll = 0;
            if (context.cancelled()) {
                result.cancelled = true;
                return result;
            }
        }
        attributes.setFeature(index);
        const std::vector<const StyleRule *> rules = style.rulesFor(attributes.reader(), context.scaleDenominator);
        bool drawn = false;
        for (const StyleRule *rule : rules) {
            const std::size_t ruleIndex = static_cast<std::size_t>(rule - style.rules.data());
            for (std::size_t s = 0; s < rule->symbolizers.size(); ++s)
                if (const auto *point = std::get_if<PointSymbolizer>(&rule->symbolizers[s])) {
                    auto &group = groups[{ruleIndex, s}];
                    group.first = point;
                    group.second << toPixel(layer.points()[index]);
                    drawn = true;
                }
        }
        result.featuresDrawn += drawn ? 1 : 0;
    }
    const double margin = paintMargin(style, context.dpiScale);
    for (const auto &[key, group] : groups) {
        if (context.cancelled()) {
            result.cancelled = true;
            return result;
        }
        MarkerPainter markers(painter, *group.first, context.dpiScale);
        for (const QPointF &at : group.second)
            markers.paint(at);
        for (const QPointF &at : group.second)
            result.dirty.add(QRectF(at.x() - margin, at.y() - margin, 2.0 * margin, 2.0 * margin));
    }
    return result;
}

} // namespace

FeatureAttributes::FeatureAttributes(const MapLayer &layer)
    : m_layer(layer)
    , m_reader([this](const QString &name) -> FeatureValue {
        const int column = m_layer.fieldIndex(name);
        const auto &values = m_layer.features()[m_index].values;
        return column >= 0 && static_cast<std::size_t>(column) < values.size()
                   ? values[static_cast<std::size_t>(column)]
                   : FeatureValue{};
    })
{
}

LayerPaintResult paintLayer(QPainter &painter, const MapLayer &layer, const Style &style, const RenderContext &context)
{
    if (!style.activeAt(context.scaleDenominator))
        return {};
    return layer.kind() == GeometryKind::Point ? paintPoints(painter, layer, style, context)
                                               : paintPolygons(painter, layer, style, context);
}

} // namespace lianxin
