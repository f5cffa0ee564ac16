#include "renderfixture.h"

#include "analysis/groupcolouring.h"
#include "render/maprenderjob.h"
#include "render/maptransform.h"

#include <catch2/catch.hpp>

#include <QPainter>

#include <cmath>
#include <limits>
#include <set>

using namespace lianxin;
using namespace lianxin::test;

namespace {

QStringList fieldNames(const MapLayer &layer)
{
    QStringList names;
    for (const MapField &field : layer.fields())
        names << field.name;
    return names;
}

QString aliasOf(const MapLayer &layer, const QString &name)
{
    for (const MapField &field : layer.fields())
        if (field.name == name)
            return field.alias;
    return {};
}

bool hasHan(const QString &text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
}

} // namespace

TEST_CASE("The scene has every layer in drawing order with the agreed fields")
{
    const auto scene = demoScene();
    const World &world = demoWorld();
    REQUIRE(scene->layers().size() == MapScene::layerOrder().size());
    for (std::size_t i = 0; i < scene->layers().size(); ++i)
        CHECK(scene->layers()[i]->id() == MapScene::layerOrder()[i]);

    const std::map<QString, QStringList> expected = {
        {"islands", {"name_zh", "name_en", "area_km2"}},
        {"townships", {"name", "unit_type"}},
        {"villages", {"name", "township", "total", "done", "in_progress", "blocked", "on_time_rate",
                      "per_100_households"}},
        {"grid_areas", {"code", "name", "department", "label", "total", "done", "in_progress", "blocked",
                        "on_time_rate", "per_100_households"}},
        {"buildings", {"address", "floors", "grid_code"}},
        {"shops", {"name", "category"}},
        {"group_territories", {"group_code", "colour", "households"}},
        {"topic_threads", {"id", "label", "concern_item", "member_count", "first_on", "last_on"}},
        {"households", {"code", "group_code", "colour", "flags", "address"}},
        {"suggestions", {"code", "status", "status_label", "concern_item", "round", "text"}},
    };
    for (const auto &[id, fields] : expected) {
        const MapLayer *layer = scene->layer(id);
        REQUIRE(layer);
        CHECK(fieldNames(*layer) == fields);
        for (const QString &field : fields) {
            INFO(id.toStdString() << "." << field.toStdString());
            CHECK(hasHan(aliasOf(*layer, field))); // the identify panel speaks Chinese
        }
    }
    CHECK(aliasOf(*scene->layer("households"), "code") == QStringLiteral("编号"));
    CHECK(aliasOf(*scene->layer("households"), "group_code") == QStringLiteral("联户组"));
    CHECK(aliasOf(*scene->layer("buildings"), "address") == QStringLiteral("地址"));

    CHECK(scene->problems().empty());
    CHECK(scene->layer("islands")->features().size() == world.islands.size());
    CHECK(scene->layer("townships")->features().size() == 10);
    CHECK(scene->layer("villages")->features().size() == world.villages.size());
    CHECK(scene->layer("grid_areas")->features().size() == 28);
    CHECK(scene->layer("buildings")->features().size() == 608);
    CHECK(scene->layer("shops")->features().size() == 504);
    CHECK(scene->layer("households")->features().size() == 15310);
    CHECK(scene->layer("suggestions")->features().size() == 1013);
    std::set<Id> groupsWithHouseholds;
    for (const Household &h : world.households)
        groupsWithHouseholds.insert(h.groupId);
    CHECK(scene->layer("group_territories")->features().size() == groupsWithHouseholds.size());
    // The demo world comes without topic threads (they are computed later).
    CHECK(scene->layer("topic_threads")->features().size() == world.topicThreads.size());

    // The full extent holds every island with sea around it.
    const Box full = scene->fullExtent();
    const Box islands = scene->layer("islands")->extent();
    CHECK(full.minX < islands.minX);
    CHECK(full.maxY > islands.maxY);
}

TEST_CASE("Scene features carry the values of their entities")
{
    const auto scene = demoScene();
    const World &world = demoWorld();
    const GroupColouring colouring = colourGroups(world.households);
    const MapLayer &households = *scene->layer("households");
    for (std::size_t i = 0; i < world.households.size(); i += 997) {
        const Household &h = world.households[i];
        const MapFeature &f = featureById(*scene, "households", h.id);
        CHECK(f.point == h.location);
        CHECK(std::get<std::string>(f.values[0]) == h.code);
        const auto group = std::find_if(world.groups.begin(), world.groups.end(),
                                        [&](const ContactGroup &g) { return g.id == h.groupId; });
        REQUIRE(group != world.groups.end());
        CHECK(std::get<std::string>(f.values[1]) == group->code);
        CHECK(std::get<long long>(f.values[2]) == colouring.colourOf.at(h.groupId));
        CHECK(std::get<long long>(f.values[3]) == h.flags);
    }
    CHECK(households.fieldIndex("address") == 4);
    CHECK(households.fieldIndex("nope") == -1);
    CHECK(std::holds_alternative<std::monostate>(households.value(0, "nope")));

    const GridArea &area = world.gridAreas.front();
    const MapFeature &f = featureById(*scene, "grid_areas", area.id);
    CHECK(toDisplayString(f.values[3]) == QString::fromStdString(area.name + "\n" + area.code));
    CHECK(polygonContains(area.geometry, f.labelPoint));

    const Suggestion &s = world.suggestions[5];
    const MapFeature &shown = featureById(*scene, "suggestions", s.id);
    CHECK(std::get<std::string>(shown.values[1]) == toString(s.status));
    // Readers see the article's words, not the code.
    const std::string label = std::get<std::string>(shown.values[2]);
    CHECK(label == articleLabel(s.status));
    CHECK((label == "已办结" || label == "正在办理" || label == "疑难受限"));
}

TEST_CASE("featuresAt finds the features under a point, topmost layer first")
{
    const auto scene = demoScene();
    const World &world = demoWorld();
    const Household &h = world.households[1234];
    const std::vector<QString> layers = {"islands", "grid_areas", "buildings", "households"};
    const std::vector<FeatureHit> hits = scene->featuresAt(h.location, 2.0, layers);
    REQUIRE(!hits.empty());
    CHECK(hits.front().layer->id() == "households");
    // The nearest household first: the one we aimed at.
    CHECK(std::hypot(hits.front().layer->features()[hits.front().index].point.x - h.location.x,
                     hits.front().layer->features()[hits.front().index].point.y - h.location.y) < 1e-6);
    // Below it the polygons that contain it, in reverse drawing order.
    std::vector<QString> order;
    for (const FeatureHit &hit : hits)
        if (order.empty() || order.back() != hit.layer->id())
            order.push_back(hit.layer->id());
    REQUIRE(order.size() >= 2);
    CHECK(order.back() == "islands");
    if (h.gridAreaId) {
        const auto area = std::find(order.begin(), order.end(), "grid_areas");
        REQUIRE(area != order.end());
        const auto it
            = std::find_if(hits.begin(), hits.end(), [](const FeatureHit &x) { return x.layer->id() == "grid_areas"; });
        CHECK(it->layer->features()[it->index].id == *h.gridAreaId);
    }
    // Far out at sea nothing is hit; a layer not asked for is never searched.
    const Box full = scene->fullExtent();
    CHECK(scene->featuresAt({full.minX + 10, full.minY + 10}, 5.0, layers).empty());
    for (const FeatureHit &hit : scene->featuresAt(h.location, 2.0, {"households"}))
        CHECK(hit.layer->id() == "households");
    CHECK(scene->featuresAt({std::nan(""), 0.0}, 5.0, layers).empty());
}

TEST_CASE("search finds households, buildings and grid areas, exact matches first")
{
    const auto scene = demoScene();
    const World &world = demoWorld();
    const Household &h = world.households[4321];
    auto hits = scene->search(QString::fromStdString(h.code));
    REQUIRE(!hits.empty());
    CHECK(hits.front().layer->id() == "households");
    CHECK(hits.front().layer->features()[hits.front().index].id == h.id);
    // Codes are found in any case.
    hits = scene->search(QString::fromStdString(h.code).toLower());
    REQUIRE(!hits.empty());
    CHECK(hits.front().layer->features()[hits.front().index].id == h.id);

    // A bare number is the household id.
    hits = scene->search(QString::number(h.id));
    REQUIRE(!hits.empty());
    CHECK(hits.front().layer->id() == "households");
    CHECK(hits.front().layer->features()[hits.front().index].id == h.id);

    const GridArea &area = world.gridAreas[6];
    hits = scene->search(QString::fromStdString(area.name));
    REQUIRE(!hits.empty());
    CHECK(hits.front().layer->id() == "grid_areas");
    CHECK(hits.front().layer->features()[hits.front().index].id == area.id);
    hits = scene->search(QString::fromStdString(area.code));
    REQUIRE(!hits.empty());
    CHECK(hits.front().layer->features()[hits.front().index].id == area.id);

    const Building &building = world.buildings[100];
    hits = scene->search(QString::fromStdString(building.address));
    REQUIRE(!hits.empty());
    CHECK(hits.front().layer->id() == "buildings");
    CHECK(hits.front().layer->features()[hits.front().index].id == building.id);

    // A substring matches many; the limit holds.
    hits = scene->search("NCS-", 5);
    CHECK(hits.size() == 5);
    for (const FeatureHit &hit : hits)
        CHECK(hit.layer->id() == "grid_areas");
    CHECK(scene->search("H00", 7).size() == 7);
    CHECK(scene->search("no such thing here").empty());
    CHECK(scene->search("   ").empty());
}

TEST_CASE("An invalid building and a household without coordinates are reported, and the rest draws")
{
    World world = demoWorld();
    Building &bowTie = world.buildings[42];
    const Box b = boundsOf(bowTie.geometry);
    bowTie.geometry
        = Polygon {{{b.minX, b.minY}, {b.maxX, b.maxY}, {b.maxX, b.minY}, {b.minX, b.maxY}, {b.minX, b.minY}}, {}};
    Household &lost = world.households[777];
    lost.location = {std::numeric_limits<double>::quiet_NaN(), lost.location.y};

    const auto broken = MapScene::fromWorld(world);
    REQUIRE(broken->problems().size() == 2);
    const QString problems = QStringList(broken->problems().begin(), broken->problems().end()).join('\n');
    CHECK(problems.contains(QStringLiteral("buildings %1: ").arg(bowTie.id)));
    CHECK(problems.contains(QStringLiteral("Self-intersection")));
    CHECK(problems.contains(QStringLiteral("households %1: ").arg(lost.id)));
    CHECK(broken->layer("buildings")->features().size() == 607);
    CHECK(broken->layer("households")->features().size() == 15309);

    // The whole county draws, every household but the lost one counted, both named.
    const auto styles = shippedStyles();
    const MapRenderJob county(MapSettings::forAllLayers(broken->fullExtent(), QSize(800, 500)), broken, styles);
    RenderReport report;
    county.renderImage(nullptr, &report);
    CHECK_FALSE(report.cancelled);
    CHECK(report.problems.size() == 2);
    CHECK(report.featuresDrawn >= 15309);

    // Town view of the buildings: identical to the clean scene except where the
    // bow-tie stood.
    const Box town = broken->layer("grid_areas")->extent();
    const MapSettings settings = MapSettings::forAllLayers(town, QSize(800, 500));
    const QImage withHole = MapRenderJob(settings, broken, styles).renderLayerImage("buildings");
    const QImage clean = MapRenderJob(settings, demoScene(), styles).renderLayerImage("buildings");
    const MapTransform transform(town, QSize(800, 500));
    const QRectF hole
        = QRectF(transform.toPixel({b.minX, b.maxY}), transform.toPixel({b.maxX, b.minY})).adjusted(-3, -3, 3, 3);
    int differentInside = 0, differentOutside = 0;
    for (int y = 0; y < clean.height(); ++y)
        for (int x = 0; x < clean.width(); ++x)
            if (withHole.pixel(x, y) != clean.pixel(x, y))
                (hole.contains(QPointF(x + 0.5, y + 0.5)) ? differentInside : differentOutside) += 1;
    CHECK(differentInside > 0);
    CHECK(differentOutside == 0);
}

TEST_CASE("Building the scene reports progress and can be cancelled")
{
    std::vector<double> seen;
    const auto scene = MapScene::fromWorld(demoWorld(), [&](double f) {
        seen.push_back(f);
        return true;
    });
    REQUIRE(seen.size() >= 5);
    CHECK(seen.front() == 0.0);
    CHECK(seen.back() == 1.0);
    CHECK(std::is_sorted(seen.begin(), seen.end()));

    for (double stopAt : {0.0, 0.2, 0.5}) {
        INFO("stop at " << stopAt);
        try {
            MapScene::fromWorld(demoWorld(), [stopAt](double f) { return f < stopAt; });
            FAIL("not cancelled");
        } catch (const std::runtime_error &e) {
            CHECK(std::string(e.what()) == "cancelled");
        }
    }
}
