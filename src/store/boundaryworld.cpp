#include "store/boundaryworld.h"

#include "store/database.h"
#include "store/sqlitestatement.h"
#include "store/wkb.h"

#include <stdexcept>

namespace lianxin {

namespace {

template <typename ReadRow>
void forEachRow(const Database &db, const std::string &table, const std::string &sql, ReadRow read)
{
    SqliteStatement query(db.handle(), sql);
    while (query.step()) {
        try {
            read(query);
        } catch (const std::invalid_argument &error) {
            throw StoreError(StoreError::Kind::Corrupt,
                             db.path() + ": " + table + " " + std::to_string(query.int64At(0)) + ": " + error.what());
        }
    }
}

template <typename T>
void reserveRows(const Database &db, std::vector<T> &rows, const char *table)
{
    rows.reserve(static_cast<std::size_t>(queryInteger(db.handle(), std::string("SELECT count(*) FROM ") + table)));
}

void readPlaces(const Database &db, World &world)
{
    forEachRow(db, "urban_area", "SELECT id, name, township_id, AsBinary(geom) FROM urban_area ORDER BY id",
               [&](const SqliteStatement &row) {
                   world.urbanAreas.push_back({row.int64At(0), row.textAt(1), row.int64At(2), polygonFromWkb(row.blobAt(3))});
               });
    forEachRow(db, "grid_area", "SELECT id, code, name, department_id, AsBinary(geom) FROM grid_area ORDER BY id",
               [&](const SqliteStatement &row) {
                   world.gridAreas.push_back({row.int64At(0), row.textAt(1), row.textAt(2), row.int64At(3),
                                              polygonFromWkb(row.blobAt(4))});
               });
    reserveRows(db, world.buildings, "building");
    forEachRow(db, "building", "SELECT id, address, grid_area_id, floors, AsBinary(geom) FROM building ORDER BY id",
               [&](const SqliteStatement &row) {
                   world.buildings.push_back({row.int64At(0), row.textAt(1), row.int64At(2), row.intAt(3),
                                              polygonFromWkb(row.blobAt(4))});
               });
    forEachRow(db, "shop", "SELECT id, building_id, grid_area_id, AsBinary(geom) FROM shop ORDER BY id",
               [&](const SqliteStatement &row) {
                   Shop shop;
                   shop.id = row.int64At(0);
                   shop.buildingId = row.optionalInt64At(1);
                   shop.gridAreaId = row.optionalInt64At(2);
                   shop.location = pointFromWkb(row.blobAt(3));
                   world.shops.push_back(std::move(shop));
               });
}

void readPeople(const Database &db, World &world)
{
    forEachRow(db, "department", "SELECT id, name, kind FROM department ORDER BY id", [&](const SqliteStatement &row) {
        Department department;
        department.id = row.int64At(0);
        department.name = row.textAt(1);
        department.kind = row.textAt(2) == "township" ? DepartmentKind::Township : DepartmentKind::District;
        world.departments.push_back(std::move(department));
    });
    forEachRow(db, "contact_group", "SELECT id, code, department_id FROM contact_group ORDER BY id",
               [&](const SqliteStatement &row) {
                   world.groups.push_back({row.int64At(0), row.textAt(1), row.int64At(2), 0});
               });
    reserveRows(db, world.cadres, "cadre");
    forEachRow(db, "cadre", "SELECT id, department_id FROM cadre ORDER BY id", [&](const SqliteStatement &row) {
        Cadre cadre;
        cadre.id = row.int64At(0);
        cadre.departmentId = row.int64At(1);
        world.cadres.push_back(std::move(cadre));
    });
    reserveRows(db, world.households, "household");
    forEachRow(db, "household",
               "SELECT id, code, building_id, village_id, grid_area_id, township_id, group_id, AsBinary(geom) "
               "FROM household ORDER BY id",
               [&](const SqliteStatement &row) {
                   Household household;
                   household.id = row.int64At(0);
                   household.code = row.textAt(1);
                   household.buildingId = row.optionalInt64At(2);
                   household.villageId = row.optionalInt64At(3);
                   household.gridAreaId = row.optionalInt64At(4);
                   household.townshipId = row.int64At(5);
                   household.groupId = row.int64At(6);
                   household.location = pointFromWkb(row.blobAt(7));
                   world.households.push_back(std::move(household));
               });
    reserveRows(db, world.residents, "resident");
    forEachRow(db, "resident", "SELECT id, household_id FROM resident ORDER BY id", [&](const SqliteStatement &row) {
        Resident resident;
        resident.id = row.int64At(0);
        resident.householdId = row.int64At(1);
        world.residents.push_back(std::move(resident));
    });
    reserveRows(db, world.suggestions, "suggestion");
    forEachRow(db, "suggestion", "SELECT id, household_id, grid_area_id, status FROM suggestion ORDER BY id",
               [&](const SqliteStatement &row) {
                   Suggestion suggestion;
                   suggestion.id = row.int64At(0);
                   suggestion.householdId = row.int64At(1);
                   suggestion.gridAreaId = row.optionalInt64At(2);
                   // A status this build does not know is taken as open: the impact counts
                   // every suggestion that is not done.
                   suggestion.status = suggestionStatusFromString(row.textAt(3)).value_or(SuggestionStatus::InProgress);
                   world.suggestions.push_back(std::move(suggestion));
               });
}

} // namespace

World loadBoundaryWorld(const Database &db)
{
    World world;
    readPlaces(db, world);
    readPeople(db, world);
    return world;
}

} // namespace lianxin
