// The shipped styles/: one SLD 1.1 file per map layer, in the shape QGIS imports
// (StyledLayerDescriptor > NamedLayer/se:Name > UserStyle > se:FeatureTypeStyle > se:Rule),
// parsed by Lianxin without a single warning, and drawing what the map promises.
#include "render/mapscene.h"
#include "render/mapsettings.h"
#include "render/sldparser.h"
#include "render/stylelibrary.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

#include <array>
#include <cmath>
#include <map>
#include <set>

using namespace lianxin;

namespace {

const QString kSld = QStringLiteral("http://www.opengis.net/sld");
const QString kSe = QStringLiteral("http://www.opengis.net/se");
const QString kOgc = QStringLiteral("http://www.opengis.net/ogc");

struct Node {
    QString ns;
    QString name;
    std::map<QString, QString> attributes;
    QString text;
    std::vector<Node> children;
};

Node readNode(QXmlStreamReader &xml)
{
    Node node{xml.namespaceUri().toString(), xml.name().toString(), {}, {}, {}};
    for (const QXmlStreamAttribute &attribute : xml.attributes())
        node.attributes[attribute.qualifiedName().toString()] = attribute.value().toString();
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement)
            node.children.push_back(readNode(xml));
        else if (token == QXmlStreamReader::Characters)
            node.text += xml.text();
        else if (token == QXmlStreamReader::EndElement)
            break;
    }
    node.text = node.text.trimmed();
    return node;
}

QString folder() { return QStringLiteral(LIANXIN_SOURCE_STYLES_DIR); }

QByteArray readStyleFile(const QString &layerId)
{
    QFile file(QDir(folder()).filePath(layerId + QStringLiteral(".sld")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

Style parsedStyle(const QString &layerId)
{
    const SldParseResult result = parseSld(readStyleFile(layerId), layerId + QStringLiteral(".sld"));
    INFO(result.error.toStdString());
    REQUIRE(result.style);
    return *result.style;
}

// Elements a Lianxin style file may use, by namespace, in the order SE 1.1 wants them
// inside a Rule and a TextSymbolizer.
const std::set<QString> kSeElements = {
    "Name", "Description", "Title", "Abstract", "FeatureTypeStyle", "Rule", "ElseFilter", "MinScaleDenominator",
    "MaxScaleDenominator", "PolygonSymbolizer", "LineSymbolizer", "PointSymbolizer", "TextSymbolizer", "Fill",
    "Stroke", "SvgParameter", "Graphic", "Mark", "WellKnownName", "Size", "Label", "Font", "Halo", "Radius",
    "VendorOption"};
const std::set<QString> kOgcElements = {
    "Filter", "And", "Or", "PropertyIsEqualTo", "PropertyIsNotEqualTo", "PropertyIsLessThan",
    "PropertyIsLessThanOrEqualTo", "PropertyIsGreaterThan", "PropertyIsGreaterThanOrEqualTo", "PropertyIsBetween",
    "PropertyName", "Literal", "LowerBoundary", "UpperBoundary"};
const std::set<QString> kParameters = {"fill", "fill-opacity", "stroke", "stroke-opacity", "stroke-width",
                                       "stroke-dasharray", "font-family", "font-size", "font-weight"};
const std::vector<QString> kRuleOrder = {"Name", "Description", "Filter", "ElseFilter", "MinScaleDenominator",
                                         "MaxScaleDenominator", "Symbolizer"};
const std::vector<QString> kTextOrder = {"Label", "Font", "Halo", "Fill", "VendorOption"};

std::size_t orderIndex(const std::vector<QString> &order, const QString &name)
{
    const QString key = name.endsWith(QStringLiteral("Symbolizer")) ? QStringLiteral("Symbolizer") : name;
    const auto found = std::find(order.begin(), order.end(), key);
    return static_cast<std::size_t>(found - order.begin());
}

void checkInOrder(const Node &parent, const std::vector<QString> &order)
{
    std::size_t previous = 0;
    for (const Node &child : parent.children) {
        const std::size_t index = orderIndex(order, child.name);
        INFO("<" << child.name.toStdString() << "> in <" << parent.name.toStdString() << ">");
        CHECK(index < order.size());
        CHECK(index >= previous);
        previous = index;
    }
}

// Below UserStyle: se: for symbology, ogc: for filters, nothing else.
void checkSymbology(const Node &node, std::set<QString> &colours)
{
    INFO("<" << node.name.toStdString() << "> in namespace " << node.ns.toStdString());
    if (node.ns == kOgc)
        CHECK(kOgcElements.count(node.name) == 1);
    else
        CHECK((node.ns == kSe && kSeElements.count(node.name) == 1));
    if (node.name == "Rule")
        checkInOrder(node, kRuleOrder);
    if (node.name == "TextSymbolizer")
        checkInOrder(node, kTextOrder);
    if (node.name == "SvgParameter") {
        const QString parameter = node.attributes.count("name") ? node.attributes.at("name") : QString();
        INFO("SvgParameter " << parameter.toStdString() << " = " << node.text.toStdString());
        CHECK(kParameters.count(parameter) == 1);
        if (parameter == "fill" || parameter == "stroke") {
            static const QRegularExpression hex(QStringLiteral("^#[0-9a-f]{6}$"));
            CHECK(hex.match(node.text).hasMatch());
            colours.insert(node.text);
        }
        if (parameter == "font-family")
            CHECK(node.text == "WenQuanYi Micro Hei");
    }
    for (const Node &child : node.children)
        checkSymbology(child, colours);
}

// CIE L*a*b* of an sRGB colour (D65), for colour differences (CIE76 delta E).
std::array<double, 3> lab(const QColor &colour)
{
    const auto linear = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const double r = linear(colour.redF()), g = linear(colour.greenF()), b = linear(colour.blueF());
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
    return {116.0 * f(y) - 16.0, 500.0 * (f(x) - f(y)), 200.0 * (f(y) - f(z))};
}

double deltaE(const QColor &a, const QColor &b)
{
    const auto la = lab(a), lb = lab(b);
    return std::hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}

AttributeReader attributes(std::map<QString, FeatureValue> values)
{
    return [values = std::move(values)](const QString &name) {
        const auto found = values.find(name);
        return found == values.end() ? FeatureValue{} : found->second;
    };
}

template <typename T>
std::vector<T> symbolizersAt(const Style &style, const AttributeReader &reader, double scale)
{
    std::vector<T> found;
    for (const StyleRule *rule : style.rulesFor(reader, scale))
        for (const Symbolizer &symbolizer : rule->symbolizers)
            if (const T *typed = std::get_if<T>(&symbolizer))
                found.push_back(*typed);
    return found;
}

std::vector<QString> labelsAt(const Style &style, double scale)
{
    std::vector<QString> properties;
    for (const TextSymbolizer &text : symbolizersAt<TextSymbolizer>(style, attributes({}), scale))
        properties.push_back(text.labelProperty);
    return properties;
}

using Labels = std::vector<QString>;

// The scene's layers and the layers the CLI exports for QGIS (visit coverage).
std::vector<QString> styledLayers()
{
    std::vector<QString> layers = MapScene::layerOrder();
    layers.push_back(QStringLiteral("visit_coverage"));
    return layers;
}

} // namespace

TEST_CASE("Every layer has an SLD 1.1 file in the shape QGIS imports")
{
    const QStringList files = QDir(folder()).entryList({QStringLiteral("*.sld")}, QDir::Files);
    CHECK(static_cast<std::size_t>(files.size()) == styledLayers().size());
    for (const QString &layerId : styledLayers()) {
        INFO(layerId.toStdString());
        QXmlStreamReader xml(readStyleFile(layerId));
        REQUIRE(xml.readNextStartElement());
        const QXmlStreamNamespaceDeclarations namespaces = xml.namespaceDeclarations();
        std::map<QString, QString> declared;
        for (const QXmlStreamNamespaceDeclaration &declaration : namespaces)
            declared[declaration.prefix().toString()] = declaration.namespaceUri().toString();
        const Node root = readNode(xml);
        while (!xml.atEnd())
            xml.readNext();
        INFO(xml.errorString().toStdString());
        REQUIRE_FALSE(xml.hasError());

        CHECK(root.name == "StyledLayerDescriptor");
        CHECK(root.ns == kSld);
        CHECK(root.attributes.at("version") == "1.1.0");
        CHECK(root.attributes.count("xsi:schemaLocation") == 1);
        CHECK(declared[""] == kSld);
        CHECK(declared["se"] == kSe);
        CHECK(declared["ogc"] == kOgc);

        REQUIRE(root.children.size() == 1);
        const Node &layer = root.children[0];
        CHECK((layer.ns == kSld && layer.name == "NamedLayer"));
        REQUIRE(layer.children.size() == 2);
        CHECK((layer.children[0].ns == kSe && layer.children[0].name == "Name"));
        CHECK(layer.children[0].text == layerId);
        const Node &userStyle = layer.children[1];
        CHECK((userStyle.ns == kSld && userStyle.name == "UserStyle"));
        REQUIRE_FALSE(userStyle.children.empty());
        const Node &featureTypeStyle = userStyle.children.back();
        CHECK((featureTypeStyle.ns == kSe && featureTypeStyle.name == "FeatureTypeStyle"));
        REQUIRE_FALSE(featureTypeStyle.children.empty());
        std::vector<std::size_t> labelRules;
        for (std::size_t i = 0; i < featureTypeStyle.children.size(); ++i) {
            const Node &rule = featureTypeStyle.children[i];
            CHECK((rule.ns == kSe && rule.name == "Rule"));
            for (const Node &child : rule.children)
                if (child.name == "TextSymbolizer")
                    labelRules.push_back(i);
        }
        // QGIS takes a layer's labels from the last TextSymbolizer of the last Rule only.
        CHECK(labelRules.size() <= 1);
        if (!labelRules.empty())
            CHECK(labelRules[0] == featureTypeStyle.children.size() - 1);
        std::set<QString> colours;
        for (const Node &child : userStyle.children)
            checkSymbology(child, colours);
        CHECK_FALSE(colours.empty());
    }
}

TEST_CASE("Every shipped style parses without an error or a warning")
{
    for (const QString &layerId : styledLayers()) {
        const SldParseResult result = parseSld(readStyleFile(layerId), layerId + QStringLiteral(".sld"));
        INFO(result.error.toStdString() << result.warnings.join(u'\n').toStdString());
        REQUIRE(result.style);
        CHECK(result.warnings.isEmpty());
        CHECK(result.style->name == layerId);
        for (const StyleRule &rule : result.style->rules)
            CHECK_FALSE(rule.title.isEmpty()); // the legend shows it
    }
    const StyleLibrary library = StyleLibrary::loadFolder(folder());
    CHECK(library.errors().isEmpty());
}

TEST_CASE("Households: eight clearly distinct group colours at every scale, grey otherwise")
{
    const Style style = parsedStyle(QStringLiteral("households"));
    for (double scale : {500.0, 10000.0, 24999.0, 25000.0, 150000.0, 1.0e6}) {
        INFO("1:" << scale);
        std::vector<QColor> colours;
        for (long long colour = 0; colour < 8; ++colour) {
            const auto markers = symbolizersAt<PointSymbolizer>(style, attributes({{"colour", colour}}), scale);
            REQUIRE(markers.size() == 1);
            REQUIRE(markers[0].fill);
            colours.push_back(*markers[0].fill);
        }
        for (std::size_t i = 0; i < colours.size(); ++i)
            for (std::size_t j = i + 1; j < colours.size(); ++j) {
                INFO(colours[i].name().toStdString() << " vs " << colours[j].name().toStdString());
                CHECK(deltaE(colours[i], colours[j]) > 30.0);
            }
        // Households without a group (or an unexpected colour) fall to the grey else rule.
        for (const FeatureValue &other : {FeatureValue{}, FeatureValue{8LL}}) {
            const auto markers = symbolizersAt<PointSymbolizer>(style, attributes({{"colour", other}}), scale);
            REQUIRE(markers.size() == 1);
            CHECK(markers[0].fill->hslSaturation() == 0);
        }
    }
    // Smaller markers where the county is in view.
    const auto close = symbolizersAt<PointSymbolizer>(style, attributes({{"colour", 3LL}}), 5000.0);
    const auto far = symbolizersAt<PointSymbolizer>(style, attributes({{"colour", 3LL}}), 100000.0);
    CHECK(far.at(0).size < close.at(0).size);
    CHECK(far.at(0).fill == close.at(0).fill);
}

TEST_CASE("Group territories: the household colours, translucent, only close up")
{
    const Style territories = parsedStyle(QStringLiteral("group_territories"));
    const Style households = parsedStyle(QStringLiteral("households"));
    for (long long colour = 0; colour < 8; ++colour) {
        const auto reader = attributes({{"colour", colour}});
        const auto fills = symbolizersAt<PolygonSymbolizer>(territories, reader, 10000.0);
        REQUIRE(fills.size() == 1);
        REQUIRE(fills[0].fill);
        REQUIRE(fills[0].stroke);
        const QColor household = *symbolizersAt<PointSymbolizer>(households, reader, 10000.0).at(0).fill;
        CHECK(fills[0].fill->rgb() == household.rgb());
        CHECK(fills[0].fill->alphaF() == Approx(0.25).margin(0.02));
        CHECK(symbolizersAt<PolygonSymbolizer>(territories, reader, 25000.0).empty());
    }
    CHECK(territories.activeAt(24999.0));
    CHECK_FALSE(territories.activeAt(25000.0));
}

TEST_CASE("Suggestions: green done, amber in progress, red blocked, outlined in white")
{
    const Style style = parsedStyle(QStringLiteral("suggestions"));
    const std::pair<const char *, std::pair<int, int>> statuses[] = {
        {"done", {90, 160}}, {"in_progress", {30, 50}}, {"blocked", {-15, 15}}};
    for (const auto &[status, hues] : statuses) {
        INFO(status);
        for (double scale : {1000.0, 200000.0}) {
            const auto markers = symbolizersAt<PointSymbolizer>(style, attributes({{"status", std::string(status)}}), scale);
            REQUIRE(markers.size() == 1);
            int hue = markers[0].fill->hslHue();
            if (hue > 180)
                hue -= 360;
            CHECK(hue >= hues.first);
            CHECK(hue <= hues.second);
            CHECK(markers[0].fill->hslSaturation() > 150);
            REQUIRE(markers[0].stroke);
            CHECK(markers[0].stroke->colour == QColor(Qt::white));
            CHECK(markers[0].stroke->width <= 1.0);
        }
    }
}

TEST_CASE("Labels appear at the scales where they are readable")
{
    const Style islands = parsedStyle(QStringLiteral("islands"));
    CHECK(labelsAt(islands, 150000.0) == Labels{"name_zh"});
    CHECK(labelsAt(islands, 20000.0) == Labels{"name_zh"});
    CHECK(labelsAt(islands, 5000.0) == Labels{"name_zh"});

    const Style grid = parsedStyle(QStringLiteral("grid_areas"));
    CHECK(labelsAt(grid, 39999.0) == Labels{"label"});
    CHECK(labelsAt(grid, 40000.0).empty());

    const Style villages = parsedStyle(QStringLiteral("villages"));
    CHECK(labelsAt(villages, 59999.0) == Labels{"name"});
    CHECK(labelsAt(villages, 60000.0).empty());

    const Style buildings = parsedStyle(QStringLiteral("buildings"));
    CHECK(labelsAt(buildings, 2999.0) == Labels{"address"});
    CHECK(labelsAt(buildings, 3000.0).empty());

    // Households are never labelled and drawn at every scale (aggregated far out).
    const Style households = parsedStyle(QStringLiteral("households"));
    for (double scale : {100.0, 25000.0, 1.0e7}) {
        CHECK(labelsAt(households, scale).empty());
        CHECK(households.activeAt(scale));
    }
}

TEST_CASE("Land stands out from the sea and grid boundaries from the land")
{
    const QColor sea = MapSettings{}.background;
    const Style islands = parsedStyle(QStringLiteral("islands"));
    const auto land = symbolizersAt<PolygonSymbolizer>(islands, attributes({}), 50000.0);
    REQUIRE(land.size() == 1);
    CHECK(deltaE(*land[0].fill, sea) > 12.0);
    REQUIRE(land[0].stroke); // a coastline
    CHECK(deltaE(land[0].stroke->colour, sea) > 20.0);

    const Style grid = parsedStyle(QStringLiteral("grid_areas"));
    const auto areas = symbolizersAt<PolygonSymbolizer>(grid, attributes({}), 10000.0);
    REQUIRE(areas.size() == 1);
    REQUIRE(areas[0].stroke);
    CHECK(deltaE(areas[0].stroke->colour, *land[0].fill) > 40.0);
    CHECK(areas[0].stroke->width >= 1.0);
    CHECK(areas[0].fill->alphaF() < 0.2); // a tint, the land shows through
}
