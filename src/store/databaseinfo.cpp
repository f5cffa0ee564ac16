// The read-only summaries of a project file that `lianxin-cli info` prints.
#include "store/database.h"

#include "store/foreignkeys.h"
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
    return danglingReferences(m_db);
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
