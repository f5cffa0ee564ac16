#pragma once
#include "core/world.h"

struct sqlite3;

namespace lianxin {

// Replaces every data table of the project file with `world` in ONE transaction: all
// or nothing; on any failure the file keeps its previous content and the StoreError
// names the table and row. `meta` is kept; the edit history (audit, boundary_version)
// is cleared with the rows it described. Ids are written as given.
void writeWorld(sqlite3 *db, const World &world);

// Inserts topic_thread rows with their hulls (inside the caller's transaction); shared by
// writeWorld and replaceTopicThreads so both write a thread the same way.
void insertTopicThreads(sqlite3 *db, const std::vector<TopicThread> &threads);

} // namespace lianxin
