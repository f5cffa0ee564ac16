#pragma once
// Continuous colour ramps for rasters and choropleths: piecewise-linear in sRGB between
// stops, with alpha, so low densities can fade into the map below.
#include <QColor>
#include <QString>

#include <utility>
#include <vector>

namespace lianxin {

class ColourRamp {
public:
    ColourRamp() = default;
    // Stops at positions 0..1, ascending; at least two. Throws std::invalid_argument.
    ColourRamp(QString id, std::vector<std::pair<double, QColor>> stops);

    const QString &id() const { return m_id; }
    const std::vector<std::pair<double, QColor>> &stops() const { return m_stops; }
    // t is clamped to 0..1.
    QColor colourAt(double t) const;
    QRgb rgbaAt(double t) const; // premultiplied ARGB32, for QImage::Format_ARGB32_Premultiplied

    // "heat" (transparent → yellow → orange → red → dark red), "viridis", "blues",
    // "reds" (for choropleths); the first is the heat-map default.
    static const std::vector<ColourRamp> &builtIn();
    // Built-in by id; throws std::invalid_argument listing the ids when unknown.
    static const ColourRamp &named(const QString &id);

private:
    QString m_id;
    std::vector<std::pair<double, QColor>> m_stops;
};

} // namespace lianxin
