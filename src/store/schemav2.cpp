// Schema version 2: change sets (DESIGN.md, "Writes"). Every edit written through the
// change-set applier gets one change_set row (who, when, why, how many rows, which set it
// undoes) and its audit rows point to it, so the history reads as edits, not loose rows.
#include "store/schema.h"

#include "store/sqlitestatement.h"

namespace lianxin {

void createSchemaVersion2(sqlite3 *db)
{
    execSql(db, R"(
CREATE TABLE change_set (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    note TEXT NOT NULL,
    row_count INTEGER NOT NULL CHECK (row_count >= 0),
    undoes INTEGER REFERENCES change_set(id));
ALTER TABLE audit ADD COLUMN change_set_id INTEGER REFERENCES change_set(id);
CREATE INDEX audit_change_set_id ON audit(change_set_id);
)");
}

} // namespace lianxin
