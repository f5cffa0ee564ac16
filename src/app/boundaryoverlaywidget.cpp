#include "app/boundaryoverlaywidget.h"

#include "app/mapcanvas.h"

#include <QEvent>
#include <QPainter>

namespace lianxin {

BoundaryOverlayWidget::BoundaryOverlayWidget(MapCanvas *canvas)
    : QWidget(canvas)
    , m_canvas(canvas)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setGeometry(canvas->rect());
    canvas->installEventFilter(this); // follows the canvas's size
    connect(canvas, &MapCanvas::extentChanged, this, qOverload<>(&QWidget::update));
}

void BoundaryOverlayWidget::setOverlay(BoundaryOverlay overlay)
{
    m_overlay = std::move(overlay);
    update();
}

bool BoundaryOverlayWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_canvas && event->type() == QEvent::Resize)
        setGeometry(m_canvas->rect());
    return QWidget::eventFilter(watched, event);
}

void BoundaryOverlayWidget::paintEvent(QPaintEvent *)
{
    if (!m_canvas->scene())
        return;
    QPainter painter(this);
    paintBoundaryOverlay(painter, m_overlay, m_canvas->transform());
}

} // namespace lianxin
