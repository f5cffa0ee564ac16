// The symbolizer half of SldReader (sldreader.h): Fill, Stroke, Graphic/Mark, Font,
// Halo, Label. Defaults follow OGC Symbology Encoding 1.1 where a file leaves a
// parameter out (50% grey fill, black 1 px stroke, 6 px square graphic, black text).
#include "render/sldreader.h"

#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace lianxin {

namespace {

const QColor kDefaultFill{0x80, 0x80, 0x80};

// Upper bounds that no sensible style reaches; beyond them a value is a typo (or a
// corrupted file) that would make the renderer draw something absurd.
constexpr double kMaxWidth = 100.0;     // stroke width, halo radius (pixels)
constexpr double kMaxSize = 500.0;      // graphic size (pixels)
constexpr double kMaxFontSize = 400.0;  // points
constexpr double kMaxPriority = 1.0e9;
constexpr int kMaxDashEntries = 32;

} // namespace

void SldReader::checkUnits()
{
    // SE 1.1 uom: only pixels are supported; say so instead of drawing metres as pixels
    // silently.
    const QStringView uom = m_xml.attributes().value(QLatin1String("uom"));
    if (!uom.isEmpty() && !uom.endsWith(u"/pixel"))
        warn(here(), QStringLiteral("unit of measure %1 is not supported; sizes are read as pixels").arg(uom.toString()));
}

QColor SldReader::readFill(const QColor &defaultColour, QStringView parent)
{
    QColor result = defaultColour;
    double opacity = 1.0;
    while (m_xml.readNextStartElement()) {
        if (!is(u"SvgParameter") && !is(u"CssParameter")) { // SE 1.1 and SLD 1.0 spellings
            skipUnsupported(u"Fill");
            continue;
        }
        const QString name = m_xml.attributes().value(QLatin1String("name")).toString();
        const Location where = here();
        const QString value = text();
        if (name == u"fill") {
            if (const auto parsed = colour(value, where, QStringLiteral("fill in <%1>").arg(parent.toString())))
                result = *parsed;
        } else if (name == u"fill-opacity") {
            opacity = number(value, where, QStringLiteral("fill-opacity"), 0.0, 1.0).value_or(1.0);
        } else {
            warn(where, QStringLiteral("unsupported fill parameter '%1' ignored").arg(name));
        }
    }
    result.setAlphaF(static_cast<float>(opacity));
    return result;
}

std::vector<double> SldReader::dashArray(const QString &value, const Location &where)
{
    std::vector<double> dashes;
    if (value == u"none")
        return dashes;
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    const QStringList parts = value.split(separators, Qt::SkipEmptyParts);
    if (parts.isEmpty() || parts.size() > kMaxDashEntries) {
        fail(where, QStringLiteral("stroke-dasharray must list 1 to %1 numbers, not '%2'").arg(kMaxDashEntries).arg(value));
        return dashes;
    }
    for (const QString &part : parts) {
        bool ok = false;
        const double dash = part.toDouble(&ok);
        if (!ok || !std::isfinite(dash) || dash <= 0.0 || dash > 1000.0) {
            fail(where, QStringLiteral("stroke-dasharray needs positive numbers, not '%1'").arg(value));
            return {};
        }
        dashes.push_back(dash);
    }
    // SVG repeats an odd list to make it even ("4" means "4 4"); QPen needs pairs.
    if (dashes.size() % 2 == 1)
        dashes.insert(dashes.end(), dashes.begin(), dashes.end());
    return dashes;
}

Stroke SldReader::readStroke(QStringView parent)
{
    Stroke stroke;
    double opacity = 1.0;
    while (m_xml.readNextStartElement()) {
        if (!is(u"SvgParameter") && !is(u"CssParameter")) { // SE 1.1 and SLD 1.0 spellings
            skipUnsupported(u"Stroke");
            continue;
        }
        const QString name = m_xml.attributes().value(QLatin1String("name")).toString();
        const Location where = here();
        const QString value = text();
        if (name == u"stroke") {
            if (const auto parsed = colour(value, where, QStringLiteral("stroke in <%1>").arg(parent.toString())))
                stroke.colour = *parsed;
        } else if (name == u"stroke-opacity") {
            opacity = number(value, where, QStringLiteral("stroke-opacity"), 0.0, 1.0).value_or(1.0);
        } else if (name == u"stroke-width") {
            stroke.width = number(value, where, QStringLiteral("stroke-width"), 0.0, kMaxWidth).value_or(1.0);
        } else if (name == u"stroke-dasharray") {
            stroke.dash = dashArray(value, where);
        } else {
            warn(where, QStringLiteral("unsupported stroke parameter '%1' ignored").arg(name));
        }
    }
    stroke.colour.setAlphaF(static_cast<float>(opacity));
    return stroke;
}

PolygonSymbolizer SldReader::readPolygonSymbolizer()
{
    // SE: a PolygonSymbolizer without Fill and Stroke paints grey; with only one of them,
    // only that one.
    checkUnits();
    PolygonSymbolizer polygon;
    bool styled = false;
    while (m_xml.readNextStartElement()) {
        if (is(u"Fill")) {
            polygon.fill = readFill(kDefaultFill, u"PolygonSymbolizer");
            styled = true;
        } else if (is(u"Stroke")) {
            polygon.stroke = readStroke(u"PolygonSymbolizer");
            styled = true;
        } else if (isMetadata()) {
            m_xml.skipCurrentElement();
        } else {
            skipUnsupported(u"PolygonSymbolizer");
        }
    }
    if (!styled)
        polygon.fill = kDefaultFill;
    return polygon;
}

LineSymbolizer SldReader::readLineSymbolizer()
{
    checkUnits();
    LineSymbolizer line; // SE: without a Stroke, a black 1 px line
    while (m_xml.readNextStartElement()) {
        if (is(u"Stroke"))
            line.stroke = readStroke(u"LineSymbolizer");
        else if (isMetadata())
            m_xml.skipCurrentElement();
        else
            skipUnsupported(u"LineSymbolizer");
    }
    return line;
}

PointSymbolizer SldReader::readPointSymbolizer()
{
    checkUnits();
    PointSymbolizer point;
    bool haveGraphic = false;
    while (m_xml.readNextStartElement()) {
        if (is(u"Graphic")) {
            readGraphic(point);
            haveGraphic = true;
        } else if (isMetadata()) {
            m_xml.skipCurrentElement();
        } else {
            skipUnsupported(u"PointSymbolizer");
        }
    }
    if (!haveGraphic) { // SE's default graphic: a 6 px grey square with a black outline
        point.wellKnownName = QStringLiteral("square");
        point.fill = kDefaultFill;
        point.stroke = Stroke{};
    }
    return point;
}

void SldReader::readGraphic(PointSymbolizer &point)
{
    bool haveMark = false;
    double opacity = 1.0;
    while (m_xml.readNextStartElement()) {
        if (is(u"Mark")) {
            if (haveMark) {
                warn(here(), QStringLiteral("only the first Mark of a Graphic is drawn"));
                m_xml.skipCurrentElement();
                continue;
            }
            haveMark = true;
            readMark(point);
        } else if (is(u"Size")) {
            point.size = readNumber(QStringLiteral("Size"), 0.0, kMaxSize).value_or(point.size);
        } else if (is(u"Opacity")) {
            opacity = readNumber(QStringLiteral("Opacity"), 0.0, 1.0).value_or(1.0);
        } else if (is(u"Rotation")) {
            const Location where = here();
            const QString value = text();
            if (value.toDouble() != 0.0)
                warn(where, QStringLiteral("Rotation %1 is not supported; the mark is drawn upright").arg(value));
        } else {
            skipUnsupported(u"Graphic"); // ExternalGraphic, Displacement, AnchorPoint...
        }
    }
    if (!haveMark) {
        point.wellKnownName = QStringLiteral("square");
        point.fill = kDefaultFill;
        point.stroke = Stroke{};
    }
    if (point.fill)
        point.fill->setAlphaF(point.fill->alphaF() * static_cast<float>(opacity));
    if (point.stroke)
        point.stroke->colour.setAlphaF(point.stroke->colour.alphaF() * static_cast<float>(opacity));
}

void SldReader::readMark(PointSymbolizer &point)
{
    static const QStringList known = {QStringLiteral("circle"), QStringLiteral("square"), QStringLiteral("triangle"),
                                      QStringLiteral("star"),   QStringLiteral("cross"),  QStringLiteral("x")};
    point.wellKnownName = QStringLiteral("square"); // SE's default mark
    while (m_xml.readNextStartElement()) {
        if (is(u"WellKnownName")) {
            const Location where = here();
            const QString name = text().toLower();
            if (known.contains(name)) {
                point.wellKnownName = name;
            } else {
                warn(where, QStringLiteral("unknown WellKnownName '%1'; drawing a circle").arg(name));
                point.wellKnownName = QStringLiteral("circle");
            }
        } else if (is(u"Fill")) {
            point.fill = readFill(kDefaultFill, u"Mark");
        } else if (is(u"Stroke")) {
            point.stroke = readStroke(u"Mark");
        } else {
            skipUnsupported(u"Mark");
        }
    }
    if (!point.fill && !point.stroke) { // SE: an unstyled mark is grey with a black outline
        point.fill = kDefaultFill;
        point.stroke = Stroke{};
    }
}

TextSymbolizer SldReader::readTextSymbolizer()
{
    checkUnits();
    TextSymbolizer label;
    const Location start = here();
    while (m_xml.readNextStartElement()) {
        if (is(u"Label")) {
            label.labelProperty = readLabel();
        } else if (is(u"Font")) {
            readFont(label);
        } else if (is(u"Halo")) {
            readHalo(label);
        } else if (is(u"Fill")) {
            label.fill = readFill(Qt::black, u"TextSymbolizer");
        } else if (is(u"Priority")) { // GeoServer's extension, also written by QGIS
            label.priority = readPriority().value_or(label.priority);
        } else if (is(u"VendorOption") && m_xml.attributes().value(QLatin1String("name")) == u"priority") {
            label.priority = readPriority().value_or(label.priority);
        } else if (isMetadata()) {
            m_xml.skipCurrentElement();
        } else {
            skipUnsupported(u"TextSymbolizer"); // LabelPlacement, other VendorOptions...
        }
    }
    if (label.labelProperty.isEmpty() && !m_xml.hasError())
        warn(start, QStringLiteral("TextSymbolizer without an <ogc:PropertyName> label draws nothing"));
    return label;
}

QString SldReader::readLabel()
{
    // Label is mixed content; Lianxin labels with one attribute, so it keeps the first
    // PropertyName and says what it leaves out.
    QString property;
    bool literalText = false;
    const Location start = here();
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement || token == QXmlStreamReader::Invalid)
            break;
        if (token == QXmlStreamReader::Characters && !m_xml.isWhitespace()) {
            literalText = true;
        } else if (token == QXmlStreamReader::StartElement) {
            if (is(u"PropertyName") && property.isEmpty()) {
                property = text();
            } else if (is(u"PropertyName")) {
                warn(here(), QStringLiteral("a label shows one attribute; a second PropertyName was ignored"));
                m_xml.skipCurrentElement();
            } else if (is(u"Literal")) {
                literalText = true;
                m_xml.skipCurrentElement();
            } else {
                skipUnsupported(u"Label");
            }
        }
    }
    if (literalText && !m_xml.hasError())
        warn(start, QStringLiteral("literal text in <Label> is not supported; only the PropertyName is drawn"));
    return property;
}

void SldReader::readFont(TextSymbolizer &label)
{
    while (m_xml.readNextStartElement()) {
        if (!is(u"SvgParameter") && !is(u"CssParameter")) { // SE 1.1 and SLD 1.0 spellings
            skipUnsupported(u"Font");
            continue;
        }
        const QString name = m_xml.attributes().value(QLatin1String("name")).toString();
        const Location where = here();
        const QString value = text();
        if (name == u"font-family") {
            if (!value.isEmpty())
                label.fontFamily = value;
        } else if (name == u"font-size") {
            label.fontSize = number(value, where, QStringLiteral("font-size"), 0.0, kMaxFontSize).value_or(label.fontSize);
        } else if (name == u"font-weight") {
            bool numeric = false;
            const int weight = value.toInt(&numeric);
            if (value == u"bold" || value == u"bolder" || (numeric && weight >= 600))
                label.bold = true;
            else if (value == u"normal" || value == u"lighter" || numeric)
                label.bold = false;
            else
                warn(where, QStringLiteral("unknown font-weight '%1' ignored").arg(value));
        } else if (name == u"font-style") {
            if (value != u"normal")
                warn(where, QStringLiteral("font-style '%1' is not supported; drawing upright").arg(value));
        } else {
            warn(where, QStringLiteral("unsupported font parameter '%1' ignored").arg(name));
        }
    }
}

void SldReader::readHalo(TextSymbolizer &label)
{
    label.haloRadius = 1.0; // SE: a Halo without Radius is 1 pixel
    label.haloFill = Qt::white;
    while (m_xml.readNextStartElement()) {
        if (is(u"Radius"))
            label.haloRadius = readNumber(QStringLiteral("Halo Radius"), 0.0, kMaxWidth).value_or(1.0);
        else if (is(u"Fill"))
            label.haloFill = readFill(Qt::white, u"Halo");
        else
            skipUnsupported(u"Halo");
    }
}

std::optional<int> SldReader::readPriority()
{
    // A literal priority, as text or <ogc:Literal>; per-feature priorities (PropertyName)
    // are not supported.
    const Location start = here();
    QString value;
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement || token == QXmlStreamReader::Invalid)
            break;
        if (token == QXmlStreamReader::Characters)
            value += m_xml.text();
        else if (token == QXmlStreamReader::StartElement && is(u"Literal"))
            value += text();
        else if (token == QXmlStreamReader::StartElement)
            skipUnsupported(u"Priority");
    }
    value = value.trimmed();
    if (m_xml.hasError())
        return std::nullopt;
    if (value.isEmpty()) {
        warn(start, QStringLiteral("label priority without a literal value ignored"));
        return std::nullopt;
    }
    const std::optional<double> priority = number(value, start, QStringLiteral("label priority"), -kMaxPriority, kMaxPriority);
    if (!priority)
        return std::nullopt;
    return static_cast<int>(std::lround(*priority));
}

} // namespace lianxin
