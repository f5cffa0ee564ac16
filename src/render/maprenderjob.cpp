#include "render/maprenderjob.h"

#include "render/heatmaplayer.h"
#include "render/labellayout.h"
#include "render/layerpainter.h"
#include "render/mapdecorations.h"
#include "render/rendercontext.h"

#include <QPaintEngine>
#include <QPainter>

#include <cmath>
#include <optional>

namespace lianxin {

namespace {

QImage blankImage(const MapSettings &settings)
{
    QImage image(settings.outputSize.expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMetre = static_cast<int>(std::lround(settings.dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(Qt::transparent);
    return image;
}

// Problems of the scene that concern this layer ("buildings 17: Self-intersection ...").
void addLayerProblems(const MapScene &scene, const QString &layerId, RenderReport &report)
{
    const QString prefix = layerId + QLatin1Char(' ');
    for (const QString &problem : scene.problems())
        if (problem.startsWith(prefix))
            report.problems << problem;
}

// The transparent image each layer is drawn on before it is composed. Kept per thread
// and reused: a fresh 8 MB image per frame costs more in page faults than drawing the
// county does.
QImage &scratchImage(const MapSettings &settings)
{
    static thread_local QImage scratch;
    const QSize size = settings.outputSize.expandedTo(QSize(1, 1));
    if (scratch.size() != size)
        scratch = QImage(size, QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMetre = static_cast<int>(std::lround(settings.dpi / 0.0254));
    scratch.setDotsPerMeterX(dotsPerMetre);
    scratch.setDotsPerMeterY(dotsPerMetre);
    scratch.fill(Qt::transparent);
    return scratch;
}

bool drawsAnything(const LayerSettings &layer) { return layer.visible && layer.opacity > 0.0; }

// The heat map straight onto the painter (it is one image: nothing to compose). An
// overlay that cannot be drawn (no maximum) is reported, and the rest of the map draws.
void drawHeatmap(QPainter &painter, const MapSettings &settings, double opacity, const RenderContext &context,
                 RenderReport &report)
{
    if (!settings.heatmap)
        return;
    const double previous = painter.opacity();
    painter.setOpacity(std::min(1.0, opacity));
    try {
        paintHeatmap(painter, *settings.heatmap, context);
    } catch (const std::exception &e) {
        report.problems << QStringLiteral("%1: %2").arg(heatmapLayerId(), QString::fromUtf8(e.what()));
    }
    painter.setOpacity(previous);
}

} // namespace

MapRenderJob::MapRenderJob(MapSettings settings, std::shared_ptr<const MapScene> scene,
                           std::shared_ptr<const StyleLibrary> styles)
    : m_settings(std::move(settings))
    , m_scene(std::move(scene))
    , m_styles(styles ? std::move(styles) : std::make_shared<const StyleLibrary>())
{
}

RenderReport MapRenderJob::render(QPainter &painter, const std::atomic_bool *cancel) const
{
    RenderReport report;
    const RenderContext context(m_settings, cancel);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(context.deviceRect, m_settings.background);
    // On an image every layer is drawn alone and composed, exactly as the canvas composes
    // its cached layer images, so both show the same pixels; only the part a layer
    // touched is cleared and composed. Other devices (PDF) get vectors straight away,
    // with per-shape opacity.
    const bool raster = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
    QImage *scratch = nullptr;
    std::vector<QRect> dirty;
    for (const LayerSettings &layerSettings : drawingOrder(m_settings)) {
        if (layerSettings.id == heatmapLayerId()) {
            if (drawsAnything(layerSettings))
                drawHeatmap(painter, m_settings, layerSettings.opacity, context, report);
            if (context.cancelled()) { // stop at once, as after any other layer: no labels
                report.cancelled = true;
                painter.restore();
                return report;
            }
            continue;
        }
        if (!drawsAnything(layerSettings) || !m_scene)
            continue;
        const MapLayer *layer = m_scene->layer(layerSettings.id);
        if (!layer) {
            report.problems << QStringLiteral("unknown layer: %1").arg(layerSettings.id);
            continue;
        }
        addLayerProblems(*m_scene, layer->id(), report);
        const Style &style = m_styles->styleFor(*layer);
        LayerPaintResult result;
        painter.setOpacity(std::min(1.0, layerSettings.opacity));
        if (raster) {
            if (!scratch)
                scratch = &scratchImage(m_settings);
            QPainter layerPainter(scratch);
            layerPainter.setCompositionMode(QPainter::CompositionMode_Source);
            for (const QRect &rect : dirty)
                layerPainter.fillRect(rect, Qt::transparent);
            layerPainter.setCompositionMode(QPainter::CompositionMode_SourceOver);
            layerPainter.setRenderHint(QPainter::Antialiasing);
            result = paintLayer(layerPainter, *layer, style, context);
            layerPainter.end();
            dirty = result.dirty.rects();
            for (const QRect &rect : dirty)
                painter.drawImage(rect.topLeft(), *scratch, rect);
        } else {
            result = paintLayer(painter, *layer, style, context);
        }
        painter.setOpacity(1.0);
        report.featuresDrawn += result.featuresDrawn;
        if (result.cancelled || context.cancelled()) {
            report.cancelled = true;
            painter.restore();
            return report;
        }
    }
    renderOverlay(painter, cancel);
    report.cancelled = context.cancelled();
    painter.restore();
    return report;
}

QImage MapRenderJob::renderImage(const std::atomic_bool *cancel, RenderReport *report) const
{
    QImage image = blankImage(m_settings);
    QPainter painter(&image);
    const RenderReport result = render(painter, cancel);
    painter.end();
    if (report)
        *report = result;
    return image;
}

QImage MapRenderJob::renderLayerImage(const QString &layerId, const std::atomic_bool *cancel,
                                      RenderReport *report) const
{
    QImage image = blankImage(m_settings);
    if (layerId == heatmapLayerId() && m_settings.heatmap) {
        // The pseudo-layer "heatmap": the overlay with its own opacity, so the canvas can
        // cache it like a layer and recolour it without redrawing the others.
        RenderReport heatmapReport;
        QPainter painter(&image);
        drawHeatmap(painter, m_settings, 1.0, RenderContext(m_settings, cancel), heatmapReport);
        painter.end();
        if (report)
            report->problems << heatmapReport.problems;
        return image;
    }
    const MapLayer *layer = m_scene ? m_scene->layer(layerId) : nullptr;
    if (!layer) {
        if (report)
            report->problems << QStringLiteral("unknown layer: %1").arg(layerId);
        return image;
    }
    const RenderContext context(m_settings, cancel);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const LayerPaintResult result = paintLayer(painter, *layer, m_styles->styleFor(*layer), context);
    painter.end();
    if (report) {
        report->featuresDrawn += result.featuresDrawn;
        report->cancelled = report->cancelled || result.cancelled;
    }
    return image;
}

void MapRenderJob::renderOverlay(QPainter &painter, const std::atomic_bool *cancel) const
{
    if (!m_scene || (!m_settings.labels && !m_settings.decorations))
        return;
    const RenderContext context(m_settings, cancel);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setOpacity(1.0);
    std::optional<MapDecorations> decorations;
    if (m_settings.decorations)
        decorations.emplace(*m_scene, *m_styles, m_settings, context);
    if (m_settings.labels && !context.cancelled()) {
        LabelEngine labels(context.deviceRect);
        if (decorations)
            for (const QRectF &box : decorations->boxes())
                labels.reserve(box);
        collectLabels(labels, *m_scene, *m_styles, m_settings, context);
        if (!context.cancelled()) {
            labels.place();
            labels.paint(painter);
        }
    }
    if (decorations && !context.cancelled())
        decorations->paint(painter);
    painter.restore();
}

} // namespace lianxin
