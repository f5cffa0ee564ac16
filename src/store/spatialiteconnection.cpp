#include "store/spatialiteconnection.h"

#include "store/sqlitestatement.h"

#include <sqlite3.h>

namespace lianxin {

void SqliteCloser::operator()(sqlite3 *db) const
{
    // close_v2 defers the close until every statement is finalized, so an exception
    // unwinding past a live SqliteStatement cannot leak the connection.
    sqlite3_close_v2(db);
}

namespace {

int openFlags(ConnectionMode mode)
{
    switch (mode) {
    case ConnectionMode::ReadOnly:
        return SQLITE_OPEN_READONLY;
    case ConnectionMode::ReadWrite:
        return SQLITE_OPEN_READWRITE;
    case ConnectionMode::Create:
        break;
    }
    return SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
}

void loadSpatialite(sqlite3 *db, const std::string &path)
{
    // Enable extension loading for the C API only (not the SQL load_extension()
    // function, which a crafted view could call) and only for as long as we need it.
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 1, nullptr);
    char *error = nullptr;
    const int rc = sqlite3_load_extension(db, "mod_spatialite", nullptr, &error);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    if (rc != SQLITE_OK) {
        const std::string detail = error ? error : sqlite3_errstr(rc);
        sqlite3_free(error);
        throw StoreError(StoreError::Kind::Sql, path + ": cannot load the SpatiaLite extension (mod_spatialite; "
                                                       "package libsqlite3-mod-spatialite): " + detail);
    }
}

} // namespace

SqliteConnection openSpatialiteConnection(const std::string &path, ConnectionMode mode)
{
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, openFlags(mode), nullptr);
    SqliteConnection db(raw); // owns the handle even when the open failed
    if (rc != SQLITE_OK) {
        const std::string detail = raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc);
        const auto kind = (rc & 0xff) == SQLITE_READONLY ? StoreError::Kind::NotWritable : StoreError::Kind::Sql;
        throw StoreError(kind, path + ": cannot open the database: " + detail);
    }
    sqlite3_extended_result_codes(db.get(), 1);
    // Another program (QGIS) may hold a read lock for a moment; wait rather than fail.
    sqlite3_busy_timeout(db.get(), 5000);
    loadSpatialite(db.get(), path);
    execSql(db.get(), "PRAGMA foreign_keys = ON");
    return db;
}

} // namespace lianxin
