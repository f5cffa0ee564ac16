#include "render/legend.h"

#include "render/densitycells.h"
#include "render/heatmaplayer.h"
#include "render/labellayout.h"
#include "render/maptexts.h"
#include "render/symbolpainter.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>

#include <map>

namespace lianxin {

namespace {

constexpr double kPadding = 8.0;      // 96-dpi pixels
constexpr double kSwatchWidth = 22.0;
constexpr double kSmallSwatchWidth = 12.0; // one of several swatches in a row
constexpr double kSwatchGap = 2.0;
constexpr double kSwatchHeight = 13.0;
constexpr double kGap = 6.0;
constexpr double kColumnGap = 14.0;
constexpr double kGradientHeight = 96.0; // the heat map's bar, ticks every quarter
constexpr double kTickLength = 3.0;

bool ruleActiveAt(const StyleRule &rule, double scale)
{
    return (!rule.minScaleDenominator || scale >= *rule.minScaleDenominator)
           && (!rule.maxScaleDenominator || scale < *rule.maxScaleDenominator);
}

// "住户（联系组蓝色）" -> "住户": rules titled as variants of one thing share a legend row.
QString groupOf(const QString &title)
{
    for (const QString &open : {QStringLiteral("（"), QStringLiteral(" (")})
        if (const qsizetype at = title.indexOf(open); at > 0)
            return title.left(at).trimmed();
    return title;
}

std::vector<Symbolizer> drawnSymbolizers(const StyleRule &rule)
{
    std::vector<Symbolizer> result;
    for (const Symbolizer &s : rule.symbolizers)
        if (!std::holds_alternative<TextSymbolizer>(s))
            result.push_back(s);
    return result;
}

} // namespace

QString legendHeading(const MapLayer &layer)
{
    static const std::map<QString, QString> headings = {
        {QStringLiteral("islands"), QStringLiteral("海岛")},
        {QStringLiteral("townships"), QStringLiteral("乡镇（街道）")},
        {QStringLiteral("villages"), QStringLiteral("渔村")},
        {QStringLiteral("grid_areas"), QStringLiteral("城区网格片区")},
        {QStringLiteral("buildings"), QStringLiteral("楼栋")},
        {QStringLiteral("shops"), QStringLiteral("商铺")},
        {QStringLiteral("group_territories"), QStringLiteral("联户组片区")},
        {QStringLiteral("topic_threads"), QStringLiteral("意见建议专题")},
        {QStringLiteral("households"), QStringLiteral("住户（按联户组着色）")},
        {QStringLiteral("suggestions"), QStringLiteral("意见建议")},
    };
    const auto it = headings.find(layer.id());
    return it == headings.end() ? layer.title() : it->second;
}

Legend::Legend(const MapScene &scene, const StyleLibrary &styles, const MapSettings &settings,
               const RenderContext &context)
    : m_title(mapText(QStringLiteral("图例"), settings.language))
    , m_dpiScale(context.dpiScale)
    , m_titleFont(mapFont({}, 11.0, true, settings.dpi))
    , m_headingFont(mapFont({}, 9.0, true, settings.dpi))
    , m_itemFont(mapFont({}, 8.5, false, settings.dpi))
{
    // Top layer first, as a legend reads.
    const std::vector<LayerSettings> order = drawingOrder(settings);
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        if (!it->visible || it->opacity <= 0.0)
            continue;
        if (it->id == heatmapLayerId()) {
            if (settings.heatmap)
                addHeatmap(*settings.heatmap, it->opacity);
            continue;
        }
        const MapLayer *layer = scene.layer(it->id);
        if (!layer || layer->features().empty() || !boxesIntersect(layer->extent(), context.visible))
            continue;
        const Style &style = styles.styleFor(*layer);
        if (!style.activeAt(context.scaleDenominator))
            continue;
        if (drawsAsDensity(*layer, context)) {
            m_items.push_back({LegendItem::Kind::Heading,
                               legendHeading(*layer).section(QStringLiteral("（"), 0, 0) + QStringLiteral("密度（")
                                   + densityUnit(*layer) + QStringLiteral("）"),
                               {}, {}, {}, {}});
            for (const DensityClass &cls : densityClasses())
                m_items.push_back({LegendItem::Kind::Cell, cls.label, {}, cls.colour, {}, {}});
            continue;
        }
        std::vector<LegendItem> rows;
        QString previousTitle;
        for (const StyleRule &rule : style.rules) {
            if (rule.title.isEmpty() || !ruleActiveAt(rule, context.scaleDenominator))
                continue;
            std::vector<Symbolizer> symbolizers = drawnSymbolizers(rule);
            // A rule repeating the previous title (the same class at another scale) adds nothing.
            if (symbolizers.empty() || rule.title == previousTitle)
                continue;
            previousTitle = rule.title;
            const QString key = groupOf(rule.title);
            if (!rows.empty() && groupOf(rows.back().text) == key && key != rule.title) {
                rows.back().text = key;
                rows.back().swatches.push_back(std::move(symbolizers));
                continue;
            }
            rows.push_back({LegendItem::Kind::Symbol, rule.title, {std::move(symbolizers)}, {}, {}, {}});
        }
        if (rows.size() <= 1) {
            // One row (or no titled rule): the layer's name with its symbols, no heading.
            LegendItem item{LegendItem::Kind::Symbol, legendHeading(*layer), {}, {}, {}, {}};
            if (!rows.empty())
                item.swatches = std::move(rows.front().swatches);
            else
                for (const StyleRule &rule : style.rules)
                    if (ruleActiveAt(rule, context.scaleDenominator) && !drawnSymbolizers(rule).empty()) {
                        item.swatches.push_back(drawnSymbolizers(rule));
                        break;
                    }
            if (!item.swatches.empty())
                m_items.push_back(std::move(item));
            continue;
        }
        m_items.push_back({LegendItem::Kind::Heading, style.title.isEmpty() ? legendHeading(*layer) : style.title, {}, {}, {}, {}});
        for (LegendItem &row : rows)
            m_items.push_back(std::move(row));
    }
    // Grouping above works on the styles' Chinese titles; the words change last.
    for (LegendItem &item : m_items)
        item.text = mapText(item.text, settings.language);
}

void Legend::addHeatmap(const HeatmapOverlay &overlay, double layerOpacity)
{
    if (overlay.raster.grid.width <= 0 || overlay.raster.grid.height <= 0 || !(overlay.maximum > 0.0))
        return;
    m_items.push_back({LegendItem::Kind::Heading, overlay.title + QStringLiteral("（") + overlay.unit + QStringLiteral("）"),
                       {}, {}, {}, {}});
    LegendItem bar{LegendItem::Kind::Gradient, {}, {}, {}, overlay.ramp.stops(), heatmapTickLabels(overlay)};
    // As the map shows it: the overlay's own opacity and the layer panel's fade, over the panel.
    const double opacity = std::clamp(overlay.opacity, 0.0, 1.0) * std::clamp(layerOpacity, 0.0, 1.0);
    for (auto &[position, colour] : bar.gradient)
        colour.setAlphaF(colour.alphaF() * opacity);
    m_items.push_back(std::move(bar));
}

double Legend::rowHeight(const LegendItem &item) const
{
    if (item.kind == LegendItem::Kind::Gradient)
        return (kGradientHeight + 4.0) * m_dpiScale + QFontMetricsF(m_itemFont).height();
    const QFontMetricsF metrics(item.kind == LegendItem::Kind::Heading ? m_headingFont : m_itemFont);
    const double swatch = item.kind == LegendItem::Kind::Heading ? 0.0 : kSwatchHeight * m_dpiScale;
    const double extra = item.kind == LegendItem::Kind::Heading ? 4.0 * m_dpiScale : 3.0 * m_dpiScale;
    return std::max(swatch, metrics.height()) + extra;
}

double Legend::swatchesWidth(const LegendItem &item) const
{
    if (item.kind == LegendItem::Kind::Cell || item.swatches.size() <= 1)
        return kSwatchWidth * m_dpiScale;
    const double n = static_cast<double>(item.swatches.size());
    return (n * kSmallSwatchWidth + (n - 1.0) * kSwatchGap) * m_dpiScale;
}

double Legend::textWidth(const LegendItem &item) const
{
    if (item.kind == LegendItem::Kind::Heading)
        return QFontMetricsF(m_headingFont).horizontalAdvance(item.text);
    if (item.kind == LegendItem::Kind::Gradient) {
        double widest = 0.0;
        for (const QString &tick : item.ticks)
            widest = std::max(widest, QFontMetricsF(m_itemFont).horizontalAdvance(tick));
        return (kSwatchWidth * 0.7 + kTickLength + kGap) * m_dpiScale + widest;
    }
    return swatchesWidth(item) + kGap * m_dpiScale + QFontMetricsF(m_itemFont).horizontalAdvance(item.text);
}

QSizeF Legend::layout(double maxHeight)
{
    m_columnStarts.clear();
    m_columnWidths.clear();
    const double padding = kPadding * m_dpiScale;
    const double titleHeight = QFontMetricsF(m_titleFont).height() + 4.0 * m_dpiScale;
    const double available = std::max(maxHeight - 2.0 * padding - titleHeight, 1.0);
    double columnHeight = 0.0, tallest = 0.0;
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const double h = rowHeight(m_items[i]);
        // A heading never ends a column alone.
        const bool heading = m_items[i].kind == LegendItem::Kind::Heading;
        const double needed = heading && i + 1 < m_items.size() ? h + rowHeight(m_items[i + 1]) : h;
        if (m_columnStarts.empty() || (columnHeight + needed > available && columnHeight > 0.0)) {
            m_columnStarts.push_back(i);
            m_columnWidths.push_back(0.0);
            columnHeight = 0.0;
        }
        columnHeight += h;
        tallest = std::max(tallest, columnHeight);
        m_columnWidths.back() = std::max(m_columnWidths.back(), textWidth(m_items[i]));
    }
    double width = 0.0;
    for (double w : m_columnWidths)
        width += w;
    width += kColumnGap * m_dpiScale * std::max<double>(0.0, static_cast<double>(m_columnWidths.size()) - 1.0);
    width = std::max(width, QFontMetricsF(m_titleFont).horizontalAdvance(m_title));
    m_size = QSizeF(width + 2.0 * padding, tallest + titleHeight + 2.0 * padding);
    return m_size;
}

void Legend::paint(QPainter &painter, const QPointF &topLeft) const
{
    if (m_items.empty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF panel(topLeft, m_size);
    painter.setPen(QPen(QColor(0x80, 0x80, 0x80), 1.0 * m_dpiScale));
    painter.setBrush(QColor(255, 255, 255, 235));
    painter.drawRect(panel);

    const double padding = kPadding * m_dpiScale;
    const QFontMetricsF titleMetrics(m_titleFont);
    painter.setPen(Qt::black);
    painter.setFont(m_titleFont);
    painter.drawText(QPointF(panel.left() + padding, panel.top() + padding + titleMetrics.ascent()), m_title);
    const double top = panel.top() + padding + titleMetrics.height() + 4.0 * m_dpiScale;

    double x = panel.left() + padding;
    for (std::size_t column = 0; column < m_columnStarts.size(); ++column) {
        const std::size_t end = column + 1 < m_columnStarts.size() ? m_columnStarts[column + 1] : m_items.size();
        double y = top;
        for (std::size_t i = m_columnStarts[column]; i < end; ++i) {
            const LegendItem &item = m_items[i];
            const double h = rowHeight(item);
            const QFont &font = item.kind == LegendItem::Kind::Heading ? m_headingFont : m_itemFont;
            const QFontMetricsF metrics(font);
            const double baseline = y + (h - metrics.height()) / 2.0 + metrics.ascent();
            double textX = x;
            if (item.kind == LegendItem::Kind::Gradient) {
                paintGradient(painter, item, QRectF(x, y, m_columnWidths[column], h));
                y += h;
                continue;
            }
            if (item.kind == LegendItem::Kind::Cell) {
                painter.fillRect(QRectF(x, y + (h - kSwatchHeight * m_dpiScale) / 2.0, kSwatchWidth * m_dpiScale,
                                        kSwatchHeight * m_dpiScale),
                                 item.cellColour);
            } else if (item.kind == LegendItem::Kind::Symbol) {
                const double w = (item.swatches.size() <= 1 ? kSwatchWidth : kSmallSwatchWidth) * m_dpiScale;
                double sx = x;
                for (const std::vector<Symbolizer> &swatch : item.swatches) {
                    const QRectF box(sx, y + (h - kSwatchHeight * m_dpiScale) / 2.0, w, kSwatchHeight * m_dpiScale);
                    for (const Symbolizer &s : swatch)
                        paintSwatch(painter, box, s, m_dpiScale);
                    sx += w + kSwatchGap * m_dpiScale;
                }
            }
            if (item.kind != LegendItem::Kind::Heading)
                textX += swatchesWidth(item) + kGap * m_dpiScale;
            painter.setPen(QColor(0x20, 0x20, 0x20));
            painter.setFont(font);
            painter.drawText(QPointF(textX, baseline), item.text);
            y += h;
        }
        x += m_columnWidths[column] + kColumnGap * m_dpiScale;
    }
    painter.restore();
}

void Legend::paintGradient(QPainter &painter, const LegendItem &item, const QRectF &row) const
{
    // The bar spans the row less half a text line at each end, so the end ticks' labels
    // stay inside the row.
    const QFontMetricsF metrics(m_itemFont);
    const double half = metrics.height() / 2.0;
    const QRectF bar(row.left(), row.top() + half + 2.0 * m_dpiScale, kSwatchWidth * 0.7 * m_dpiScale,
                     kGradientHeight * m_dpiScale);
    QLinearGradient gradient(bar.bottomLeft(), bar.topLeft());
    for (const auto &[position, colour] : item.gradient)
        gradient.setColorAt(position, colour);
    painter.fillRect(bar, gradient);
    painter.setPen(QPen(QColor(0x80, 0x80, 0x80), 0.8 * m_dpiScale));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(bar);
    painter.setFont(m_itemFont);
    const qsizetype n = item.ticks.size();
    for (qsizetype i = 0; i < n; ++i) {
        const double y = n == 1 ? bar.bottom() : bar.bottom() - bar.height() * static_cast<double>(i) / (n - 1);
        painter.setPen(QPen(QColor(0x40, 0x40, 0x40), 0.8 * m_dpiScale));
        painter.drawLine(QPointF(bar.right(), y), QPointF(bar.right() + kTickLength * m_dpiScale, y));
        painter.setPen(QColor(0x20, 0x20, 0x20));
        painter.drawText(QPointF(bar.right() + (kTickLength + kGap) * m_dpiScale, y - half + metrics.ascent()),
                         item.ticks[i]);
    }
}

} // namespace lianxin
