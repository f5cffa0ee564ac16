#include "demo/villages.h"

#include "demo/frame.h"
#include "demo/geosops.h"
#include "demo/shoreline.h"

#include <cmath>
#include <numbers>
#include <stdexcept>

namespace lianxin::demo {

namespace {

struct IslandVillages {
    const char *island;
    std::vector<const char *> names;
    double minRadius;
    double maxRadius;
    double density; // households per area relative to the other islands
};

// Village names after the islands' own: 大口, 后口, 井口 on 砣矶; 山前, 山后 on 北隍城...
// 小竹山岛 has no permanent residents; 大竹山岛 keeps a small station village.
const std::vector<IslandVillages> &villageSpecs()
{
    static const std::vector<IslandVillages> specs = {
        {kTownIslandName, {"王沟村", "黄山村", "孙家村", "鹊嘴村"}, 150, 260, 1.0},
        {"北长山岛", {"北城村", "店子村", "嵩前村", "花沟村"}, 150, 280, 1.0},
        {"大黑山岛", {"北庄村", "南庄村", "大濠村", "小濠村"}, 150, 260, 1.0},
        {"小黑山岛", {"小黑山村"}, 130, 200, 1.0},
        {"庙岛", {"庙岛村", "庙后村"}, 130, 200, 1.0},
        {"砣矶岛", {"大口北村", "大口中村", "后口村", "井口村", "磨石嘴村"}, 140, 240, 1.2},
        {"大钦岛", {"东村", "北村", "南村", "小浩村"}, 150, 250, 1.2},
        {"小钦岛", {"小钦岛村"}, 140, 220, 1.0},
        {"南隍城岛", {"南隍城村"}, 140, 240, 1.0},
        {"北隍城岛", {"山前村", "山后村"}, 130, 220, 1.0},
        {"大竹山岛", {"大竹山村"}, 120, 140, 0.5},
    };
    return specs;
}

constexpr int kCorners = 12;
constexpr double kUrbanClearanceMetres = 150.0;
constexpr double kVillageGapMetres = 60.0;
constexpr int kAttemptsPerRadius = 60;
constexpr double kRadiusStep = 0.92; // shrink the village when it does not fit

Polygon jitteredPolygon(const PointXY &centre, double radius, Random &random)
{
    Ring ring;
    const double turn = random.uniform(0.0, 2.0 * std::numbers::pi);
    for (int k = 0; k < kCorners; ++k) {
        const double angle = turn + 2.0 * std::numbers::pi * (k + random.uniform(-0.3, 0.3)) / kCorners;
        const double r = radius * random.uniform(0.72, 1.0);
        ring.push_back({centre.x + r * std::cos(angle), centre.y + r * std::sin(angle)});
    }
    ring.push_back(ring.front());
    return {ring, {}};
}

} // namespace

VillageLayout placeVillages(const GeosContext &geos, const World &world, Random &random)
{
    if (world.urbanAreas.empty())
        throw std::logic_error("placeVillages: the urban area comes first");
    GeosGeometry urban = geos.polygon(world.urbanAreas.front().geometry);
    GeosGeometry keepOut = checked(geos, geos.buffer(urban.get(), kUrbanClearanceMetres), "urban clearance");

    VillageLayout layout;
    std::vector<double> radii;
    for (const IslandVillages &spec : villageSpecs()) {
        const Island &island = islandNamed(world, spec.island);
        GeosGeometry inland = inlandPart(geos, island);
        GeosGeometry room = checked(geos, geos.difference(inland.get(), keepOut.get()), "village room");
        const Box bounds = boundsOf(island.geometry);
        GeosPrepared prepared(geos, std::move(room));
        for (const char *name : spec.names) {
            double radius = random.uniform(spec.minRadius, spec.maxRadius);
            bool placed = false;
            for (int attempt = 0; !placed && radius > 40.0; ++attempt) {
                if (attempt > 0 && attempt % kAttemptsPerRadius == 0)
                    radius *= kRadiusStep;
                const PointXY centre{random.uniform(bounds.minX, bounds.maxX), random.uniform(bounds.minY, bounds.maxY)};
                bool clear = true;
                for (std::size_t v = 0; clear && v < layout.centres.size(); ++v)
                    clear = std::hypot(centre.x - layout.centres[v].x, centre.y - layout.centres[v].y)
                            > radius + radii[v] + kVillageGapMetres;
                if (!clear || !prepared.contains(centre))
                    continue;
                Polygon polygon = jitteredPolygon(centre, radius, random);
                GeosGeometry shape = geos.polygon(polygon);
                if (!prepared.covers(shape.get()))
                    continue;
                Village village;
                village.id = static_cast<Id>(layout.villages.size() + 1);
                village.name = name;
                village.townshipId = island.townshipId.value_or(0);
                village.islandId = island.id;
                village.geometry = std::move(polygon);
                layout.households.push_back(area(village.geometry) * spec.density);
                layout.villages.push_back(std::move(village));
                layout.centres.push_back(centre);
                radii.push_back(radius);
                placed = true;
            }
            if (!placed)
                throw std::runtime_error(std::string("no room for the village ") + name + " on " + spec.island);
        }
    }
    return layout;
}

PointXY randomPointInVillage(const Village &village, const PointXY &centre, Random &random)
{
    // Fan triangles (centre, corner k, corner k+1) cover the star-shaped polygon exactly;
    // pick one by area, then a uniform point in it (Osada et al. 2002, eq. 1).
    const Ring &ring = village.geometry.outer;
    const std::size_t corners = ring.size() - 1;
    std::vector<double> areas(corners);
    for (std::size_t k = 0; k < corners; ++k)
        areas[k] = std::abs((ring[k].x - centre.x) * (ring[k + 1].y - centre.y)
                            - (ring[k + 1].x - centre.x) * (ring[k].y - centre.y));
    const std::size_t k = random.weightedIndex(areas);
    const double r1 = std::sqrt(random.uniform());
    const double r2 = random.uniform();
    constexpr double kPull = 0.95;
    const double a = r1 * (1.0 - r2) * kPull;
    const double b = r1 * r2 * kPull;
    return {centre.x + a * (ring[k].x - centre.x) + b * (ring[k + 1].x - centre.x),
            centre.y + a * (ring[k].y - centre.y) + b * (ring[k + 1].y - centre.y)};
}

} // namespace lianxin::demo
