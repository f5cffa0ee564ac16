// Schema version 5: visit rounds, visit records and island landings (issue 11).
//
// A round keeps what it was planned with (dates, scope, goal, visits per day, the chosen
// start); the walking order itself is not stored: it is derived again from the
// households and the round whenever routes or sheets are asked for (planning the county
// takes well under a second), so an edit of the groups never leaves a stale order behind.
// A visit record is one door on one day; the household's state in the round is derived
// from its records (core/visitrecord.h). Landings (码头) let a route's leg on an island
// start where the boat lands.
#include "store/schema.h"

#include "store/sqlitestatement.h"

#include <string>

namespace lianxin {

void createSchemaVersion5Visits(sqlite3 *db)
{
    execSql(db, R"(
CREATE TABLE visit_round (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    start_on TEXT NOT NULL CHECK (start_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    end_on TEXT NOT NULL CHECK (end_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    department_id INTEGER REFERENCES department(id),
    township_id INTEGER REFERENCES township(id),
    goal TEXT NOT NULL CHECK (goal IN ('everyone', 'priority')),
    priority_first INTEGER NOT NULL CHECK (priority_first IN (0, 1)),
    visits_per_day INTEGER NOT NULL CHECK (visits_per_day >= 1),
    urgent_working_days INTEGER NOT NULL CHECK (urgent_working_days >= 1),
    from_x REAL,
    from_y REAL,
    CONSTRAINT visit_round_dates_in_order CHECK (end_on >= start_on),
    CONSTRAINT visit_round_one_scope CHECK (department_id IS NULL OR township_id IS NULL),
    CONSTRAINT visit_round_start_point CHECK ((from_x IS NULL) = (from_y IS NULL)));
CREATE TABLE visit_record (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES visit_round(id),
    household_id INTEGER NOT NULL REFERENCES household(id),
    visited_on TEXT NOT NULL CHECK (visited_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    cadres TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('seen', 'absent', 'moved', 'refused')),
    note TEXT NOT NULL,
    suggestion_id INTEGER REFERENCES suggestion(id));
CREATE INDEX visit_record_round_household ON visit_record(round_id, household_id);
CREATE INDEX visit_record_household_id ON visit_record(household_id);
CREATE TABLE island_landing (
    id INTEGER PRIMARY KEY,
    island_id INTEGER NOT NULL REFERENCES island(id),
    name TEXT NOT NULL);
CREATE INDEX island_landing_island_id ON island_landing(island_id);
)");
    const std::string srid = std::to_string(kProjectSrid);
    if (queryInteger(db, "SELECT AddGeometryColumn('island_landing', 'geom', " + srid + ", 'POINT', 'XY', 1)") != 1)
        throw StoreError(StoreError::Kind::Sql, databaseFileName(db) + ": cannot add the geometry column of island_landing");
    if (queryInteger(db, "SELECT CreateSpatialIndex('island_landing', 'geom')") != 1)
        throw StoreError(StoreError::Kind::Sql, databaseFileName(db) + ": cannot create the spatial index of island_landing");
}

} // namespace lianxin
