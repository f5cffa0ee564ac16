#pragma once
// One sqlite3 connection with SpatiaLite loaded and foreign keys enforced: the only way
// the store opens a project file, so every connection behaves the same.
#include <memory>
#include <string>

struct sqlite3;

namespace lianxin {

struct SqliteCloser {
    void operator()(sqlite3 *db) const;
};
using SqliteConnection = std::unique_ptr<sqlite3, SqliteCloser>;

enum class ConnectionMode {
    ReadOnly,  // never writes, never creates
    ReadWrite, // the file must exist
    Create,    // creates the file if missing
};

// Opens `path`, loads mod_spatialite, sets PRAGMA foreign_keys=ON and a busy timeout.
// Throws StoreError naming the file when SQLite cannot open it or SpatiaLite is missing.
SqliteConnection openSpatialiteConnection(const std::string &path, ConnectionMode mode);

} // namespace lianxin
