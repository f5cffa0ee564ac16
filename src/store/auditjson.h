#pragma once
// The before/after JSON of an audit row, derived from a row change: an update records the
// columns it changes, an insert its new row, a delete the row it removed. Geometries are
// written as WKT so a person reading the audit sees where, not a blob.
#include "store/changeset.h"

#include <string>

namespace lianxin {

enum class AuditSide { Before, After };

// {"group_id": 12, "note": null, "geom": "POLYGON ((...))"}
std::string auditJson(const RowChange &row, AuditSide side);

} // namespace lianxin
