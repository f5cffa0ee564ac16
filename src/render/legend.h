#pragma once
// The map legend: for every visible layer in view (top layer first) a heading and its
// style's titled rules with their symbols, or the density classes when the layer draws
// as density cells. Rules without a title, or inactive at this scale, are left out.
// A heat-map overlay gets its title and unit and its ramp as a gradient bar with tick
// values in display units, in its place among the layers.
#include "render/mapscene.h"
#include "render/mapsettings.h"
#include "render/rendercontext.h"
#include "render/style.h"
#include "render/stylelibrary.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QStringList>

#include <vector>

class QPainter;

namespace lianxin {

struct LegendItem {
    enum class Kind { Heading, Symbol, Cell, Gradient };
    Kind kind = Kind::Symbol;
    QString text;
    // Symbol: one or more swatches side by side, each drawn with its symbolizers (the
    // colours of "住户（联系组蓝色）", "住户（联系组橙色）" ... share one row "住户").
    std::vector<std::vector<Symbolizer>> swatches;
    QColor cellColour; // Cell
    // Gradient: a colour ramp as a vertical bar, bottom (0) to top (1), with `ticks`
    // spaced evenly along it, lowest first (the heat map's real values).
    std::vector<std::pair<double, QColor>> gradient;
    QStringList ticks;
};

// The Chinese heading of a layer in the legend (the layer's title when unknown).
QString legendHeading(const MapLayer &layer);

class Legend {
public:
    Legend(const MapScene &scene, const StyleLibrary &styles, const MapSettings &settings,
           const RenderContext &context);

    const std::vector<LegendItem> &items() const { return m_items; } // in the settings' language
    const QString &title() const { return m_title; }                 // "图例" / "Legend"
    bool isEmpty() const { return m_items.empty(); }
    // Lays the items out in as many columns as `maxHeight` needs; returns the panel size.
    QSizeF layout(double maxHeight);
    void paint(QPainter &painter, const QPointF &topLeft) const;

private:
    double rowHeight(const LegendItem &item) const;
    double textWidth(const LegendItem &item) const;
    double swatchesWidth(const LegendItem &item) const;
    void addHeatmap(const HeatmapOverlay &overlay, double layerOpacity);
    void paintGradient(QPainter &painter, const LegendItem &item, const QRectF &row) const;

    std::vector<LegendItem> m_items;
    QString m_title;
    double m_dpiScale;
    QFont m_titleFont;
    QFont m_headingFont;
    QFont m_itemFont;
    std::vector<std::size_t> m_columnStarts; // first item of each column
    std::vector<double> m_columnWidths;
    QSizeF m_size;
};

} // namespace lianxin
