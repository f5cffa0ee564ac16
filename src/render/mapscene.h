#pragma once
// Everything the renderer draws, built once from a World (on a worker thread) and then
// shared read-only by every render job: the QGIS rule that a job never touches live
// state, made structural.
#include "core/world.h"
#include "render/maplayer.h"

#include <functional>
#include <memory>
#include <vector>

namespace lianxin {

struct FeatureHit {
    const MapLayer *layer = nullptr; // not owned: lives as long as the scene
    std::size_t index = 0;
};

class MapScene {
public:
    // Layer ids, bottom to top: islands, townships, villages, grid_areas, buildings,
    // shops, group_territories, topic_threads, households, suggestions (the heat-map
    // overlay, not a scene layer, goes between group_territories and topic_threads).
    static const std::vector<QString> &layerOrder();

    // Builds every layer (group colours and territories included). progress 0..1;
    // returning false throws std::runtime_error("cancelled").
    static std::shared_ptr<const MapScene> fromWorld(const World &world,
                                                     const std::function<bool(double)> &progress = {});

    const std::vector<std::unique_ptr<MapLayer>> &layers() const { return m_layers; }
    const MapLayer *layer(const QString &id) const; // nullptr if unknown
    Box fullExtent() const;                           // all islands with a margin

    // Features of the given layers within `tolerance` metres of `p`, topmost layer first.
    // `layerIds` are in drawing order, bottom first (as MapSettings::layers); within a
    // layer the nearest feature comes first (0 = p inside the polygon).
    std::vector<FeatureHit> featuresAt(const PointXY &p, double tolerance, const std::vector<QString> &layerIds) const;
    // Household id or code, building address, grid-area code or name (exact first, then
    // substring), at most `limit` hits.
    std::vector<FeatureHit> search(const QString &text, std::size_t limit = 20) const;

    // Features whose geometry could not be prepared (invalid, empty), one message each;
    // they are left out of their layer and the rest draws.
    const std::vector<QString> &problems() const { return m_problems; }

private:
    std::vector<std::unique_ptr<MapLayer>> m_layers;
    std::vector<QString> m_problems;
    Box m_fullExtent;
    friend class MapSceneBuilder;
};

} // namespace lianxin
