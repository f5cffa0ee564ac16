// Schema version 6: codes for import by code, layer_styles for QGIS (issue 12).
// Reserved for that work; it adds its tables and columns here, in this file only.
#include "store/schema.h"

#include "store/sqlitestatement.h"

namespace lianxin {

void createSchemaVersion6Import(sqlite3 *)
{
}

} // namespace lianxin
