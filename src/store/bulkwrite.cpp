#include "store/bulkwrite.h"

#include "store/schema.h"
#include "store/sqlitestatement.h"

namespace lianxin {

namespace {

std::string quoted(const std::string &identifier)
{
    std::string result = "\"";
    for (const char c : identifier)
        result += c == '"' ? std::string("\"\"") : std::string(1, c);
    return result + "\"";
}

std::string tableList()
{
    std::string list;
    for (const std::string &table : dataTables())
        list += (list.empty() ? "'" : ", '") + table + "'";
    return list;
}

} // namespace

BulkWrite::BulkWrite(sqlite3 *db)
    : m_db(db)
{
    SqliteStatement indexes(db, "SELECT g.f_table_name, g.f_geometry_column, m.name, m.sql FROM geometry_columns AS g "
                                "JOIN sqlite_master AS m ON m.name = 'idx_' || g.f_table_name || '_' || "
                                "g.f_geometry_column WHERE g.spatial_index_enabled = 1");
    while (indexes.step())
        m_indexes.push_back({indexes.textAt(0), indexes.textAt(1), {indexes.textAt(2), indexes.textAt(3)}});
    SqliteStatement triggers(db, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN (" +
                                     tableList() + ")");
    while (triggers.step())
        m_triggers.push_back({triggers.textAt(0), triggers.textAt(1)});

    for (const SchemaObject &trigger : m_triggers)
        execSql(db, "DROP TRIGGER " + quoted(trigger.name));
    for (const SpatialIndex &index : m_indexes)
        execSql(db, "DROP TABLE " + quoted(index.rtree.name));
}

void BulkWrite::finish()
{
    for (const SpatialIndex &index : m_indexes) {
        execSql(m_db, index.rtree.sql);
        // SQLite's own R*Tree insertion, fed once from the MBR each SpatiaLite blob keeps
        // in its header: ~7 us an entry, and no hand-written index code to keep right.
        const std::string column = quoted(index.column);
        execSql(m_db, "INSERT INTO " + quoted(index.rtree.name) + " (pkid, xmin, xmax, ymin, ymax) SELECT ROWID, MbrMinX(" +
                          column + "), MbrMaxX(" + column + "), MbrMinY(" + column + "), MbrMaxY(" + column +
                          ") FROM " + quoted(index.table) + " WHERE MbrMinX(" + column + ") IS NOT NULL");
    }
    for (const SchemaObject &trigger : m_triggers)
        execSql(m_db, trigger.sql);
    // What the skipped timestamp triggers would have recorded.
    execSql(m_db, "UPDATE geometry_columns_time SET last_insert = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
                  "last_delete = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
}

} // namespace lianxin
