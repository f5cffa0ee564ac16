#include "app/canvasrenderer.h"

#include "render/heatmaplayer.h"
#include "render/maprenderjob.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace lianxin {

namespace {

// One visible layer of a job: its cached image, or the key to draw it for.
struct LayerPlan {
    QString id;
    double opacity = 1.0;
    LayerImageKey key;
    QImage image;       // from the cache, or drawn by the job
    bool fresh = false; // drawn by this job
    bool complete = false;
    QStringList problems;
};

} // namespace

struct CanvasJobResult {
    quint64 serial = 0;
    quint64 sceneGeneration = 0;
    bool cancelled = false;
    std::vector<LayerPlan> layers;
    CanvasFrame frame;
};

namespace {

// The worker side of a job: draws the layers the cache lacks (in parallel, one per
// core), then composes them with the labels and decorations. Reads only its own copies
// and the immutable scene and styles.
void runJob(CanvasJobResult &result, const MapRenderJob &job, const std::atomic_bool &cancel)
{
    QElapsedTimer timer;
    timer.start();
    std::vector<LayerPlan *> toDraw;
    for (LayerPlan &plan : result.layers)
        if (plan.image.isNull())
            toDraw.push_back(&plan);
    QtConcurrent::blockingMap(toDraw, [&job, &cancel](LayerPlan *plan) {
        if (cancel)
            return;
        RenderReport report;
        plan->image = job.renderLayerImage(plan->id, &cancel, &report);
        plan->fresh = true;
        plan->complete = !report.cancelled && !cancel;
        plan->problems = report.problems;
    });
    if (cancel) {
        result.cancelled = true;
        return;
    }

    const MapSettings &settings = job.settings();
    QImage image(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(settings.background);
    {
        QPainter painter(&image);
        for (const LayerPlan &plan : result.layers) {
            painter.setOpacity(plan.opacity);
            painter.drawImage(QPoint(0, 0), plan.image);
            if (plan.fresh)
                result.frame.freshLayers << plan.id;
            result.frame.problems << plan.problems;
        }
        painter.setOpacity(1.0);
        job.renderOverlay(painter, &cancel);
    }
    result.cancelled = cancel;
    result.frame.image = std::move(image);
    result.frame.renderMs = timer.elapsed();
}

} // namespace

CanvasRenderer::CanvasRenderer(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<CanvasFrame>();
    // Two jobs may overlap briefly (a cancelled one winding down while the next starts).
    m_pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
}

CanvasRenderer::~CanvasRenderer()
{
    if (m_cancelCurrent)
        *m_cancelCurrent = true;
    m_pool.waitForDone();
}

void CanvasRenderer::setScene(std::shared_ptr<const MapScene> scene, std::shared_ptr<const StyleLibrary> styles)
{
    m_scene = std::move(scene);
    m_styles = std::move(styles);
    ++m_sceneGeneration;
    m_cache.clear();
    if (m_cancelCurrent)
        *m_cancelCurrent = true;
}

void CanvasRenderer::setStyles(std::shared_ptr<const StyleLibrary> styles, const QStringList &changedLayers)
{
    m_styles = std::move(styles);
    for (const QString &id : changedLayers)
        ++m_styleRevisions[id];
}

quint64 CanvasRenderer::styleRevision(const QString &layerId) const
{
    const auto it = m_styleRevisions.find(layerId);
    return it == m_styleRevisions.end() ? 0 : it->second;
}

quint64 CanvasRenderer::request(const MapSettings &settings)
{
    if (!m_scene || settings.outputSize.isEmpty())
        return 0;
    if (m_cancelCurrent)
        *m_cancelCurrent = true;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancelCurrent = cancel;

    auto result = std::make_shared<CanvasJobResult>();
    result->serial = ++m_lastSerial;
    result->sceneGeneration = m_sceneGeneration;
    result->frame.serial = result->serial;
    result->frame.settings = settings;
    // drawingOrder() places the heat-map pseudo-layer among the scene's layers.
    for (const LayerSettings &layer : drawingOrder(settings)) {
        const bool heatmap = layer.id == heatmapLayerId() && settings.heatmap;
        if (!layer.visible || layer.opacity <= 0.0 || (!heatmap && !m_scene->layer(layer.id)))
            continue;
        LayerPlan plan;
        plan.id = layer.id;
        plan.opacity = std::clamp(layer.opacity, 0.0, 1.0);
        plan.key = LayerImageKey{settings.extent, settings.outputSize, settings.dpi, styleRevision(layer.id)};
        plan.image = m_cache.find(layer.id, plan.key);
        result->layers.push_back(std::move(plan));
    }

    ++m_runningJobs;
    auto job = std::make_shared<const MapRenderJob>(settings, m_scene, m_styles);
    m_pool.start([this, result, job, cancel] {
        runJob(*result, *job, *cancel);
        QMetaObject::invokeMethod(this, [this, result] { onJobDone(result); }, Qt::QueuedConnection);
    });
    return result->serial;
}

void CanvasRenderer::onJobDone(const std::shared_ptr<CanvasJobResult> &result)
{
    --m_runningJobs;
    // Layers a job finished are worth keeping even when its frame is not: the next view
    // may need them (a toggle that came while the frame was being composed).
    if (result->sceneGeneration == m_sceneGeneration) {
        for (const LayerPlan &plan : result->layers) {
            if (!plan.fresh)
                continue;
            ++m_layerRenders[plan.id];
            if (plan.complete && plan.key.styleRevision == styleRevision(plan.id))
                m_cache.insert(plan.id, plan.key, plan.image);
        }
    }
    if (result->cancelled || result->serial != m_lastSerial || result->sceneGeneration != m_sceneGeneration) {
        emit frameDiscarded(result->serial, result->cancelled);
        return;
    }
    emit frameReady(result->frame);
}

int CanvasRenderer::layerRenderCount(const QString &layerId) const
{
    const auto it = m_layerRenders.find(layerId);
    return it == m_layerRenders.end() ? 0 : it->second;
}

int CanvasRenderer::totalLayerRenders() const
{
    int total = 0;
    for (const auto &[id, count] : m_layerRenders)
        total += count;
    return total;
}

} // namespace lianxin
