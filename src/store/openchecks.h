#pragma once
// The checks Database::open and Database::create make before anything is written, so
// that every refusal leaves the file exactly as it was. Each throws a StoreError whose
// message names the file and the problem in plain words.
#include "store/database.h"

#include <string>

struct sqlite3;

namespace lianxin {

// The path is an existing regular file that starts with the SQLite header and is at
// least as long as that header says. NotFound / NotADatabase / Corrupt.
void checkDatabaseFile(const std::string &path);

enum class FirstRead { Ok, NeedsRecovery };
// Reads the schema through `db` (opened read-only). Corrupt when SQLite cannot read it;
// NeedsRecovery when a crashed writer left a hot journal that only a read-write
// connection may roll back.
FirstRead checkFirstRead(sqlite3 *db, const std::string &path);

// The file is a Lianxin project (meta table and SpatiaLite metadata) whose schema this
// build can use in `mode`. Returns its schema version. BadInput / NewerSchema.
int checkProjectContents(sqlite3 *db, const std::string &path, Database::Mode mode);

// The file and its folder (SQLite writes a journal beside the file) may be written.
// Permission bits count even for root, who ignores them: a file nobody may write was
// marked read-only on purpose. NotWritable.
void checkWritable(const std::string &path);

// Nothing exists at `path` and its folder exists and may be written.
// AlreadyExists / NotFound / NotWritable.
void checkNewDatabaseLocation(const std::string &path);

} // namespace lianxin
