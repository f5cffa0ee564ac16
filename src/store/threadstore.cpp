#include "store/threadstore.h"

#include "store/database.h"
#include "store/sqlitestatement.h"

#include <set>

namespace lianxin {

namespace {

[[noreturn]] void badInput(const Database &db, const std::string &problem)
{
    throw StoreError(StoreError::Kind::BadInput, db.path() + ": cannot save topic threads: " + problem);
}

// Everything that can be checked without the database.
void checkThreads(const Database &db, const std::vector<TopicThread> &threads,
                  const std::map<Id, Id> &threadOfSuggestion)
{
    std::set<Id> ids;
    for (const TopicThread &thread : threads) {
        if (thread.id <= 0)
            badInput(db, "thread id " + std::to_string(thread.id) + " is not positive");
        if (!ids.insert(thread.id).second)
            badInput(db, "thread id " + std::to_string(thread.id) + " appears twice");
    }
    for (const auto &[suggestionId, threadId] : threadOfSuggestion)
        if (!ids.contains(threadId))
            badInput(db, "suggestion " + std::to_string(suggestionId) + " refers to unknown thread " +
                             std::to_string(threadId));
}

std::vector<std::pair<std::string, FieldValue>> threadValues(const TopicThread &t)
{
    return {{"label", t.label},
            {"concern_item", t.concernItem},
            {"first_on", t.firstOn.toIso()},
            {"last_on", t.lastOn.toIso()},
            {"member_count", fieldValue(t.memberCount)},
            {"geom", fieldValue(t.hull)}};
}

// An update of the columns whose stored value differs; no row change if none does.
std::optional<RowChange> threadUpdate(const RowChange &stored, const TopicThread &thread)
{
    std::vector<FieldChange> changes;
    for (auto &[column, value] : threadValues(thread)) {
        for (const FieldChange &field : stored.fields)
            if (field.column == column && !sameValue(field.before, value))
                changes.push_back({column, field.before, value});
    }
    if (changes.empty())
        return std::nullopt;
    return updateRow("topic_thread", thread.id, std::move(changes));
}

} // namespace

ChangeSet topicThreadChangeSet(const Database &db, const std::vector<TopicThread> &threads,
                               const std::map<Id, Id> &threadOfSuggestion, const std::string &actor,
                               const std::string &note)
{
    checkThreads(db, threads, threadOfSuggestion);
    ChangeSet set;
    set.actor = actor;
    set.note = note;

    std::set<Id> storedIds;
    SqliteStatement ids(db.handle(), "SELECT id FROM topic_thread ORDER BY id");
    while (ids.step())
        storedIds.insert(ids.int64At(0));
    std::set<Id> newIds;
    for (const TopicThread &thread : threads) {
        newIds.insert(thread.id);
        if (!storedIds.contains(thread.id)) {
            set.rows.push_back(insertRow("topic_thread", thread.id, threadValues(thread)));
        } else if (auto update = threadUpdate(rowAsStored(db, "topic_thread", thread.id), thread)) {
            set.rows.push_back(std::move(*update));
        }
    }

    // Links: every suggestion whose thread changes, with the thread it had.
    std::map<Id, std::optional<Id>> storedLinks;
    SqliteStatement links(db.handle(), "SELECT id, thread_id FROM suggestion");
    while (links.step())
        storedLinks[links.int64At(0)] = links.optionalInt64At(1);
    for (const auto &[suggestionId, threadId] : threadOfSuggestion)
        if (!storedLinks.contains(suggestionId))
            badInput(db, "no suggestion " + std::to_string(suggestionId) + " (for thread " + std::to_string(threadId) +
                             ")");
    for (const auto &[suggestionId, stored] : storedLinks) {
        const auto wanted = threadOfSuggestion.find(suggestionId);
        const std::optional<Id> now = wanted == threadOfSuggestion.end() ? std::nullopt : std::optional<Id>(wanted->second);
        if (now != stored)
            set.rows.push_back(updateRow("suggestion", suggestionId, "thread_id", fieldValue(stored), fieldValue(now)));
    }

    for (const Id id : storedIds)
        if (!newIds.contains(id))
            set.rows.push_back(rowAsStored(db, "topic_thread", id));
    return set;
}

AppliedChangeSet replaceTopicThreads(Database &db, const std::vector<TopicThread> &threads,
                                     const std::map<Id, Id> &threadOfSuggestion, const std::string &actor,
                                     const std::string &note)
{
    return applyChangeSet(db, topicThreadChangeSet(db, threads, threadOfSuggestion, actor, note));
}

} // namespace lianxin
