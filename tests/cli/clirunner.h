#pragma once
// Runs lianxin-cli as a user would and captures what it prints.
#include <filesystem>
#include <string>
#include <vector>

namespace lianxin::test {

struct CliResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

CliResult runCli(const std::vector<std::string> &args);

// The file's bytes (for "left untouched" checks).
std::string fileBytes(const std::filesystem::path &path);

// Rows of every table of a project database as text, geometry as hex WKB, in id order:
// equal strings mean equal layer content.
std::string dumpLayers(const std::filesystem::path &database);

// A private copy of this run's demo database, for commands that write.
std::filesystem::path copyOfDemo(const std::string &name);
// Plain SQL on a database (setting up a case, reading a count); throws naming the
// statement and SQLite's error.
void execSql(const std::filesystem::path &database, const std::string &statement);
long long sqlNumber(const std::filesystem::path &database, const std::string &query);

} // namespace lianxin::test
