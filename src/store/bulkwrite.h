#pragma once
// What a bulk save turns off and back on. SpatiaLite hangs up to eight triggers on every
// geometry table (type check, timestamps, R*Tree upkeep); per row they cost more than
// the insert itself, and the R*Tree is faster filled once at the end.
#include <string>
#include <vector>

struct sqlite3;

namespace lianxin {

// Create inside a write transaction, before deleting or inserting. The constructor
// drops the triggers of the data tables and their spatial index tables; finish() builds
// the spatial indexes from the rows now in the tables and recreates every trigger from
// its own SQL. If the save fails instead, the transaction's rollback restores triggers
// and indexes with everything else, so there is nothing to undo here.
//
// The geometry type/SRID check triggers are safe to skip: the writer builds each WKB
// from the model's typed geometry with the project SRID, so it cannot be of another type.
class BulkWrite {
public:
    explicit BulkWrite(sqlite3 *db);
    void finish();

private:
    struct SchemaObject {
        std::string name;
        std::string sql;
    };
    struct SpatialIndex {
        std::string table;
        std::string column;
        SchemaObject rtree; // the idx_<table>_<column> virtual table
    };
    sqlite3 *m_db = nullptr; // not owned
    std::vector<SchemaObject> m_triggers;
    std::vector<SpatialIndex> m_indexes;
};

} // namespace lianxin
