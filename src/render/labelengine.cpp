#include "render/labelengine.h"

#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace lianxin {

LabelEngine::LabelEngine(const QRectF &bounds)
    : m_bounds(bounds)
    , m_columns(std::max(1, static_cast<int>(std::ceil(bounds.width() / kBucketPixels))))
    , m_rows(std::max(1, static_cast<int>(std::ceil(bounds.height() / kBucketPixels))))
    , m_buckets(static_cast<std::size_t>(m_columns) * static_cast<std::size_t>(m_rows))
{
}

void LabelEngine::reserve(const QRectF &box) { m_reserved.push_back(box); }

void LabelEngine::add(LabelCandidate candidate)
{
    if (!candidate.text.trimmed().isEmpty())
        m_candidates.push_back(std::move(candidate));
}

LabelEngine::Measured LabelEngine::measure(const LabelCandidate &candidate) const
{
    Measured m;
    const QFontMetricsF metrics(candidate.font);
    m.lines = candidate.text.split(QLatin1Char('\n'));
    m.ascent = metrics.ascent();
    m.lineSpacing = metrics.lineSpacing();
    double width = 0.0;
    for (const QString &line : m.lines) {
        m.widths.push_back(metrics.horizontalAdvance(line));
        width = std::max(width, m.widths.back());
    }
    m.size = QSizeF(width, metrics.height() + (m.lines.size() - 1) * m.lineSpacing);
    return m;
}

std::vector<QRectF> LabelEngine::positions(const LabelCandidate &c, const Measured &m) const
{
    const double h = c.haloRadius;
    const QSizeF size(m.size.width() + 2.0 * h, m.size.height() + 2.0 * h);
    const QPointF a = c.anchor;
    if (!c.besidePoint)
        return {QRectF(QPointF(a.x() - size.width() / 2.0, a.y() - size.height() / 2.0), size)};
    // A little air between the marker and its text.
    const double gap = c.markerRadius + 2.0;
    return {
        QRectF(QPointF(a.x() + gap, a.y() - size.height() / 2.0), size),
        QRectF(QPointF(a.x() - gap - size.width(), a.y() - size.height() / 2.0), size),
        QRectF(QPointF(a.x() - size.width() / 2.0, a.y() - gap - size.height()), size),
        QRectF(QPointF(a.x() - size.width() / 2.0, a.y() + gap), size),
    };
}

bool LabelEngine::fits(const QRectF &box) const
{
    if (!m_bounds.contains(box))
        return false;
    for (const QRectF &reserved : m_reserved)
        if (reserved.intersects(box))
            return false;
    const int c0 = std::clamp(static_cast<int>((box.left() - m_bounds.left()) / kBucketPixels), 0, m_columns - 1);
    const int c1 = std::clamp(static_cast<int>((box.right() - m_bounds.left()) / kBucketPixels), 0, m_columns - 1);
    const int r0 = std::clamp(static_cast<int>((box.top() - m_bounds.top()) / kBucketPixels), 0, m_rows - 1);
    const int r1 = std::clamp(static_cast<int>((box.bottom() - m_bounds.top()) / kBucketPixels), 0, m_rows - 1);
    for (int r = r0; r <= r1; ++r)
        for (int c = c0; c <= c1; ++c)
            for (const QRectF &other : m_buckets[static_cast<std::size_t>(r * m_columns + c)])
                if (other.intersects(box))
                    return false;
    return true;
}

void LabelEngine::occupy(const QRectF &box)
{
    const int c0 = std::clamp(static_cast<int>((box.left() - m_bounds.left()) / kBucketPixels), 0, m_columns - 1);
    const int c1 = std::clamp(static_cast<int>((box.right() - m_bounds.left()) / kBucketPixels), 0, m_columns - 1);
    const int r0 = std::clamp(static_cast<int>((box.top() - m_bounds.top()) / kBucketPixels), 0, m_rows - 1);
    const int r1 = std::clamp(static_cast<int>((box.bottom() - m_bounds.top()) / kBucketPixels), 0, m_rows - 1);
    for (int r = r0; r <= r1; ++r)
        for (int c = c0; c <= c1; ++c)
            m_buckets[static_cast<std::size_t>(r * m_columns + c)].push_back(box);
}

const std::vector<PlacedLabel> &LabelEngine::place()
{
    m_placed.clear();
    for (auto &bucket : m_buckets)
        bucket.clear();
    std::vector<std::size_t> order(m_candidates.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [this](std::size_t a, std::size_t b) {
        return m_candidates[a].priority > m_candidates[b].priority;
    });
    for (std::size_t index : order) {
        const LabelCandidate &candidate = m_candidates[index];
        const Measured measured = measure(candidate);
        for (const QRectF &box : positions(candidate, measured)) {
            if (!fits(box))
                continue;
            PlacedLabel label;
            label.candidate = index;
            label.text = candidate.text;
            label.box = box;
            label.lines = measured.lines;
            const double h = candidate.haloRadius;
            for (qsizetype i = 0; i < measured.lines.size(); ++i) {
                // Lines are centred on each other (a grid area's name over its code).
                const double x
                    = box.left() + h + (measured.size.width() - measured.widths[static_cast<std::size_t>(i)]) / 2.0;
                label.baselines.emplace_back(x, box.top() + h + measured.ascent + i * measured.lineSpacing);
            }
            occupy(box);
            m_placed.push_back(std::move(label));
            break;
        }
    }
    return m_placed;
}

void LabelEngine::paint(QPainter &painter) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // On images, text through the glyph cache and a halo grown from a small mask are
    // some fifty times faster than glyph outlines stroked as paths; PDF keeps the paths,
    // which stay vector and sharp at any zoom.
    const bool raster = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
    for (const PlacedLabel &label : m_placed) {
        if (raster)
            paintRaster(painter, label);
        else
            paintVector(painter, label);
    }
    painter.restore();
}

void LabelEngine::paintVector(QPainter &painter, const PlacedLabel &label) const
{
    const LabelCandidate &c = m_candidates[label.candidate];
    QPainterPath path;
    for (qsizetype i = 0; i < label.lines.size(); ++i)
        path.addText(label.baselines[static_cast<std::size_t>(i)], c.font, label.lines[i]);
    if (c.haloRadius > 0.0) {
        painter.setPen(QPen(c.halo, 2.0 * c.haloRadius, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(c.fill);
    painter.drawPath(path);
}

void LabelEngine::paintRaster(QPainter &painter, const PlacedLabel &label) const
{
    const LabelCandidate &c = m_candidates[label.candidate];
    auto drawLines = [&](QPainter &p, const QPointF &offset) {
        for (qsizetype i = 0; i < label.lines.size(); ++i)
            p.drawText(label.baselines[static_cast<std::size_t>(i)] + offset, label.lines[i]);
    };
    if (c.haloRadius > 0.0) {
        // The text's coverage, dilated by stamping it around a circle of the halo
        // radius, then tinted: a halo with the colour's own opacity.
        const QRect box = label.box.toAlignedRect();
        QImage mask(box.size(), QImage::Format_ARGB32_Premultiplied);
        mask.fill(Qt::transparent);
        {
            QPainter p(&mask);
            p.setFont(c.font);
            p.setPen(Qt::black);
            drawLines(p, -QPointF(box.topLeft()));
        }
        QImage halo(box.size(), QImage::Format_ARGB32_Premultiplied);
        halo.fill(Qt::transparent);
        {
            QPainter p(&halo);
            const double r = c.haloRadius;
            const int steps = std::max(8, static_cast<int>(std::ceil(2.0 * M_PI * r)));
            for (double radius : {r, r / 2.0})
                for (int i = 0; i < steps; ++i) {
                    const double angle = 2.0 * M_PI * i / steps;
                    p.drawImage(QPointF(radius * std::cos(angle), radius * std::sin(angle)), mask);
                }
            p.drawImage(QPointF(0.0, 0.0), mask);
            p.setCompositionMode(QPainter::CompositionMode_SourceIn);
            p.fillRect(halo.rect(), c.halo);
        }
        painter.drawImage(box.topLeft(), halo);
    }
    painter.setFont(c.font);
    painter.setPen(c.fill);
    drawLines(painter, QPointF(0.0, 0.0));
}

} // namespace lianxin
