// SLD parsing (sldparser.h): every supported rule type and symbolizer parameter. The
// spellings of SLD are in test_sldformats.cpp, broken files in test_sldmalformed.cpp.
#include "render/sldparser.h"

#include <catch2/catch.hpp>

#include <map>

using namespace lianxin;

namespace {

// SLD 1.1 as QGIS writes it: sld default namespace, se: for symbology, ogc: for filters.
QByteArray sld11(const QByteArray &rules)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<StyledLayerDescriptor xmlns=\"http://www.opengis.net/sld\" xmlns:se=\"http://www.opengis.net/se\"\n"
           "    xmlns:ogc=\"http://www.opengis.net/ogc\" version=\"1.1.0\">\n"
           "  <NamedLayer>\n"
           "    <se:Name>test</se:Name>\n"
           "    <UserStyle>\n"
           "      <se:Name>test style</se:Name>\n"
           "      <se:FeatureTypeStyle>\n"
        + rules
        + "      </se:FeatureTypeStyle>\n"
          "    </UserStyle>\n"
          "  </NamedLayer>\n"
          "</StyledLayerDescriptor>\n";
}

SldParseResult parse(const QByteArray &xml) { return parseSld(xml, QStringLiteral("test.sld")); }

Style parsed(const QByteArray &xml)
{
    const SldParseResult result = parse(xml);
    INFO(result.error.toStdString());
    REQUIRE(result.style);
    return *result.style;
}

AttributeReader attributes(std::map<QString, FeatureValue> values)
{
    return [values = std::move(values)](const QString &name) {
        const auto found = values.find(name);
        return found == values.end() ? FeatureValue{} : found->second;
    };
}

std::vector<QString> ruleNames(const Style &style, const AttributeReader &reader, double scale)
{
    std::vector<QString> names;
    for (const StyleRule *rule : style.rulesFor(reader, scale))
        names.push_back(rule->name);
    return names;
}

QByteArray filterRule(const char *name, const QByteArray &filter)
{
    return "<se:Rule><se:Name>" + QByteArray(name) + "</se:Name><ogc:Filter>" + filter
        + "</ogc:Filter><se:PointSymbolizer/></se:Rule>\n";
}

QByteArray binary(const char *op, const char *property, const char *literal)
{
    return QByteArray("<ogc:") + op + "><ogc:PropertyName>" + property + "</ogc:PropertyName><ogc:Literal>" + literal
        + "</ogc:Literal></ogc:" + op + ">";
}

} // namespace

TEST_CASE("Each comparison operator of ogc:Filter is read and evaluated")
{
    const Style style = parsed(sld11(filterRule("eq", binary("PropertyIsEqualTo", "status", "done"))
                                     + filterRule("ne", binary("PropertyIsNotEqualTo", "status", "done"))
                                     + filterRule("lt", binary("PropertyIsLessThan", "round", "2"))
                                     + filterRule("le", binary("PropertyIsLessThanOrEqualTo", "round", "2"))
                                     + filterRule("gt", binary("PropertyIsGreaterThan", "round", "2"))
                                     + filterRule("ge", binary("PropertyIsGreaterThanOrEqualTo", "round", "2"))
                                     + filterRule("between",
                                                  "<ogc:PropertyIsBetween><ogc:PropertyName>round</ogc:PropertyName>"
                                                  "<ogc:LowerBoundary><ogc:Literal>2</ogc:Literal></ogc:LowerBoundary>"
                                                  "<ogc:UpperBoundary><ogc:Literal>3</ogc:Literal></ogc:UpperBoundary>"
                                                  "</ogc:PropertyIsBetween>")));
    REQUIRE(style.rules.size() == 7);
    const Comparison &eq = style.rules[0].filter.comparisons.at(0);
    CHECK(eq.op == Comparison::Op::EqualTo);
    CHECK(eq.property == "status");
    CHECK(std::get<std::string>(eq.value) == "done");
    CHECK(std::get<double>(style.rules[2].filter.comparisons.at(0).value) == 2.0); // numbers become doubles
    const Comparison &between = style.rules[6].filter.comparisons.at(0);
    CHECK(between.op == Comparison::Op::Between);
    CHECK(std::get<double>(between.value) == 2.0);
    CHECK(std::get<double>(between.upperBoundary) == 3.0);

    using Names = std::vector<QString>;
    CHECK(ruleNames(style, attributes({{"status", std::string("done")}, {"round", 1LL}}), 1000)
          == Names{"eq", "lt", "le"});
    CHECK(ruleNames(style, attributes({{"status", std::string("blocked")}, {"round", 2LL}}), 1000)
          == Names{"ne", "le", "ge", "between"});
    CHECK(ruleNames(style, attributes({{"status", std::string("blocked")}, {"round", 3LL}}), 1000)
          == Names{"ne", "gt", "ge", "between"});
    CHECK(ruleNames(style, attributes({{"status", std::string("x")}, {"round", 4LL}}), 1000) == Names{"ne", "gt", "ge"});
}

TEST_CASE("And, Or, ElseFilter and scale denominators are read")
{
    const Style style = parsed(sld11(
        filterRule("and", "<ogc:And>" + binary("PropertyIsEqualTo", "status", "done")
                              + binary("PropertyIsGreaterThanOrEqualTo", "round", "3") + "</ogc:And>")
        + filterRule("or", "<ogc:Or>" + binary("PropertyIsEqualTo", "colour", "0")
                               + binary("PropertyIsEqualTo", "colour", "1") + "</ogc:Or>")
        + "<se:Rule><se:Name>else</se:Name><se:ElseFilter/><se:PointSymbolizer/></se:Rule>\n"
          "<se:Rule><se:Name>window</se:Name><se:MinScaleDenominator>3000</se:MinScaleDenominator>"
          "<se:MaxScaleDenominator>40000</se:MaxScaleDenominator><se:PointSymbolizer/></se:Rule>\n"));
    REQUIRE(style.rules.size() == 4);
    CHECK(style.rules[0].filter.combine == Filter::Combine::And);
    CHECK(style.rules[0].filter.comparisons.size() == 2);
    CHECK(style.rules[1].filter.combine == Filter::Combine::Or);
    CHECK(style.rules[2].elseFilter);
    CHECK(style.rules[3].minScaleDenominator == 3000.0);
    CHECK(style.rules[3].maxScaleDenominator == 40000.0);

    using Names = std::vector<QString>;
    const auto done3 = attributes({{"status", std::string("done")}, {"round", 3LL}, {"colour", 5LL}});
    CHECK(ruleNames(style, done3, 1000) == Names{"and"});
    CHECK(ruleNames(style, done3, 3000) == Names{"and", "window"});
    CHECK(ruleNames(style, done3, 40000) == Names{"and"});
    const auto colour1 = attributes({{"status", std::string("done")}, {"round", 1LL}, {"colour", 1LL}});
    CHECK(ruleNames(style, colour1, 1000) == Names{"or"});
    const auto neither = attributes({{"status", std::string("blocked")}, {"colour", 7LL}});
    CHECK(ruleNames(style, neither, 1000) == Names{"else"});
    CHECK(ruleNames(style, neither, 5000) == Names{"window"}); // a matching rule suppresses the else
}

TEST_CASE("A literal written before the property flips the comparison")
{
    const Style style = parsed(sld11(filterRule(
        "flipped", "<ogc:PropertyIsLessThan><ogc:Literal>5</ogc:Literal><ogc:PropertyName>floors</ogc:PropertyName>"
                   "</ogc:PropertyIsLessThan>")));
    CHECK(style.rules[0].filter.comparisons.at(0).op == Comparison::Op::GreaterThan);
    CHECK(matches(style.rules[0].filter, attributes({{"floors", 6LL}})));
    CHECK_FALSE(matches(style.rules[0].filter, attributes({{"floors", 4LL}})));
}

TEST_CASE("Polygon and line symbolizers carry colours, opacity, width and dashes")
{
    const Style style = parsed(sld11(R"(
        <se:Rule>
          <se:Name>area</se:Name>
          <se:Description><se:Title>网格片区</se:Title></se:Description>
          <se:PolygonSymbolizer>
            <se:Fill>
              <se:SvgParameter name="fill-opacity">0.25</se:SvgParameter>
              <se:SvgParameter name="fill">#C0504D</se:SvgParameter>
            </se:Fill>
            <se:Stroke>
              <se:SvgParameter name="stroke">#b03a2e</se:SvgParameter>
              <se:SvgParameter name="stroke-opacity">0.5</se:SvgParameter>
              <se:SvgParameter name="stroke-width">1.6</se:SvgParameter>
              <se:SvgParameter name="stroke-dasharray">4 2</se:SvgParameter>
            </se:Stroke>
          </se:PolygonSymbolizer>
          <se:LineSymbolizer>
            <se:Stroke>
              <se:SvgParameter name="stroke">#123456</se:SvgParameter>
              <se:SvgParameter name="stroke-dasharray">5</se:SvgParameter>
            </se:Stroke>
          </se:LineSymbolizer>
        </se:Rule>)"));
    CHECK(style.name == "test style");
    const StyleRule &rule = style.rules.at(0);
    CHECK(rule.name == "area");
    CHECK(rule.title == QStringLiteral("网格片区"));
    REQUIRE(rule.symbolizers.size() == 2);
    const auto &polygon = std::get<PolygonSymbolizer>(rule.symbolizers[0]);
    REQUIRE(polygon.fill);
    CHECK(polygon.fill->rgb() == QColor(0xc0, 0x50, 0x4d).rgb());
    CHECK(polygon.fill->alpha() == 64); // 0.25 of 255, rounded
    REQUIRE(polygon.stroke);
    CHECK(polygon.stroke->colour.rgb() == QColor(0xb0, 0x3a, 0x2e).rgb());
    CHECK(polygon.stroke->colour.alpha() == 128);
    CHECK(polygon.stroke->width == Approx(1.6));
    CHECK(polygon.stroke->dash == std::vector<double>{4.0, 2.0});
    const auto &line = std::get<LineSymbolizer>(rule.symbolizers[1]);
    CHECK(line.stroke.colour == QColor(0x12, 0x34, 0x56));
    CHECK(line.stroke.width == 1.0);                             // SE default
    CHECK(line.stroke.dash == std::vector<double>{5.0, 5.0}); // SVG repeats an odd list
}

TEST_CASE("Point symbolizers read the mark, its size, fill and outline")
{
    const Style style = parsed(sld11(R"(
        <se:Rule>
          <se:PointSymbolizer>
            <se:Graphic>
              <se:Mark>
                <se:WellKnownName>Triangle</se:WellKnownName>
                <se:Fill><se:SvgParameter name="fill">#1b8a3f</se:SvgParameter></se:Fill>
                <se:Stroke>
                  <se:SvgParameter name="stroke">#ffffff</se:SvgParameter>
                  <se:SvgParameter name="stroke-width">0.6</se:SvgParameter>
                </se:Stroke>
              </se:Mark>
              <se:Size><ogc:Literal>9</ogc:Literal></se:Size>
            </se:Graphic>
          </se:PointSymbolizer>
          <se:PointSymbolizer>
            <se:Graphic>
              <se:Mark><se:WellKnownName>star</se:WellKnownName></se:Mark>
              <se:Opacity>0.5</se:Opacity>
            </se:Graphic>
          </se:PointSymbolizer>
          <se:PointSymbolizer/>
        </se:Rule>)"));
    const auto &symbolizers = style.rules.at(0).symbolizers;
    REQUIRE(symbolizers.size() == 3);
    const auto &marker = std::get<PointSymbolizer>(symbolizers[0]);
    CHECK(marker.wellKnownName == "triangle");
    CHECK(marker.size == 9.0);
    CHECK(marker.fill == QColor(0x1b, 0x8a, 0x3f));
    REQUIRE(marker.stroke);
    CHECK(marker.stroke->colour == QColor(Qt::white));
    CHECK(marker.stroke->width == Approx(0.6));
    // SE defaults: an unstyled mark is grey with a black outline; no graphic is a 6 px square.
    const auto &star = std::get<PointSymbolizer>(symbolizers[1]);
    CHECK(star.wellKnownName == "star");
    CHECK(star.size == 6.0);
    REQUIRE(star.fill);
    CHECK(star.fill->rgb() == QColor(0x80, 0x80, 0x80).rgb());
    CHECK(star.fill->alpha() == 128); // Graphic Opacity
    REQUIRE(star.stroke);
    CHECK(star.stroke->colour.rgb() == QColor(Qt::black).rgb());
    const auto &bare = std::get<PointSymbolizer>(symbolizers[2]);
    CHECK(bare.wellKnownName == "square");
    CHECK(bare.fill);
    CHECK(bare.stroke);
}

TEST_CASE("Text symbolizers read label, font, halo, fill and priority")
{
    const Style style = parsed(sld11(R"(
        <se:Rule>
          <se:TextSymbolizer>
            <se:Label><ogc:PropertyName>label</ogc:PropertyName></se:Label>
            <se:Font>
              <se:SvgParameter name="font-family">WenQuanYi Micro Hei</se:SvgParameter>
              <se:SvgParameter name="font-size">11.5</se:SvgParameter>
              <se:SvgParameter name="font-weight">bold</se:SvgParameter>
            </se:Font>
            <se:Halo>
              <se:Radius>2</se:Radius>
              <se:Fill>
                <se:SvgParameter name="fill">#f1ebdb</se:SvgParameter>
                <se:SvgParameter name="fill-opacity">0.8</se:SvgParameter>
              </se:Fill>
            </se:Halo>
            <se:Fill><se:SvgParameter name="fill">#8e2c20</se:SvgParameter></se:Fill>
            <se:VendorOption name="priority">80</se:VendorOption>
          </se:TextSymbolizer>
          <se:TextSymbolizer>
            <se:Label><ogc:PropertyName>name</ogc:PropertyName></se:Label>
            <se:Halo/>
            <se:Priority><ogc:Literal>15</ogc:Literal></se:Priority>
          </se:TextSymbolizer>
        </se:Rule>)"));
    const auto &symbolizers = style.rules.at(0).symbolizers;
    REQUIRE(symbolizers.size() == 2);
    const auto &text = std::get<TextSymbolizer>(symbolizers[0]);
    CHECK(text.labelProperty == "label");
    CHECK(text.fontFamily == "WenQuanYi Micro Hei");
    CHECK(text.fontSize == 11.5);
    CHECK(text.bold);
    CHECK(text.haloRadius == 2.0);
    CHECK(text.haloFill.rgb() == QColor(0xf1, 0xeb, 0xdb).rgb());
    CHECK(text.haloFill.alpha() == 204);
    CHECK(text.fill == QColor(0x8e, 0x2c, 0x20));
    CHECK(text.priority == 80);
    const auto &plain = std::get<TextSymbolizer>(symbolizers[1]);
    CHECK(plain.labelProperty == "name");
    CHECK_FALSE(plain.bold);
    CHECK(plain.fontSize == 10.0);   // default
    CHECK(plain.haloRadius == 1.0);  // SE: a Halo without Radius is 1 pixel
    CHECK(plain.haloFill == QColor(Qt::white));
    CHECK(plain.fill == QColor(Qt::black));
    CHECK(plain.priority == 15);
}
