#include "app/mapcanvas.h"

#include "app/highlightpainter.h"
#include "render/heatmaplayer.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace lianxin {

namespace {
constexpr int kBurstDelayMs = 30;         // wheel notches and key repeats arrive this close together
constexpr double kMinMetresPerPixel = 0.05; // about 1:190, closer than any feature needs
const QColor kSea(0xd6, 0xe9, 0xf5);
} // namespace

MapCanvas::MapCanvas(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(200, 150);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_renderTimer.setSingleShot(true);
    connect(&m_renderTimer, &QTimer::timeout, this, &MapCanvas::startRender);
    connect(&m_renderer, &CanvasRenderer::frameReady, this, &MapCanvas::onFrameReady);
}

MapCanvas::~MapCanvas() = default;

void MapCanvas::setScene(std::shared_ptr<const MapScene> scene, std::shared_ptr<const StyleLibrary> styles)
{
    std::vector<LayerSettings> layers;
    if (scene) {
        for (const auto &layer : scene->layers()) {
            const auto old = std::find_if(m_layers.begin(), m_layers.end(),
                                          [&](const LayerSettings &s) { return s.id == layer->id(); });
            layers.push_back(old != m_layers.end() ? *old : LayerSettings{layer->id(), true, 1.0});
        }
    }
    m_layers = std::move(layers);
    m_highlights.clear();
    m_frame = CanvasFrame{};
    m_history.clear();
    m_hasView = false;
    m_fitBox.reset();
    m_renderer.setScene(std::move(scene), std::move(styles));
    emit historyChanged();
    update();
}

void MapCanvas::setLayerStyle(const QString &layerId, Style style)
{
    auto styles = m_renderer.styles() ? std::make_shared<StyleLibrary>(*m_renderer.styles())
                                      : std::make_shared<StyleLibrary>();
    styles->setStyle(layerId, std::move(style));
    m_renderer.setStyles(std::move(styles), {layerId});
    scheduleRender(Urgency::Now);
}

void MapCanvas::setHeatmap(std::shared_ptr<const HeatmapOverlay> heatmap)
{
    m_heatmap = std::move(heatmap);
    m_renderer.invalidateLayer(heatmapLayerId());
    scheduleRender(Urgency::Now);
}

void MapCanvas::setLayerVisible(const QString &layerId, bool visible)
{
    for (LayerSettings &layer : m_layers)
        if (layer.id == layerId && layer.visible != visible) {
            layer.visible = visible;
            scheduleRender(Urgency::Now);
        }
}

void MapCanvas::setLayerOpacity(const QString &layerId, double opacity)
{
    opacity = std::clamp(opacity, 0.0, 1.0);
    for (LayerSettings &layer : m_layers)
        if (layer.id == layerId && layer.opacity != opacity) {
            layer.opacity = opacity;
            scheduleRender(Urgency::AfterBurst); // a slider sends a stream of values
        }
}

void MapCanvas::setLayerOrder(const std::vector<QString> &bottomFirst)
{
    std::vector<LayerSettings> ordered;
    for (const QString &id : bottomFirst) {
        const auto it = std::find_if(m_layers.begin(), m_layers.end(), [&](const LayerSettings &s) { return s.id == id; });
        if (it != m_layers.end() && std::none_of(ordered.begin(), ordered.end(), [&](const LayerSettings &s) { return s.id == id; }))
            ordered.push_back(*it);
    }
    // Layers the caller did not name keep their relative place at the bottom.
    for (const LayerSettings &layer : m_layers)
        if (std::none_of(ordered.begin(), ordered.end(), [&](const LayerSettings &s) { return s.id == layer.id; }))
            ordered.insert(ordered.begin(), layer);
    const bool changed = !std::equal(ordered.begin(), ordered.end(), m_layers.begin(), m_layers.end(),
                                     [](const LayerSettings &a, const LayerSettings &b) { return a.id == b.id; });
    m_layers = std::move(ordered);
    if (changed)
        scheduleRender(Urgency::Now);
}

void MapCanvas::setLabelsVisible(bool visible)
{
    m_labels = visible;
    scheduleRender(Urgency::Now);
}

void MapCanvas::setDecorationsVisible(bool visible)
{
    m_decorations = visible;
    scheduleRender(Urgency::Now);
}

void MapCanvas::setMapLanguage(const QString &language)
{
    if (language == m_mapLanguage)
        return;
    m_mapLanguage = language;
    scheduleRender(Urgency::Now);
}

Box MapCanvas::extent() const
{
    const double halfWidth = width() * m_metresPerPixel / 2.0;
    const double halfHeight = height() * m_metresPerPixel / 2.0;
    return {m_centre.x - halfWidth, m_centre.y - halfHeight, m_centre.x + halfWidth, m_centre.y + halfHeight};
}

void MapCanvas::setExtent(const Box &box)
{
    if (!(box.width() > 0.0) && !(box.height() > 0.0))
        return; // a degenerate box has no scale; zoomToBox handles points
    const double mpp = std::max(box.width() / std::max(1, width()), box.height() / std::max(1, height()));
    setView({(box.minX + box.maxX) / 2.0, (box.minY + box.maxY) / 2.0}, mpp, Urgency::Now);
    m_fitBox = box; // until the user moves the map, a resize fits this box again
}

MapTransform MapCanvas::transform() const { return MapTransform(extent(), size()); }

MapSettings MapCanvas::mapSettings() const
{
    const double ratio = devicePixelRatioF();
    MapSettings settings;
    settings.extent = extent();
    settings.outputSize = QSize(qRound(width() * ratio), qRound(height() * ratio));
    settings.dpi = 96.0 * ratio; // symbols keep their size in logical pixels on HiDPI screens
    settings.layers = m_layers;
    settings.labels = m_labels;
    settings.decorations = m_decorations;
    settings.heatmap = m_heatmap;
    settings.language = m_mapLanguage;
    return settings;
}

double MapCanvas::scaleDenominator() const { return mapSettings().scaleDenominator(); }

void MapCanvas::zoomToFullExtent()
{
    if (scene())
        setExtent(scene()->fullExtent());
}

void MapCanvas::zoomToLayer(const QString &layerId)
{
    if (const MapLayer *layer = scene() ? scene()->layer(layerId) : nullptr; layer && !layer->features().empty())
        zoomToBox(layer->extent());
}

void MapCanvas::zoomToSelection()
{
    if (m_highlights.empty())
        return;
    Box box = m_highlights.front().layer->features()[m_highlights.front().index].bounds;
    for (const FeatureHit &hit : m_highlights)
        box = unite(box, hit.layer->features()[hit.index].bounds);
    zoomToBox(box);
}

void MapCanvas::zoomToBox(const Box &box)
{
    // A margin so the feature's outline is not on the window edge, and at least a
    // street's worth of view around a point or a tiny building.
    constexpr double kMinSpan = 250.0;
    const PointXY c{(box.minX + box.maxX) / 2.0, (box.minY + box.maxY) / 2.0};
    const double halfWidth = std::max(box.width() * 1.1, kMinSpan) / 2.0;
    const double halfHeight = std::max(box.height() * 1.1, kMinSpan) / 2.0;
    setExtent({c.x - halfWidth, c.y - halfHeight, c.x + halfWidth, c.y + halfHeight});
}

void MapCanvas::zoomBy(double factor, const QPointF &anchor)
{
    if (!m_hasView || factor <= 0.0)
        return;
    const PointXY anchorWorld = transform().toWorld(anchor);
    const double mpp = m_metresPerPixel / factor;
    // Keep the anchor's world point under the same pixel: solve toWorld(anchor) == anchorWorld.
    const PointXY centre{anchorWorld.x - (anchor.x() - width() / 2.0) * mpp,
                         anchorWorld.y + (anchor.y() - height() / 2.0) * mpp};
    setView(centre, mpp, Urgency::AfterBurst);
}

void MapCanvas::zoomIn() { zoomBy(2.0, QPointF(width() / 2.0, height() / 2.0)); }

void MapCanvas::zoomOut() { zoomBy(0.5, QPointF(width() / 2.0, height() / 2.0)); }

void MapCanvas::panByPixels(const QPointF &delta)
{
    if (m_hasView)
        setView({m_centre.x - delta.x() * m_metresPerPixel, m_centre.y + delta.y() * m_metresPerPixel},
                m_metresPerPixel, Urgency::AfterBurst);
}

void MapCanvas::previousExtent() { setViewFromHistory(m_history.back()); }

void MapCanvas::nextExtent() { setViewFromHistory(m_history.forward()); }

void MapCanvas::setViewFromHistory(const std::optional<Box> &box)
{
    if (!box)
        return;
    setExtent(*box);
    m_skipHistoryPush = true; // this view is already in the history
    emit historyChanged();
}

void MapCanvas::setHighlights(std::vector<FeatureHit> hits)
{
    m_highlights = std::move(hits);
    update();
}

void MapCanvas::setPreviewOverlay(std::shared_ptr<const PreviewOverlay> overlay)
{
    m_previewOverlay = std::move(overlay);
    update();
}

void MapCanvas::setView(const PointXY &centre, double metresPerPixel, Urgency urgency)
{
    double maxMpp = 1e7;
    if (scene()) {
        const Box full = scene()->fullExtent();
        maxMpp = 8.0 * std::max(full.width() / std::max(1, width()), full.height() / std::max(1, height()));
    }
    if (!std::isfinite(centre.x) || !std::isfinite(centre.y) || !std::isfinite(metresPerPixel))
        return;
    m_centre = centre;
    m_metresPerPixel = std::clamp(metresPerPixel, kMinMetresPerPixel, std::max(maxMpp, kMinMetresPerPixel));
    m_hasView = true;
    m_skipHistoryPush = false;
    m_fitBox.reset();
    update();
    emit extentChanged();
    scheduleRender(urgency);
}

void MapCanvas::scheduleRender(Urgency urgency)
{
    if (!scene() || !m_hasView)
        return;
    // A burst keeps pushing the timer back; an urgent change takes the next loop turn
    // (so several changes made in one go still make one request).
    if (m_renderTimer.isActive() && m_renderTimer.interval() == 0)
        return;
    m_renderTimer.start(urgency == Urgency::Now ? 0 : kBurstDelayMs);
}

void MapCanvas::startRender()
{
    if (!m_skipHistoryPush || !m_history.current()) {
        m_history.push(extent());
        emit historyChanged();
    }
    m_skipHistoryPush = false;
    const quint64 serial = m_renderer.request(mapSettings());
    if (serial)
        emit renderStarted(serial);
}

void MapCanvas::onFrameReady(const CanvasFrame &frame)
{
    m_frame = frame;
    m_frame.image.setDevicePixelRatio(devicePixelRatioF());
    update();
    emit renderFinished();
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), kSea);
    if (!scene()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    paintFrame(painter);
    if (m_previewOverlay)
        paintPreviewOverlay(painter, *m_previewOverlay, transform());
    paintHighlights(painter, m_highlights, transform());
}

void MapCanvas::paintFrame(QPainter &painter) const
{
    if (m_frame.image.isNull())
        return;
    // Where the frame's view lies in the current view: the same picture moved and
    // scaled, until the frame for this view arrives.
    const MapTransform frameTransform(m_frame.settings.extent, m_frame.settings.outputSize);
    const QSize frameSize = m_frame.settings.outputSize;
    const MapTransform current = transform();
    const QPointF topLeft = current.toPixel(frameTransform.toWorld(QPointF(0, 0)));
    const QPointF bottomRight = current.toPixel(frameTransform.toWorld(QPointF(frameSize.width(), frameSize.height())));
    const QRectF target(topLeft, bottomRight);
    const QRectF exact(QPointF(0, 0), QSizeF(m_frame.image.deviceIndependentSize()));
    if (std::abs(target.left() - exact.left()) < 0.01 && std::abs(target.top() - exact.top()) < 0.01
        && std::abs(target.width() - exact.width()) < 0.01 && std::abs(target.height() - exact.height()) < 0.01) {
        painter.drawImage(QPointF(0, 0), m_frame.image);
        return;
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform, target.width() < exact.width());
    painter.drawImage(target, m_frame.image, QRectF(m_frame.image.rect()));
}

void MapCanvas::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    update();
}

void MapCanvas::resizeEvent(QResizeEvent *)
{
    if (m_fitBox) {
        const Box box = *m_fitBox;
        setExtent(box);
    } else {
        scheduleRender(Urgency::AfterBurst); // same centre and scale, more or less map
    }
    m_skipHistoryPush = true; // a bigger window is not a place to go back to
}

} // namespace lianxin
