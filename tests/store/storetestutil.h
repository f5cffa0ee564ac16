#pragma once
// Small helpers shared by the store tests: file bytes, raw SQL, caught StoreErrors.
#include "store/storeerror.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

struct sqlite3;

namespace lianxin::test {

std::string fileBytes(const std::filesystem::path &path);
void writeBytes(const std::filesystem::path &path, const std::string &bytes);

// Runs `action`, which must throw a StoreError, and returns it (Catch FAILs otherwise).
StoreError caughtStoreError(const std::function<void()> &action);

std::int64_t sqlInteger(sqlite3 *db, const std::string &sql);
void sqlExec(sqlite3 *db, const std::string &sql); // Catch REQUIREs success

} // namespace lianxin::test
