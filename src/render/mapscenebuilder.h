#pragma once
// Turns a World into the layers of a MapScene (MapScene::fromWorld): one feature per
// entity with the attribute fields the styles, labels and identify panel read. Features
// whose geometry cannot be drawn are left out and named in MapScene::problems().
#include "core/world.h"
#include "render/mapscene.h"

#include <functional>
#include <memory>
#include <unordered_map>

namespace lianxin {

class GeosContext;

class MapSceneBuilder {
public:
    // progress 0..1; returning false throws std::runtime_error("cancelled").
    MapSceneBuilder(const World &world, std::function<bool(double)> progress);
    ~MapSceneBuilder();

    std::shared_ptr<const MapScene> build();

private:
    void report(double fraction) const;
    void addLayer(const QString &id, const QString &title, GeometryKind kind, std::vector<MapField> fields,
                  std::vector<MapFeature> features);
    // Appends the feature unless its geometry is undrawable (then names it in problems).
    void addPolygonFeature(std::vector<MapFeature> &features, const QString &layerId, Id id, MultiPolygon polygons,
                           std::vector<FeatureValue> values);
    void addPointFeature(std::vector<MapFeature> &features, const QString &layerId, Id id, const PointXY &point,
                         std::vector<FeatureValue> values);

    void buildIslands();
    void buildTownships();
    void buildVillages();
    void buildGridAreas();
    void buildBuildings();
    void buildShops();
    // Group colours and territories come from analysis over the drawable households.
    void buildGroupLayers();
    void buildTopicThreads(); // hulls of recurring complaints (empty until threads are computed)
    void buildSuggestions();

    const World &m_world;
    std::function<bool(double)> m_progress;
    std::unique_ptr<GeosContext> m_geos;
    std::shared_ptr<MapScene> m_scene;
    std::vector<std::unique_ptr<MapLayer>> m_built; // in build order; sorted into layerOrder() at the end
};

} // namespace lianxin
