#include "render/colourramp.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace lianxin {

namespace {

int lerpChannel(int a, int b, double f) { return static_cast<int>(std::lround(a + (b - a) * f)); }

} // namespace

ColourRamp::ColourRamp(QString id, std::vector<std::pair<double, QColor>> stops)
    : m_id(std::move(id))
    , m_stops(std::move(stops))
{
    if (m_stops.size() < 2)
        throw std::invalid_argument("colour ramp '" + m_id.toStdString() + "': needs at least two stops");
    for (std::size_t i = 0; i < m_stops.size(); ++i) {
        const double position = m_stops[i].first;
        if (!(position >= 0.0 && position <= 1.0))
            throw std::invalid_argument("colour ramp '" + m_id.toStdString() + "': stop " + std::to_string(i)
                                        + " lies outside 0..1");
        if (i > 0 && !(position > m_stops[i - 1].first))
            throw std::invalid_argument("colour ramp '" + m_id.toStdString() + "': stop " + std::to_string(i)
                                        + " does not come after the one before it");
        if (!m_stops[i].second.isValid())
            throw std::invalid_argument("colour ramp '" + m_id.toStdString() + "': stop " + std::to_string(i)
                                        + " has an invalid colour");
    }
}

QColor ColourRamp::colourAt(double t) const
{
    if (m_stops.empty())
        return QColor(Qt::transparent);
    // NaN reads as the bottom: "no value" must never light up as the hottest colour.
    t = std::isnan(t) ? 0.0 : std::clamp(t, 0.0, 1.0);
    if (t <= m_stops.front().first)
        return m_stops.front().second;
    if (t >= m_stops.back().first)
        return m_stops.back().second;
    const auto upper = std::upper_bound(m_stops.begin(), m_stops.end(), t,
                                        [](double value, const auto &stop) { return value < stop.first; });
    const auto lower = upper - 1;
    const double f = (t - lower->first) / (upper->first - lower->first);
    const QColor &a = lower->second;
    const QColor &b = upper->second;
    return QColor(lerpChannel(a.red(), b.red(), f), lerpChannel(a.green(), b.green(), f),
                  lerpChannel(a.blue(), b.blue(), f), lerpChannel(a.alpha(), b.alpha(), f));
}

QRgb ColourRamp::rgbaAt(double t) const { return qPremultiply(colourAt(t).rgba()); }

const std::vector<ColourRamp> &ColourRamp::builtIn()
{
    // Heat: ColorBrewer YlOrRd with alpha rising from 0, so the faint edge of a hotspot
    // fades into the map instead of tinting the whole county yellow.
    static const std::vector<ColourRamp> ramps = {
        ColourRamp(QStringLiteral("heat"), {{0.0, QColor(255, 255, 178, 0)},
                                            {0.2, QColor(254, 217, 118, 170)},
                                            {0.45, QColor(253, 141, 60, 215)},
                                            {0.7, QColor(240, 59, 32, 240)},
                                            {1.0, QColor(189, 0, 38, 255)}}),
        // matplotlib's viridis at five stops: perceptually uniform, colour-blind safe.
        ColourRamp(QStringLiteral("viridis"), {{0.0, QColor(68, 1, 84)},
                                               {0.25, QColor(59, 82, 139)},
                                               {0.5, QColor(33, 145, 140)},
                                               {0.75, QColor(94, 201, 98)},
                                               {1.0, QColor(253, 231, 37)}}),
        // ColorBrewer sequential Blues / Reds (light to dark) for choropleths.
        ColourRamp(QStringLiteral("blues"), {{0.0, QColor(239, 243, 255)},
                                             {0.5, QColor(107, 174, 214)},
                                             {1.0, QColor(8, 81, 156)}}),
        ColourRamp(QStringLiteral("reds"), {{0.0, QColor(254, 229, 217)},
                                            {0.5, QColor(251, 106, 74)},
                                            {1.0, QColor(165, 15, 21)}}),
    };
    return ramps;
}

const ColourRamp &ColourRamp::named(const QString &id)
{
    const auto &ramps = builtIn();
    for (const ColourRamp &ramp : ramps)
        if (ramp.id() == id)
            return ramp;
    QStringList ids;
    for (const ColourRamp &ramp : ramps)
        ids << ramp.id();
    throw std::invalid_argument("unknown colour ramp '" + id.toStdString() + "' (known: "
                                + ids.join(QStringLiteral(", ")).toStdString() + ")");
}

} // namespace lianxin
