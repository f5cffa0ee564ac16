#include "render/labellayout.h"

#include "render/densitycells.h"
#include "render/layerpainter.h"
#include "render/pixelpath.h"

#include <cmath>

namespace lianxin {

namespace {

// More candidates than this from one layer cannot be placed on any screen anyway; the
// cap keeps a x100 town view from measuring half a million addresses.
constexpr std::size_t kMaxCandidatesPerLayer = 4000;
// A polygon narrower and lower than this many pixels is too small to name.
constexpr double kMinLabelledPolygonPixels = 2.0;

double markerRadius(const std::vector<const StyleRule *> &rules, double dpiScale)
{
    double size = 0.0;
    for (const StyleRule *rule : rules)
        for (const Symbolizer &s : rule->symbolizers)
            if (const auto *point = std::get_if<PointSymbolizer>(&s))
                size = std::max(size, point->size);
    return size * dpiScale / 2.0;
}

void collectLayer(LabelEngine &engine, const MapLayer &layer, const Style &style, const MapSettings &settings,
                  const RenderContext &context)
{
    std::vector<std::size_t> hits;
    if (drawsAsDensity(layer, context, &hits))
        return;
    const PixelPathBuilder pixels(context.transform, context.deviceRect);
    FeatureAttributes attributes(layer);
    std::size_t added = 0;
    for (std::size_t index : hits) {
        if (added >= kMaxCandidatesPerLayer || context.cancelled())
            return;
        const MapFeature &feature = layer.features()[index];
        if (!context.visible.contains(feature.labelPoint))
            continue;
        if (layer.kind() == GeometryKind::Polygon) {
            const QRectF bounds = pixels.pixelBounds(feature.bounds);
            if (bounds.width() < kMinLabelledPolygonPixels && bounds.height() < kMinLabelledPolygonPixels)
                continue;
        }
        attributes.setFeature(index);
        const std::vector<const StyleRule *> rules = style.rulesFor(attributes.reader(), context.scaleDenominator);
        for (const StyleRule *rule : rules)
            for (const Symbolizer &s : rule->symbolizers) {
                const auto *text = std::get_if<TextSymbolizer>(&s);
                if (!text || text->labelProperty.isEmpty())
                    continue;
                LabelCandidate candidate;
                const QString property = labelPropertyFor(layer, text->labelProperty, settings.language);
                candidate.text = toDisplayString(attributes.reader()(property)).trimmed();
                if (candidate.text.isEmpty() && property != text->labelProperty) // no English name: the Chinese one
                    candidate.text = toDisplayString(attributes.reader()(text->labelProperty)).trimmed();
                if (candidate.text.isEmpty())
                    continue;
                candidate.anchor = context.transform.toPixel(feature.labelPoint);
                candidate.besidePoint = layer.kind() == GeometryKind::Point;
                candidate.markerRadius = candidate.besidePoint ? markerRadius(rules, context.dpiScale) : 0.0;
                candidate.font = mapFont(text->fontFamily, text->fontSize, text->bold, settings.dpi);
                candidate.fill = text->fill;
                candidate.haloRadius = context.px(text->haloRadius);
                candidate.halo = text->haloFill;
                candidate.priority = text->priority;
                engine.add(std::move(candidate));
                ++added;
            }
    }
}

} // namespace

QString labelPropertyFor(const MapLayer &layer, const QString &property, const QString &language)
{
    if (language != QLatin1String("en") || !property.endsWith(QLatin1String("_zh")))
        return property;
    const QString english = property.chopped(3) + QStringLiteral("_en");
    return layer.fieldIndex(english) >= 0 ? english : property;
}

QFont mapFont(const QString &family, double points, bool bold, double dpi)
{
    QFont font(family.isEmpty() ? QStringLiteral("WenQuanYi Micro Hei") : family);
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(points * dpi / 72.0))));
    font.setBold(bold);
    // Hinting moves glyphs to whole pixels differently per size; maps look steadier without.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

void collectLabels(LabelEngine &engine, const MapScene &scene, const StyleLibrary &styles, const MapSettings &settings,
                   const RenderContext &context)
{
    for (const LayerSettings &layerSettings : settings.layers) {
        if (!layerSettings.visible || layerSettings.opacity <= 0.0)
            continue;
        const MapLayer *layer = scene.layer(layerSettings.id);
        if (!layer)
            continue;
        const Style &style = styles.styleFor(*layer);
        if (style.activeAt(context.scaleDenominator))
            collectLayer(engine, *layer, style, settings, context);
    }
}

std::vector<PlacedLabel> layoutLabels(const MapScene &scene, const StyleLibrary &styles, const MapSettings &settings,
                                      const std::vector<QRectF> &reserved)
{
    const RenderContext context(settings);
    LabelEngine engine(context.deviceRect);
    for (const QRectF &box : reserved)
        engine.reserve(box);
    collectLabels(engine, scene, styles, settings, context);
    return engine.place();
}

} // namespace lianxin
