// The map's own words follow the interface: Chinese as printed for Changdao, English for
// an English interface, with every shipped style's titles covered.
#include "render/choropleth.h"
#include "render/heatmapoverlay.h"
#include "render/labellayout.h"
#include "render/mapdecorations.h"
#include "render/maptexts.h"
#include "render/rendercontext.h"
#include "renderfixture.h"

#include <catch2/catch.hpp>

using namespace lianxin;
using namespace lianxin::test;

namespace {

bool hasChinese(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    return false;
}

} // namespace

TEST_CASE("Every titled rule of the shipped styles has English words")
{
    const auto styles = shippedStyles();
    int titles = 0;
    for (const auto &layer : demoScene()->layers()) {
        for (const StyleRule &rule : styles->styleFor(*layer).rules) {
            if (rule.title.isEmpty())
                continue;
            ++titles;
            INFO(layer->id().toStdString() << ": " << rule.title.toStdString());
            CHECK(hasEnglishMapText(rule.title));
        }
    }
    CHECK(titles > 30);
    // Composites translate part by part; unknown words stay as they are.
    CHECK(mapText(QStringLiteral("住户（联系组蓝色）"), QStringLiteral("en")) == QStringLiteral("Households (blue group)"));
    CHECK(mapText(QStringLiteral("住户密度（户/公顷）"), QStringLiteral("en")) == QStringLiteral("Household density (households/ha)"));
    CHECK(mapText(QStringLiteral("渔村密度"), QStringLiteral("en")) == QStringLiteral("Fishing villages density"));
    CHECK(mapText(QStringLiteral("南长山岛"), QStringLiteral("en")) == QStringLiteral("南长山岛"));
    CHECK(mapText(QStringLiteral("住户"), QStringLiteral("zh")) == QStringLiteral("住户"));
}

TEST_CASE("In English the legend, scale bar and attribution have no Chinese, in Chinese they keep it")
{
    const auto scene = demoScene();
    auto styles = std::make_shared<StyleLibrary>(*shippedStyles());
    // A choropleth and a heat map too, so their headings are covered.
    const MapLayer &areas = *scene->layer(QStringLiteral("grid_areas"));
    styles->setStyle(QStringLiteral("grid_areas"),
                     choroplethStyle(areas, QStringLiteral("blocked"), 4, ColourRamp::named(QStringLiteral("reds"))));
    auto overlay = std::make_shared<HeatmapOverlay>();
    overlay->raster.grid = RasterGrid::covering(areas.extent(), 50.0);
    overlay->raster.values.assign(static_cast<std::size_t>(overlay->raster.grid.width) * overlay->raster.grid.height, 1e-6);
    overlay->raster.maxValue = overlay->raster.scaleMax = 1e-6;
    overlay->maximum = 1e-6;

    for (const double zoom : {1.0, 0.08}) { // the county (density cells) and the town (symbols)
        const Box full = scene->fullExtent();
        const PointXY c{(areas.extent().minX + areas.extent().maxX) / 2.0, (areas.extent().minY + areas.extent().maxY) / 2.0};
        const double w = full.width() * zoom, h = full.height() * zoom;
        MapSettings settings = MapSettings::forAllLayers(Box{c.x - w / 2, c.y - h / 2, c.x + w / 2, c.y + h / 2},
                                                         QSize(1600, 1000));
        settings.heatmap = overlay;
        settings.language = QStringLiteral("en");
        const RenderContext context(settings);
        const MapDecorations english(*scene, *styles, settings, context);
        REQUIRE_FALSE(english.legend().isEmpty());
        CHECK(english.legend().title() == QStringLiteral("Legend"));
        for (const LegendItem &item : english.legend().items()) {
            INFO(item.text.toStdString());
            CHECK_FALSE(hasChinese(item.text));
        }
        CHECK(coastlineAttribution(QStringLiteral("en")).startsWith(QStringLiteral("Coastline ©")));

        settings.language = QStringLiteral("zh");
        const MapDecorations chinese(*scene, *styles, settings, RenderContext(settings));
        CHECK(chinese.legend().title() == QStringLiteral("图例"));
        CHECK(hasChinese(chinese.legend().items().front().text));
    }
}

TEST_CASE("In English islands are labelled with their English names, other labels stay as data")
{
    const auto scene = demoScene();
    const MapLayer &islands = *scene->layer(QStringLiteral("islands"));
    CHECK(labelPropertyFor(islands, QStringLiteral("name_zh"), QStringLiteral("en")) == QStringLiteral("name_en"));
    CHECK(labelPropertyFor(islands, QStringLiteral("name_zh"), QStringLiteral("zh")) == QStringLiteral("name_zh"));
    CHECK(labelPropertyFor(*scene->layer(QStringLiteral("grid_areas")), QStringLiteral("label"), QStringLiteral("en"))
          == QStringLiteral("label"));

    MapSettings settings = MapSettings::forAllLayers(scene->fullExtent(), QSize(1600, 1000));
    const auto textsIn = [&](const QString &language) {
        settings.language = language;
        QStringList texts;
        for (const PlacedLabel &label : layoutLabels(*scene, *shippedStyles(), settings))
            texts << label.text;
        return texts;
    };
    const QStringList english = textsIn(QStringLiteral("en"));
    const QStringList chinese = textsIn(QStringLiteral("zh"));
    int englishNames = 0;
    for (std::size_t i = 0; i < islands.features().size(); ++i) {
        const QString zh = toDisplayString(islands.value(i, QStringLiteral("name_zh")));
        const QString en = toDisplayString(islands.value(i, QStringLiteral("name_en")));
        if (zh.isEmpty() || en.isEmpty() || !chinese.contains(zh))
            continue;
        ++englishNames;
        CHECK(english.contains(en));
        CHECK_FALSE(english.contains(zh));
    }
    CHECK(englishNames >= 5);
}
