#include "app/mapview.h"

#include "render/maprenderer.h"

#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace lianxin {

MapView::MapView(QWidget *parent)
    : QWidget(parent)
    , m_layers(MapRenderer::knownLayers())
{
    setMinimumSize(400, 300);
    connect(&m_watcher, &QFutureWatcher<QImage>::finished, this, &MapView::onRenderDone);
}

MapView::~MapView() { m_watcher.waitForFinished(); }

void MapView::setWorld(std::shared_ptr<const World> world)
{
    m_world = std::move(world);
    scheduleRender();
}

void MapView::setLayerVisible(const QString &layer, bool visible)
{
    const auto &known = MapRenderer::knownLayers();
    std::vector<QString> layers;
    for (const QString &name : known) {
        const bool wasOn = std::find(m_layers.begin(), m_layers.end(), name) != m_layers.end();
        if (name == layer ? visible : wasOn)
            layers.push_back(name);
    }
    m_layers = std::move(layers);
    scheduleRender();
}

void MapView::scheduleRender()
{
    if (!m_world || width() <= 0 || height() <= 0)
        return;
    if (m_watcher.isRunning()) {
        // One job at a time; the newest request runs when this one ends.
        m_renderPending = true;
        return;
    }
    MapSettings settings;
    settings.extent = MapRenderer::fullExtent(*m_world);
    settings.outputSize = size() * devicePixelRatioF();
    settings.layers = m_layers;
    // The job owns copies of what it reads: the settings value and a shared, immutable world.
    std::shared_ptr<const World> world = m_world;
    m_watcher.setFuture(QtConcurrent::run([settings, world] { return MapRenderer::renderImage(settings, *world); }));
}

void MapView::onRenderDone()
{
    m_image = m_watcher.result();
    m_image.setDevicePixelRatio(devicePixelRatioF());
    update();
    if (m_renderPending) {
        m_renderPending = false;
        scheduleRender();
        return;
    }
    emit renderFinished();
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0xd6, 0xe9, 0xf5));
    if (!m_image.isNull())
        painter.drawImage(QPoint(0, 0), m_image);
}

void MapView::resizeEvent(QResizeEvent *) { scheduleRender(); }

} // namespace lianxin
