#include "render/sldparser.h"

#include "render/sldreader.h"

#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <limits>

namespace lianxin {

namespace {

bool isSldNamespace(QStringView uri)
{
    // SLD 1.0 files often declare no namespace at all; SLD 1.1 splits elements between
    // sld (the layer wrapper), se (Symbology Encoding) and ogc (filters). Lianxin reads
    // elements by local name within any of these, as QGIS does.
    return uri.isEmpty() || uri == u"http://www.opengis.net/sld" || uri == u"http://www.opengis.net/se"
        || uri == u"http://www.opengis.net/ogc";
}

} // namespace

SldReader::SldReader(const QByteArray &xml, const QString &sourceName)
    : m_xml(xml)
    , m_data(xml)
    , m_text(QString::fromUtf8(xml))
    , m_source(sourceName)
{
}

SldReader::Location SldReader::here() const
{
    const Location end{m_xml.lineNumber(), m_xml.columnNumber()};
    if (!m_xml.isStartElement())
        return end;
    // QXmlStreamReader stands after the '>' of a start tag; messages point at its '<', as
    // compilers do, so an editor jumps to the element. The guards fall back to the end
    // position if the decoded text does not line up (a file in another encoding).
    const qint64 offset = m_xml.characterOffset();
    if (offset <= 0 || offset > m_text.size() || m_text.at(offset - 1) != u'>')
        return end;
    const qsizetype open = m_text.lastIndexOf(u'<', offset - 1);
    if (open < 0)
        return end;
    const qsizetype lineStart = m_text.lastIndexOf(u'\n', open) + 1;
    const qint64 newlines = QStringView(m_text).mid(open, offset - open).count(u'\n');
    return {end.line - newlines, open - lineStart + 1};
}

QString SldReader::at(const Location &where) const
{
    return QStringLiteral("%1:%2:%3").arg(m_source).arg(where.line).arg(where.column);
}

void SldReader::fail(const Location &where, const QString &message)
{
    if (m_error.isEmpty())
        m_error = at(where) + QStringLiteral(": ") + message;
    if (!m_xml.hasError())
        m_xml.raiseError(message);
}

void SldReader::warn(const Location &where, const QString &message)
{
    m_warnings << at(where) + QStringLiteral(": ") + message;
}

void SldReader::skipUnsupported(QStringView parent)
{
    // VendorOptions differ only by their name attribute, so name it too.
    const QStringView option = m_xml.attributes().value(QLatin1String("name"));
    const QString element = m_xml.qualifiedName().toString()
        + (option.isEmpty() ? QString() : QStringLiteral(" name=\"%1\"").arg(option.toString()));
    warn(here(), QStringLiteral("skipped unsupported element <%1> in <%2>").arg(element, parent.toString()));
    m_xml.skipCurrentElement();
}

bool SldReader::is(QStringView localName) const
{
    return m_xml.name() == localName && isSldNamespace(m_xml.namespaceUri());
}

bool SldReader::isMetadata() const
{
    return is(u"Name") || is(u"Title") || is(u"Abstract") || is(u"Description") || is(u"IsDefault")
        || is(u"FeatureTypeName") || is(u"SemanticTypeIdentifier");
}

QString SldReader::text() { return m_xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed(); }

std::optional<double> SldReader::number(const QString &value, const Location &where, const QString &what,
                                        double min, double max)
{
    bool ok = false;
    const double result = value.toDouble(&ok);
    if (!ok || !std::isfinite(result)) {
        fail(where, QStringLiteral("%1 must be a number, not '%2'").arg(what, value));
        return std::nullopt;
    }
    if (result < min || result > max) {
        fail(where, QStringLiteral("%1 must be between %2 and %3, not %4").arg(what).arg(min).arg(max).arg(value));
        return std::nullopt;
    }
    return result;
}

std::optional<double> SldReader::readNumber(const QString &what, double min, double max)
{
    const Location where = here();
    return number(text(), where, what, min, max);
}

std::optional<QColor> SldReader::colour(const QString &value, const Location &where, const QString &what)
{
    // SE 1.1 allows exactly "#RRGGBB"; anything else (names, #RGB) is a mistake worth
    // reporting rather than guessing at.
    const auto isHexDigit = [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    };
    bool wellFormed = value.size() == 7 && value.front() == u'#';
    for (qsizetype i = 1; wellFormed && i < value.size(); ++i)
        wellFormed = isHexDigit(value.at(i));
    if (!wellFormed) {
        fail(where, QStringLiteral("bad colour '%1' for %2: expected #RRGGBB").arg(value, what));
        return std::nullopt;
    }
    return QColor::fromString(value);
}

SldParseResult SldReader::read()
{
    SldParseResult result;
    if (m_data.trimmed().isEmpty()) {
        result.error = m_source + QStringLiteral(":1:1: the file is empty");
        return result;
    }
    Style style;
    if (m_xml.readNextStartElement()) {
        if (is(u"StyledLayerDescriptor"))
            readDescriptor(style);
        else
            fail(here(), QStringLiteral("not an SLD document: the root element is <%1>, expected "
                                        "<StyledLayerDescriptor>")
                             .arg(m_xml.qualifiedName().toString()));
    }
    // Read to the end so that garbage after the root element is reported too.
    while (!m_xml.atEnd() && !m_xml.hasError())
        m_xml.readNext();
    if (m_xml.hasError() && m_error.isEmpty())
        m_error = at(here()) + QStringLiteral(": malformed XML: ") + m_xml.errorString();
    if (m_error.isEmpty() && style.rules.empty())
        m_error = at(m_rootEnd) + QStringLiteral(": no Rule: the style would draw nothing");
    result.warnings = m_warnings;
    if (!m_error.isEmpty()) {
        result.error = m_error;
        return result;
    }
    result.style = std::move(style);
    return result;
}

void SldReader::readDescriptor(Style &style)
{
    const QStringView version = m_xml.attributes().value(QLatin1String("version"));
    if (!version.isEmpty() && version != u"1.0.0" && version != u"1.1.0")
        warn(here(), QStringLiteral("SLD version %1 is not 1.0.0 or 1.1.0; reading it as 1.1.0").arg(version.toString()));
    bool haveLayer = false;
    while (m_xml.readNextStartElement()) {
        if (is(u"NamedLayer") || is(u"UserLayer")) {
            if (haveLayer) {
                warn(here(), QStringLiteral("only the first layer of an SLD file is used; skipped another <%1>")
                                 .arg(m_xml.name().toString()));
                m_xml.skipCurrentElement();
                continue;
            }
            haveLayer = true;
            readLayer(style);
        } else if (isMetadata()) {
            m_xml.skipCurrentElement();
        } else {
            skipUnsupported(u"StyledLayerDescriptor");
        }
    }
    m_rootEnd = here();
}

void SldReader::readLayer(Style &style)
{
    QString layerName;
    bool haveStyle = false;
    while (m_xml.readNextStartElement()) {
        if (is(u"Name")) {
            layerName = text();
        } else if (is(u"UserStyle")) {
            if (haveStyle) {
                warn(here(), QStringLiteral("only the first UserStyle of a layer is used; skipped another"));
                m_xml.skipCurrentElement();
                continue;
            }
            haveStyle = true;
            readUserStyle(style);
        } else if (isMetadata()) {
            m_xml.skipCurrentElement();
        } else {
            skipUnsupported(u"NamedLayer");
        }
    }
    if (style.name.isEmpty())
        style.name = layerName;
}

void SldReader::readUserStyle(Style &style)
{
    while (m_xml.readNextStartElement()) {
        if (is(u"Name"))
            style.name = text();
        else if (is(u"FeatureTypeStyle"))
            readFeatureTypeStyle(style);
        else if (isMetadata())
            m_xml.skipCurrentElement();
        else
            skipUnsupported(u"UserStyle");
    }
}

void SldReader::readFeatureTypeStyle(Style &style)
{
    // Several FeatureTypeStyles draw one after another, which appending their rules in
    // document order reproduces.
    while (m_xml.readNextStartElement()) {
        if (is(u"Rule"))
            style.rules.push_back(readRule());
        else if (isMetadata())
            m_xml.skipCurrentElement();
        else
            skipUnsupported(u"FeatureTypeStyle");
    }
}

StyleRule SldReader::readRule()
{
    StyleRule rule;
    const Location start = here();
    bool hasFilter = false;
    while (m_xml.readNextStartElement()) {
        if (is(u"Name")) {
            rule.name = text();
        } else if (is(u"Title")) { // SLD 1.0
            rule.title = text();
        } else if (is(u"Description")) { // SE 1.1
            rule.title = readDescriptionTitle();
        } else if (is(u"Abstract")) {
            m_xml.skipCurrentElement();
        } else if (is(u"Filter")) {
            rule.filter = readFilter();
            hasFilter = true;
        } else if (is(u"ElseFilter")) {
            rule.elseFilter = true;
            m_xml.skipCurrentElement();
        } else if (is(u"MinScaleDenominator")) {
            rule.minScaleDenominator = readNumber(QStringLiteral("MinScaleDenominator"), 0.0,
                                                  std::numeric_limits<double>::max());
        } else if (is(u"MaxScaleDenominator")) {
            rule.maxScaleDenominator = readNumber(QStringLiteral("MaxScaleDenominator"), 0.0,
                                                  std::numeric_limits<double>::max());
        } else if (is(u"PolygonSymbolizer")) {
            rule.symbolizers.emplace_back(readPolygonSymbolizer());
        } else if (is(u"LineSymbolizer")) {
            rule.symbolizers.emplace_back(readLineSymbolizer());
        } else if (is(u"PointSymbolizer")) {
            rule.symbolizers.emplace_back(readPointSymbolizer());
        } else if (is(u"TextSymbolizer")) {
            rule.symbolizers.emplace_back(readTextSymbolizer());
        } else {
            skipUnsupported(u"Rule");
        }
    }
    if (m_xml.hasError())
        return rule;
    const QString label = rule.name.isEmpty() ? QStringLiteral("a rule") : QStringLiteral("rule '%1'").arg(rule.name);
    if (hasFilter && rule.elseFilter)
        warn(start, QStringLiteral("%1 has both Filter and ElseFilter; the Filter is ignored").arg(label));
    if (rule.minScaleDenominator && rule.maxScaleDenominator && *rule.minScaleDenominator >= *rule.maxScaleDenominator)
        warn(start, QStringLiteral("%1 is never drawn: MinScaleDenominator is not below MaxScaleDenominator").arg(label));
    if (rule.symbolizers.empty())
        warn(start, QStringLiteral("%1 has no symbolizer and draws nothing").arg(label));
    return rule;
}

QString SldReader::readDescriptionTitle()
{
    QString title;
    while (m_xml.readNextStartElement()) {
        if (is(u"Title"))
            title = text();
        else
            m_xml.skipCurrentElement(); // Abstract and other prose
    }
    return title;
}

SldParseResult parseSld(const QByteArray &xml, const QString &sourceName)
{
    return SldReader(xml, sourceName).read();
}

SldParseResult parseSldFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        SldParseResult result;
        result.error = QStringLiteral("%1: cannot open %2: %3").arg(name, path, file.errorString());
        return result;
    }
    return parseSld(file.readAll(), name);
}

} // namespace lianxin
