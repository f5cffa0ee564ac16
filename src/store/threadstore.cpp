#include "store/threadstore.h"

#include "store/database.h"
#include "store/sqlitestatement.h"
#include "store/worldwriter.h"

#include <sqlite3.h>

#include <set>

namespace lianxin {

namespace {

[[noreturn]] void badInput(sqlite3 *db, const std::string &problem)
{
    throw StoreError(StoreError::Kind::BadInput, databaseFileName(db) + ": cannot save topic threads: " + problem);
}

// Everything that can be checked without the database, before the transaction starts.
void checkThreads(sqlite3 *db, const std::vector<TopicThread> &threads, const std::map<Id, Id> &threadOfSuggestion)
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
            badInput(db, "suggestion " + std::to_string(suggestionId) + " refers to unknown thread "
                             + std::to_string(threadId));
}

void linkSuggestions(sqlite3 *db, const std::map<Id, Id> &threadOfSuggestion)
{
    SqliteStatement update(db, "UPDATE suggestion SET thread_id = ? WHERE id = ?");
    for (const auto &[suggestionId, threadId] : threadOfSuggestion) {
        update.bind(1, threadId);
        update.bind(2, suggestionId);
        update.execute();
        if (sqlite3_changes(db) == 0)
            badInput(db, "no suggestion " + std::to_string(suggestionId) + " (for thread "
                             + std::to_string(threadId) + ")");
    }
}

} // namespace

void replaceTopicThreads(Database &db, const std::vector<TopicThread> &threads,
                         const std::map<Id, Id> &threadOfSuggestion)
{
    sqlite3 *handle = db.handle();
    checkThreads(handle, threads, threadOfSuggestion);
    // A throw anywhere below rolls back: the previous threads and links stay as they were.
    SqliteTransaction transaction(handle);
    // Links first: the old threads cannot go while suggestions still refer to them.
    execSql(handle, "UPDATE suggestion SET thread_id = NULL WHERE thread_id IS NOT NULL");
    execSql(handle, "DELETE FROM topic_thread");
    insertTopicThreads(handle, threads);
    linkSuggestions(handle, threadOfSuggestion);
    transaction.commit();
}

} // namespace lianxin
