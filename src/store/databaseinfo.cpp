// The read-only summaries of a project file that `lianxin-cli info` prints.
#include "store/database.h"

#include "store/schema.h"
#include "store/sqlitestatement.h"

#include <sqlite3.h>

namespace lianxin {

std::map<std::string, long long> Database::tableCounts() const
{
    std::map<std::string, long long> counts;
    for (const std::string &table : dataTables())
        counts[table] = queryInteger(m_db, "SELECT count(*) FROM " + table);
    return counts;
}

std::map<std::string, long long> Database::suggestionStatusCounts() const
{
    std::map<std::string, long long> counts;
    for (const auto status : {SuggestionStatus::Done, SuggestionStatus::InProgress, SuggestionStatus::Blocked})
        counts[toString(status)] = 0;
    SqliteStatement query(m_db, "SELECT status, count(*) FROM suggestion GROUP BY status");
    while (query.step())
        counts[query.textAt(0)] = query.int64At(1);
    return counts;
}

std::vector<std::string> Database::foreignKeyProblems() const
{
    // foreign_key_check gives (table, rowid, parent, fkid); the child column comes from
    // foreign_key_list, whose rows share the fkid as "id".
    SqliteStatement check(m_db, "SELECT c.\"table\", c.rowid, c.parent, l.\"from\" "
                                "FROM pragma_foreign_key_check AS c "
                                "JOIN pragma_foreign_key_list(c.\"table\") AS l ON l.id = c.fkid");
    std::vector<std::string> problems;
    while (check.step()) {
        const std::string row = check.isNull(1) ? std::string("(no rowid)") : std::to_string(check.int64At(1));
        problems.push_back(check.textAt(0) + " " + row + ": " + check.textAt(3) + " -> " + check.textAt(2) +
                           " (missing)");
    }
    return problems;
}

std::vector<std::string> Database::geometryTables() const
{
    std::vector<std::string> tables;
    SqliteStatement query(m_db, "SELECT f_table_name, f_geometry_column FROM geometry_columns ORDER BY f_table_name");
    while (query.step())
        tables.push_back(query.textAt(0) + "." + query.textAt(1));
    return tables;
}

} // namespace lianxin
