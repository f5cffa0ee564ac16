#pragma once
// What the change-set applier needs to know of the tables it writes, read from the file
// itself (PRAGMA table_info / foreign_key_list, SpatiaLite's geometry_columns): column
// names, which columns are geometries and in which SRID, and what each foreign key is.
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace lianxin {

struct ColumnSchema {
    std::string name;
    std::optional<int> srid; // set for a geometry column
    bool isGeometry() const { return srid.has_value(); }
};

struct ForeignKeySchema {
    int id = 0;             // SQLite's fkid, as PRAGMA foreign_key_check reports it
    std::string column;
    std::string parentTable;
};

struct TableSchema {
    std::string name;
    std::vector<ColumnSchema> columns;
    std::vector<ForeignKeySchema> foreignKeys;

    const ColumnSchema *column(const std::string &name) const;
    // The column of foreign key `id`, "?" if unknown.
    std::string foreignKeyColumn(int id) const;
};

class TableSchemas {
public:
    // Every ordinary table of the file (SpatiaLite's own and the R*Trees left out).
    static TableSchemas read(sqlite3 *db);
    const TableSchema *find(const std::string &table) const;

private:
    std::vector<TableSchema> m_tables;
};

// "name" with embedded quotes doubled: safe to splice into SQL.
std::string quoteIdentifier(const std::string &name);

} // namespace lianxin
