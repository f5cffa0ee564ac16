#include "store/foreignkeys.h"

#include "store/sqlitestatement.h"
#include "store/tableschema.h"

#include <sqlite3.h>

namespace lianxin {

std::vector<std::string> danglingReferences(sqlite3 *db, int limit)
{
    // foreign_key_check gives (table, rowid, parent, fkid); the child column comes from
    // foreign_key_list, whose rows share the fkid as "id".
    SqliteStatement check(db, "SELECT c.\"table\", c.rowid, c.parent, l.\"from\" "
                              "FROM pragma_foreign_key_check AS c "
                              "JOIN pragma_foreign_key_list(c.\"table\") AS l ON l.id = c.fkid");
    std::vector<std::string> problems;
    while ((limit == 0 || static_cast<int>(problems.size()) < limit) && check.step()) {
        const std::string table = check.textAt(0);
        const std::string column = check.textAt(3);
        std::string row = "(no rowid)";
        std::string value;
        if (!check.isNull(1)) {
            row = std::to_string(check.int64At(1));
            // The value that points at nothing: "group_id 999", not just "group_id".
            SqliteStatement read(db, "SELECT " + quoteIdentifier(column) + " FROM " + quoteIdentifier(table) +
                                         " WHERE rowid = ?");
            read.bind(1, check.int64At(1));
            if (read.step())
                value = " " + read.textAt(0);
        }
        problems.push_back(table + " " + row + ": " + column + value + " -> " + check.textAt(2) + " (missing)");
    }
    return problems;
}

std::optional<std::string> firstDeferredViolation(sqlite3 *db)
{
    int current = 0, highest = 0;
    sqlite3_db_status(db, SQLITE_DBSTATUS_DEFERRED_FKS, &current, &highest, 0);
    if (current == 0)
        return std::nullopt;
    const std::vector<std::string> problems = danglingReferences(db, 1);
    return problems.empty() ? std::string("a reference between rows would be left dangling") : problems.front();
}

} // namespace lianxin
