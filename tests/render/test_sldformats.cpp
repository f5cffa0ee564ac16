// The spellings of SLD met in practice: SLD 1.0 (CssParameter, no se:), SLD 1.1
// (se:SvgParameter), and what QGIS exports; unsupported parts are skipped with a warning
// that names the file, line and element.
#include "render/sldparser.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace lianxin;

namespace {

QString colourText(const QColor &colour) { return colour.name(QColor::HexArgb); }

QString strokeText(const std::optional<Stroke> &stroke)
{
    if (!stroke)
        return QStringLiteral("-");
    QString dashes;
    for (double dash : stroke->dash)
        dashes += QString::number(dash) + u' ';
    return QStringLiteral("%1/%2/%3").arg(colourText(stroke->colour)).arg(stroke->width).arg(dashes);
}

// Every field of a style as text, so two parses can be compared whole.
QString describe(const Style &style)
{
    QString out = style.name + u'\n';
    for (const StyleRule &rule : style.rules) {
        out += QStringLiteral("rule %1 '%2' else=%3 min=%4 max=%5 combine=%6\n")
                   .arg(rule.name, rule.title)
                   .arg(rule.elseFilter)
                   .arg(rule.minScaleDenominator.value_or(-1))
                   .arg(rule.maxScaleDenominator.value_or(-1))
                   .arg(static_cast<int>(rule.filter.combine));
        for (const Comparison &c : rule.filter.comparisons) {
            const auto value = [](const FeatureValue &v) {
                if (const auto *d = std::get_if<double>(&v))
                    return QString::number(*d);
                if (const auto *s = std::get_if<std::string>(&v))
                    return QStringLiteral("'%1'").arg(QString::fromStdString(*s));
                return QStringLiteral("null");
            };
            out += QStringLiteral("  %1 %2 %3 %4\n").arg(static_cast<int>(c.op)).arg(c.property, value(c.value), value(c.upperBoundary));
        }
        for (const Symbolizer &symbolizer : rule.symbolizers) {
            if (const auto *p = std::get_if<PolygonSymbolizer>(&symbolizer))
                out += QStringLiteral("  polygon %1 %2\n").arg(p->fill ? colourText(*p->fill) : QStringLiteral("-"), strokeText(p->stroke));
            else if (const auto *l = std::get_if<LineSymbolizer>(&symbolizer))
                out += QStringLiteral("  line %1\n").arg(strokeText(l->stroke));
            else if (const auto *m = std::get_if<PointSymbolizer>(&symbolizer))
                out += QStringLiteral("  point %1 %2 %3 %4\n")
                           .arg(m->wellKnownName)
                           .arg(m->size)
                           .arg(m->fill ? colourText(*m->fill) : QStringLiteral("-"), strokeText(m->stroke));
            else if (const auto *t = std::get_if<TextSymbolizer>(&symbolizer))
                out += QStringLiteral("  text %1 %2 %3 %4 %5 %6 %7 %8\n")
                           .arg(t->labelProperty, t->fontFamily)
                           .arg(t->fontSize)
                           .arg(t->bold)
                           .arg(colourText(t->fill))
                           .arg(t->haloRadius)
                           .arg(colourText(t->haloFill))
                           .arg(t->priority);
        }
    }
    return out;
}

const QByteArray kSld10 = R"(<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc">
  <NamedLayer>
    <Name>suggestions</Name>
    <UserStyle>
      <Name>suggestions</Name>
      <FeatureTypeStyle>
        <Rule>
          <Name>blocked</Name>
          <Title>受限</Title>
          <ogc:Filter>
            <ogc:And>
              <ogc:PropertyIsEqualTo><ogc:PropertyName>status</ogc:PropertyName><ogc:Literal>blocked</ogc:Literal></ogc:PropertyIsEqualTo>
              <ogc:PropertyIsBetween>
                <ogc:PropertyName>round</ogc:PropertyName>
                <ogc:LowerBoundary><ogc:Literal>1</ogc:Literal></ogc:LowerBoundary>
                <ogc:UpperBoundary><ogc:Literal>2</ogc:Literal></ogc:UpperBoundary>
              </ogc:PropertyIsBetween>
            </ogc:And>
          </ogc:Filter>
          <MaxScaleDenominator>50000</MaxScaleDenominator>
          <PointSymbolizer>
            <Graphic>
              <Mark>
                <WellKnownName>triangle</WellKnownName>
                <Fill><CssParameter name="fill">#c8201e</CssParameter></Fill>
                <Stroke>
                  <CssParameter name="stroke">#ffffff</CssParameter>
                  <CssParameter name="stroke-width">1</CssParameter>
                </Stroke>
              </Mark>
              <Size>9</Size>
            </Graphic>
          </PointSymbolizer>
          <TextSymbolizer>
            <Label><ogc:PropertyName>code</ogc:PropertyName></Label>
            <Font>
              <CssParameter name="font-family">WenQuanYi Micro Hei</CssParameter>
              <CssParameter name="font-size">9</CssParameter>
              <CssParameter name="font-weight">bold</CssParameter>
            </Font>
            <Halo><Radius><ogc:Literal>1.5</ogc:Literal></Radius><Fill><CssParameter name="fill">#ffffff</CssParameter></Fill></Halo>
            <Fill><CssParameter name="fill">#333333</CssParameter></Fill>
            <Priority>30</Priority>
          </TextSymbolizer>
        </Rule>
        <Rule>
          <Name>other</Name>
          <Title>其他</Title>
          <ElseFilter/>
          <PolygonSymbolizer>
            <Fill><CssParameter name="fill">#8c8c8c</CssParameter><CssParameter name="fill-opacity">0.5</CssParameter></Fill>
            <Stroke><CssParameter name="stroke-dasharray">6 3</CssParameter></Stroke>
          </PolygonSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
)";

const QByteArray kSld11 = R"(<?xml version="1.0" encoding="UTF-8"?>
<sld:StyledLayerDescriptor version="1.1.0" xmlns:sld="http://www.opengis.net/sld" xmlns:se="http://www.opengis.net/se" xmlns:ogc="http://www.opengis.net/ogc">
  <sld:NamedLayer>
    <se:Name>suggestions</se:Name>
    <sld:UserStyle>
      <se:Name>suggestions</se:Name>
      <se:FeatureTypeStyle>
        <se:Rule>
          <se:Name>blocked</se:Name>
          <se:Description><se:Title>受限</se:Title><se:Abstract>policy or conditions</se:Abstract></se:Description>
          <ogc:Filter>
            <ogc:And>
              <ogc:PropertyIsEqualTo><ogc:PropertyName>status</ogc:PropertyName><ogc:Literal>blocked</ogc:Literal></ogc:PropertyIsEqualTo>
              <ogc:PropertyIsBetween>
                <ogc:PropertyName>round</ogc:PropertyName>
                <ogc:LowerBoundary><ogc:Literal>1</ogc:Literal></ogc:LowerBoundary>
                <ogc:UpperBoundary><ogc:Literal>2</ogc:Literal></ogc:UpperBoundary>
              </ogc:PropertyIsBetween>
            </ogc:And>
          </ogc:Filter>
          <se:MaxScaleDenominator>50000</se:MaxScaleDenominator>
          <se:PointSymbolizer>
            <se:Graphic>
              <se:Mark>
                <se:WellKnownName>triangle</se:WellKnownName>
                <se:Fill><se:SvgParameter name="fill">#C8201E</se:SvgParameter></se:Fill>
                <se:Stroke>
                  <se:SvgParameter name="stroke">#FFFFFF</se:SvgParameter>
                  <se:SvgParameter name="stroke-width">1</se:SvgParameter>
                </se:Stroke>
              </se:Mark>
              <se:Size>9</se:Size>
            </se:Graphic>
          </se:PointSymbolizer>
          <se:TextSymbolizer>
            <se:Label><ogc:PropertyName>code</ogc:PropertyName></se:Label>
            <se:Font>
              <se:SvgParameter name="font-family">WenQuanYi Micro Hei</se:SvgParameter>
              <se:SvgParameter name="font-size">9</se:SvgParameter>
              <se:SvgParameter name="font-weight">700</se:SvgParameter>
            </se:Font>
            <se:Halo><se:Radius>1.5</se:Radius><se:Fill><se:SvgParameter name="fill">#ffffff</se:SvgParameter></se:Fill></se:Halo>
            <se:Fill><se:SvgParameter name="fill">#333333</se:SvgParameter></se:Fill>
            <se:VendorOption name="priority">30</se:VendorOption>
          </se:TextSymbolizer>
        </se:Rule>
        <se:Rule>
          <se:Name>other</se:Name>
          <se:Description><se:Title>其他</se:Title></se:Description>
          <se:ElseFilter/>
          <se:PolygonSymbolizer>
            <se:Fill><se:SvgParameter name="fill-opacity">0.5</se:SvgParameter><se:SvgParameter name="fill">#8c8c8c</se:SvgParameter></se:Fill>
            <se:Stroke><se:SvgParameter name="stroke-dasharray">6,3</se:SvgParameter></se:Stroke>
          </se:PolygonSymbolizer>
        </se:Rule>
      </se:FeatureTypeStyle>
    </sld:UserStyle>
  </sld:NamedLayer>
</sld:StyledLayerDescriptor>
)";

// A categorized point layer with labels as QGIS 3 "Export > Save as SLD Style File" writes it.
const QByteArray kQgisExport = R"(<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc" xmlns:xlink="http://www.w3.org/1999/xlink" xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.1.0/StyledLayerDescriptor.xsd" xmlns:se="http://www.opengis.net/se" version="1.1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <NamedLayer>
    <se:Name>households</se:Name>
    <UserStyle>
      <se:Name>households</se:Name>
      <se:FeatureTypeStyle>
        <se:Rule>
          <se:Name>0</se:Name>
          <se:Description>
            <se:Title>0</se:Title>
          </se:Description>
          <ogc:Filter xmlns:ogc="http://www.opengis.net/ogc">
            <ogc:PropertyIsEqualTo>
              <ogc:PropertyName>colour</ogc:PropertyName>
              <ogc:Literal>0</ogc:Literal>
            </ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <se:PointSymbolizer>
            <se:Graphic>
              <se:Mark>
                <se:WellKnownName>circle</se:WellKnownName>
                <se:Fill>
                  <se:SvgParameter name="fill">#2f6fb0</se:SvgParameter>
                </se:Fill>
                <se:Stroke>
                  <se:SvgParameter name="stroke">#232323</se:SvgParameter>
                  <se:SvgParameter name="stroke-width">0.5</se:SvgParameter>
                  <se:SvgParameter name="stroke-linejoin">bevel</se:SvgParameter>
                </se:Stroke>
              </se:Mark>
              <se:Size>7</se:Size>
            </se:Graphic>
          </se:PointSymbolizer>
        </se:Rule>
        <se:Rule>
          <se:TextSymbolizer>
            <se:Label>
              <ogc:PropertyName>code</ogc:PropertyName>
            </se:Label>
            <se:Font>
              <se:SvgParameter name="font-family">WenQuanYi Micro Hei</se:SvgParameter>
              <se:SvgParameter name="font-size">13</se:SvgParameter>
            </se:Font>
            <se:LabelPlacement>
              <se:PointPlacement>
                <se:AnchorPoint>
                  <se:AnchorPointX>0</se:AnchorPointX>
                  <se:AnchorPointY>0.5</se:AnchorPointY>
                </se:AnchorPoint>
              </se:PointPlacement>
            </se:LabelPlacement>
            <se:Fill>
              <se:SvgParameter name="fill">#323232</se:SvgParameter>
            </se:Fill>
            <se:VendorOption name="maxDisplacement">1</se:VendorOption>
          </se:TextSymbolizer>
        </se:Rule>
      </se:FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
)";

} // namespace

TEST_CASE("SLD 1.0 and SLD 1.1 spellings of one style read the same")
{
    const SldParseResult v10 = parseSld(kSld10, QStringLiteral("v10.sld"));
    const SldParseResult v11 = parseSld(kSld11, QStringLiteral("v11.sld"));
    INFO(v10.error.toStdString() << v11.error.toStdString());
    REQUIRE(v10.style);
    REQUIRE(v11.style);
    CHECK(v10.warnings.isEmpty());
    CHECK(v11.warnings.isEmpty());
    CHECK(describe(*v10.style).toStdString() == describe(*v11.style).toStdString());

    const Style &style = *v11.style;
    REQUIRE(style.rules.size() == 2);
    CHECK(style.rules[0].title == QStringLiteral("受限"));
    CHECK(style.rules[0].filter.comparisons.size() == 2);
    const auto &text = std::get<TextSymbolizer>(style.rules[0].symbolizers.at(1));
    CHECK(text.bold);
    CHECK(text.priority == 30);
    const auto &polygon = std::get<PolygonSymbolizer>(style.rules[1].symbolizers.at(0));
    CHECK(polygon.fill->alpha() == 128);
    CHECK(polygon.stroke->colour == QColor(Qt::black)); // SE default stroke colour
    CHECK(polygon.stroke->dash == std::vector<double>{6.0, 3.0});
}

TEST_CASE("A QGIS export reads, and what Lianxin does not draw is named in warnings")
{
    const SldParseResult result = parseSld(kQgisExport, QStringLiteral("households.sld"));
    INFO(result.error.toStdString());
    REQUIRE(result.style);
    const Style &style = *result.style;
    CHECK(style.name == "households");
    REQUIRE(style.rules.size() == 2);
    CHECK(style.rules[0].title == "0");
    const auto &marker = std::get<PointSymbolizer>(style.rules[0].symbolizers.at(0));
    CHECK(marker.fill == QColor(0x2f, 0x6f, 0xb0));
    CHECK(marker.size == 7.0);
    CHECK(marker.stroke->width == 0.5);
    const auto &text = std::get<TextSymbolizer>(style.rules[1].symbolizers.at(0));
    CHECK(text.labelProperty == "code");
    CHECK(text.fontSize == 13.0);

    const QString warnings = result.warnings.join(u'\n');
    INFO(warnings.toStdString());
    REQUIRE(result.warnings.size() == 3);
    CHECK(warnings.contains(QStringLiteral("stroke-linejoin")));
    CHECK(warnings.contains(QStringLiteral("<se:LabelPlacement>")));
    CHECK(warnings.contains(QStringLiteral("maxDisplacement")));
    static const QRegularExpression position(QStringLiteral("^households\\.sld:\\d+:\\d+: "));
    for (const QString &warning : result.warnings)
        CHECK(position.match(warning).hasMatch());
    // The stroke-linejoin parameter sits on line 29 of the export.
    CHECK(result.warnings.filter(QStringLiteral("stroke-linejoin")).first().startsWith(QStringLiteral("households.sld:29:")));
}

TEST_CASE("Unknown elements and parameters are skipped with a warning, not an error")
{
    const QByteArray xml = R"(<StyledLayerDescriptor xmlns="http://www.opengis.net/sld" xmlns:se="http://www.opengis.net/se" xmlns:x="urn:other" version="1.1.0">
<NamedLayer><se:Name>l</se:Name><x:Extra/><UserStyle><se:FeatureTypeStyle>
<se:Rule uom="x"><se:LegendGraphic/>
<se:PolygonSymbolizer uom="http://www.opengeospatial.org/se/units/metre"><se:Fill><se:GraphicFill/></se:Fill></se:PolygonSymbolizer>
<se:PointSymbolizer><se:Graphic><se:ExternalGraphic/><se:Rotation>45</se:Rotation></se:Graphic></se:PointSymbolizer>
<se:PointSymbolizer><se:Graphic><se:Mark><se:WellKnownName>shape://vertline</se:WellKnownName></se:Mark></se:Graphic></se:PointSymbolizer>
<se:TextSymbolizer><se:Label>No. <ogc:PropertyName xmlns:ogc="http://www.opengis.net/ogc">code</ogc:PropertyName></se:Label>
<se:Font><se:SvgParameter name="font-style">italic</se:SvgParameter></se:Font></se:TextSymbolizer>
<se:RasterSymbolizer/>
</se:Rule></se:FeatureTypeStyle></UserStyle></NamedLayer>
<NamedLayer><se:Name>second</se:Name></NamedLayer>
</StyledLayerDescriptor>)";
    const SldParseResult result = parseSld(xml, QStringLiteral("odd.sld"));
    INFO(result.error.toStdString());
    REQUIRE(result.style);
    const QString warnings = result.warnings.join(u'\n');
    INFO(warnings.toStdString());
    for (const char *expected : {"<x:Extra>", "<se:LegendGraphic>", "metre", "<se:GraphicFill>", "<se:ExternalGraphic>",
                                 "Rotation 45", "shape://vertline", "literal text in <Label>", "italic",
                                 "<se:RasterSymbolizer>", "only the first layer"})
        CHECK(warnings.contains(QString::fromLatin1(expected)));
    const StyleRule &rule = result.style->rules.at(0);
    REQUIRE(rule.symbolizers.size() == 4);
    CHECK(std::get<PolygonSymbolizer>(rule.symbolizers[0]).fill); // the Fill stays, grey by default
    CHECK(std::get<PointSymbolizer>(rule.symbolizers[1]).wellKnownName == "square"); // no Mark: SE default
    CHECK(std::get<PointSymbolizer>(rule.symbolizers[2]).wellKnownName == "circle"); // unknown name
    CHECK(std::get<TextSymbolizer>(rule.symbolizers[3]).labelProperty == "code");
    // The Rotation sits on line 5.
    CHECK(result.warnings.filter(QStringLiteral("Rotation")).first().startsWith(QStringLiteral("odd.sld:5:")));
}
