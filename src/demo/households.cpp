#include "demo/households.h"

#include "demo/codes.h"
#include "demo/frame.h"
#include "demo/sampling.h"

#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace lianxin::demo {

namespace {

constexpr double kFiveEldersShare = 0.04;
constexpr double kSubsistenceShare = 0.025;
constexpr double kHardshipShare = 0.02;
constexpr double kInsideFraction = 0.42; // of the footprint's half sizes: well inside

Household newHousehold(const World &world, long long total)
{
    Household household;
    household.id = static_cast<Id>(world.households.size() + 1);
    household.code = numberedCode("H", household.id, total, 7);
    return household;
}

// "301室": floor and door number, filling each floor before the next.
std::string flatOf(int index, int households, int floors)
{
    const int perFloor = (households + floors - 1) / floors;
    char text[32];
    std::snprintf(text, sizeof text, "%d%02d室", index / perFloor + 1, index % perFloor + 1);
    return text;
}

void placeUrban(World &world, const BuildingLayout &layout, long long total, long long allHouseholds, Random &random)
{
    std::vector<double> weights;
    for (const Building &building : layout.buildings)
        weights.push_back(building.floors * area(building.geometry));
    const std::vector<long long> perBuilding = largestRemainder(total, weights, 1);
    const Id town = townshipNamed(world, kTownUnitName).id;
    for (std::size_t b = 0; b < layout.buildings.size(); ++b) {
        const Building &building = layout.buildings[b];
        const int count = static_cast<int>(perBuilding[b]);
        for (int k = 0; k < count; ++k) {
            Household household = newHousehold(world, allHouseholds);
            household.address = building.address + flatOf(k, count, building.floors);
            household.buildingId = building.id;
            household.gridAreaId = building.gridAreaId;
            household.townshipId = town;
            household.location = layout.footprints[b].at(random.uniform(-kInsideFraction, kInsideFraction),
                                                         random.uniform(-kInsideFraction, kInsideFraction));
            world.households.push_back(std::move(household));
        }
    }
}

void placeInVillages(World &world, const VillageLayout &layout, long long total, long long allHouseholds,
                     Random &random)
{
    const std::vector<long long> perVillage = largestRemainder(total, layout.households, 1);
    for (std::size_t v = 0; v < layout.villages.size(); ++v) {
        const Village &village = layout.villages[v];
        for (long long k = 0; k < perVillage[v]; ++k) {
            Household household = newHousehold(world, allHouseholds);
            household.address = village.name + std::to_string(k + 1) + "号";
            household.villageId = village.id;
            household.townshipId = village.townshipId;
            household.location = randomPointInVillage(village, layout.centres[v], random);
            world.households.push_back(std::move(household));
        }
    }
}

void flagHouseholds(World &world, int seriousIllness, Random &random)
{
    for (Household &household : world.households) {
        if (random.chance(kFiveEldersShare))
            household.flags |= FiveElders;
        if (random.chance(kSubsistenceShare))
            household.flags |= SubsistenceAllowance;
        if (random.chance(kHardshipShare))
            household.flags |= Hardship;
    }
    for (std::size_t index : uniformSample(world.households.size(), static_cast<std::size_t>(seriousIllness), random))
        world.households[index].flags |= SeriousIllness;
}

} // namespace

void placeHouseholds(World &world, const BuildingLayout &buildings, const VillageLayout &villages,
                     const ArticleFigures &figures, Random &random)
{
    world.households.reserve(static_cast<std::size_t>(figures.households));
    placeUrban(world, buildings, figures.urbanHouseholds, figures.households, random);
    placeInVillages(world, villages, figures.villageHouseholds, figures.households, random);
    if (static_cast<int>(world.households.size()) != figures.households)
        throw std::logic_error("placeHouseholds: urban and village households do not add up to the total");
    flagHouseholds(world, figures.seriousIllness, random);
}

} // namespace lianxin::demo
