#include "render/briefingtable.h"

#include <utility>

#include "render/labellayout.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <numeric>

namespace lianxin {

namespace {

constexpr double kCellPadding = 3.0; // points
constexpr double kRowFactor = 1.45;  // row height over the font's line height
constexpr double kBlockGap = 10.0;   // points between tables

// A cell reads as a number when it is one, with an optional % (right-aligned).
bool looksNumeric(const QString &text)
{
    QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    bool ok = false;
    t.toDouble(&ok);
    return ok;
}

} // namespace

BriefingTableFlow::BriefingTableFlow(QPainter &painter, double dpi, QRectF firstFrame,
                                     std::function<QRectF()> nextFrame, QString continued)
    : m_painter(painter)
    , m_unit(dpi / 72.0)
    , m_captionFont(mapFont({}, 10.5, true, dpi))
    , m_continued(std::move(continued))
    , m_headerFont(mapFont({}, 8.0, true, dpi))
    , m_cellFont(mapFont({}, 8.0, false, dpi))
    , m_frame(firstFrame)
    , m_y(firstFrame.top())
    , m_nextFrame(std::move(nextFrame))
{
}

std::vector<double> BriefingTableFlow::columnWidths(const BriefingTable &table) const
{
    const QFontMetricsF header(m_headerFont), cell(m_cellFont);
    const double padding = 2.0 * kCellPadding * m_unit;
    std::vector<double> widths;
    for (qsizetype c = 0; c < table.header.size(); ++c) {
        double w = header.horizontalAdvance(table.header[c]);
        for (const QStringList &row : table.rows)
            if (c < row.size())
                w = std::max(w, cell.horizontalAdvance(row[c]));
        widths.push_back(w + padding);
    }
    // The first column (the names) takes what is left, or gives up what is missing:
    // long names are elided, numbers never are.
    if (!widths.empty()) {
        const double others = std::accumulate(widths.begin() + 1, widths.end(), 0.0);
        widths.front() = std::max(m_frame.width() - others, 4.0 * padding);
    }
    return widths;
}

void BriefingTableFlow::ensureRoom(double height)
{
    if (m_y + height <= m_frame.bottom() + 0.01)
        return;
    m_frame = m_nextFrame();
    m_y = m_frame.top();
}

void BriefingTableFlow::drawCaption(const QString &caption)
{
    const QFontMetricsF metrics(m_captionFont);
    m_painter.setFont(m_captionFont);
    m_painter.setPen(QColor(0x1f, 0x2d, 0x3d));
    m_painter.drawText(QPointF(m_frame.left(), m_y + metrics.ascent()),
                       metrics.elidedText(caption, Qt::ElideRight, m_frame.width()));
    m_y += metrics.height() + 3.0 * m_unit;
}

void BriefingTableFlow::drawRow(const QStringList &cells, const std::vector<double> &widths, bool header, bool shaded)
{
    const QFont &font = header ? m_headerFont : m_cellFont;
    const QFontMetricsF metrics(font);
    const double height = metrics.height() * kRowFactor;
    const QRectF rowRect(m_frame.left(), m_y, std::accumulate(widths.begin(), widths.end(), 0.0), height);
    if (header)
        m_painter.fillRect(rowRect, QColor(0xdc, 0xe6, 0xf0));
    else if (shaded)
        m_painter.fillRect(rowRect, QColor(0xf4, 0xf6, 0xf8));
    m_painter.setFont(font);
    m_painter.setPen(QColor(0x20, 0x20, 0x20));
    double x = m_frame.left();
    const double padding = kCellPadding * m_unit;
    const double baseline = m_y + (height - metrics.height()) / 2.0 + metrics.ascent();
    for (std::size_t c = 0; c < widths.size(); ++c) {
        const QString text = static_cast<qsizetype>(c) < cells.size() ? cells[static_cast<qsizetype>(c)] : QString();
        const QString shown = metrics.elidedText(text, Qt::ElideRight, std::max(0.0, widths[c] - 2.0 * padding));
        const double advance = metrics.horizontalAdvance(shown);
        const bool right = c > 0 && (header || looksNumeric(text));
        m_painter.drawText(QPointF(right ? x + widths[c] - padding - advance : x + padding, baseline), shown);
        x += widths[c];
    }
    m_painter.setPen(QPen(QColor(0xb8, 0xc2, 0xcc), 0.5 * m_unit));
    m_painter.drawLine(rowRect.bottomLeft(), rowRect.bottomRight());
    m_y += height;
}

void BriefingTableFlow::add(const BriefingBlock &block)
{
    const double captionHeight = QFontMetricsF(m_captionFont).height() + 3.0 * m_unit;
    const double headerHeight = QFontMetricsF(m_headerFont).height() * kRowFactor;
    const double rowHeight = QFontMetricsF(m_cellFont).height() * kRowFactor;
    if (m_y > m_frame.top())
        m_y += kBlockGap * m_unit;
    // A caption never ends a frame alone: it needs its header and a first row below it.
    // A table that fits a fresh frame whole but not the rest of this one starts afresh
    // rather than being split.
    const double whole = captionHeight + headerHeight + rowHeight * static_cast<double>(block.table.rows.size());
    if (m_y + whole > m_frame.bottom() && whole <= m_frame.height())
        ensureRoom(m_frame.height() + 1.0);
    else
        ensureRoom(captionHeight + headerHeight + rowHeight);
    drawCaption(block.caption);
    if (block.table.rows.empty()) {
        const QFontMetricsF metrics(m_cellFont);
        m_painter.setFont(m_cellFont);
        m_painter.setPen(QColor(0x50, 0x50, 0x50));
        const QRectF box(m_frame.left(), m_y, m_frame.width(), m_frame.bottom() - m_y);
        const QRectF used = m_painter.boundingRect(box, Qt::TextWordWrap, block.emptyText);
        m_painter.drawText(box, Qt::TextWordWrap, block.emptyText);
        m_y += used.height();
        return;
    }
    const std::vector<double> widths = columnWidths(block.table);
    drawRow(block.table.header, widths, true, false);
    for (std::size_t i = 0; i < block.table.rows.size(); ++i) {
        if (m_y + rowHeight > m_frame.bottom() + 0.01) {
            ensureRoom(captionHeight + headerHeight + rowHeight);
            drawCaption(block.caption + m_continued);
            drawRow(block.table.header, widths, true, false);
        }
        drawRow(block.table.rows[i], widths, false, i % 2 == 1);
    }
}

} // namespace lianxin
