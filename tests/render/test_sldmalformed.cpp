// Malformed SLD: every failure gives no style and an error "file:line:column: problem"
// that points at the right line.
#include "render/sldparser.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace lianxin;

namespace {

QByteArray document(const QByteArray &rules)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<StyledLayerDescriptor xmlns=\"http://www.opengis.net/sld\" xmlns:se=\"http://www.opengis.net/se\"\n"
           "    xmlns:ogc=\"http://www.opengis.net/ogc\" version=\"1.1.0\">\n"
           "<NamedLayer><se:Name>bad</se:Name><UserStyle><se:FeatureTypeStyle>\n"
        + rules + "\n</se:FeatureTypeStyle></UserStyle></NamedLayer>\n</StyledLayerDescriptor>\n";
}

QByteArray polygonRule(const QByteArray &fill, const QByteArray &stroke = {})
{
    return "<se:Rule>\n<se:PolygonSymbolizer>\n<se:Fill>" + fill + "</se:Fill>\n<se:Stroke>" + stroke
        + "</se:Stroke>\n</se:PolygonSymbolizer>\n</se:Rule>";
}

QByteArray filterRule(const QByteArray &filter)
{
    return "<se:Rule>\n<ogc:Filter>\n" + filter + "\n</ogc:Filter>\n<se:PointSymbolizer/>\n</se:Rule>";
}

int lineOf(const QByteArray &xml, const char *needle)
{
    const qsizetype at = xml.indexOf(needle);
    REQUIRE(at >= 0);
    return static_cast<int>(xml.left(at).count('\n')) + 1;
}

// Parses `xml` as bad.sld, requires a failure and returns the reported line.
int failureLine(const QByteArray &xml, const char *mentions)
{
    const SldParseResult result = parseSld(xml, QStringLiteral("bad.sld"));
    INFO(result.error.toStdString());
    CHECK_FALSE(result.style);
    CHECK(result.error.contains(QString::fromUtf8(mentions)));
    static const QRegularExpression position(QStringLiteral("^bad\\.sld:(\\d+):(\\d+): \\S"));
    const QRegularExpressionMatch match = position.match(result.error);
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

} // namespace

TEST_CASE("Malformed XML is reported where the parser found it")
{
    // An unclosed <se:Name>: the mismatch shows at the rule's end tag.
    const QByteArray unclosed = document("<se:Rule>\n<se:Name>oops\n<se:PointSymbolizer/>\n</se:Rule>");
    CHECK(failureLine(unclosed, "malformed XML") == lineOf(unclosed, "</se:Rule>"));

    const QByteArray valid = document(polygonRule("<se:SvgParameter name=\"fill\">#aabbcc</se:SvgParameter>"));
    const QByteArray truncated = valid.left(valid.indexOf("</se:Stroke>"));
    CHECK(failureLine(truncated, "malformed XML") == lineOf(truncated, "<se:Stroke>"));

    const QByteArray undeclaredPrefix = document("<se:Rule><xx:Name>a</xx:Name></se:Rule>");
    CHECK(failureLine(undeclaredPrefix, "malformed XML") == lineOf(undeclaredPrefix, "xx:Name"));

    const QByteArray trailingGarbage = valid + "<extra/>";
    CHECK(failureLine(trailingGarbage, "malformed XML") == lineOf(trailingGarbage, "<extra/>"));
}

TEST_CASE("Empty files and documents that are not SLD are refused")
{
    CHECK(failureLine("", "empty") == 1);
    CHECK(failureLine(" \n\t\n", "empty") == 1);
    CHECK(failureLine("<html><body>not a style</body></html>", "not an SLD document") == 1);
    CHECK(failureLine("<?xml version=\"1.0\"?>\n\n<qgis version=\"3.28\"><renderer-v2/></qgis>", "<qgis>") == 3);
    CHECK(failureLine("{\"layers\": []}", "malformed XML") == 1);
    CHECK(failureLine("just words", "malformed XML") == 1);
    // A StyledLayerDescriptor from another namespace is not ours.
    CHECK(failureLine("<StyledLayerDescriptor xmlns=\"urn:x\"/>", "not an SLD document") == 1);
}

TEST_CASE("A style without any Rule is refused")
{
    const QByteArray noRule = document("");
    CHECK(failureLine(noRule, "no Rule") == lineOf(noRule, "</StyledLayerDescriptor>"));
    CHECK(failureLine("<StyledLayerDescriptor xmlns=\"http://www.opengis.net/sld\"/>", "no Rule") == 1);
}

TEST_CASE("Bad colours are refused with the value and the line")
{
    for (const char *bad : {"red", "#12345", "#1234567", "#GG0000", "12345678", "#abc", ""}) {
        INFO(bad);
        const QByteArray fill = QByteArray("<se:SvgParameter name=\"fill\">") + bad + "</se:SvgParameter>";
        const QByteArray xml = document(polygonRule(fill));
        CHECK(failureLine(xml, "bad colour") == lineOf(xml, "name=\"fill\""));
    }
    const QByteArray stroke = document(
        polygonRule({}, "<se:SvgParameter name=\"stroke-width\">1</se:SvgParameter>\n"
                        "<se:SvgParameter name=\"stroke\">rgb(1,2,3)</se:SvgParameter>"));
    CHECK(failureLine(stroke, "'rgb(1,2,3)'") == lineOf(stroke, "name=\"stroke\""));
}

TEST_CASE("Positions point at the '<' of the offending element, counting characters")
{
    // Chinese text before the element on its line: columns count characters, not bytes.
    const QByteArray xml = document("<se:Rule><se:Name>网格片区</se:Name>\n<se:PolygonSymbolizer><se:Fill>"
                                    "<se:SvgParameter name=\"fill\">#ab</se:SvgParameter></se:Fill>"
                                    "</se:PolygonSymbolizer></se:Rule>");
    const SldParseResult result = parseSld(xml, QStringLiteral("bad.sld"));
    const int line = lineOf(xml, "<se:SvgParameter");
    const QString lineText = QString::fromUtf8(xml.split('\n').at(line - 1));
    const int column = static_cast<int>(lineText.indexOf(QStringLiteral("<se:SvgParameter"))) + 1;
    CHECK(result.error.startsWith(QStringLiteral("bad.sld:%1:%2: bad colour '#ab'").arg(line).arg(column)));

    // A start tag spread over lines is reported at the line where it opens.
    const QByteArray spread = document("<se:Rule>\n<ogc:Filter>\n<ogc:PropertyIsLike\n   wildCard=\"*\"\n   escape=\"!\">"
                                       "</ogc:PropertyIsLike></ogc:Filter></se:Rule>");
    const SldParseResult like = parseSld(spread, QStringLiteral("bad.sld"));
    CHECK(like.error.startsWith(QStringLiteral("bad.sld:%1:1: ").arg(lineOf(spread, "<ogc:PropertyIsLike"))));
}

TEST_CASE("Bad numbers are refused: words, out of range, not finite")
{
    const std::pair<QByteArray, const char *> cases[] = {
        {polygonRule("<se:SvgParameter name=\"fill-opacity\">1.5</se:SvgParameter>"), "fill-opacity"},
        {polygonRule({}, "<se:SvgParameter name=\"stroke-width\">wide</se:SvgParameter>"), "'wide'"},
        {polygonRule({}, "<se:SvgParameter name=\"stroke-width\">-1</se:SvgParameter>"), "stroke-width"},
        {polygonRule({}, "<se:SvgParameter name=\"stroke-dasharray\">4 -2</se:SvgParameter>"), "stroke-dasharray"},
        {polygonRule({}, "<se:SvgParameter name=\"stroke-opacity\">nan</se:SvgParameter>"), "stroke-opacity"},
        {"<se:Rule>\n<se:MaxScaleDenominator>inf</se:MaxScaleDenominator>\n<se:PointSymbolizer/>\n</se:Rule>",
         "MaxScaleDenominator"},
        {"<se:Rule>\n<se:PointSymbolizer><se:Graphic><se:Size>1e6</se:Size></se:Graphic></se:PointSymbolizer>\n</se:Rule>",
         "Size"},
        {"<se:Rule>\n<se:TextSymbolizer><se:Font><se:SvgParameter name=\"font-size\">big</se:SvgParameter>"
         "</se:Font></se:TextSymbolizer>\n</se:Rule>",
         "font-size"},
    };
    for (const auto &[rule, mentions] : cases) {
        INFO(rule.toStdString());
        const QByteArray xml = document(rule);
        CHECK(failureLine(xml, mentions) > 4);
    }
}

TEST_CASE("Unknown or unsupported filter operators are refused")
{
    const QByteArray like = document(filterRule(
        "<ogc:PropertyIsLike wildCard=\"*\" singleChar=\".\" escape=\"!\"><ogc:PropertyName>name</ogc:PropertyName>"
        "<ogc:Literal>*岛</ogc:Literal></ogc:PropertyIsLike>"));
    CHECK(failureLine(like, "unsupported filter operator <ogc:PropertyIsLike>") == lineOf(like, "PropertyIsLike"));
    const QByteArray invented = document(filterRule("<ogc:PropertyIsRoughly/>"));
    CHECK(failureLine(invented, "PropertyIsRoughly") == lineOf(invented, "PropertyIsRoughly"));
    const QByteArray negation = document(filterRule("<ogc:Not><ogc:PropertyIsNull/></ogc:Not>"));
    CHECK(failureLine(negation, "<ogc:Not>") == lineOf(negation, "ogc:Not"));
}

TEST_CASE("Filters Lianxin cannot represent are refused, not misread")
{
    const QByteArray eq = "<ogc:PropertyIsEqualTo><ogc:PropertyName>a</ogc:PropertyName>"
                          "<ogc:Literal>1</ogc:Literal></ogc:PropertyIsEqualTo>";
    const std::pair<QByteArray, const char *> cases[] = {
        {"<ogc:And>" + eq + "\n<ogc:Or>" + eq + eq + "</ogc:Or></ogc:And>", "<Or> inside <And>"},
        {eq + "\n" + eq, "one expression"},
        {"<ogc:And/>", "without operands"},
        {"<ogc:PropertyIsEqualTo><ogc:PropertyName>a</ogc:PropertyName></ogc:PropertyIsEqualTo>", "Literal"},
        {"<ogc:PropertyIsEqualTo><ogc:Literal>1</ogc:Literal></ogc:PropertyIsEqualTo>", "PropertyName"},
        {"<ogc:PropertyIsEqualTo><ogc:PropertyName>a</ogc:PropertyName><ogc:PropertyName>b</ogc:PropertyName>"
         "</ogc:PropertyIsEqualTo>",
         "two properties"},
        {"<ogc:PropertyIsBetween><ogc:PropertyName>a</ogc:PropertyName>"
         "<ogc:LowerBoundary><ogc:Literal>1</ogc:Literal></ogc:LowerBoundary></ogc:PropertyIsBetween>",
         "UpperBoundary"},
        {"<ogc:PropertyIsEqualTo><ogc:Function name=\"upper\"/><ogc:Literal>A</ogc:Literal></ogc:PropertyIsEqualTo>",
         "<ogc:Function>"},
    };
    for (const auto &[filter, mentions] : cases) {
        INFO(filter.toStdString());
        CHECK(failureLine(document(filterRule(filter)), mentions) > 4);
    }
    CHECK(failureLine(document("<se:Rule>\n<ogc:Filter/>\n</se:Rule>"), "empty Filter") == 6);
}

TEST_CASE("Deeply nested filters fail cleanly")
{
    QByteArray nested;
    for (int i = 0; i < 5000; ++i)
        nested += "<ogc:And>";
    for (int i = 0; i < 5000; ++i)
        nested += "</ogc:And>";
    failureLine(document(filterRule(nested)), "nested deeper");
}

TEST_CASE("A file that cannot be opened names the file")
{
    const SldParseResult result = parseSldFile(QStringLiteral("/nonexistent/folder/roads.sld"));
    CHECK_FALSE(result.style);
    CHECK(result.error.startsWith(QStringLiteral("roads.sld: cannot open")));
}
