// Schema version 3: suggestion workflow, deadlines and the working-day calendar (issue 10).
// Reserved for that work; it adds its tables and columns here, in this file only.
#include "store/schema.h"

#include "store/sqlitestatement.h"

namespace lianxin {

void createSchemaVersion3Platform(sqlite3 *)
{
}

} // namespace lianxin
