#pragma once
// Rows whose foreign key points at nothing, as PRAGMA foreign_key_check finds them, told
// as "household 12: group_id -> contact_group (missing)".
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace lianxin {

// At most `limit` problems, in SQLite's order (every table when `limit` is 0).
std::vector<std::string> danglingReferences(sqlite3 *db, int limit = 0);

// Inside a transaction with deferred foreign keys: the first reference the transaction
// would leave dangling, or nothing (checked in O(1) through SQLite's deferred counter, so
// a clean commit costs no scan).
std::optional<std::string> firstDeferredViolation(sqlite3 *db);

} // namespace lianxin
