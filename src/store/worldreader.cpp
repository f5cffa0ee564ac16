#include "store/worldreader.h"

#include "store/sqlitestatement.h"
#include "store/wkb.h"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

namespace lianxin {

namespace {

// A value of one row that the model cannot hold.
[[noreturn]] void throwBadRow(sqlite3 *db, const std::string &table, Id id, const std::string &problem)
{
    throw StoreError(StoreError::Kind::Corrupt,
                     databaseFileName(db) + ": " + table + " " + std::to_string(id) + ": " + problem);
}

// Runs `sql` and calls `read(row)` for each result row; exceptions from the WKB parser
// or value conversion are reported with the table and the row's id (column 0).
template <typename ReadRow>
void forEachRow(sqlite3 *db, const std::string &table, const std::string &sql, ReadRow read)
{
    SqliteStatement query(db, sql);
    while (query.step()) {
        try {
            read(query);
        } catch (const std::invalid_argument &error) {
            throwBadRow(db, table, query.int64At(0), error.what());
        }
    }
}

Date dateAt(const SqliteStatement &row, int column)
{
    const std::string text = row.textAt(column);
    const auto date = Date::parseIso(text);
    if (!date)
        throw std::invalid_argument("'" + text + "' is not a date (YYYY-MM-DD)");
    return *date;
}

std::optional<Date> optionalDateAt(const SqliteStatement &row, int column)
{
    if (row.isNull(column))
        return std::nullopt;
    return dateAt(row, column);
}

std::optional<int> optionalIntAt(const SqliteStatement &row, int column)
{
    if (row.isNull(column))
        return std::nullopt;
    return row.intAt(column);
}

void readPlaces(sqlite3 *db, World &world)
{
    forEachRow(db, "township", "SELECT id, name, unit_type, AsBinary(geom) FROM township ORDER BY id",
               [&](const SqliteStatement &row) {
                   world.townships.push_back(
                       {row.int64At(0), row.textAt(1), row.textAt(2), multiPolygonFromWkb(row.blobAt(3))});
               });
    forEachRow(db, "island", "SELECT id, name_zh, name_en, township_id, AsBinary(geom) FROM island ORDER BY id",
               [&](const SqliteStatement &row) {
                   world.islands.push_back({row.int64At(0), row.textAt(1), row.textAt(2), row.optionalInt64At(3),
                                            polygonFromWkb(row.blobAt(4))});
               });
    forEachRow(db, "urban_area", "SELECT id, name, township_id, AsBinary(geom) FROM urban_area ORDER BY id",
               [&](const SqliteStatement &row) {
                   world.urbanAreas.push_back(
                       {row.int64At(0), row.textAt(1), row.int64At(2), polygonFromWkb(row.blobAt(3))});
               });
    forEachRow(db, "grid_area", "SELECT id, code, name, department_id, AsBinary(geom) FROM grid_area ORDER BY id",
               [&](const SqliteStatement &row) {
                   world.gridAreas.push_back({row.int64At(0), row.textAt(1), row.textAt(2), row.int64At(3),
                                              polygonFromWkb(row.blobAt(4))});
               });
    forEachRow(db, "village", "SELECT id, name, township_id, island_id, AsBinary(geom) FROM village ORDER BY id",
               [&](const SqliteStatement &row) {
                   world.villages.push_back({row.int64At(0), row.textAt(1), row.int64At(2), row.int64At(3),
                                             polygonFromWkb(row.blobAt(4))});
               });
    forEachRow(db, "building",
               "SELECT id, address, grid_area_id, floors, AsBinary(geom) FROM building ORDER BY id",
               [&](const SqliteStatement &row) {
                   world.buildings.push_back({row.int64At(0), row.textAt(1), row.int64At(2), row.intAt(3),
                                              polygonFromWkb(row.blobAt(4))});
               });
    forEachRow(db, "shop",
               "SELECT id, name, category, building_id, grid_area_id, AsBinary(geom) FROM shop ORDER BY id",
               [&](const SqliteStatement &row) {
                   world.shops.push_back({row.int64At(0), row.textAt(1), row.textAt(2), row.optionalInt64At(3),
                                          row.optionalInt64At(4), pointFromWkb(row.blobAt(5))});
               });
}

void readOrganisation(sqlite3 *db, World &world)
{
    forEachRow(db, "department", "SELECT id, name, kind, township_id FROM department ORDER BY id",
               [&](const SqliteStatement &row) {
                   const std::string kind = row.textAt(2);
                   if (kind != "district" && kind != "township")
                       throw std::invalid_argument("unknown department kind '" + kind + "'");
                   world.departments.push_back({row.int64At(0), row.textAt(1),
                                                kind == "district" ? DepartmentKind::District : DepartmentKind::Township,
                                                row.optionalInt64At(3)});
               });
    forEachRow(db, "leader", "SELECT id, name, title FROM leader ORDER BY id", [&](const SqliteStatement &row) {
        world.leaders.push_back({row.int64At(0), row.textAt(1), row.textAt(2), {}});
    });
    std::unordered_map<Id, Leader *> leaders;
    for (Leader &leader : world.leaders)
        leaders[leader.id] = &leader;
    // rowid order is the order the links were saved in.
    forEachRow(db, "leader_township", "SELECT leader_id, township_id FROM leader_township ORDER BY rowid",
               [&](const SqliteStatement &row) {
                   const auto found = leaders.find(row.int64At(0));
                   if (found == leaders.end())
                       throw std::invalid_argument("links a leader that does not exist");
                   found->second->townshipIds.push_back(row.int64At(1));
               });
    forEachRow(db, "cadre",
               "SELECT id, name, department_id, party_member, seniority_years, local, birth_year, gender "
               "FROM cadre ORDER BY id",
               [&](const SqliteStatement &row) {
                   world.cadres.push_back({row.int64At(0), row.textAt(1), row.int64At(2), row.intAt(3) != 0,
                                           row.intAt(4), row.intAt(5) != 0, row.intAt(6), row.textAt(7)});
               });
    forEachRow(db, "contact_group", "SELECT id, code, department_id, rules_met FROM contact_group ORDER BY id",
               [&](const SqliteStatement &row) {
                   world.groups.push_back(
                       {row.int64At(0), row.textAt(1), row.int64At(2), static_cast<unsigned>(row.int64At(3))});
               });
    forEachRow(db, "group_member", "SELECT id, group_id, cadre_id, is_leader FROM group_member ORDER BY id",
               [&](const SqliteStatement &row) {
                   world.groupMembers.push_back({row.int64At(1), row.int64At(2), row.intAt(3) != 0});
               });
}

void readHouseholds(sqlite3 *db, World &world)
{
    world.households.reserve(static_cast<size_t>(queryInteger(db, "SELECT count(*) FROM household")));
    forEachRow(db, "household",
               "SELECT id, code, address, building_id, village_id, grid_area_id, township_id, group_id, flags, "
               "AsBinary(geom) FROM household ORDER BY id",
               [&](const SqliteStatement &row) {
                   world.households.push_back({row.int64At(0), row.textAt(1), row.textAt(2), row.optionalInt64At(3),
                                               row.optionalInt64At(4), row.optionalInt64At(5), row.int64At(6),
                                               row.int64At(7), static_cast<unsigned>(row.int64At(8)),
                                               pointFromWkb(row.blobAt(9))});
               });
    world.residents.reserve(static_cast<size_t>(queryInteger(db, "SELECT count(*) FROM resident")));
    forEachRow(db, "resident",
               "SELECT id, household_id, name, gender, birth_year, is_head, party_member, phone "
               "FROM resident ORDER BY id",
               [&](const SqliteStatement &row) {
                   world.residents.push_back({row.int64At(0), row.int64At(1), row.textAt(2), row.textAt(3),
                                              row.intAt(4), row.intAt(5) != 0, row.intAt(6) != 0, row.textAt(7)});
               });
}

void readSuggestions(sqlite3 *db, World &world)
{
    forEachRow(db, "topic_thread",
               "SELECT id, label, concern_item, first_on, last_on, member_count, AsBinary(geom) "
               "FROM topic_thread ORDER BY id",
               [&](const SqliteStatement &row) {
                   world.topicThreads.push_back({row.int64At(0), row.textAt(1), row.textAt(2), dateAt(row, 3),
                                                 dateAt(row, 4), row.intAt(5), polygonFromWkb(row.blobAt(6))});
               });
    forEachRow(db, "suggestion",
               "SELECT id, code, household_id, grid_area_id, village_id, department_id, round, concern_group, "
               "concern_item, text, status, submitted_on, replied_on, closed_on, satisfaction, thread_id, "
               "AsBinary(geom) FROM suggestion ORDER BY id",
               [&](const SqliteStatement &row) {
                   const auto status = suggestionStatusFromString(row.textAt(10));
                   if (!status)
                       throw std::invalid_argument("unknown status '" + row.textAt(10) + "'");
                   world.suggestions.push_back({row.int64At(0), row.textAt(1), row.int64At(2),
                                                row.optionalInt64At(3), row.optionalInt64At(4), row.int64At(5),
                                                row.intAt(6), row.intAt(7), row.textAt(8), row.textAt(9), *status,
                                                dateAt(row, 11), dateAt(row, 12), optionalDateAt(row, 13),
                                                optionalIntAt(row, 14), row.optionalInt64At(15),
                                                pointFromWkb(row.blobAt(16))});
               });
    forEachRow(db, "suggestion_event",
               "SELECT id, suggestion_id, kind, event_on, actor, note FROM suggestion_event ORDER BY id",
               [&](const SqliteStatement &row) {
                   const auto kind = eventKindFromString(row.textAt(2));
                   if (!kind)
                       throw std::invalid_argument("unknown event kind '" + row.textAt(2) + "'");
                   world.suggestionEvents.push_back(
                       {row.int64At(0), row.int64At(1), *kind, dateAt(row, 3), row.textAt(4), row.textAt(5)});
               });
}

void readPlantedProblems(sqlite3 *db, World &world)
{
    forEachRow(db, "demo_planted_problem",
               "SELECT id, description, concern_item, AsBinary(geom) FROM demo_planted_problem ORDER BY id",
               [&](const SqliteStatement &row) {
                   world.plantedProblems.push_back(
                       {row.int64At(0), row.textAt(1), row.textAt(2), pointFromWkb(row.blobAt(3)), {}});
               });
    std::unordered_map<Id, PlantedProblem *> problems;
    for (PlantedProblem &problem : world.plantedProblems)
        problems[problem.id] = &problem;
    forEachRow(db, "demo_planted_member",
               "SELECT problem_id, suggestion_id FROM demo_planted_member ORDER BY rowid",
               [&](const SqliteStatement &row) {
                   const auto found = problems.find(row.int64At(0));
                   if (found == problems.end())
                       throw std::invalid_argument("names a planted problem that does not exist");
                   found->second->suggestionIds.push_back(row.int64At(1));
               });
}

} // namespace

World readWorld(sqlite3 *db)
{
    // One read transaction, so a writer in another process cannot slip in between tables.
    SqliteTransaction snapshot(db, SqliteTransaction::Lock::Read);
    World world;
    readPlaces(db, world);
    readOrganisation(db, world);
    readHouseholds(db, world);
    readSuggestions(db, world);
    readPlantedProblems(db, world);
    return world; // the read transaction ends with `snapshot`
}

} // namespace lianxin
