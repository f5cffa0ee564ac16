#pragma once
// Renders canvas frames on worker threads so the GUI thread never waits for a map.
// Each request becomes a job that copies what it needs (settings value, shared immutable
// scene and styles, cached layer images) and runs on a thread pool; a newer request
// tells the running job to stop (QGIS's cancel-without-blocking). Layer images are cached
// per view and style revision (layerimagecache.h), so toggling, fading or reordering a
// layer only recomposes, and restyling one layer draws that layer alone; labels and
// decorations are drawn afresh on every frame because they depend on all visible layers.
#include "app/layerimagecache.h"
#include "render/mapscene.h"
#include "render/mapsettings.h"
#include "render/stylelibrary.h"

#include <QImage>
#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <map>
#include <memory>

namespace lianxin {

struct CanvasJobResult; // a job's output, defined where jobs run (canvasrenderer.cpp)

struct CanvasFrame {
    quint64 serial = 0;
    MapSettings settings;     // what the image shows (extent, device-pixel size)
    QImage image;             // background, layers with their opacity, labels, decorations
    qint64 renderMs = 0;      // worker time for this frame
    QStringList freshLayers;  // layers drawn for this frame; the others came from the cache
    QStringList problems;     // features that could not be drawn, named
};

class CanvasRenderer : public QObject {
    Q_OBJECT

public:
    explicit CanvasRenderer(QObject *parent = nullptr);
    // Cancels every job and waits for them: the one place a render is waited for.
    ~CanvasRenderer() override;

    // A new scene or style library makes every cached image stale.
    void setScene(std::shared_ptr<const MapScene> scene, std::shared_ptr<const StyleLibrary> styles);
    const std::shared_ptr<const MapScene> &scene() const { return m_scene; }
    const std::shared_ptr<const StyleLibrary> &styles() const { return m_styles; }
    // New styles in which only `changedLayers` differ: only those layers draw again.
    void setStyles(std::shared_ptr<const StyleLibrary> styles, const QStringList &changedLayers);
    // The next request draws `layerId` again (its data changed: a new heat map).
    void invalidateLayer(const QString &layerId) { ++m_styleRevisions[layerId]; }

    // Starts a job for `settings` and returns at once (no scene: does nothing, returns 0).
    // A job still running for an older request is cancelled and its image discarded.
    quint64 request(const MapSettings &settings);
    bool isRendering() const { return m_runningJobs > 0; }

    // How often renderLayerImage ran for a layer (tests check that caching works).
    int layerRenderCount(const QString &layerId) const;
    int totalLayerRenders() const;

signals:
    void frameReady(const lianxin::CanvasFrame &frame);
    // A job whose image will not be shown: stopped by its cancel flag (`cancelled`) or
    // finished after a newer request was made.
    void frameDiscarded(quint64 serial, bool cancelled);

private:
    void onJobDone(const std::shared_ptr<CanvasJobResult> &result);
    quint64 styleRevision(const QString &layerId) const;

    std::shared_ptr<const MapScene> m_scene;
    std::shared_ptr<const StyleLibrary> m_styles;
    quint64 m_sceneGeneration = 0; // results of jobs for an older scene never reach the cache
    std::map<QString, quint64> m_styleRevisions;
    LayerImageCache m_cache;
    quint64 m_lastSerial = 0;
    std::shared_ptr<std::atomic_bool> m_cancelCurrent; // flag of the newest job
    int m_runningJobs = 0;
    std::map<QString, int> m_layerRenders;
    QThreadPool m_pool; // its destructor waits for the (cancelled) jobs
};

} // namespace lianxin

Q_DECLARE_METATYPE(lianxin::CanvasFrame)
