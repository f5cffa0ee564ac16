// Schema version 1: the whole data model of DESIGN.md. Frozen once released: later
// changes are new migration steps, never edits here, so that every file of version 1
// has exactly these tables.
#include "store/schema.h"

#include "store/sqlitestatement.h"

#include <string>

namespace lianxin {

namespace {

// Dates are ISO 'YYYY-MM-DD' text: sortable, readable in QGIS, and refused when a
// tool writes anything else.
std::string isoDate(const std::string &column)
{
    return "CHECK (" + column + " GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')";
}

std::string flag(const std::string &column)
{
    return column + " INTEGER NOT NULL CHECK (" + column + " IN (0, 1))";
}

std::string tablesSql()
{
    return R"(
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL);
CREATE TABLE township (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    unit_type TEXT NOT NULL);
CREATE TABLE island (
    id INTEGER PRIMARY KEY,
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL,
    township_id INTEGER REFERENCES township(id));
CREATE TABLE department (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('district', 'township')),
    township_id INTEGER REFERENCES township(id),
    CONSTRAINT department_township_only_for_township_kind
        CHECK ((kind = 'township') = (township_id IS NOT NULL)));
CREATE TABLE leader (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    title TEXT NOT NULL);
CREATE TABLE leader_township (
    leader_id INTEGER NOT NULL REFERENCES leader(id),
    township_id INTEGER NOT NULL REFERENCES township(id),
    PRIMARY KEY (leader_id, township_id));
CREATE TABLE urban_area (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    township_id INTEGER NOT NULL REFERENCES township(id));
CREATE TABLE grid_area (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    department_id INTEGER NOT NULL REFERENCES department(id));
CREATE TABLE village (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    township_id INTEGER NOT NULL REFERENCES township(id),
    island_id INTEGER NOT NULL REFERENCES island(id));
CREATE TABLE building (
    id INTEGER PRIMARY KEY,
    address TEXT NOT NULL,
    grid_area_id INTEGER NOT NULL REFERENCES grid_area(id),
    floors INTEGER NOT NULL CHECK (floors >= 1));
CREATE TABLE shop (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    category TEXT NOT NULL,
    building_id INTEGER REFERENCES building(id),
    grid_area_id INTEGER REFERENCES grid_area(id));
CREATE TABLE cadre (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    department_id INTEGER NOT NULL REFERENCES department(id),
    )" + flag("party_member") + R"(,
    seniority_years INTEGER NOT NULL,
    )" + flag("local") + R"(,
    birth_year INTEGER NOT NULL,
    gender TEXT NOT NULL);
CREATE TABLE contact_group (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    department_id INTEGER NOT NULL REFERENCES department(id),
    rules_met INTEGER NOT NULL);
CREATE TABLE group_member (
    id INTEGER PRIMARY KEY, -- keeps the World's order of members
    group_id INTEGER NOT NULL REFERENCES contact_group(id),
    cadre_id INTEGER NOT NULL UNIQUE REFERENCES cadre(id),
    )" + flag("is_leader") + R"();
CREATE TABLE household (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    address TEXT NOT NULL,
    building_id INTEGER REFERENCES building(id),
    village_id INTEGER REFERENCES village(id),
    grid_area_id INTEGER REFERENCES grid_area(id),
    township_id INTEGER NOT NULL REFERENCES township(id),
    group_id INTEGER NOT NULL REFERENCES contact_group(id),
    flags INTEGER NOT NULL,
    CONSTRAINT household_in_building_or_village CHECK ((building_id IS NULL) <> (village_id IS NULL)));
CREATE TABLE resident (
    id INTEGER PRIMARY KEY,
    household_id INTEGER NOT NULL REFERENCES household(id),
    name TEXT NOT NULL,
    gender TEXT NOT NULL,
    birth_year INTEGER NOT NULL,
    )" + flag("is_head") + R"(,
    )" + flag("party_member") + R"(,
    phone TEXT NOT NULL);
CREATE TABLE topic_thread (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    concern_item TEXT NOT NULL,
    first_on TEXT NOT NULL )" + isoDate("first_on") + R"(,
    last_on TEXT NOT NULL )" + isoDate("last_on") + R"(,
    member_count INTEGER NOT NULL);
CREATE TABLE suggestion (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    household_id INTEGER NOT NULL REFERENCES household(id),
    grid_area_id INTEGER REFERENCES grid_area(id),
    village_id INTEGER REFERENCES village(id),
    department_id INTEGER NOT NULL REFERENCES department(id),
    round INTEGER NOT NULL CHECK (round >= 1),
    concern_group INTEGER NOT NULL CHECK (concern_group BETWEEN 1 AND 5),
    concern_item TEXT NOT NULL,
    text TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('done', 'in_progress', 'blocked')),
    submitted_on TEXT NOT NULL )" + isoDate("submitted_on") + R"(,
    replied_on TEXT NOT NULL )" + isoDate("replied_on") + R"(,
    closed_on TEXT )" + isoDate("closed_on") + R"(,
    satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
    thread_id INTEGER REFERENCES topic_thread(id));
CREATE TABLE suggestion_event (
    id INTEGER PRIMARY KEY,
    suggestion_id INTEGER NOT NULL REFERENCES suggestion(id),
    kind TEXT NOT NULL CHECK (kind IN ('dispatch', 'accept', 'handle', 'feedback', 'revisit', 'reopen')),
    event_on TEXT NOT NULL )" + isoDate("event_on") + R"(,
    actor TEXT NOT NULL,
    note TEXT NOT NULL);
CREATE TABLE demo_planted_problem (
    id INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    concern_item TEXT NOT NULL);
CREATE TABLE demo_planted_member (
    problem_id INTEGER NOT NULL REFERENCES demo_planted_problem(id),
    suggestion_id INTEGER NOT NULL REFERENCES suggestion(id),
    PRIMARY KEY (problem_id, suggestion_id));
CREATE TABLE boundary_version (
    id INTEGER PRIMARY KEY,
    grid_area_id INTEGER NOT NULL REFERENCES grid_area(id),
    version INTEGER NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    note TEXT NOT NULL);
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_id INTEGER,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    before_json TEXT,
    after_json TEXT);
)";
}

struct GeometryColumnV1 {
    const char *table;
    const char *type;
};

// The geometry column of every spatial table is called "geom".
constexpr GeometryColumnV1 kGeometryColumns[] = {
    {"township", "MULTIPOLYGON"},
    {"island", "POLYGON"},
    {"urban_area", "POLYGON"},
    {"grid_area", "POLYGON"},
    {"village", "POLYGON"},
    {"building", "POLYGON"},
    {"shop", "POINT"},
    {"household", "POINT"},
    {"topic_thread", "POLYGON"},
    {"suggestion", "POINT"},
    {"demo_planted_problem", "POINT"},
    {"boundary_version", "POLYGON"},
};

// Indexes on the foreign keys that joins and the loader follow, and that a parent's
// delete must search (without one, SQLite scans the child table per deleted parent).
constexpr const char *kIndexesSql = R"(
CREATE INDEX household_group_id ON household(group_id);
CREATE INDEX household_building_id ON household(building_id);
CREATE INDEX resident_household_id ON resident(household_id);
CREATE INDEX suggestion_household_id ON suggestion(household_id);
CREATE INDEX suggestion_event_suggestion_id ON suggestion_event(suggestion_id);
)";

// The same masking as core maskPhone(): first 3 and last 4 characters kept, the rest
// starred; shorter than 7 characters is starred whole. replace(hex(zeroblob(n)), '00',
// '*') makes n stars with built-in functions only, so the view works in any SQLite.
constexpr const char *kViewsSql = R"(
CREATE VIEW resident_masked AS
SELECT id, household_id, name, gender, birth_year, is_head, party_member,
       CASE WHEN length(phone) < 7
            THEN replace(hex(zeroblob(length(phone))), '00', '*')
            ELSE substr(phone, 1, 3) || replace(hex(zeroblob(length(phone) - 7)), '00', '*') || substr(phone, -4)
       END AS phone
FROM resident;
)";

} // namespace

void createSchemaVersion1(sqlite3 *db)
{
    // Only the reference systems we use instead of SpatiaLite's full EPSG table: the
    // file stays ~0.3 MB instead of ~6.6 MB. 4490 (CGCS2000 geographic) and 4326 (WGS 84)
    // let SQL users Transform() to lon/lat inside the file.
    execSql(db, "SELECT InitSpatialMetadata(0, 'NONE')");
    for (const int srid : {kProjectSrid, 4490, 4326})
        execSql(db, "SELECT InsertEpsgSrid(" + std::to_string(srid) + ")");
    if (queryInteger(db, "SELECT count(*) FROM spatial_ref_sys WHERE srid = " + std::to_string(kProjectSrid)) != 1)
        throw StoreError(StoreError::Kind::Sql, databaseFileName(db) + ": SpatiaLite does not know EPSG:4549");

    execSql(db, tablesSql());
    for (const auto &column : kGeometryColumns) {
        const std::string table = column.table;
        // AddGeometryColumn and CreateSpatialIndex report failure as 0, not as an error.
        if (queryInteger(db, "SELECT AddGeometryColumn('" + table + "', 'geom', " + std::to_string(kProjectSrid) +
                                 ", '" + column.type + "', 'XY')") != 1)
            throw StoreError(StoreError::Kind::Sql, databaseFileName(db) + ": cannot add the geometry column of " + table);
        if (queryInteger(db, "SELECT CreateSpatialIndex('" + table + "', 'geom')") != 1)
            throw StoreError(StoreError::Kind::Sql, databaseFileName(db) + ": cannot create the spatial index of " + table);
    }
    execSql(db, kIndexesSql);
    execSql(db, kViewsSql);
}

} // namespace lianxin
