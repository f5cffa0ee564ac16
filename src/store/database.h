#pragma once
// The project database: one SpatiaLite file in EPSG:4549 that opens in QGIS as it is.
//
// Schema, migrations and writes go through the sqlite3 C API with mod_spatialite loaded,
// because OGR's SQLite driver cannot declare foreign keys, run migrations keyed on
// PRAGMA user_version, or span one transaction over every table. Geometry crosses the
// boundary as WKB built and parsed by OGR. Interchange formats (GeoJSON, GeoPackage,
// CSV) are read and written through GDAL/OGR elsewhere in the store.
#include "core/world.h"
#include "store/storeerror.h"

#include <map>
#include <memory>
#include <string>

struct sqlite3;

namespace lianxin {

class Database {
public:
    // The schema this build writes; older files are migrated on open, newer ones refused.
    static constexpr int kSchemaVersion = 6;

    enum class Mode { ReadOnly, ReadWrite };

    // Opens an existing project database. Throws StoreError naming the problem (missing
    // file, not a database, truncated/corrupt, newer schema, no write permission) and
    // leaves the file untouched in every such case.
    static std::unique_ptr<Database> open(const std::string &path, Mode mode = Mode::ReadWrite);
    // Creates a new, empty project database with the current schema. Refuses to
    // overwrite an existing file.
    static std::unique_ptr<Database> create(const std::string &path);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const std::string &path() const { return m_path; }
    int schemaVersion() const;

    // Replaces the whole content with `world` in one transaction: all or nothing. `meta`
    // and the edit history (change_set, audit, boundary_version) are kept; a history row
    // that would refer to a row the new world lacks refuses the save, naming it.
    // A row the schema rejects throws StoreError(BadInput) naming table, id and reason.
    void saveWorld(const World &world);
    // Every entity back, each vector sorted by id.
    World loadWorld() const;

    // Key/value metadata (generator, seed, scale, created).
    void setMeta(const std::string &key, const std::string &value);
    std::string meta(const std::string &key) const; // "" if absent
    std::map<std::string, std::string> allMeta() const;

    // Row count of every table of the data model, by table name.
    std::map<std::string, long long> tableCounts() const;
    // Suggestions by status name ("done", "in_progress", "blocked").
    std::map<std::string, long long> suggestionStatusCounts() const;
    // Problems reported by PRAGMA foreign_key_check, one line each.
    std::vector<std::string> foreignKeyProblems() const;
    // Geometry tables with their geometry column, as registered in geometry_columns:
    // "building.geom", ... sorted by table name.
    std::vector<std::string> geometryTables() const;

    // For tests and tools that need raw SQL; the Database keeps ownership.
    sqlite3 *handle() const { return m_db; }

private:
    Database(std::string path, sqlite3 *db);
    std::string m_path;
    sqlite3 *m_db = nullptr; // owned; closed in the destructor
};

} // namespace lianxin
