// Schema version 5: visit rounds, routes and visit records (issue 11).
// Reserved for that work; it adds its tables and columns here, in this file only.
#include "store/schema.h"

#include "store/sqlitestatement.h"

namespace lianxin {

void createSchemaVersion5Visits(sqlite3 *)
{
}

} // namespace lianxin
