#pragma once
// Writing topic threads into a project database: topic_thread rows (with hull geometry)
// and suggestion.thread_id, replaced together in ONE transaction, so a failure leaves the
// previous threads exactly as they were.
#include "core/suggestions.h"

#include <map>
#include <vector>

namespace lianxin {

class Database;

// Replaces every thread with `threads` and sets suggestion.thread_id from
// `threadOfSuggestion` (suggestion id -> thread id; suggestions not listed get NULL).
// Throws StoreError(BadInput) for an unknown suggestion or thread id (naming it).
void replaceTopicThreads(Database &db, const std::vector<TopicThread> &threads,
                         const std::map<Id, Id> &threadOfSuggestion);

} // namespace lianxin
