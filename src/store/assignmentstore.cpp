#include "store/assignmentstore.h"

#include "store/changesetapplier.h"
#include "store/database.h"
#include "store/sqlitestatement.h"

namespace lianxin {

ChangeSet groupChangeSet(const std::vector<GroupChange> &changes, const AuditContext &audit)
{
    ChangeSet set;
    set.actor = audit.actor;
    set.note = audit.note;
    set.rows.reserve(changes.size());
    for (const GroupChange &change : changes)
        set.rows.push_back(updateRow("household", change.householdId, "group_id", fieldValue(change.fromGroupId),
                                     fieldValue(change.toGroupId)));
    return set;
}

int applyGroupChanges(Database &db, const std::vector<GroupChange> &changes, const AuditContext &audit)
{
    return applyChangeSet(db, groupChangeSet(changes, audit)).rowsWritten;
}

std::vector<GroupChange> reversed(const std::vector<GroupChange> &changes)
{
    std::vector<GroupChange> undo;
    undo.reserve(changes.size());
    for (auto it = changes.rbegin(); it != changes.rend(); ++it)
        undo.push_back({it->householdId, it->toGroupId, it->fromGroupId});
    return undo;
}

std::vector<AuditEntry> recentAudit(const Database &db, int limit)
{
    std::vector<AuditEntry> entries;
    if (limit <= 0)
        return entries;
    SqliteStatement query(db.handle(), "SELECT a.id, a.at, a.actor, a.table_name, a.row_id, a.action, a.before_json, "
                                       "a.after_json, a.change_set_id, c.note FROM audit AS a "
                                       "LEFT JOIN change_set AS c ON c.id = a.change_set_id ORDER BY a.id DESC LIMIT ?");
    query.bind(1, limit);
    while (query.step()) {
        AuditEntry entry;
        entry.id = query.int64At(0);
        entry.at = query.textAt(1);
        entry.actor = query.textAt(2);
        entry.tableName = query.textAt(3);
        entry.rowId = query.isNull(4) ? 0 : query.int64At(4);
        entry.action = query.textAt(5);
        entry.beforeJson = query.textAt(6);
        entry.afterJson = query.textAt(7);
        entry.changeSetId = query.isNull(8) ? 0 : query.int64At(8);
        entry.note = query.textAt(9);
        entries.push_back(std::move(entry));
    }
    return entries;
}

} // namespace lianxin
