#pragma once
// One reusable INSERT for one table. Parameters are named after their columns
// (":group_id"), so a rejected row can be explained: which row, which column, which
// missing parent, instead of SQLite's bare "FOREIGN KEY constraint failed".
#include "core/places.h"
#include "store/sqlitestatement.h"

#include <string>
#include <vector>

namespace lianxin {

class RowInserter {
public:
    // `columns` are bound 1..n in order; with `geometryColumn` set, one more parameter
    // (n + 1) takes the geometry as WKB through GeomFromWKB(?, 4549).
    RowInserter(sqlite3 *db, std::string table, const std::vector<std::string> &columns,
                const std::string &geometryColumn = {});

    SqliteStatement &row() { return m_statement; }
    // Inserts the bound row; on failure throws a StoreError naming the table, the row's
    // id (or `rowLabel`) and the reason, e.g. "household 12: group_id 77 -> contact_group
    // (missing)".
    void insert(Id id);
    void insert(const std::string &rowLabel);

private:
    std::string explainFailure() const;

    sqlite3 *m_db = nullptr; // not owned
    std::string m_table;
    SqliteStatement m_statement;
};

} // namespace lianxin
