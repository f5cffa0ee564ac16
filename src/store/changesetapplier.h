#pragma once
// The store's one writer of edits (DESIGN.md, "Writes"): applies a ChangeSet in ONE
// transaction, or nothing.
//
// Before writing a row it checks that what the editor saw still holds: an update's
// "before" values, a delete's values, and that an insert's id is free. If anything
// differs (another program or office edited it meanwhile), the whole set is refused with
// a ChangeConflict naming the row and column, and the file is left byte-identical.
// Constraint failures (a missing parent, a CHECK) are refused the same way, naming the
// row and the reason. Every written row gets an audit row (actor, time, before, after),
// all tied to one change_set row that carries the note.
//
// SQL that is SpatiaLite-only (GeomFromWKB/AsBinary, geometry_columns) stays in this
// file, so a PostGIS backend implements the same checks behind the same interface.
#include "store/changeset.h"
#include "store/storeerror.h"

#include <string>

namespace lianxin {

class Database;

// The refusal of a set because a row is not as the editor saw it.
class ChangeConflict : public StoreError {
public:
    ChangeConflict(const std::string &message, std::string table, Id id, std::string column)
        : StoreError(StoreError::Kind::BadInput, message)
        , m_table(std::move(table))
        , m_id(id)
        , m_column(std::move(column))
    {
    }
    const std::string &table() const { return m_table; }
    Id id() const { return m_id; }
    const std::string &column() const { return m_column; } // "" when the row itself is the conflict

private:
    std::string m_table;
    Id m_id = 0;
    std::string m_column;
};

struct AppliedChangeSet {
    Id changeSetId = 0; // its row in change_set (0 for an empty set, which writes nothing)
    int rowsWritten = 0;
};

// Applies `set` whole or not at all. Throws ChangeConflict for a stale row,
// StoreError(BadInput) for an unknown table or column, a row the schema rejects or an
// edit of a table editors may not write (meta, audit, change_set), StoreError(NotWritable)
// for a read-only database; the message ends in "; nothing was changed".
AppliedChangeSet applyChangeSet(Database &db, const ChangeSet &set);

// The row as stored, every column except "id" (geometry as WKB), ready to be a delete's
// "saw" values or an update's "before"s. Throws StoreError(BadInput) if there is no row.
RowChange rowAsStored(const Database &db, const std::string &table, Id id);

// The next free id of `table` (max(id) + 1, 1 for an empty table): for editors that
// insert rows. Two editors that pick the same id conflict on apply; the later one is
// refused and can retry.
Id nextFreeId(const Database &db, const std::string &table);

} // namespace lianxin
