// StyleLibrary: a folder of <layer id>.sld files, with a default style for every layer
// whose file is missing or broken (stylelibrary.h).
#include "render/stylelibrary.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

#include <filesystem>

using namespace lianxin;

namespace {

const QByteArray kGoodBuildings = R"(<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor xmlns="http://www.opengis.net/sld" xmlns:se="http://www.opengis.net/se" version="1.1.0">
  <NamedLayer><se:Name>buildings</se:Name><UserStyle><se:FeatureTypeStyle>
    <se:Rule>
      <se:Name>warm grey</se:Name>
      <se:PolygonSymbolizer><se:Fill><se:SvgParameter name="fill">#cdc1b2</se:SvgParameter></se:Fill></se:PolygonSymbolizer>
    </se:Rule>
  </se:FeatureTypeStyle></UserStyle></NamedLayer>
</StyledLayerDescriptor>
)";

// Broken on line 5: a colour that is not #RRGGBB.
const QByteArray kBadHouseholds = R"(<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor xmlns="http://www.opengis.net/sld" xmlns:se="http://www.opengis.net/se" version="1.1.0">
  <NamedLayer><se:Name>households</se:Name><UserStyle><se:FeatureTypeStyle>
    <se:Rule><se:PointSymbolizer><se:Graphic><se:Mark>
      <se:Fill><se:SvgParameter name="fill">blue</se:SvgParameter></se:Fill>
    </se:Mark></se:Graphic></se:PointSymbolizer></se:Rule>
  </se:FeatureTypeStyle></UserStyle></NamedLayer>
</StyledLayerDescriptor>
)";

void writeFile(const std::filesystem::path &path, const QByteArray &content)
{
    QFile file(QString::fromStdString(path.string()));
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(content) == content.size());
}

MapLayer emptyLayer(const char *id, GeometryKind kind)
{
    return MapLayer(QString::fromLatin1(id), QString::fromLatin1(id), kind, {}, {});
}

} // namespace

TEST_CASE("Default styles: grey polygons with a dark outline, 5 px dark-blue circles")
{
    const Style polygon = StyleLibrary::defaultStyle(GeometryKind::Polygon);
    REQUIRE(polygon.rules.size() == 1);
    CHECK(polygon.activeAt(1.0));
    CHECK(polygon.activeAt(1e7));
    const auto &fill = std::get<PolygonSymbolizer>(polygon.rules[0].symbolizers.at(0));
    REQUIRE(fill.fill);
    CHECK(fill.fill->hslSaturation() == 0); // grey
    REQUIRE(fill.stroke);
    CHECK(fill.stroke->colour.lightness() < fill.fill->lightness() - 80);

    const Style point = StyleLibrary::defaultStyle(GeometryKind::Point);
    REQUIRE(point.rules.size() == 1);
    const auto &marker = std::get<PointSymbolizer>(point.rules[0].symbolizers.at(0));
    CHECK(marker.wellKnownName == "circle");
    CHECK(marker.size == 5.0);
    REQUIRE(marker.fill);
    CHECK(marker.fill->hue() > 200); // blue
    CHECK(marker.fill->hue() < 250);
    CHECK(marker.fill->lightness() < 128); // dark
}

TEST_CASE("A malformed file is reported and its layer falls back to the default style")
{
    const std::filesystem::path folder = test::freshTempDir("stylelibrary-fallback");
    writeFile(folder / "buildings.sld", kGoodBuildings);
    writeFile(folder / "households.sld", kBadHouseholds);
    writeFile(folder / "notes.txt", "not a style");

    const StyleLibrary library = StyleLibrary::loadFolder(QString::fromStdString(folder.string()));
    REQUIRE(library.errors().size() == 1);
    const QString error = library.errors().first();
    INFO(error.toStdString());
    CHECK(error.startsWith(QStringLiteral("households.sld:5:")));
    CHECK(error.contains(QStringLiteral("'blue'")));

    const Style &buildings = library.styleFor(emptyLayer("buildings", GeometryKind::Polygon));
    REQUIRE(buildings.rules.size() == 1);
    CHECK(buildings.rules[0].name == "warm grey");

    const Style &households = library.styleFor(emptyLayer("households", GeometryKind::Point));
    CHECK(households.name == StyleLibrary::defaultStyle(GeometryKind::Point).name);
    CHECK(std::get<PointSymbolizer>(households.rules.at(0).symbolizers.at(0)).size == 5.0);

    // No file at all: the default for the layer's geometry.
    const Style &villages = library.styleFor(emptyLayer("villages", GeometryKind::Polygon));
    CHECK(std::holds_alternative<PolygonSymbolizer>(villages.rules.at(0).symbolizers.at(0)));
}

TEST_CASE("A missing folder is reported and every layer is drawn by default")
{
    const StyleLibrary library = StyleLibrary::loadFolder(QStringLiteral("/nonexistent/lianxin/styles"));
    REQUIRE(library.errors().size() == 1);
    CHECK(library.errors().first().contains(QStringLiteral("/nonexistent/lianxin/styles")));
    const Style &islands = library.styleFor(emptyLayer("islands", GeometryKind::Polygon));
    CHECK(std::holds_alternative<PolygonSymbolizer>(islands.rules.at(0).symbolizers.at(0)));

    const StyleLibrary defaults;
    CHECK(defaults.errors().isEmpty());
    CHECK(std::holds_alternative<PointSymbolizer>(
        defaults.styleFor(emptyLayer("shops", GeometryKind::Point)).rules.at(0).symbolizers.at(0)));
}

TEST_CASE("setStyle replaces a layer's style")
{
    StyleLibrary library;
    Style custom;
    custom.name = QStringLiteral("custom");
    custom.rules.emplace_back();
    library.setStyle(QStringLiteral("shops"), custom);
    CHECK(library.styleFor(emptyLayer("shops", GeometryKind::Point)).name == "custom");
    CHECK(library.styleFor(emptyLayer("households", GeometryKind::Point)).name != "custom");
}

TEST_CASE("The styles folder comes from LIANXIN_STYLES_DIR, else a folder holding the shipped styles")
{
    const QByteArray saved = qgetenv("LIANXIN_STYLES_DIR");
    qputenv("LIANXIN_STYLES_DIR", "/somewhere/else");
    CHECK(defaultStylesFolder() == "/somewhere/else");
    qunsetenv("LIANXIN_STYLES_DIR");
    const QString folder = defaultStylesFolder();
    CHECK(QFile::exists(QDir(folder).filePath(QStringLiteral("households.sld"))));
    if (!saved.isEmpty())
        qputenv("LIANXIN_STYLES_DIR", saved);
}
