#include "demo/groups.h"

#include "demo/codes.h"
#include "demo/hilbert.h"
#include "demo/sampling.h"

#include <algorithm>
#include <map>
#include <stdexcept>

namespace lianxin::demo {

ResponsibleBodies::ResponsibleBodies(const World &world)
{
    m_byGridArea.assign(world.gridAreas.size() + 1, 0);
    for (const GridArea &grid : world.gridAreas)
        m_byGridArea.at(static_cast<std::size_t>(grid.id)) = grid.departmentId;
    m_byTownship.assign(world.townships.size() + 1, 0);
    for (const Department &department : world.departments)
        if (department.kind == DepartmentKind::Township && department.townshipId)
            m_byTownship.at(static_cast<std::size_t>(*department.townshipId)) = department.id;
}

Id ResponsibleBodies::of(const Household &household) const
{
    const Id body = household.gridAreaId ? m_byGridArea.at(static_cast<std::size_t>(*household.gridAreaId))
                                         : m_byTownship.at(static_cast<std::size_t>(household.townshipId));
    if (body == 0)
        throw std::logic_error("household " + household.code + " has no responsible body");
    return body;
}

namespace {

// A body's households split by the place they live in (grid area or village), with the
// body's groups shared among those places by size. A group then never straddles two
// villages on different ends of an island. When the body has fewer groups than places,
// the body stays one territory.
struct Territory {
    std::vector<std::size_t> households;
    std::size_t groups = 0;
};

std::vector<Territory> territoriesOf(const World &world, const std::vector<std::size_t> &households, std::size_t groups)
{
    std::map<std::pair<int, Id>, std::vector<std::size_t>> byPlace;
    for (std::size_t h : households) {
        const Household &household = world.households[h];
        const auto place = household.gridAreaId ? std::make_pair(0, *household.gridAreaId)
                                                : std::make_pair(1, household.villageId.value_or(0));
        byPlace[place].push_back(h);
    }
    if (groups < byPlace.size())
        return {{households, groups}};
    std::vector<Territory> territories;
    std::vector<double> sizes;
    for (auto &[place, list] : byPlace) {
        sizes.push_back(static_cast<double>(list.size()));
        territories.push_back({std::move(list), 0});
    }
    const std::vector<long long> shares = largestRemainder(static_cast<long long>(groups), sizes, 1);
    for (std::size_t t = 0; t < territories.size(); ++t)
        territories[t].groups = static_cast<std::size_t>(shares[t]);
    return territories;
}

} // namespace

void formContactGroups(World &world, int groups)
{
    const ResponsibleBodies bodies(world);
    const std::size_t departmentCount = world.departments.size();
    std::vector<std::vector<std::size_t>> members(departmentCount + 1);
    Box bounds{1e300, 1e300, -1e300, -1e300};
    for (std::size_t h = 0; h < world.households.size(); ++h) {
        const Household &household = world.households[h];
        members.at(static_cast<std::size_t>(bodies.of(household))).push_back(h);
        bounds = unite(bounds, {household.location.x, household.location.y, household.location.x, household.location.y});
    }
    std::vector<double> weights(departmentCount + 1, 0.0);
    for (std::size_t d = 1; d <= departmentCount; ++d)
        weights[d] = static_cast<double>(members[d].size());
    std::vector<long long> perBody;
    try {
        perBody = largestRemainder(groups, weights, 1);
    } catch (const std::invalid_argument &) {
        throw std::invalid_argument(std::to_string(groups) + " contact groups are too few for the responsible bodies");
    }

    std::vector<std::uint64_t> curve(world.households.size());
    for (std::size_t h = 0; h < world.households.size(); ++h)
        curve[h] = hilbertIndex(bounds, world.households[h].location);

    world.groups.reserve(static_cast<std::size_t>(groups));
    for (std::size_t d = 1; d <= departmentCount; ++d) {
        for (Territory &territory : territoriesOf(world, members[d], static_cast<std::size_t>(perBody[d]))) {
            std::vector<std::size_t> &list = territory.households;
            std::sort(list.begin(), list.end(), [&](std::size_t a, std::size_t b) {
                return curve[a] != curve[b] ? curve[a] < curve[b] : a < b;
            });
            for (std::size_t g = 0; g < territory.groups; ++g) {
                ContactGroup group;
                group.id = static_cast<Id>(world.groups.size() + 1);
                group.code = numberedCode("G", group.id, groups);
                group.departmentId = static_cast<Id>(d);
                const std::size_t begin = g * list.size() / territory.groups;
                const std::size_t end = (g + 1) * list.size() / territory.groups;
                for (std::size_t i = begin; i < end; ++i)
                    world.households[list[i]].groupId = group.id;
                world.groups.push_back(std::move(group));
            }
        }
    }
}

} // namespace lianxin::demo
