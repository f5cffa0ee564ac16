// Topic-thread inputs, label places and previous membership taken from a World.
#include "analysis/topicthreads.h"

#include "core/world.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace lianxin {

namespace {

// Area centroid of the outer ring (vertex mean for a degenerate ring).
PointXY centroidOf(const Polygon &polygon)
{
    const Ring &ring = polygon.outer;
    if (ring.empty())
        return {};
    double twiceArea = 0.0;
    double x = 0.0;
    double y = 0.0;
    // Relative to the first vertex: EPSG:4549 coordinates are large and would cancel.
    const PointXY origin = ring.front();
    for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
        const double ax = ring[i].x - origin.x;
        const double ay = ring[i].y - origin.y;
        const double bx = ring[i + 1].x - origin.x;
        const double by = ring[i + 1].y - origin.y;
        const double cross = ax * by - bx * ay;
        twiceArea += cross;
        x += (ax + bx) * cross;
        y += (ay + by) * cross;
    }
    if (std::abs(twiceArea) < 1e-9) {
        PointXY mean;
        for (const PointXY &p : ring) {
            mean.x += p.x / static_cast<double>(ring.size());
            mean.y += p.y / static_cast<double>(ring.size());
        }
        return mean;
    }
    return {origin.x + x / (3.0 * twiceArea), origin.y + y / (3.0 * twiceArea)};
}

// "乐园路12号" -> "乐园路": the street without the house number.
std::string streetOf(const std::string &address)
{
    std::string street = address;
    const std::string number = "号";
    if (street.size() >= number.size() && street.compare(street.size() - number.size(), number.size(), number) == 0)
        street.resize(street.size() - number.size());
    while (!street.empty() && std::isdigit(static_cast<unsigned char>(street.back())))
        street.pop_back();
    return street;
}

} // namespace

std::vector<ThreadInput> threadInputsOf(const World &world)
{
    std::vector<ThreadInput> inputs;
    inputs.reserve(world.suggestions.size());
    for (const Suggestion &s : world.suggestions) {
        ThreadInput input;
        input.id = s.id;
        input.location = s.location;
        input.concernItem = s.concernItem;
        input.text = s.text;
        input.submittedOn = s.submittedOn;
        input.round = s.round;
        input.status = s.status;
        inputs.push_back(std::move(input));
    }
    return inputs;
}

// The World has no wharves or squares as features (residents name those only in their
// words), so labels use what it does name: the street of every building (the most
// precise place in town), villages and grid areas at their centroids.
std::vector<NamedPlace> namedPlacesOf(const World &world)
{
    std::vector<NamedPlace> places;
    for (const Building &building : world.buildings) {
        const std::string street = streetOf(building.address);
        if (!street.empty())
            places.push_back({street, centroidOf(building.geometry)});
    }
    for (const Village &village : world.villages)
        places.push_back({village.name, centroidOf(village.geometry)});
    for (const GridArea &area : world.gridAreas)
        places.push_back({area.name, centroidOf(area.geometry)});
    return places;
}

std::map<Id, std::vector<Id>> threadMembershipOf(const World &world)
{
    std::map<Id, std::vector<Id>> membership;
    for (const Suggestion &s : world.suggestions)
        if (s.threadId)
            membership[*s.threadId].push_back(s.id);
    for (auto &[thread, members] : membership)
        std::sort(members.begin(), members.end());
    return membership;
}

} // namespace lianxin
