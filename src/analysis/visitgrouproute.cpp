#include "analysis/visitgrouproute.h"

#include "analysis/routepath.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace lianxin {

namespace {

// Households gathered into stops: a building's households share one stop; outside
// buildings, households at the very same point do.
std::vector<VisitStop> stopsOf(const std::vector<RouteHousehold> &households)
{
    std::vector<const RouteHousehold *> sorted;
    for (const RouteHousehold &h : households)
        sorted.push_back(&h);
    std::sort(sorted.begin(), sorted.end(), [](const RouteHousehold *a, const RouteHousehold *b) {
        return a->code != b->code ? a->code < b->code : a->id < b->id;
    });
    std::map<std::tuple<int, Id, double, double>, std::size_t> stopOf;
    std::vector<VisitStop> stops;
    std::vector<int> members;
    for (const RouteHousehold *h : sorted) {
        const auto key = h->buildingId ? std::make_tuple(0, *h->buildingId, 0.0, 0.0)
                                       : std::make_tuple(1, Id{0}, h->location.x, h->location.y);
        auto [it, added] = stopOf.emplace(key, stops.size());
        if (added) {
            VisitStop stop;
            stop.buildingId = h->buildingId;
            stop.islandId = h->islandId;
            stop.tier = h->tier;
            stops.push_back(std::move(stop));
            members.push_back(0);
        }
        VisitStop &stop = stops[it->second];
        stop.householdIds.push_back(h->id);
        stop.location.x += h->location.x;
        stop.location.y += h->location.y;
        stop.tier = std::min(stop.tier, h->tier);
        ++members[it->second];
    }
    for (std::size_t s = 0; s < stops.size(); ++s) {
        stops[s].location.x /= members[s];
        stops[s].location.y /= members[s];
    }
    return stops;
}

double distance(const PointXY &a, const PointXY &b) { return std::hypot(a.x - b.x, a.y - b.y); }

// Walks `stops` from `from` in the shortest order found; returns the stops in that order.
std::vector<VisitStop> walkPart(std::vector<VisitStop> stops, PointXY &from, VisitLeg &leg, bool baseline, bool &exact)
{
    if (stops.empty())
        return stops;
    std::vector<PointXY> nodes{from};
    for (const VisitStop &stop : stops)
        nodes.push_back(stop.location);
    const route::DistanceMatrix d(nodes);
    const route::Path path = route::shortestOpenPath(d);
    leg.metres += route::pathLength(d, path);
    if (baseline)
        leg.baselineMetres += route::pathLength(d, route::nearestNeighbourTwoOpt(d));
    exact = exact && static_cast<int>(stops.size()) <= route::kExactStops;
    std::vector<VisitStop> ordered;
    for (std::size_t i = 1; i < path.size(); ++i)
        ordered.push_back(std::move(stops[static_cast<std::size_t>(path[i]) - 1]));
    from = ordered.back().location;
    return ordered;
}

VisitLeg startLeg(Id islandId, const PointXY &base, const GroupRouteContext &context)
{
    VisitLeg leg;
    leg.islandId = islandId;
    if (islandId == 0 || context.islands.islandOf(base) == islandId || !context.islands.hasIsland(islandId)) {
        leg.start = base;
        leg.startKind = LegStart::Base;
    } else if (const auto landing = context.landingOf.find(islandId); landing != context.landingOf.end()) {
        leg.start = landing->second;
        leg.startKind = LegStart::Landing;
    } else {
        leg.start = context.islands.nearestShorePoint(islandId, base);
        leg.startKind = LegStart::NearestShore;
    }
    return leg;
}

} // namespace

GroupLegs routeGroup(const std::vector<RouteHousehold> &households, const PointXY &base,
                     const GroupRouteContext &context)
{
    std::map<Id, std::vector<VisitStop>> stopsByIsland;
    for (VisitStop &stop : stopsOf(households))
        stopsByIsland[stop.islandId].push_back(std::move(stop));

    GroupLegs result;
    std::vector<std::pair<VisitTier, VisitLeg>> legs;
    for (auto &[islandId, stops] : stopsByIsland) {
        VisitLeg leg = startLeg(islandId, base, context);
        PointXY from = leg.start;
        VisitTier mostUrgent = VisitTier::Other;
        for (const VisitTier tier : {VisitTier::Urgent, VisitTier::Priority, VisitTier::Other}) {
            std::vector<VisitStop> part;
            for (VisitStop &stop : stops)
                if (stop.tier == tier)
                    part.push_back(std::move(stop));
            if (!part.empty())
                mostUrgent = std::min(mostUrgent, tier);
            for (VisitStop &stop : walkPart(std::move(part), from, leg, context.baseline, result.exact))
                leg.stops.push_back(std::move(stop));
        }
        legs.emplace_back(mostUrgent, std::move(leg));
    }
    std::stable_sort(legs.begin(), legs.end(), [&base](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        return distance(base, a.second.start) < distance(base, b.second.start);
    });
    int number = 0;
    for (auto &[tier, leg] : legs) {
        for (VisitStop &stop : leg.stops)
            stop.number = ++number;
        result.legs.push_back(std::move(leg));
    }
    return result;
}

} // namespace lianxin
