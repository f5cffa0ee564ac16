// Schema version 4: grid-boundary versions (issue 9).
// Reserved for that work; it adds its tables and columns here, in this file only.
#include "store/schema.h"

#include "store/sqlitestatement.h"

namespace lianxin {

void createSchemaVersion4Boundaries(sqlite3 *)
{
}

} // namespace lianxin
