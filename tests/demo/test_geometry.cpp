// The demo world's geometry, checked with GEOS independently of how the generator
// built it: grid areas tile the urban area, buildings sit apart and each in one grid
// area, households and villages lie on land.
#include "core/geos.h"
#include "demofixture.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <memory>
#include <set>

using namespace lianxin;
using lianxin::test::articleWorld;

namespace {

// Households must clear the coast by ~60 m; allow for snapping to a 1 mm grid.
constexpr double kInsetMetres = 59.9;

std::unique_ptr<GeosPrepared> prepare(const GeosContext &geos, const Polygon &polygon)
{
    return std::make_unique<GeosPrepared>(geos, geos.polygon(polygon));
}

std::unique_ptr<GeosPrepared> prepareInset(const GeosContext &geos, const Polygon &polygon, double inset)
{
    GeosGeometry g = geos.polygon(polygon);
    return std::make_unique<GeosPrepared>(geos, geos.buffer(g.get(), -inset));
}

const Island &islandNamed(const World &world, const std::string &name)
{
    const auto it = std::find_if(world.islands.begin(), world.islands.end(),
                                 [&](const Island &i) { return i.nameZh == name; });
    REQUIRE(it != world.islands.end());
    return *it;
}

} // namespace

TEST_CASE("The urban area lies on South Changshan and the grid areas tile it")
{
    const World &world = articleWorld();
    GeosContext geos;
    REQUIRE(world.urbanAreas.size() == 1);
    const UrbanArea &urban = world.urbanAreas.front();
    GeosGeometry urbanShape = geos.polygon(urban.geometry);
    CHECK_FALSE(geos.invalidReason(urbanShape.get()).has_value());
    const double urbanArea = geos.area(urbanShape.get());
    CHECK(urbanArea > 3.0e6);
    CHECK(urbanArea < 4.0e6);
    const Island &south = islandNamed(world, "南长山岛");
    CHECK(prepareInset(geos, south.geometry, kInsetMetres)->covers(urbanShape.get()));
    // On the southern part of the island.
    CHECK(boundsOf(urban.geometry).minY < boundsOf(south.geometry).minY + 500.0);

    std::vector<GeosGeometry> shapes;
    double sum = 0.0;
    for (const GridArea &grid : world.gridAreas) {
        shapes.push_back(geos.polygon(grid.geometry));
        INFO(grid.code);
        CHECK_FALSE(geos.invalidReason(shapes.back().get()).has_value());
        CHECK(geos.toMultiPolygon(shapes.back().get()).size() == 1);
        CHECK(geos.area(shapes.back().get()) > 0.02e6);
        sum += geos.area(shapes.back().get());
    }
    std::vector<GEOSGeometry *> parts;
    for (const GeosGeometry &shape : shapes)
        parts.push_back(GEOSGeom_clone_r(geos.handle(), shape.get()));
    GeosGeometry collection = geos.own(GEOSGeom_createCollection_r(geos.handle(), GEOS_GEOMETRYCOLLECTION, parts.data(),
                                                                   static_cast<unsigned>(parts.size())));
    GeosGeometry united = geos.unaryUnion(collection.get());
    GeosGeometry gaps = geos.difference(urbanShape.get(), united.get());
    GeosGeometry outside = geos.difference(united.get(), urbanShape.get());
    CHECK(geos.area(gaps.get()) < 1.0);
    CHECK(geos.area(outside.get()) < 1.0);
    // Overlaps: the areas sum to more than their union by exactly the overlapping area.
    CHECK(sum - geos.area(united.get()) < 1.0);

    std::set<std::string> codes;
    for (const GridArea &grid : world.gridAreas)
        codes.insert(grid.code);
    CHECK(codes.size() == 28);
    CHECK(codes.count("NCS-01") == 1);
    CHECK(codes.count("NCS-28") == 1);
}

TEST_CASE("Every district department has grid areas, and the departments with two have neighbours")
{
    const World &world = articleWorld();
    GeosContext geos;
    std::map<Id, std::vector<const GridArea *>> byDepartment;
    for (const GridArea &grid : world.gridAreas)
        byDepartment[grid.departmentId].push_back(&grid);
    int twos = 0;
    for (const Department &department : world.departments) {
        if (department.kind != DepartmentKind::District) {
            CHECK(byDepartment.count(department.id) == 0);
            continue;
        }
        const auto &areas = byDepartment[department.id];
        REQUIRE((areas.size() == 1 || areas.size() == 2));
        if (areas.size() == 2) {
            ++twos;
            GeosGeometry a = geos.polygon(areas[0]->geometry);
            GeosGeometry b = geos.polygon(areas[1]->geometry);
            GeosGeometry aGrown = geos.buffer(a.get(), 0.01);
            CHECK(geos.area(geos.intersection(aGrown.get(), b.get()).get()) > 0.1); // share an edge
        }
    }
    CHECK(twos == 28 - 24);
}

TEST_CASE("Buildings do not overlap and each lies inside exactly one grid area")
{
    const World &world = articleWorld();
    GeosContext geos;
    std::vector<std::unique_ptr<GeosPrepared>> grids;
    for (const GridArea &grid : world.gridAreas)
        grids.push_back(prepare(geos, grid.geometry));

    std::vector<GeosGeometry> shapes;
    for (const Building &building : world.buildings) {
        shapes.push_back(geos.polygon(building.geometry));
        INFO(building.address);
        CHECK_FALSE(geos.invalidReason(shapes.back().get()).has_value());
        CHECK((building.floors >= 2 && building.floors <= 18));
        int covering = 0;
        int touching = 0;
        for (std::size_t g = 0; g < grids.size(); ++g) {
            if (grids[g]->covers(shapes.back().get())) {
                ++covering;
                CHECK(world.gridAreas[g].id == building.gridAreaId);
            }
            touching += grids[g]->intersects(shapes.back().get()) ? 1 : 0;
        }
        CHECK(covering == 1);
        CHECK(touching == 1);
    }

    // Sweep along x: only buildings whose extents overlap in x are compared.
    std::vector<std::size_t> order(world.buildings.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::vector<Box> boxes;
    for (const Building &building : world.buildings)
        boxes.push_back(boundsOf(building.geometry));
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return boxes[a].minX < boxes[b].minX; });
    int overlaps = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        for (std::size_t j = i + 1; j < order.size() && boxes[order[j]].minX <= boxes[order[i]].maxX; ++j) {
            if (boxes[order[j]].minY > boxes[order[i]].maxY || boxes[order[j]].maxY < boxes[order[i]].minY)
                continue;
            overlaps += geos.intersects(shapes[order[i]].get(), shapes[order[j]].get()) ? 1 : 0;
        }
    }
    CHECK(overlaps == 0);
}

TEST_CASE("Households lie on land, inside their building or village")
{
    const World &world = articleWorld();
    GeosContext geos;
    std::vector<std::unique_ptr<GeosPrepared>> islands;
    std::vector<std::unique_ptr<GeosPrepared>> inland;
    std::vector<Box> islandBoxes;
    for (const Island &island : world.islands) {
        islands.push_back(prepare(geos, island.geometry));
        inland.push_back(prepareInset(geos, island.geometry, kInsetMetres));
        islandBoxes.push_back(boundsOf(island.geometry));
    }
    std::vector<std::unique_ptr<GeosPrepared>> buildings;
    for (const Building &building : world.buildings)
        buildings.push_back(prepare(geos, building.geometry));
    std::vector<std::unique_ptr<GeosPrepared>> villages;
    for (const Village &village : world.villages)
        villages.push_back(prepare(geos, village.geometry));
    const Id town = world.urbanAreas.front().townshipId;

    long long offLand = 0;
    long long outsideHome = 0;
    long long tooNearCoast = 0;
    long long wrongUnit = 0;
    for (const Household &household : world.households) {
        bool onLand = false;
        bool inland60 = false;
        for (std::size_t i = 0; i < islands.size() && !onLand; ++i) {
            if (!islandBoxes[i].contains(household.location))
                continue;
            onLand = islands[i]->contains(household.location);
            inland60 = onLand && inland[i]->contains(household.location);
        }
        offLand += onLand ? 0 : 1;
        tooNearCoast += inland60 ? 0 : 1;
        GeosGeometry point = geos.point(household.location);
        REQUIRE(household.buildingId.has_value() != household.villageId.has_value());
        if (household.buildingId) {
            const Building &building = world.buildings.at(static_cast<std::size_t>(*household.buildingId - 1));
            outsideHome += buildings[static_cast<std::size_t>(building.id - 1)]->containsProperly(point.get()) ? 0 : 1;
            wrongUnit += household.gridAreaId == building.gridAreaId && household.townshipId == town ? 0 : 1;
        } else {
            const Village &village = world.villages.at(static_cast<std::size_t>(*household.villageId - 1));
            outsideHome += villages[static_cast<std::size_t>(village.id - 1)]->containsProperly(point.get()) ? 0 : 1;
            wrongUnit += household.townshipId == village.townshipId && !household.gridAreaId ? 0 : 1;
        }
    }
    CHECK(offLand == 0);
    CHECK(tooNearCoast == 0);
    CHECK(outsideHome == 0);
    CHECK(wrongUnit == 0);
}

TEST_CASE("Villages sit inland on every inhabited island, apart from each other and the town")
{
    const World &world = articleWorld();
    GeosContext geos;
    GeosGeometry urban = geos.polygon(world.urbanAreas.front().geometry);
    std::vector<GeosGeometry> shapes;
    std::map<Id, long long> householdsByIsland;
    for (const Household &household : world.households)
        if (household.villageId)
            ++householdsByIsland[world.villages.at(static_cast<std::size_t>(*household.villageId - 1)).islandId];
    for (const Village &village : world.villages) {
        INFO(village.name);
        shapes.push_back(geos.polygon(village.geometry));
        CHECK_FALSE(geos.invalidReason(shapes.back().get()).has_value());
        const Island &island = world.islands.at(static_cast<std::size_t>(village.islandId - 1));
        CHECK(village.townshipId == island.townshipId);
        CHECK(prepareInset(geos, island.geometry, kInsetMetres)->covers(shapes.back().get()));
        CHECK_FALSE(geos.intersects(shapes.back().get(), urban.get()));
        const double radius = std::sqrt(area(village.geometry) / 3.14159);
        CHECK(radius > 60.0);
        CHECK(radius < 300.0);
    }
    for (std::size_t i = 0; i < shapes.size(); ++i)
        for (std::size_t j = i + 1; j < shapes.size(); ++j)
            CHECK_FALSE(geos.intersects(shapes[i].get(), shapes[j].get()));

    // The eleven inhabited named islands; 小竹山岛 has no village.
    for (const char *name : {"南长山岛", "北长山岛", "大黑山岛", "小黑山岛", "庙岛", "砣矶岛", "大钦岛", "小钦岛",
                             "南隍城岛", "北隍城岛", "大竹山岛"}) {
        INFO(name);
        CHECK(householdsByIsland[islandNamed(world, name).id] > 0);
    }
    // Every township unit has village households to visit.
    std::set<Id> unitsWithVillagers;
    for (const Household &household : world.households)
        if (household.villageId)
            unitsWithVillagers.insert(household.townshipId);
    CHECK(unitsWithVillagers.size() == 10);
}

TEST_CASE("Townships cover their islands and shops stand in buildings")
{
    const World &world = articleWorld();
    for (const Township &township : world.townships) {
        double islandsArea = 0.0;
        for (const Island &island : world.islands)
            if (island.townshipId == township.id)
                islandsArea += area(island.geometry);
        INFO(township.name);
        CHECK(islandsArea > 0.0);
        CHECK(area(township.geometry) == Approx(islandsArea).epsilon(1e-6));
    }
    for (const Shop &shop : world.shops) {
        REQUIRE(shop.buildingId.has_value());
        const Building &building = world.buildings.at(static_cast<std::size_t>(*shop.buildingId - 1));
        CHECK(polygonContains(building.geometry, shop.location));
        CHECK(shop.gridAreaId == building.gridAreaId);
        CHECK_FALSE(shop.name.empty());
        CHECK_FALSE(shop.category.empty());
    }
}
