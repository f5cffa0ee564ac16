#include "clirunner.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>

using namespace lianxin::test;
namespace fs = std::filesystem;

namespace {

// Every command that reads a database must refuse `file` with a message containing
// `problem`, exit non-zero, and leave the file's bytes as they were.
void requireRefused(const fs::path &file, const std::string &problem)
{
    const std::string before = fileBytes(file);
    for (const char *command : {"info", "validate"}) {
        const CliResult result = runCli({command, file.string()});
        INFO(command << ": " << result.err);
        CHECK(result.exitCode != 0);
        CHECK(result.err.find(problem) != std::string::npos);
        CHECK(result.err.find(file.filename().string()) != std::string::npos);
    }
    CHECK(fileBytes(file) == before);
}

} // namespace

TEST_CASE("A file that is not a database is refused by name")
{
    const fs::path file = freshTempDir("bad-notdb") / "notes.sqlite";
    std::ofstream(file) << "These are meeting notes, not a database.\n";
    requireRefused(file, "not an SQLite database");
}

TEST_CASE("A truncated database is refused as damaged")
{
    const fs::path copy = copyOfDemo("bad-truncated");
    fs::resize_file(copy, fs::file_size(copy) / 2);
    requireRefused(copy, "truncated");
}

TEST_CASE("A database from a newer Lianxin is refused, naming both versions")
{
    const fs::path copy = copyOfDemo("bad-newer");
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(copy.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    requireRefused(copy, "99");
}

TEST_CASE("A missing file is named")
{
    const fs::path missing = freshTempDir("bad-missing") / "nowhere.sqlite";
    const CliResult result = runCli({"info", missing.string()});
    CHECK(result.exitCode != 0);
    CHECK(result.err.find("nowhere.sqlite") != std::string::npos);
    CHECK_FALSE(fs::exists(missing));
}

TEST_CASE("demo refuses a folder without write permission and writes nothing")
{
    const fs::path dir = freshTempDir("bad-readonly") / "locked";
    fs::create_directories(dir);
    fs::permissions(dir, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                             fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
    const CliResult result = runCli({"demo", "--out", (dir / "demo.sqlite").string(), "--quiet"});
    fs::permissions(dir, fs::perms::owner_all);
    CHECK(result.exitCode != 0);
    CHECK(result.err.find("locked") != std::string::npos);
    CHECK(fs::is_empty(dir));
}

TEST_CASE("demo refuses to overwrite an existing file unless asked")
{
    const fs::path copy = copyOfDemo("bad-overwrite");
    const std::string before = fileBytes(copy);
    const CliResult result = runCli({"demo", "--out", copy.string(), "--quiet"});
    CHECK(result.exitCode != 0);
    CHECK(result.err.find("already exists") != std::string::npos);
    CHECK(fileBytes(copy) == before);
}
