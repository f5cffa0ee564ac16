#pragma once
// The tables of the briefing report flowed into frames (a column of a page), repeating
// the caption and header when a table continues in the next frame. Measures with the
// painter's device, so it works the same on a PDF page and on an image.
#include "render/briefingreport.h"

#include <QFont>
#include <QRectF>
#include <QString>

#include <functional>
#include <vector>

class QPainter;

namespace lianxin {

struct BriefingBlock {
    QString caption;
    BriefingTable table;
    QString emptyText; // shown under the caption when the table has no row
};

class BriefingTableFlow {
public:
    // `nextFrame` is called when a frame is full: it starts a new page if it must and
    // returns the next frame's rectangle in device pixels.
    // `continued` follows a caption repeated in the next frame ("（续）").
    BriefingTableFlow(QPainter &painter, double dpi, QRectF firstFrame, std::function<QRectF()> nextFrame,
                      QString continued = QStringLiteral("（续）"));

    void add(const BriefingBlock &block);

private:
    std::vector<double> columnWidths(const BriefingTable &table) const;
    void drawCaption(const QString &caption);
    void drawRow(const QStringList &cells, const std::vector<double> &widths, bool header, bool shaded);
    void ensureRoom(double height);

    QPainter &m_painter;
    double m_unit; // device pixels per point
    QFont m_captionFont;
    QString m_continued;
    QFont m_headerFont;
    QFont m_cellFont;
    QRectF m_frame;
    double m_y = 0.0;
    std::function<QRectF()> m_nextFrame;
};

} // namespace lianxin
