#include "store/schema.h"

#include "store/sqlitestatement.h"

#include <algorithm>
#include <stdexcept>

namespace lianxin {

const std::vector<Migration> &schemaMigrations()
{
    static const std::vector<Migration> steps = {
        {1, "create the schema", createSchemaVersion1},
        {2, "add change sets to the audit log", createSchemaVersion2},
        {3, "add the suggestion workflow and the working-day calendar", createSchemaVersion3Platform},
        {4, "add grid-boundary versions", createSchemaVersion4Boundaries},
        {5, "add visit rounds", createSchemaVersion5Visits},
        {6, "add codes for import and QGIS layer styles", createSchemaVersion6Import},
    };
    return steps;
}

int userVersion(sqlite3 *db)
{
    return static_cast<int>(queryInteger(db, "PRAGMA user_version"));
}

void applyMigrations(sqlite3 *db, const std::vector<Migration> &steps)
{
    const int fileVersion = userVersion(db);
    int reached = fileVersion;
    SqliteTransaction transaction(db);
    for (const Migration &step : steps) {
        if (step.version <= fileVersion)
            continue;
        if (step.version != reached + 1)
            throw std::logic_error("schema migration steps are not consecutive at version " +
                                   std::to_string(step.version));
        try {
            step.apply(db);
        } catch (const StoreError &error) {
            throw StoreError(error.kind(), "cannot upgrade " + databaseFileName(db) + " to schema version " +
                                               std::to_string(step.version) + " (" + step.description +
                                               "): " + error.what());
        }
        reached = step.version;
    }
    if (reached == fileVersion)
        return; // nothing to do; the empty transaction rolls back
    // user_version lives in the file header, which is written through the same
    // transaction: a rollback restores the old version with the old tables.
    execSql(db, "PRAGMA user_version = " + std::to_string(reached));
    transaction.commit();
}

const std::vector<std::string> &dataTables()
{
    static const std::vector<std::string> tables = {
        "meta",
        "township",
        "island",
        "department",
        "leader",
        "leader_township",
        "urban_area",
        "grid_area",
        "village",
        "building",
        "shop",
        "cadre",
        "contact_group",
        "group_member",
        "household",
        "resident",
        "topic_thread",
        "suggestion",
        "suggestion_event",
        "demo_planted_problem",
        "demo_planted_member",
        "island_landing",
        "visit_round",
        "visit_record",
        "boundary_version",
        "change_set",
        "audit",
    };
    return tables;
}

bool isHistoryTable(const std::string &table)
{
    return table == "change_set" || table == "audit" || table == "boundary_version";
}

bool isEditableTable(const std::string &table)
{
    if (table == "meta" || table == "change_set" || table == "audit")
        return false;
    const std::vector<std::string> &tables = dataTables();
    return std::find(tables.begin(), tables.end(), table) != tables.end();
}

} // namespace lianxin
