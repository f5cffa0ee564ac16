#include "render/mapdecorations.h"

#include "render/labellayout.h"
#include "render/maptexts.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace lianxin {

namespace {

constexpr double kMargin = 10.0; // 96-dpi pixels from the map edge
constexpr double kPanelPadding = 6.0;
constexpr double kScaleBarMaxPixels = 170.0;
constexpr double kScaleBarMinPixels = 70.0;
constexpr double kScaleBarHeight = 6.0;
constexpr double kNorthWidth = 28.0;
constexpr double kNorthHeight = 46.0;
// Of the output width. Half, because the briefing's map (13 cm on A4) with households
// and suggestions needs 46 % for its legend, and a printed map without one fails its
// reader; on screen a legend that wide only happens below ~500 px and then goes.
constexpr double kMaxLegendShare = 0.5;

QString lengthText(double metres, const ScaleBarLength &bar, bool withUnit)
{
    const QString number = QString::number(metres / bar.unitLength, 'g', 6);
    return withUnit ? number + QLatin1Char(' ') + bar.unit : number;
}

// "1:48 000": three significant digits, grouped by thousands with thin spaces as on
// Chinese printed maps.
QString scaleText(double denominator, const QString &language)
{
    if (!(denominator > 0.0) || !std::isfinite(denominator))
        return {};
    const double magnitude = std::pow(10.0, std::floor(std::log10(denominator)) - 2.0);
    const long long rounded = std::llround(std::round(denominator / magnitude) * magnitude);
    QString digits = QString::number(rounded);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QChar(0x2009));
    return mapText(QStringLiteral("比例尺"), language) + QStringLiteral(" 1:") + digits;
}

QFont smallFont(double dpi) { return mapFont({}, 8.0, false, dpi); }
QFont titleFont(double dpi) { return mapFont({}, 16.0, true, dpi); }

} // namespace

QString coastlineAttribution(const QString &language)
{
    return mapText(QStringLiteral("海岸线"), language) + QStringLiteral(" © GSHHG 2.3.7 (Wessel & Smith 1996), LGPL-3+");
}

ScaleBarLength scaleBarLength(double metresPerPixel, double maxPixels)
{
    ScaleBarLength bar;
    if (!(metresPerPixel > 0.0) || !(maxPixels > 0.0))
        return bar;
    const double maxMetres = metresPerPixel * maxPixels;
    const double power = std::pow(10.0, std::floor(std::log10(maxMetres)));
    for (double step : {5.0, 2.0, 1.0})
        if (step * power <= maxMetres * (1.0 + 1e-9)) {
            bar.metres = step * power;
            break;
        }
    bar.pixels = bar.metres / metresPerPixel;
    bar.unit = bar.metres >= 1000.0 ? QStringLiteral("km") : QStringLiteral("m");
    bar.unitLength = bar.metres >= 1000.0 ? 1000.0 : 1.0;
    return bar;
}

MapDecorations::MapDecorations(const MapScene &scene, const StyleLibrary &styles, const MapSettings &settings,
                               const RenderContext &context)
    : m_dpiScale(context.dpiScale)
    , m_dpi(settings.dpi)
    , m_language(settings.language)
    , m_scaleDenominator(context.scaleDenominator)
    , m_legend(scene, styles, settings, context)
{
    const QRectF out = context.deviceRect;
    const double margin = kMargin * m_dpiScale;
    const double padding = kPanelPadding * m_dpiScale;
    const QFontMetricsF small(smallFont(m_dpi));

    m_northBox = QRectF(out.right() - margin - kNorthWidth * m_dpiScale, out.top() + margin, kNorthWidth * m_dpiScale,
                        kNorthHeight * m_dpiScale);

    // A narrow canvas still gets a bar long enough to carry its three labels.
    m_scaleBar = scaleBarLength(context.transform.metresPerPixel(),
                                std::min(kScaleBarMaxPixels * m_dpiScale,
                                         std::max(out.width() * 0.3, kScaleBarMinPixels * m_dpiScale)));
    const double labelOverhang = small.horizontalAdvance(lengthText(m_scaleBar.metres, m_scaleBar, true));
    const double scaleWidth
        = std::max(m_scaleBar.pixels + labelOverhang, small.horizontalAdvance(scaleText(m_scaleDenominator, m_language)));
    const double scaleHeight = 2.0 * small.height() + kScaleBarHeight * m_dpiScale + 4.0 * m_dpiScale;
    const QSizeF scaleSize(scaleWidth + 2.0 * padding, scaleHeight + 2.0 * padding);

    // The attribution sits bottom right beside the scale bar; on a narrow map it takes
    // its own row under the scale bar, in smaller type and, as a last resort, shortened.
    const double available = out.width() - 2.0 * margin;
    m_attributionFont = smallFont(m_dpi);
    m_attribution = coastlineAttribution(m_language);
    double attributionWidth = QFontMetricsF(m_attributionFont).horizontalAdvance(m_attribution) + 2.0 * padding;
    const bool besideScaleBar = attributionWidth + margin + scaleSize.width() <= available;
    if (!besideScaleBar && attributionWidth > available) {
        m_attributionFont = mapFont({}, std::max(5.0, 8.0 * available / attributionWidth), false, m_dpi);
        const QFontMetricsF shrunk(m_attributionFont);
        m_attribution = shrunk.elidedText(m_attribution, Qt::ElideRight, std::max(0.0, available - 2.0 * padding));
        attributionWidth = shrunk.horizontalAdvance(m_attribution) + 2.0 * padding;
    }
    const double attributionHeight = QFontMetricsF(m_attributionFont).height() + 2.0 * padding;
    m_attributionBox = QRectF(besideScaleBar ? out.right() - margin - attributionWidth : out.left() + margin,
                              out.bottom() - margin - attributionHeight, attributionWidth, attributionHeight);
    const double scaleBottom = besideScaleBar ? out.bottom() - margin : m_attributionBox.top() - 2.0 * m_dpiScale;
    m_scaleBox = QRectF(QPointF(out.left() + margin, scaleBottom - scaleSize.height()), scaleSize);

    m_title = settings.title.trimmed();
    m_titleFont = titleFont(m_dpi);
    if (!m_title.isEmpty()) {
        // Centred, clear of the north arrow on either side; smaller type when narrow.
        const double room = out.width() - 2.0 * (2.0 * margin + m_northBox.width()) - 4.0 * padding;
        const double natural = QFontMetricsF(m_titleFont).horizontalAdvance(m_title);
        if (natural > room && room > 0.0) {
            m_titleFont = mapFont({}, std::max(8.0, 16.0 * room / natural), true, m_dpi);
            m_title = QFontMetricsF(m_titleFont).elidedText(m_title, Qt::ElideRight, room);
        }
        const QFontMetricsF title(m_titleFont);
        const double width = title.horizontalAdvance(m_title) + 4.0 * padding;
        if (room > 0.0 && !m_title.isEmpty())
            m_titleBox = QRectF(out.center().x() - width / 2.0, out.top() + margin, width, title.height() + 2.0 * padding);
    }

    if (!m_legend.isEmpty()) {
        // A legend that would cover much of a small map is left out; the scale bar and
        // north arrow still say what the map needs.
        const QSizeF size = m_legend.layout(m_scaleBox.top() - margin - (out.top() + margin));
        if (size.width() <= kMaxLegendShare * out.width())
            m_legendBox = QRectF(QPointF(out.left() + margin, out.top() + margin), size);
    }
}

std::vector<QRectF> MapDecorations::boxes() const
{
    std::vector<QRectF> result = {m_northBox, m_scaleBox, m_attributionBox};
    if (!m_legendBox.isEmpty())
        result.push_back(m_legendBox);
    if (!m_titleBox.isEmpty())
        result.push_back(m_titleBox);
    return result;
}

void MapDecorations::paint(QPainter &painter) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (!m_legendBox.isEmpty())
        m_legend.paint(painter, m_legendBox.topLeft());
    paintNorthArrow(painter);
    paintScaleBar(painter);
    paintAttribution(painter);
    if (!m_titleBox.isEmpty())
        paintTitle(painter);
    painter.restore();
}

void MapDecorations::paintTitle(QPainter &painter) const
{
    const QFont &font = m_titleFont;
    const QFontMetricsF metrics(font);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 220));
    painter.drawRect(m_titleBox);
    painter.setPen(QColor(0x1f, 0x2d, 0x3d));
    painter.setFont(font);
    painter.drawText(QPointF(m_titleBox.center().x() - metrics.horizontalAdvance(m_title) / 2.0,
                             m_titleBox.center().y() - metrics.height() / 2.0 + metrics.ascent()),
                     m_title);
}

void MapDecorations::paintNorthArrow(QPainter &painter) const
{
    const QRectF box = m_northBox;
    const double letterHeight = box.height() * 0.26;
    const double cx = box.center().x();
    const double top = box.top() + letterHeight + 4.0 * m_dpiScale;
    const double bottom = box.bottom();
    const double halfWidth = box.width() * 0.32;
    // The classic two-tone arrow: the left half dark, the right half light, so it reads
    // on sea and land alike.
    QPainterPath left, right;
    left.moveTo(cx, top);
    left.lineTo(cx - halfWidth, bottom);
    left.lineTo(cx, bottom - (bottom - top) * 0.28);
    left.closeSubpath();
    right.moveTo(cx, top);
    right.lineTo(cx + halfWidth, bottom);
    right.lineTo(cx, bottom - (bottom - top) * 0.28);
    right.closeSubpath();
    painter.setPen(QPen(QColor(0x20, 0x20, 0x20), 1.0 * m_dpiScale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(QColor(0x20, 0x20, 0x20));
    painter.drawPath(left);
    painter.setBrush(Qt::white);
    painter.drawPath(right);

    // The "N" drawn as strokes, not as a glyph: the same on every machine and thread,
    // whatever fonts and hinting they have.
    const double w = letterHeight * 0.75;
    QPainterPath letter;
    letter.moveTo(cx - w / 2.0, box.top() + letterHeight);
    letter.lineTo(cx - w / 2.0, box.top());
    letter.lineTo(cx + w / 2.0, box.top() + letterHeight);
    letter.lineTo(cx + w / 2.0, box.top());
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(Qt::white, 4.0 * m_dpiScale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(letter);
    painter.setPen(QPen(QColor(0x20, 0x20, 0x20), 2.0 * m_dpiScale, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter.drawPath(letter);
}

void MapDecorations::paintScaleBar(QPainter &painter) const
{
    const double padding = kPanelPadding * m_dpiScale;
    const QFont font = smallFont(m_dpi);
    const QFontMetricsF metrics(font);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 210));
    painter.drawRect(m_scaleBox);

    const double x0 = m_scaleBox.left() + padding;
    const double barTop = m_scaleBox.top() + padding + metrics.height() + 2.0 * m_dpiScale;
    const double barHeight = kScaleBarHeight * m_dpiScale;
    const double w = m_scaleBar.pixels;
    // Four alternating segments, dark first, as on a surveyor's bar.
    for (int i = 0; i < 4; ++i) {
        const QRectF segment(x0 + i * w / 4.0, barTop, w / 4.0, barHeight);
        painter.fillRect(segment, i % 2 == 0 ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white));
    }
    painter.setPen(QPen(QColor(0x20, 0x20, 0x20), 1.0 * m_dpiScale));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(x0, barTop, w, barHeight));

    painter.setFont(font);
    const double labelBaseline = barTop - 2.0 * m_dpiScale - metrics.descent();
    // Labels centred on their ticks (the unit hangs right of the last number); the middle
    // one only when it clears its neighbours.
    const double zeroWidth = metrics.horizontalAdvance(lengthText(0.0, m_scaleBar, false));
    const double endWidth = metrics.horizontalAdvance(lengthText(m_scaleBar.metres, m_scaleBar, false));
    const QString middle = lengthText(m_scaleBar.metres / 2.0, m_scaleBar, false);
    const double middleWidth = metrics.horizontalAdvance(middle);
    const double gap = 3.0 * m_dpiScale;
    painter.drawText(QPointF(x0 - zeroWidth / 2.0, labelBaseline), lengthText(0.0, m_scaleBar, false));
    if (w / 2.0 - middleWidth / 2.0 >= zeroWidth / 2.0 + gap && w / 2.0 + middleWidth / 2.0 <= w - endWidth / 2.0 - gap)
        painter.drawText(QPointF(x0 + w / 2.0 - middleWidth / 2.0, labelBaseline), middle);
    painter.drawText(QPointF(x0 + w - endWidth / 2.0, labelBaseline), lengthText(m_scaleBar.metres, m_scaleBar, true));
    painter.drawText(QPointF(x0, barTop + barHeight + 2.0 * m_dpiScale + metrics.ascent()),
                     scaleText(m_scaleDenominator, m_language));
}

void MapDecorations::paintAttribution(QPainter &painter) const
{
    const double padding = kPanelPadding * m_dpiScale;
    const QFontMetricsF metrics(m_attributionFont);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 190));
    painter.drawRect(m_attributionBox);
    painter.setPen(QColor(0x40, 0x40, 0x40));
    painter.setFont(m_attributionFont);
    painter.drawText(QPointF(m_attributionBox.left() + padding, m_attributionBox.top() + padding + metrics.ascent()),
                     m_attribution);
}

} // namespace lianxin
