#include "app/loadhistogram.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>

namespace lianxin {

namespace {
const QColor kBefore(0x9e, 0x9e, 0x9e);
const QColor kAfter(0xe6, 0x55, 0x00);
const QColor kBand(0x4c, 0xaf, 0x50, 40);
} // namespace

LoadHistogram::LoadHistogram(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void LoadHistogram::setHistograms(std::map<int, int> before, std::map<int, int> after,
                                  std::optional<std::pair<int, int>> band)
{
    m_before = std::move(before);
    m_after = std::move(after);
    m_band = band;
    update();
}

void LoadHistogram::clear() { setHistograms({}, {}); }

void LoadHistogram::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("Load histogram: run a preview"));
        return;
    }
    int lo = std::numeric_limits<int>::max(), hi = std::numeric_limits<int>::min(), top = 1;
    for (const auto *histogram : {&m_before, &m_after})
        for (const auto &[load, count] : *histogram) {
            lo = std::min(lo, load);
            hi = std::max(hi, load);
            top = std::max(top, count);
        }
    const QFontMetrics metrics = painter.fontMetrics();
    const int line = metrics.height();
    const QRectF plot = QRectF(rect()).adjusted(metrics.horizontalAdvance(QString::number(top)) + 8, line + 6, -6, -line - 4);
    if (plot.width() < 20 || plot.height() < 20)
        return;
    const int slotCount = hi - lo + 1;
    const double slot = plot.width() / slotCount;
    const auto xOf = [&](double load) { return plot.left() + (load - lo) * slot; };
    const auto heightOf = [&](int count) { return plot.height() * count / top; };

    if (m_band) { // the allowed loads, as a shaded band behind the bars
        const double left = xOf(std::max(m_band->first, lo) - 0.0);
        const double right = xOf(std::min(m_band->second, hi) + 1.0);
        if (right > left)
            painter.fillRect(QRectF(left, plot.top(), right - left, plot.height()), kBand);
    }
    // Before and after side by side in each load's slot.
    const double bar = std::max(1.0, slot * 0.42);
    for (const auto &[load, count] : m_before)
        painter.fillRect(QRectF(xOf(load) + slot * 0.08, plot.bottom() - heightOf(count), bar, heightOf(count)), kBefore);
    for (const auto &[load, count] : m_after)
        painter.fillRect(QRectF(xOf(load) + slot * 0.5, plot.bottom() - heightOf(count), bar, heightOf(count)), kAfter);

    painter.setPen(palette().color(QPalette::Text));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    painter.drawText(QRectF(0, plot.top() - line / 2.0, plot.left() - 4, line), Qt::AlignRight | Qt::AlignVCenter,
                     QString::number(top));
    painter.drawText(QRectF(0, plot.bottom() - line / 2.0, plot.left() - 4, line), Qt::AlignRight | Qt::AlignVCenter,
                     QStringLiteral("0"));
    // Each load under its bars; every few loads when the bars are too narrow for the text.
    const int every = std::max(1, static_cast<int>(std::ceil(metrics.horizontalAdvance(QStringLiteral("0000")) / slot)));
    for (int load = lo; load <= hi; load += every)
        painter.drawText(QRectF(xOf(load) - slot, plot.bottom() + 2, 3 * slot, line), Qt::AlignHCenter | Qt::AlignTop,
                         QString::number(load));

    // Legend across the top.
    const QString before = tr("before"), after = tr("after"), axis = tr("load per group");
    double x = plot.left();
    for (const auto &[text, colour] : {std::pair{before, kBefore}, std::pair{after, kAfter}}) {
        painter.fillRect(QRectF(x, 3, 10, 10), colour);
        painter.drawText(QPointF(x + 14, 2 + metrics.ascent()), text);
        x += 24 + metrics.horizontalAdvance(text);
    }
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(QRectF(x, 0, plot.right() - x, line + 4), Qt::AlignRight | Qt::AlignVCenter, axis);
}

} // namespace lianxin
