#pragma once
// A transparent layer over the map canvas that paints the boundary editor's overlay
// (render/boundaryoverlay.h) with the canvas's current view. It takes no mouse events:
// the map tool reads them from the canvas.
#include "render/boundaryoverlay.h"

#include <QWidget>

namespace lianxin {

class MapCanvas;

class BoundaryOverlayWidget : public QWidget {
    Q_OBJECT

public:
    explicit BoundaryOverlayWidget(MapCanvas *canvas);
    void setOverlay(BoundaryOverlay overlay);
    const BoundaryOverlay &overlay() const { return m_overlay; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    MapCanvas *m_canvas; // the parent
    BoundaryOverlay m_overlay;
};

} // namespace lianxin
