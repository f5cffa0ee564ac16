#include "store/tableschema.h"

#include "store/sqlitestatement.h"

#include <algorithm>

namespace lianxin {

const ColumnSchema *TableSchema::column(const std::string &wanted) const
{
    const auto it = std::find_if(columns.begin(), columns.end(), [&](const ColumnSchema &c) { return c.name == wanted; });
    return it == columns.end() ? nullptr : &*it;
}

std::string TableSchema::foreignKeyColumn(int id) const
{
    for (const ForeignKeySchema &key : foreignKeys)
        if (key.id == id)
            return key.column;
    return "?";
}

TableSchemas TableSchemas::read(sqlite3 *db)
{
    TableSchemas schemas;
    // SpatiaLite's metadata and the R*Tree shadow tables ("idx_<table>_geom...") are not
    // the project's data.
    SqliteStatement tables(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                               "AND name NOT LIKE 'idx_%' ORDER BY name");
    while (tables.step())
        schemas.m_tables.push_back({tables.textAt(0), {}, {}});

    SqliteStatement geometries(db, "SELECT f_table_name, f_geometry_column, srid FROM geometry_columns");
    std::vector<std::pair<std::string, std::pair<std::string, int>>> geometryColumns;
    while (geometries.step())
        geometryColumns.push_back({geometries.textAt(0), {geometries.textAt(1), geometries.intAt(2)}});

    for (TableSchema &table : schemas.m_tables) {
        SqliteStatement info(db, "SELECT name FROM pragma_table_info(?)");
        info.bind(1, table.name);
        while (info.step())
            table.columns.push_back({info.textAt(0), std::nullopt});
        for (const auto &[tableName, geometry] : geometryColumns)
            if (tableName == table.name)
                for (ColumnSchema &column : table.columns)
                    if (column.name == geometry.first)
                        column.srid = geometry.second;
        SqliteStatement keys(db, "SELECT id, \"from\", \"table\" FROM pragma_foreign_key_list(?)");
        keys.bind(1, table.name);
        while (keys.step())
            table.foreignKeys.push_back({keys.intAt(0), keys.textAt(1), keys.textAt(2)});
    }
    return schemas;
}

const TableSchema *TableSchemas::find(const std::string &table) const
{
    const auto it = std::find_if(m_tables.begin(), m_tables.end(), [&](const TableSchema &t) { return t.name == table; });
    return it == m_tables.end() ? nullptr : &*it;
}

std::string quoteIdentifier(const std::string &name)
{
    std::string quoted = "\"";
    for (const char c : name) {
        quoted += c;
        if (c == '"')
            quoted += '"';
    }
    return quoted + "\"";
}

} // namespace lianxin
