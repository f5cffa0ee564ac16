#pragma once
// The interactive map: holds the view (centre and metres per pixel, so zooming and
// panning are exact), the layer settings and the highlighted features; asks the
// CanvasRenderer for frames and, while the next one renders, shows the last finished
// frame moved and scaled to the current view. Nothing here waits for a render.
#include "app/canvasrenderer.h"
#include "app/extenthistory.h"
#include "app/previewoverlay.h"
#include "render/mapscene.h"
#include "render/mapsettings.h"
#include "render/maptransform.h"

#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

namespace lianxin {

class MapCanvas : public QWidget {
    Q_OBJECT

public:
    explicit MapCanvas(QWidget *parent = nullptr);
    ~MapCanvas() override;

    // Shows a new scene; layer choices made by the user are kept for layers of the same id.
    void setScene(std::shared_ptr<const MapScene> scene, std::shared_ptr<const StyleLibrary> styles);
    const MapScene *scene() const { return m_renderer.scene().get(); }
    // Restyles one layer: only that layer draws again.
    void setLayerStyle(const QString &layerId, Style style);
    // The suggestion heat map (null: none), drawn as the pseudo-layer "heatmap"; only
    // its cached image is redrawn, the layers' images are reused.
    void setHeatmap(std::shared_ptr<const HeatmapOverlay> heatmap);
    const std::shared_ptr<const HeatmapOverlay> &heatmap() const { return m_heatmap; }

    // Layers bottom first, as MapSettings lists them.
    const std::vector<LayerSettings> &layers() const { return m_layers; }
    void setLayerVisible(const QString &layerId, bool visible);
    void setLayerOpacity(const QString &layerId, double opacity);
    // `bottomFirst` names every layer once; unknown ids are ignored.
    void setLayerOrder(const std::vector<QString> &bottomFirst);
    void setLabelsVisible(bool visible);
    void setDecorationsVisible(bool visible);
    // The language of the map's own words (legend, scale bar, attribution): "zh" or "en".
    void setMapLanguage(const QString &language);

    // The view, in widget (logical) pixels.
    Box extent() const;
    void setExtent(const Box &box); // fits `box` (centred, aspect kept)
    PointXY centre() const { return m_centre; }
    double metresPerPixel() const { return m_metresPerPixel; }
    MapTransform transform() const;
    double scaleDenominator() const;
    MapSettings mapSettings() const; // what the next frame will be asked to show

    void zoomToFullExtent();
    void zoomToLayer(const QString &layerId);
    void zoomToSelection();
    void zoomToBox(const Box &box); // with a margin; points get a street-level view
    void zoomBy(double factor, const QPointF &anchor); // factor > 1 zooms in; anchor stays put
    void zoomIn();
    void zoomOut();
    void panByPixels(const QPointF &delta); // the map moves by `delta` on screen
    bool canGoBack() const { return m_history.canGoBack(); }
    bool canGoForward() const { return m_history.canGoForward(); }
    void previousExtent();
    void nextExtent();

    // Features drawn over the map (identify, search); not a re-render.
    void setHighlights(std::vector<FeatureHit> hits);
    const std::vector<FeatureHit> &highlights() const { return m_highlights; }
    // A proposal drawn over the map, under the highlights (null: none); not a re-render.
    void setPreviewOverlay(std::shared_ptr<const PreviewOverlay> overlay);
    const std::shared_ptr<const PreviewOverlay> &previewOverlay() const { return m_previewOverlay; }

    // Shown while there is no scene (no database, loading).
    void setPlaceholderText(const QString &text);

    bool hasFrame() const { return !m_frame.image.isNull(); }
    const CanvasFrame &lastFrame() const { return m_frame; }
    CanvasRenderer *renderer() { return &m_renderer; }
    // Identify tolerance: a few pixels, in metres at the current scale.
    double pickTolerance() const { return 4.0 * m_metresPerPixel; }

signals:
    void extentChanged();
    void historyChanged();
    void cursorMoved(const lianxin::PointXY &world);
    void cursorLeft();
    void clicked(const lianxin::PointXY &world);
    void renderStarted(quint64 serial);
    void renderFinished(); // a new frame is on screen

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    enum class Urgency { Now, AfterBurst };
    void setView(const PointXY &centre, double metresPerPixel, Urgency urgency);
    void scheduleRender(Urgency urgency);
    void startRender();
    void onFrameReady(const CanvasFrame &frame);
    void paintFrame(QPainter &painter) const;
    void setViewFromHistory(const std::optional<Box> &box);

    CanvasRenderer m_renderer;
    std::vector<LayerSettings> m_layers;
    std::shared_ptr<const HeatmapOverlay> m_heatmap;
    bool m_labels = true;
    bool m_decorations = true;
    QString m_mapLanguage = QStringLiteral("zh");
    PointXY m_centre;
    double m_metresPerPixel = 1.0;
    bool m_hasView = false;
    bool m_skipHistoryPush = false;  // the next request shows a view already in the history
    std::optional<Box> m_fitBox;     // the box the view was fitted to, until the user moves
    ExtentHistory m_history;
    QTimer m_renderTimer; // coalesces bursts (wheel, keys, resize) into one request
    CanvasFrame m_frame;  // last finished frame, shown transformed until the next
    std::vector<FeatureHit> m_highlights;
    std::shared_ptr<const PreviewOverlay> m_previewOverlay;
    QString m_placeholder;

    std::optional<QPointF> m_pressPos;
    PointXY m_pressCentre;
    bool m_dragging = false;
};

} // namespace lianxin
