// village-on-land: each fishing village lies on land (no more than the tolerance of it
// in the sea), on the island its islandId names.
#include "analysis/checks.h"
#include "analysis/featurenames.h"
#include "analysis/geosops.h"
#include "analysis/validationrun.h"

namespace lianxin::validation {

namespace {

using namespace validationcheck;

// The island holding most of the village and how much of the village no island holds.
struct Footing {
    std::optional<std::size_t> island;
    double onLand = 0.0;
    double mostOnOneIsland = 0.0;
    PointXY seaPoint; // somewhere in the part at sea, when there is one
    bool failed = false;
};

Footing footingOf(ValidationRun &run, std::size_t village, std::vector<std::size_t> &candidates)
{
    const GeosContext &geos = run.geos();
    const PolygonLayer &islands = run.islands();
    const PolygonLayer &villages = run.villages();
    const GEOSGeometry *geometry = villages.geometry(village);
    Footing footing;
    std::vector<const GEOSGeometry *> touched;
    islands.query(villages.bounds(village), candidates);
    for (std::size_t island : candidates) {
        if (!islands.prepared(island).intersects(geometry))
            continue;
        touched.push_back(islands.geometry(island));
        const bool covered = islands.prepared(island).covers(geometry);
        const auto share = covered ? std::optional<AreaAt>(AreaAt{villages.area(village), {}})
                                   : intersectionArea(geos, islands.geometry(island), geometry);
        if (!share) {
            footing.failed = true;
            return footing;
        }
        footing.onLand += share->area;
        if (share->area > footing.mostOnOneIsland) {
            footing.mostOnOneIsland = share->area;
            footing.island = island;
        }
    }
    // Islands never overlap, so the shares add up; find where the rest lies for the reader.
    if (villages.area(village) - footing.onLand > run.tolerance()) {
        const GeosGeometry land = geos.unaryUnion(collectionOf(geos, touched).get());
        if (const auto sea = land ? differenceArea(geos, geometry, land.get()) : areaAt(geos, geometry))
            footing.seaPoint = sea->location;
    }
    return footing;
}

} // namespace

void checkVillagesOnLand(ValidationRun &run)
{
    const PolygonLayer &villages = run.villages();
    const PolygonLayer &islands = run.islands();
    const std::vector<Village> &features = run.world().villages;
    if (run.world().islands.empty()) {
        if (!features.empty())
            run.addIssue(VillageOnLand, table::Island, 0,
                         "no islands (coastline) to check " + std::to_string(features.size()) + " villages against");
        return;
    }
    std::vector<std::size_t> candidates;
    for (std::size_t i = 0; i < features.size(); ++i) {
        if (!run.progress(i, features.size()))
            return;
        if (!villages.isValid(i) || islands.nearInvalid(villages.bounds(i)))
            continue;
        const Village &village = features[i];
        const Footing footing = footingOf(run, i, candidates);
        if (footing.failed) {
            run.addIssue(VillageOnLand, table::Village, village.id,
                         describe(village) + ": could not intersect with the coastline: " + run.geos().lastError());
            continue;
        }
        const double atSea = villages.area(i) - footing.onLand;
        if (atSea > run.tolerance()) {
            run.addIssue(VillageOnLand, table::Village, village.id,
                         describe(village) + ": " + formatArea(atSea) + " of it lies in the sea near "
                             + formatPoint(footing.seaPoint));
            continue;
        }
        if (!footing.island) // smaller than the tolerance and nowhere: nothing to compare
            continue;
        const Island &island = run.world().islands[*footing.island];
        if (island.id != village.islandId)
            run.addIssue(VillageOnLand, table::Village, village.id,
                         describe(village) + ": lies on " + describe(island) + " but its islandId is "
                             + std::to_string(village.islandId));
    }
}

} // namespace lianxin::validation
