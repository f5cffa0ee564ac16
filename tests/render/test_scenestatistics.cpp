// The statistics fields of the area layers (what a choropleth colours) and the topic
// threads layer, on the demo world.
#include "renderfixture.h"

#include "analysis/suggestionstats.h"
#include "render/choropleth.h"
#include "render/labellayout.h"
#include "render/mapdecorations.h"
#include "render/maprenderjob.h"
#include "render/maptransform.h"
#include "render/scenestatistics.h"

#include <catch2/catch.hpp>

#include <map>

using namespace lianxin;
using namespace lianxin::test;

namespace {

double numberIn(const FeatureValue &value)
{
    if (const auto *i = std::get_if<long long>(&value))
        return static_cast<double>(*i);
    return std::get<double>(value);
}

} // namespace

TEST_CASE("Grid areas and villages carry their suggestion statistics")
{
    const World &world = demoWorld();
    const auto scene = demoScene();
    long long total = 0;
    for (const auto &[layerId, grouping] : {std::pair{"grid_areas", StatsGrouping::GridArea},
                                            std::pair{"villages", StatsGrouping::Village}}) {
        INFO(layerId);
        const MapLayer &layer = *scene->layer(QString::fromLatin1(layerId));
        const SuggestionStatistics stats = suggestionStatistics(world, grouping, Date{2021, 12, 31});
        std::map<Id, SuggestionTally> tallies;
        for (const StatsRow &row : stats.rows)
            tallies[row.id] = row.tally;
        // Households and suggestions counted independently of the scene.
        std::map<Id, int> homes, suggestions;
        for (const Household &h : world.households)
            if (const auto area = grouping == StatsGrouping::GridArea ? h.gridAreaId : h.villageId)
                ++homes[*area];
        for (const Suggestion &s : world.suggestions)
            if (const auto area = grouping == StatsGrouping::GridArea ? s.gridAreaId : s.villageId)
                ++suggestions[*area];
        REQUIRE(layer.features().size() == tallies.size());
        for (std::size_t i = 0; i < layer.features().size(); ++i) {
            const Id id = layer.features()[i].id;
            const SuggestionTally &t = tallies.at(id);
            CHECK(std::get<long long>(layer.value(i, "total")) == suggestions[id]);
            CHECK(std::get<long long>(layer.value(i, "total")) == t.total);
            CHECK(std::get<long long>(layer.value(i, "done")) == t.done);
            CHECK(std::get<long long>(layer.value(i, "in_progress")) == t.inProgress);
            CHECK(std::get<long long>(layer.value(i, "blocked")) == t.blocked);
            if (t.total > 0)
                CHECK(std::get<double>(layer.value(i, "on_time_rate")) == Approx(t.onTimeRate()));
            else
                CHECK(std::holds_alternative<std::monostate>(layer.value(i, "on_time_rate")));
            REQUIRE(homes[id] > 0);
            CHECK(std::get<double>(layer.value(i, "per_100_households")) == Approx(100.0 * suggestions[id] / homes[id]));
            total += suggestions[id];
        }
    }
    // Every suggestion is in a grid area or a village (the article's 1,013).
    CHECK(total == 1013);
}

TEST_CASE("A choropleth of suggestions per 100 households classes every grid area and shows in the legend")
{
    const auto scene = demoScene();
    const MapLayer &areas = *scene->layer("grid_areas");
    const Style style = choroplethStyle(areas, QStringLiteral("per_100_households"), 5, ColourRamp::named("reds"));
    REQUIRE(style.rules.size() >= 4); // 28 distinct-ish rates: five classes, ties permitting, + no value
    std::vector<int> perClass(style.rules.size(), 0);
    for (std::size_t i = 0; i < areas.features().size(); ++i) {
        const AttributeReader reader = [&](const QString &name) { return areas.value(i, name); };
        const auto rules = style.rulesFor(reader, 20000.0);
        REQUIRE(rules.size() == 1);
        CHECK_FALSE(rules[0]->elseFilter);
        ++perClass[static_cast<std::size_t>(rules[0] - style.rules.data())];
        // The class's range holds the value.
        const double v = numberIn(areas.value(i, "per_100_households"));
        CHECK(v >= std::get<double>(rules[0]->filter.comparisons[0].value));
        CHECK(v <= std::get<double>(rules[0]->filter.comparisons[1].value));
    }
    for (std::size_t c = 0; c + 1 < style.rules.size(); ++c) {
        INFO("class " << c);
        CHECK(perClass[c] >= 4); // 28 / 5 = 5.6 each, ties moving one or two
        CHECK(perClass[c] <= 8);
    }

    // The legend lists the classes with their ranges under a heading naming the layer and
    // what the colours measure.
    auto styles = std::make_shared<StyleLibrary>(*shippedStyles());
    styles->setStyle(QStringLiteral("grid_areas"), style);
    MapSettings settings = MapSettings::forAllLayers(areas.extent(), QSize(1200, 900));
    settings.layers = {{QStringLiteral("grid_areas"), true, 1.0}};
    const RenderContext context(settings);
    const MapDecorations decorations(*scene, *styles, settings, context);
    QStringList texts;
    for (const LegendItem &item : decorations.legend().items())
        texts << item.text;
    QStringList titles;
    for (std::size_t c = 0; c + 1 < style.rules.size(); ++c)
        titles << style.rules[c].title;
    CHECK(texts.mid(1, titles.size()) == titles);
    CHECK(titles.front().contains(QStringLiteral(" – ")));
    CHECK(texts.front() == QStringLiteral("城区网格片区（每百户意见建议数）"));
}

TEST_CASE("Topic threads become outlined hulls labelled with their names")
{
    World world = demoWorld();
    const Box urban = demoScene()->layer("grid_areas")->extent();
    const double x = (urban.minX + urban.maxX) / 2.0, y = (urban.minY + urban.maxY) / 2.0;
    TopicThread thread;
    thread.id = 7;
    thread.label = "消除水产加工异味 · 测试码头";
    thread.concernItem = "消除水产加工异味";
    thread.firstOn = {2020, 6, 1};
    thread.lastOn = {2021, 5, 20};
    thread.memberCount = 9;
    thread.hull = Polygon{{{x - 150, y - 100}, {x + 150, y - 100}, {x + 150, y + 100}, {x - 150, y + 100}, {x - 150, y - 100}}, {}};
    world.topicThreads.push_back(thread);
    const auto scene = MapScene::fromWorld(world);
    const MapLayer &threads = *scene->layer("topic_threads");
    REQUIRE(threads.features().size() == 1);
    CHECK(threads.kind() == GeometryKind::Polygon);
    CHECK(std::get<long long>(threads.value(0, "id")) == 7);
    CHECK(std::get<std::string>(threads.value(0, "label")) == thread.label);
    CHECK(std::get<long long>(threads.value(0, "member_count")) == 9);
    CHECK(std::get<std::string>(threads.value(0, "first_on")) == "2020-06-01");
    CHECK(std::get<std::string>(threads.value(0, "last_on")) == "2021-05-20");

    // Drawn as the style says: the purple outline on the hull's edge, labelled.
    MapSettings settings = MapSettings::forAllLayers({x - 400, y - 400, x + 400, y + 400}, QSize(400, 400));
    settings.layers = {{QStringLiteral("topic_threads"), true, 1.0}};
    settings.decorations = false;
    const QImage image = MapRenderJob(settings, scene, shippedStyles()).renderImage();
    const MapTransform transform(settings.extent, settings.outputSize);
    int purple = 0;
    for (double t = 0.1; t < 0.9; t += 0.05) { // along the southern edge
        const QPointF p = transform.toPixel({x - 150 + 300 * t, y - 100});
        const QRgb c = image.pixel(p.toPoint());
        purple += qBlue(c) > qGreen(c) + 40 && qRed(c) > qGreen(c) + 20 ? 1 : 0;
    }
    CHECK(purple >= 8); // dashed: most samples hit a dash
    const auto labels = layoutLabels(*scene, *shippedStyles(), settings);
    REQUIRE(labels.size() == 1);
    CHECK(labels[0].text == QString::fromStdString(thread.label));
}
