// MapCanvas: navigation by mouse, wheel and keyboard (QGIS conventions: drag pans, the
// wheel zooms about the cursor, arrows pan a quarter of the view, a click identifies).
#include "app/mapcanvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

#include <cmath>

namespace lianxin {

namespace {
constexpr double kDragThreshold = 3.0; // pixels a press may wander and still be a click
// One wheel notch (120 units) zooms by √2, so two notches halve the scale, and a
// touchpad's small deltas zoom smoothly.
constexpr double kNotchesPerDoubling = 2.0;
} // namespace

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_hasView) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressPos = event->position();
    m_pressCentre = m_centre;
    m_dragging = false;
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_hasView)
        emit cursorMoved(transform().toWorld(event->position()));
    if (!m_pressPos)
        return;
    const QPointF delta = event->position() - *m_pressPos;
    if (!m_dragging && std::abs(delta.x()) + std::abs(delta.y()) < kDragThreshold)
        return;
    if (!m_dragging) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }
    // The map point grabbed at the press stays under the cursor.
    setView({m_pressCentre.x - delta.x() * m_metresPerPixel, m_pressCentre.y + delta.y() * m_metresPerPixel},
            m_metresPerPixel, Urgency::AfterBurst);
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressPos) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const QPointF delta = event->position() - *m_pressPos;
    const bool wasDrag = m_dragging;
    m_pressPos.reset();
    m_dragging = false;
    unsetCursor();
    if (wasDrag)
        setView({m_pressCentre.x - delta.x() * m_metresPerPixel, m_pressCentre.y + delta.y() * m_metresPerPixel},
                m_metresPerPixel, Urgency::Now);
    else
        emit clicked(transform().toWorld(event->position()));
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0 || !m_hasView) {
        event->ignore();
        return;
    }
    zoomBy(std::pow(2.0, delta / (120.0 * kNotchesPerDoubling)), event->position());
    event->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
    const double stepX = width() / 4.0;
    const double stepY = height() / 4.0;
    const QPointF centre(width() / 2.0, height() / 2.0);
    // Arrows move the view (the map slides the other way), as in QGIS.
    switch (event->key()) {
    case Qt::Key_Left: panByPixels({stepX, 0.0}); break;
    case Qt::Key_Right: panByPixels({-stepX, 0.0}); break;
    case Qt::Key_Up: panByPixels({0.0, stepY}); break;
    case Qt::Key_Down: panByPixels({0.0, -stepY}); break;
    case Qt::Key_PageUp: zoomBy(2.0, centre); break;
    case Qt::Key_PageDown: zoomBy(0.5, centre); break;
    case Qt::Key_Escape: setHighlights({}); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void MapCanvas::leaveEvent(QEvent *event)
{
    emit cursorLeft();
    QWidget::leaveEvent(event);
}

} // namespace lianxin
