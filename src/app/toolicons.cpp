#include "app/toolicons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace lianxin {

namespace {

const QColor kInk(0x3b, 0x45, 0x4f);
const QColor kGlass(0xe8, 0xf2, 0xfb);
const QColor kBlue(0x2f, 0x6f, 0xb3);
const QColor kLand(0xd9, 0xc9, 0x8f);
const QColor kAccent(0xff, 0x2d, 0x55);

// A magnifying glass in the upper-left of a 32×32 box; the caller draws in the lens.
void drawLens(QPainter &p)
{
    p.setPen(QPen(kInk, 4.0, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(21, 21), QPointF(28.5, 28.5));
    p.setPen(QPen(kInk, 2.4));
    p.setBrush(kGlass);
    p.drawEllipse(QPointF(13, 13), 9.5, 9.5);
}

void drawArrow(QPainter &p, bool left)
{
    QPainterPath path;
    path.moveTo(4, 16);
    path.lineTo(15, 6);
    path.lineTo(15, 12);
    path.lineTo(28, 12);
    path.lineTo(28, 20);
    path.lineTo(15, 20);
    path.lineTo(15, 26);
    path.closeSubpath();
    if (!left)
        path = QTransform(-1, 0, 0, 1, 32, 0).map(path);
    p.setPen(QPen(kBlue.darker(130), 1.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(kBlue);
    p.drawPath(path);
}

void draw(QPainter &p, ToolIcon which)
{
    switch (which) {
    case ToolIcon::Open: {
        p.setPen(QPen(QColor(0x9a, 0x6b, 0x12), 1.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(QColor(0xe8, 0xb8, 0x4a));
        p.drawRoundedRect(QRectF(3, 8, 26, 19), 2, 2);
        p.drawRoundedRect(QRectF(3, 5, 11, 6), 2, 2);
        p.setBrush(QColor(0xf6, 0xd3, 0x79));
        QPainterPath front;
        front.moveTo(6, 13);
        front.lineTo(31, 13);
        front.lineTo(28, 27);
        front.lineTo(3, 27);
        front.closeSubpath();
        p.drawPath(front);
        break;
    }
    case ToolIcon::ZoomIn:
    case ToolIcon::ZoomOut:
        drawLens(p);
        p.setPen(QPen(kInk, 2.6, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(8.5, 13), QPointF(17.5, 13));
        if (which == ToolIcon::ZoomIn)
            p.drawLine(QPointF(13, 8.5), QPointF(13, 17.5));
        break;
    case ToolIcon::ZoomFull: {
        p.setPen(QPen(kInk, 1.2));
        p.setBrush(QColor(0xd6, 0xe9, 0xf5));
        p.drawRect(QRectF(6, 6, 20, 20));
        p.setBrush(kLand);
        p.setPen(QPen(kLand.darker(140), 1.0));
        p.drawEllipse(QRectF(10, 9, 9, 7));
        p.drawEllipse(QRectF(15, 17, 7, 5));
        p.setPen(QPen(kBlue, 2.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        for (const QPointF corner : {QPointF(2, 2), QPointF(30, 2), QPointF(30, 30), QPointF(2, 30)}) {
            const double dx = corner.x() < 16 ? 6 : -6;
            const double dy = corner.y() < 16 ? 6 : -6;
            p.drawPolyline(QPolygonF{corner + QPointF(dx, 0), corner, corner + QPointF(0, dy)});
        }
        break;
    }
    case ToolIcon::ZoomLayer:
        for (int i = 2; i >= 0; --i) {
            p.setPen(QPen(kInk, 1.2));
            p.setBrush(i == 0 ? kLand : QColor(0xc8, 0xd6, 0xe5));
            p.drawPolygon(QPolygonF{QPointF(4, 10 + i * 5), QPointF(16, 5 + i * 5), QPointF(28, 10 + i * 5), QPointF(16, 15 + i * 5)});
        }
        break;
    case ToolIcon::ZoomSelection:
        drawLens(p);
        p.setPen(QPen(Qt::white, 1.0));
        p.setBrush(kAccent);
        p.drawRect(QRectF(8.5, 8.5, 9, 9));
        break;
    case ToolIcon::Previous:
    case ToolIcon::Next:
        drawArrow(p, which == ToolIcon::Previous);
        break;
    }
}

} // namespace

QIcon toolIcon(ToolIcon which)
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(size / 32.0, size / 32.0);
        draw(painter, which);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace lianxin
