#pragma once
// How lianxin-cli threads shows what it found: a table, JSON, or a GeoPackage layer pair.
#include "analysis/topicthreads.h"

#include <nlohmann/json.hpp>

#include <string>

namespace lianxin::cli {

// {"input", "points", "threaded", "noise", "threads": [{id, label, concern_item,
// member_count, first_on, last_on, rounds, status_mix, centre, members}]}
nlohmann::ordered_json threadsJson(const ThreadingResult &result, const std::vector<ThreadInput> &inputs,
                                   const std::string &inputDescription);

// One line per thread, largest first, then a summary line.
void printThreadsTable(const ThreadingResult &result, std::size_t pointCount);

// Hulls with their attributes and the member points, through the store's OGR writer.
void writeThreadsFile(const ThreadingResult &result, const std::vector<ThreadInput> &inputs,
                      const std::string &path);

} // namespace lianxin::cli
