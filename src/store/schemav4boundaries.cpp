// Schema version 4: grid-boundary versions (issue 9).
//
// One boundary_version row per grid area a boundary save changed: the area as it was
// before the save (geometry, code, name, department; NULL geometry for an area the save
// added) and whether the save changed, added or removed it. `version` numbers the saves
// (all rows of one save share it); the change set that wrote a version is found through
// the audit rows of its inserts. The coverage as of version N is, per area, the
// geometry of its first row with version >= N, else today's.
//
// An area merged away must keep its history, so grid_area_id can no longer reference
// grid_area: the table is rebuilt without that foreign key (SQLite cannot drop a
// constraint), with SpatiaLite's registration of the geometry column and its spatial
// index taken down and put back around the rebuild.
#include "store/schema.h"

#include "store/sqlitestatement.h"
#include "store/storeerror.h"

namespace lianxin {

namespace {

void expectOne(sqlite3 *db, const std::string &sql, const std::string &what)
{
    if (queryInteger(db, sql) != 1)
        throw StoreError(StoreError::Kind::Sql, databaseFileName(db) + ": cannot " + what + " of boundary_version");
}

} // namespace

void createSchemaVersion4Boundaries(sqlite3 *db)
{
    expectOne(db, "SELECT DisableSpatialIndex('boundary_version', 'geom')", "disable the spatial index");
    expectOne(db, "SELECT DiscardGeometryColumn('boundary_version', 'geom')", "unregister the geometry column");
    execSql(db, R"(
DROP TABLE idx_boundary_version_geom;
CREATE TABLE boundary_version_v4 (
    id INTEGER PRIMARY KEY,
    grid_area_id INTEGER NOT NULL,
    version INTEGER NOT NULL CHECK (version >= 1),
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    note TEXT NOT NULL,
    geom POLYGON,
    kind TEXT NOT NULL DEFAULT 'changed' CHECK (kind IN ('changed', 'added', 'removed')),
    code TEXT,
    name TEXT,
    department_id INTEGER REFERENCES department(id));
INSERT INTO boundary_version_v4 (id, grid_area_id, version, at, actor, note, geom)
    SELECT id, grid_area_id, version, at, actor, note, geom FROM boundary_version;
DROP TABLE boundary_version;
ALTER TABLE boundary_version_v4 RENAME TO boundary_version;
CREATE INDEX boundary_version_version ON boundary_version(version);
CREATE INDEX boundary_version_grid_area_id ON boundary_version(grid_area_id);
)");
    expectOne(db, "SELECT RecoverGeometryColumn('boundary_version', 'geom', " + std::to_string(kProjectSrid) +
                      ", 'POLYGON', 'XY')",
              "register the geometry column");
    expectOne(db, "SELECT CreateSpatialIndex('boundary_version', 'geom')", "create the spatial index");
}

} // namespace lianxin
