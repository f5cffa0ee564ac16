#pragma once
// A plain map view: renders the world off the GUI thread and shows the last finished
// image. (The interactive canvas with pan/zoom and per-layer caching replaces it.)
#include "core/world.h"
#include "render/mapsettings.h"

#include <QFutureWatcher>
#include <QImage>
#include <QWidget>

#include <memory>

namespace lianxin {

class MapView : public QWidget {
    Q_OBJECT

public:
    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    void setWorld(std::shared_ptr<const World> world);
    void setLayerVisible(const QString &layer, bool visible);
    bool hasImage() const { return !m_image.isNull(); }

signals:
    void renderFinished();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void scheduleRender();
    void onRenderDone();

    std::shared_ptr<const World> m_world;
    std::vector<QString> m_layers;
    QImage m_image;
    QFutureWatcher<QImage> m_watcher;
    bool m_renderPending = false;
};

} // namespace lianxin
