#include "storetestutil.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <fstream>
#include <iterator>

namespace lianxin::test {

std::string fileBytes(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeBytes(const std::filesystem::path &path, const std::string &bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    REQUIRE(out.good());
}

StoreError caughtStoreError(const std::function<void()> &action)
{
    try {
        action();
    } catch (const StoreError &error) {
        return error;
    }
    FAIL("expected a StoreError, but nothing was thrown");
    return StoreError(StoreError::Kind::Sql, "unreachable");
}

std::int64_t sqlInteger(sqlite3 *db, const std::string &sql)
{
    sqlite3_stmt *statement = nullptr;
    INFO(sql);
    REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK);
    const bool hasRow = sqlite3_step(statement) == SQLITE_ROW;
    const std::int64_t value = hasRow ? sqlite3_column_int64(statement, 0) : -1;
    sqlite3_finalize(statement);
    REQUIRE(hasRow);
    return value;
}

void sqlExec(sqlite3 *db, const std::string &sql)
{
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    INFO(sql << ": " << (error ? error : ""));
    sqlite3_free(error);
    REQUIRE(rc == SQLITE_OK);
}

} // namespace lianxin::test
