#include "render/mapscenebuilder.h"

#include "analysis/groupcolouring.h"
#include "analysis/territories.h"
#include "core/geos.h"
#include "render/scenegeometry.h"
#include "render/scenestatistics.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace lianxin {

namespace {

template <typename T>
std::unordered_map<Id, const T *> byId(const std::vector<T> &items)
{
    std::unordered_map<Id, const T *> map;
    map.reserve(items.size());
    for (const T &item : items)
        map.emplace(item.id, &item);
    return map;
}

// The name of an item found by id, or null when the reference dangles.
template <typename T>
FeatureValue nameOf(const std::unordered_map<Id, const T *> &map, Id id)
{
    const auto it = map.find(id);
    return it == map.end() ? FeatureValue{} : FeatureValue{it->second->name};
}

FeatureValue text(const std::string &s) { return s; }
FeatureValue number(long long v) { return v; }

MapField field(const char *name, const char *alias)
{
    return {QString::fromLatin1(name), QString::fromUtf8(alias)};
}

// The area's own fields followed by its suggestion statistics (nulls when it has none).
void appendStatistics(std::vector<FeatureValue> &values,
                      const std::unordered_map<Id, std::vector<FeatureValue>> &statistics, Id id)
{
    const auto found = statistics.find(id);
    if (found != statistics.end())
        values.insert(values.end(), found->second.begin(), found->second.end());
    else
        values.resize(values.size() + statisticsFields().size());
}

std::vector<MapField> withStatistics(std::vector<MapField> fields)
{
    fields.insert(fields.end(), statisticsFields().begin(), statisticsFields().end());
    return fields;
}

} // namespace

MapSceneBuilder::MapSceneBuilder(const World &world, std::function<bool(double)> progress)
    : m_world(world)
    , m_progress(std::move(progress))
    , m_geos(std::make_unique<GeosContext>())
    , m_scene(std::make_shared<MapScene>())
{
}

MapSceneBuilder::~MapSceneBuilder() = default;

void MapSceneBuilder::report(double fraction) const
{
    if (m_progress && !m_progress(std::clamp(fraction, 0.0, 1.0)))
        throw std::runtime_error("cancelled");
}

void MapSceneBuilder::addLayer(const QString &id, const QString &title, GeometryKind kind,
                               std::vector<MapField> fields, std::vector<MapFeature> features)
{
    m_built.push_back(std::make_unique<MapLayer>(id, title, kind, std::move(fields), std::move(features)));
}

void MapSceneBuilder::addPolygonFeature(std::vector<MapFeature> &features, const QString &layerId, Id id,
                                        MultiPolygon polygons, std::vector<FeatureValue> values)
{
    if (const auto reason = undrawableReason(*m_geos, polygons)) {
        m_scene->m_problems.push_back(
            QStringLiteral("%1 %2: %3").arg(layerId).arg(id).arg(QString::fromStdString(*reason)));
        return;
    }
    MapFeature feature;
    feature.id = id;
    feature.bounds = boundsOf(polygons);
    feature.labelPoint = labelPointOf(*m_geos, polygons);
    feature.polygons = std::move(polygons);
    feature.values = std::move(values);
    features.push_back(std::move(feature));
}

void MapSceneBuilder::addPointFeature(std::vector<MapFeature> &features, const QString &layerId, Id id,
                                      const PointXY &point, std::vector<FeatureValue> values)
{
    if (const auto reason = undrawableReason(point)) {
        m_scene->m_problems.push_back(
            QStringLiteral("%1 %2: %3").arg(layerId).arg(id).arg(QString::fromStdString(*reason)));
        return;
    }
    MapFeature feature;
    feature.id = id;
    feature.point = point;
    feature.labelPoint = point;
    feature.bounds = boxOf(point);
    feature.values = std::move(values);
    features.push_back(std::move(feature));
}

std::shared_ptr<const MapScene> MapSceneBuilder::build()
{
    report(0.0);
    buildIslands();
    report(0.05);
    buildTownships();
    buildVillages();
    buildGridAreas();
    report(0.1);
    buildBuildings();
    buildShops();
    report(0.15);
    buildGroupLayers(); // reports up to 0.9
    buildTopicThreads();
    buildSuggestions();

    // Bottom to top, whatever order they were built in.
    const auto &order = MapScene::layerOrder();
    std::sort(m_built.begin(), m_built.end(), [&order](const auto &a, const auto &b) {
        return std::find(order.begin(), order.end(), a->id()) < std::find(order.begin(), order.end(), b->id());
    });
    m_scene->m_layers = std::move(m_built);

    Box islands{HUGE_VAL, HUGE_VAL, -HUGE_VAL, -HUGE_VAL};
    if (const MapLayer *layer = m_scene->layer(QStringLiteral("islands")); layer && !layer->features().empty())
        islands = layer->extent();
    else
        for (const auto &layer : m_scene->m_layers)
            islands = unite(islands, layer->extent());
    if (islands.minX > islands.maxX)
        islands = {0.0, 0.0, 1.0, 1.0};
    // A margin of sea so the outermost islets do not touch the frame.
    const double margin = 0.04 * std::max(islands.width(), islands.height());
    m_scene->m_fullExtent = {islands.minX - margin, islands.minY - margin, islands.maxX + margin,
                             islands.maxY + margin};
    report(1.0);
    return m_scene;
}

void MapSceneBuilder::buildIslands()
{
    const QString id = QStringLiteral("islands");
    std::vector<MapFeature> features;
    for (const Island &island : m_world.islands)
        addPolygonFeature(features, id, island.id, {island.geometry},
                          {text(island.nameZh), text(island.nameEn), area(island.geometry) / 1e6});
    addLayer(id, QStringLiteral("Islands"), GeometryKind::Polygon,
             {field("name_zh", "中文名"), field("name_en", "英文名"), field("area_km2", "面积（平方公里）")},
             std::move(features));
}

void MapSceneBuilder::buildTownships()
{
    const QString id = QStringLiteral("townships");
    std::vector<MapFeature> features;
    for (const Township &township : m_world.townships)
        addPolygonFeature(features, id, township.id, township.geometry, {text(township.name), text(township.unitType)});
    addLayer(id, QStringLiteral("Township units"), GeometryKind::Polygon,
             {field("name", "名称"), field("unit_type", "类型")}, std::move(features));
}

void MapSceneBuilder::buildVillages()
{
    const QString id = QStringLiteral("villages");
    const auto townships = byId(m_world.townships);
    const auto statistics = statisticsValues(m_world, StatsGrouping::Village);
    std::vector<MapFeature> features;
    for (const Village &village : m_world.villages) {
        std::vector<FeatureValue> values = {text(village.name), nameOf(townships, village.townshipId)};
        appendStatistics(values, statistics, village.id);
        addPolygonFeature(features, id, village.id, {village.geometry}, std::move(values));
    }
    addLayer(id, QStringLiteral("Fishing villages"), GeometryKind::Polygon,
             withStatistics({field("name", "名称"), field("township", "所属乡镇")}), std::move(features));
}

void MapSceneBuilder::buildGridAreas()
{
    const QString id = QStringLiteral("grid_areas");
    const auto departments = byId(m_world.departments);
    const auto statistics = statisticsValues(m_world, StatsGrouping::GridArea);
    std::vector<MapFeature> features;
    for (const GridArea &area : m_world.gridAreas) {
        std::vector<FeatureValue> values = {text(area.code), text(area.name), nameOf(departments, area.departmentId),
                                            text(area.name + "\n" + area.code)};
        appendStatistics(values, statistics, area.id);
        addPolygonFeature(features, id, area.id, {area.geometry}, std::move(values));
    }
    addLayer(id, QStringLiteral("Grid areas"), GeometryKind::Polygon,
             withStatistics(
                 {field("code", "编号"), field("name", "名称"), field("department", "责任部门"), field("label", "标注")}),
             std::move(features));
}

void MapSceneBuilder::buildBuildings()
{
    const QString id = QStringLiteral("buildings");
    const auto gridAreas = byId(m_world.gridAreas);
    std::vector<MapFeature> features;
    features.reserve(m_world.buildings.size());
    for (const Building &building : m_world.buildings) {
        const auto grid = gridAreas.find(building.gridAreaId);
        addPolygonFeature(features, id, building.id, {building.geometry},
                          {text(building.address), number(building.floors),
                           grid == gridAreas.end() ? FeatureValue{} : text(grid->second->code)});
    }
    addLayer(id, QStringLiteral("Buildings"), GeometryKind::Polygon,
             {field("address", "地址"), field("floors", "层数"), field("grid_code", "网格编号")}, std::move(features));
}

void MapSceneBuilder::buildShops()
{
    const QString id = QStringLiteral("shops");
    std::vector<MapFeature> features;
    features.reserve(m_world.shops.size());
    for (const Shop &shop : m_world.shops)
        addPointFeature(features, id, shop.id, shop.location, {text(shop.name), text(shop.category)});
    addLayer(id, QStringLiteral("Shops"), GeometryKind::Point, {field("name", "店名"), field("category", "类别")},
             std::move(features));
}

void MapSceneBuilder::buildGroupLayers()
{
    const QString householdsId = QStringLiteral("households");
    const QString territoriesId = QStringLiteral("group_territories");

    // Analysis gets only households it can work with; the others are reported below.
    std::vector<Household> drawable;
    const std::vector<Household> *households = &m_world.households;
    const bool allDrawable = std::all_of(m_world.households.begin(), m_world.households.end(),
                                         [](const Household &h) { return !undrawableReason(h.location); });
    if (!allDrawable) {
        std::copy_if(m_world.households.begin(), m_world.households.end(), std::back_inserter(drawable),
                     [](const Household &h) { return !undrawableReason(h.location); });
        households = &drawable;
    }

    // The analyses stop when their callback says so; whatever they return then is
    // discarded by the throw below.
    bool cancelled = false;
    auto within = [this, &cancelled](double from, double to) {
        return [this, &cancelled, from, to](double f) {
            cancelled = cancelled || (m_progress && !m_progress(from + (to - from) * std::clamp(f, 0.0, 1.0)));
            return !cancelled;
        };
    };
    // households.sld and group_territories.sld have one rule per colour 0..7.
    constexpr int kGroupPaletteSize = 8;
    const GroupColouring colouring = colourGroupsToFit(*households, kGroupPaletteSize, 60.0, within(0.15, 0.3));
    if (cancelled)
        throw std::runtime_error("cancelled");
    if (colouring.colourCount > kGroupPaletteSize)
        m_scene->m_problems.push_back(QStringLiteral("households: neighbouring contact groups need %1 colours, the styles have %2")
                                 .arg(colouring.colourCount)
                                 .arg(kGroupPaletteSize));
    const std::vector<GroupTerritory> territories = groupTerritories(*households, TerritoryOptions{}, within(0.3, 0.8));
    if (cancelled)
        throw std::runtime_error("cancelled");

    const auto groups = byId(m_world.groups);
    auto groupCode = [&groups](Id groupId) {
        const auto it = groups.find(groupId);
        return it == groups.end() ? FeatureValue{} : FeatureValue{it->second->code};
    };
    auto colourOf = [&colouring](Id groupId) {
        const auto it = colouring.colourOf.find(groupId);
        return it == colouring.colourOf.end() ? FeatureValue{} : FeatureValue{static_cast<long long>(it->second)};
    };

    std::vector<MapFeature> territoryFeatures;
    territoryFeatures.reserve(territories.size());
    for (const GroupTerritory &territory : territories)
        addPolygonFeature(territoryFeatures, territoriesId, territory.groupId, {territory.hull},
                          {groupCode(territory.groupId), colourOf(territory.groupId), number(territory.households)});
    addLayer(territoriesId, QStringLiteral("Contact-group territories"), GeometryKind::Polygon,
             {field("group_code", "联户组"), field("colour", "颜色序号"), field("households", "户数")},
             std::move(territoryFeatures));
    report(0.85);

    std::vector<MapFeature> householdFeatures;
    householdFeatures.reserve(m_world.households.size());
    for (const Household &household : m_world.households)
        addPointFeature(householdFeatures, householdsId, household.id, household.location,
                        {text(household.code), groupCode(household.groupId), colourOf(household.groupId),
                         number(household.flags), text(household.address)});
    addLayer(householdsId, QStringLiteral("Households"), GeometryKind::Point,
             {field("code", "编号"), field("group_code", "联户组"), field("colour", "颜色序号"),
              field("flags", "重点标记"), field("address", "地址")},
             std::move(householdFeatures));
    report(0.9);
}

void MapSceneBuilder::buildTopicThreads()
{
    const QString id = QStringLiteral("topic_threads");
    std::vector<MapFeature> features;
    for (const TopicThread &thread : m_world.topicThreads)
        addPolygonFeature(features, id, thread.id, {thread.hull},
                          {number(thread.id), text(thread.label), text(thread.concernItem), number(thread.memberCount),
                           text(thread.firstOn.toIso()), text(thread.lastOn.toIso())});
    addLayer(id, QStringLiteral("Topic threads"), GeometryKind::Polygon,
             {field("id", "专题编号"), field("label", "专题名称"), field("concern_item", "事项"),
              field("member_count", "意见建议数"), field("first_on", "首次提出"), field("last_on", "最近提出")},
             std::move(features));
}

void MapSceneBuilder::buildSuggestions()
{
    const QString id = QStringLiteral("suggestions");
    std::vector<MapFeature> features;
    features.reserve(m_world.suggestions.size());
    for (const Suggestion &s : m_world.suggestions)
        addPointFeature(features, id, s.id, s.location,
                        {text(s.code), text(toString(s.status)), text(articleLabel(s.status)), text(s.concernItem),
                         number(s.round), text(s.text)});
    // status is the code styles filter on; status_label is what a reader is shown.
    addLayer(id, QStringLiteral("Suggestions"), GeometryKind::Point,
             {field("code", "编号"), field("status", "状态代码"), field("status_label", "办理情况"),
              field("concern_item", "事项"), field("round", "走访轮次"), field("text", "内容")},
             std::move(features));
}

} // namespace lianxin
