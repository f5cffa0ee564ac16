#pragma once
// The project schema as code: an ordered list of migration steps, each taking a file
// from PRAGMA user_version N-1 to N. Step 1 creates everything on a new file; later
// steps upgrade older files when they are opened read-write.
#include <functional>
#include <string>
#include <vector>

struct sqlite3;

namespace lianxin {

// Every geometry of the project is stored in EPSG:4549 (CGCS2000 / 3-degree GK CM 120E).
constexpr int kProjectSrid = 4549;

struct Migration {
    int version = 0;         // the user_version this step produces
    std::string description; // for error messages: "create the schema"
    std::function<void(sqlite3 *)> apply;
};

// The steps this build knows, versions 1..Database::kSchemaVersion in order.
const std::vector<Migration> &schemaMigrations();

// Step 1: SpatiaLite metadata, every table, spatial index, index and view.
void createSchemaVersion1(sqlite3 *db);
// Step 2: change_set, and audit rows tied to the change set that wrote them.
void createSchemaVersion2(sqlite3 *db);
// Steps 3-6, one file each (schemav<N><name>.cpp).
void createSchemaVersion3Platform(sqlite3 *db);
void createSchemaVersion4Boundaries(sqlite3 *db);
void createSchemaVersion5Visits(sqlite3 *db);
void createSchemaVersion6Import(sqlite3 *db);

int userVersion(sqlite3 *db);

// Applies, in ONE transaction, every step whose version is above the file's
// user_version, then sets user_version to the last step applied. All or nothing: if a
// step throws, the file is left exactly as it was and the StoreError names the step.
// Steps must be consecutive (1, 2, 3...); a gap is a programming error (std::logic_error).
void applyMigrations(sqlite3 *db, const std::vector<Migration> &steps);

// Tables of the current data model, parents before children: the order in which rows
// are written (and, reversed, deleted) without tripping a foreign key.
const std::vector<std::string> &dataTables();

// The edit history (change_set, audit, boundary_version): replacing a world never erases
// it, and only the store itself writes change_set and audit.
bool isHistoryTable(const std::string &table);
// Tables an editor's change set may write: the data model without meta, change_set and
// audit (boundary_version is written by the boundary editor's change sets).
bool isEditableTable(const std::string &table);

} // namespace lianxin
