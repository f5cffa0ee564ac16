#pragma once
// A change set: the one way every editor writes to a project (DESIGN.md, "Writes").
//
// An edit is a list of row changes: rows to insert, rows to update (each changed column
// with the value the editor SAW and the value to write) and rows to delete (with every
// value the editor saw, so the delete can be reversed). The store applies a set in one
// transaction after checking that every "saw" value still holds (optimistic locking;
// see changesetapplier.h); the same set reversed is the undo; the audit rows are derived
// from it. These are plain values: building a set touches no database.
#include "core/geometry.h"
#include "core/places.h"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace lianxin {

// A geometry as WKB (ISO, little-endian; see wkb.h). The applier writes it with
// GeomFromWKB in the column's SRID and compares it with the stored AsBinary().
struct GeometryWkb {
    std::vector<unsigned char> bytes;
    bool operator==(const GeometryWkb &) const = default;
};

// A column's value as SQLite holds it; std::monostate is NULL.
using FieldValue = std::variant<std::monostate, std::int64_t, double, std::string, GeometryWkb>;

// Shorthands that keep call sites readable: nullValue(), fieldValue(id), fieldValue(optional).
inline FieldValue nullValue() { return std::monostate{}; }
inline FieldValue fieldValue(std::int64_t value) { return value; }
inline FieldValue fieldValue(int value) { return static_cast<std::int64_t>(value); }
inline FieldValue fieldValue(unsigned value) { return static_cast<std::int64_t>(value); }
inline FieldValue fieldValue(bool value) { return static_cast<std::int64_t>(value ? 1 : 0); }
inline FieldValue fieldValue(double value) { return value; }
inline FieldValue fieldValue(std::string value) { return value; }
inline FieldValue fieldValue(const char *value) { return std::string(value); }
FieldValue fieldValue(const Polygon &polygon);     // empty polygon -> NULL
FieldValue fieldValue(const MultiPolygon &multi);  // empty -> NULL
FieldValue fieldValue(const PointXY &point);
template <typename T>
FieldValue fieldValue(const std::optional<T> &value)
{
    return value ? fieldValue(*value) : nullValue();
}

// Numbers compare by value (an INTEGER column hands back 5 for a written 5.0), the rest
// exactly; NULL equals only NULL.
bool sameValue(const FieldValue &a, const FieldValue &b);
// For messages and audit rows: 42, 3.5, "text", NULL, "<geometry, 93 bytes>".
std::string describeValue(const FieldValue &value);

struct FieldChange {
    std::string column;
    FieldValue before; // what the editor saw (update, delete); unused for insert
    FieldValue after;  // what to write (insert, update); unused for delete
};

enum class RowAction { Insert, Update, Delete };
const char *toString(RowAction action); // "insert", "update", "delete" (the audit's words)

// One row of one table, identified by its integer primary key "id".
struct RowChange {
    RowAction action = RowAction::Update;
    std::string table;
    Id id = 0;
    std::vector<FieldChange> fields;

    // Updates and deletes name their row in messages as "household 12".
    std::string label() const { return table + " " + std::to_string(id); }
};

// Insert: every field's `after`. Update: only the columns that change. Delete: every
// column's value as the editor saw it (use rowAsStored in changesetapplier.h).
RowChange insertRow(std::string table, Id id, std::vector<std::pair<std::string, FieldValue>> values);
RowChange deleteRow(std::string table, Id id, std::vector<std::pair<std::string, FieldValue>> sawValues);
RowChange updateRow(std::string table, Id id, std::vector<FieldChange> changes);
// The common one-column update.
RowChange updateRow(std::string table, Id id, std::string column, FieldValue before, FieldValue after);

struct ChangeSet {
    std::string actor; // who: the OS user in the app, "lianxin-cli" or a named user
    std::string note;  // why, in the user's words: "rebalance department 3, tolerance 1"
    std::vector<RowChange> rows;
    // The change set this one takes back (its id in change_set), when it is an undo.
    std::optional<Id> undoes;

    bool empty() const { return rows.empty(); }
};

// The reverse of `set`: inserts become deletes and deletes inserts, updates swap
// before/after, in reverse order. Applying it after `set` restores every row. `undoes`
// is the id the applier gave `set` (if known), kept in the change_set table.
ChangeSet reversed(const ChangeSet &set, std::string note, std::optional<Id> undoes = std::nullopt);

// How many rows of each table and action a set writes: "household: 12 updated".
std::string summarise(const ChangeSet &set);

} // namespace lianxin
