#pragma once
// Writing topic threads into a project database: topic_thread rows (with hull geometry)
// and suggestion.thread_id, replaced together as ONE change set (changesetapplier.h), so
// a failure leaves the previous threads exactly as they were, the save is audited, and
// the reverse set undoes it.
#include "core/suggestions.h"
#include "store/changeset.h"
#include "store/changesetapplier.h"

#include <map>
#include <vector>

namespace lianxin {

class Database;

// The change set that turns the stored threads into `threads` and sets
// suggestion.thread_id from `threadOfSuggestion` (suggestion id -> thread id; suggestions
// not listed get NULL): threads kept by id are updated where they differ, the others
// removed or added. Throws StoreError(BadInput) for an unknown suggestion or thread id, a
// thread id that is not positive or given twice (naming it).
ChangeSet topicThreadChangeSet(const Database &db, const std::vector<TopicThread> &threads,
                               const std::map<Id, Id> &threadOfSuggestion, const std::string &actor,
                               const std::string &note);

// Builds and applies that set.
AppliedChangeSet replaceTopicThreads(Database &db, const std::vector<TopicThread> &threads,
                                     const std::map<Id, Id> &threadOfSuggestion,
                                     const std::string &actor = "lianxin",
                                     const std::string &note = "save topic threads");

} // namespace lianxin
