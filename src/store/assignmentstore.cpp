#include "store/assignmentstore.h"

#include "store/database.h"
#include "store/sqlitestatement.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <ctime>

namespace lianxin {

namespace {

std::string nowIsoUtc()
{
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

[[noreturn]] void refuse(const Database &db, const std::string &problem)
{
    throw StoreError(StoreError::Kind::BadInput, db.path() + ": " + problem + "; nothing was changed");
}

} // namespace

int applyGroupChanges(Database &db, const std::vector<GroupChange> &changes, const AuditContext &audit)
{
    if (changes.empty())
        return 0;
    sqlite3 *handle = db.handle();
    // BEGIN IMMEDIATE: the stored groups cannot change between our check and our write.
    SqliteTransaction transaction(handle, SqliteTransaction::Lock::Write);
    SqliteStatement current(handle, "SELECT group_id FROM household WHERE id = ?");
    SqliteStatement groupExists(handle, "SELECT 1 FROM contact_group WHERE id = ?");
    SqliteStatement update(handle, "UPDATE household SET group_id = ? WHERE id = ?");
    SqliteStatement record(handle, "INSERT INTO audit (at, actor, table_name, row_id, action, before_json, after_json) "
                                   "VALUES (?, ?, 'household', ?, 'update', ?, ?)");
    const std::string at = nowIsoUtc();
    for (const GroupChange &change : changes) {
        const std::string household = "household " + std::to_string(change.householdId);
        current.bind(1, static_cast<std::int64_t>(change.householdId));
        if (!current.step())
            refuse(db, household + " does not exist");
        const std::int64_t stored = current.int64At(0);
        current.reset();
        if (stored != change.fromGroupId)
            refuse(db, household + " is now in group " + std::to_string(stored) + ", not in group "
                           + std::to_string(change.fromGroupId) + " as the change expects (edited meanwhile?)");
        groupExists.bind(1, static_cast<std::int64_t>(change.toGroupId));
        const bool known = groupExists.step();
        groupExists.reset();
        if (!known)
            refuse(db, household + " cannot move to group " + std::to_string(change.toGroupId) + ": no such group");

        update.bind(1, static_cast<std::int64_t>(change.toGroupId));
        update.bind(2, static_cast<std::int64_t>(change.householdId));
        update.execute();
        nlohmann::ordered_json before{{"group_id", change.fromGroupId}};
        nlohmann::ordered_json after{{"group_id", change.toGroupId}};
        if (!audit.note.empty())
            after["note"] = audit.note; // the audit table has no column for why
        record.bind(1, at);
        record.bind(2, audit.actor);
        record.bind(3, static_cast<std::int64_t>(change.householdId));
        record.bind(4, before.dump());
        record.bind(5, after.dump());
        record.execute();
    }
    transaction.commit();
    return static_cast<int>(changes.size());
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
    SqliteStatement query(db.handle(), "SELECT id, at, actor, table_name, row_id, action, before_json, after_json "
                                       "FROM audit ORDER BY id DESC LIMIT ?");
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
        entries.push_back(std::move(entry));
    }
    return entries;
}

} // namespace lianxin
