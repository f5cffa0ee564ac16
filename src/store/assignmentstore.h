#pragma once
// Writing a rebalancing into the project database: household.group_id changes, written
// as one change set (changesetapplier.h): one transaction, one audit row per changed
// household, refused whole if a household is not in the group the planner saw. Undo is
// the reverse change set, written and audited the same way.
#include "core/places.h"
#include "store/changeset.h"

#include <string>
#include <vector>

namespace lianxin {

class Database;

struct GroupChange {
    Id householdId = 0;
    Id fromGroupId = 0; // must equal the stored group_id, else nothing is written
    Id toGroupId = 0;
};

struct AuditContext {
    std::string actor; // e.g. the OS user name or "lianxin-cli"
    std::string note;  // e.g. "rebalance department 3, tolerance 1, stability 50 m"
};

// The change set that moves the households: household.group_id from -> to.
ChangeSet groupChangeSet(const std::vector<GroupChange> &changes, const AuditContext &audit);

// Applies every change or none. Throws ChangeConflict naming the first household whose
// stored group differs from fromGroupId (someone else edited it meanwhile) or that does
// not exist, StoreError(BadInput) for an unknown group; the file is then unchanged.
// Returns the number of rows.
int applyGroupChanges(Database &db, const std::vector<GroupChange> &changes, const AuditContext &audit);

// The changes with from/to swapped, in reverse order: applying them undoes `changes`.
std::vector<GroupChange> reversed(const std::vector<GroupChange> &changes);

struct AuditEntry {
    long long id = 0;
    std::string at; // ISO 8601 UTC
    std::string actor;
    std::string tableName;
    long long rowId = 0;
    std::string action; // insert / update / delete
    std::string beforeJson;
    std::string afterJson;
    long long changeSetId = 0; // 0 for rows written before change sets existed
    std::string note;          // the change set's note
};

// Newest first, at most `limit` entries.
std::vector<AuditEntry> recentAudit(const Database &db, int limit = 100);

} // namespace lianxin
