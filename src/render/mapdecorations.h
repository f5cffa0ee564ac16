#pragma once
// What makes a map printable: legend (top left), north arrow (top right), scale bar with
// the 1:N scale (bottom left), the coastline's attribution (bottom right) and, when the
// settings give one, a title (top centre). Laid out
// once per view so the label engine can keep clear of them.
#include "render/legend.h"

#include <QFont>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace lianxin {

// The attribution the GSHHG licence asks for, in the map's language ("zh" or "en").
QString coastlineAttribution(const QString &language = QStringLiteral("zh"));

struct ScaleBarLength {
    double metres = 0.0; // 1, 2 or 5 times a power of ten
    double pixels = 0.0;
    QString unit;        // "m" or "km"
    double unitLength = 0.0; // metres in the unit: 1 or 1000
};

// The longest round length (1, 2 or 5 x 10^k metres) not longer than `maxPixels`.
ScaleBarLength scaleBarLength(double metresPerPixel, double maxPixels);

class MapDecorations {
public:
    MapDecorations(const MapScene &scene, const StyleLibrary &styles, const MapSettings &settings,
                   const RenderContext &context);

    // Device rectangles the decorations cover (labels keep out of them).
    std::vector<QRectF> boxes() const;
    void paint(QPainter &painter) const;
    const Legend &legend() const { return m_legend; }
    const ScaleBarLength &scaleBar() const { return m_scaleBar; }

private:
    void paintNorthArrow(QPainter &painter) const;
    void paintScaleBar(QPainter &painter) const;
    void paintAttribution(QPainter &painter) const;
    void paintTitle(QPainter &painter) const;

    double m_dpiScale;
    double m_dpi;
    QString m_language;
    double m_scaleDenominator;
    Legend m_legend;
    QRectF m_legendBox;
    QRectF m_northBox;
    QRectF m_scaleBox;
    QRectF m_attributionBox;
    QFont m_attributionFont;
    QString m_attribution; // shortened on very narrow maps
    QString m_title;
    QFont m_titleFont;
    QRectF m_titleBox;
    ScaleBarLength m_scaleBar;
};

} // namespace lianxin
