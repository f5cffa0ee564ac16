#include "clirunner.h"
#include "testsupport.h"

#include <sqlite3.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace lianxin::test {

namespace {

std::string shellQuote(const std::string &text)
{
    std::string quoted = "'";
    for (char c : text)
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

} // namespace

std::string fileBytes(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

CliResult runCli(const std::vector<std::string> &args)
{
    char outName[] = "/tmp/lianxin-cli-out-XXXXXX";
    char errName[] = "/tmp/lianxin-cli-err-XXXXXX";
    ::close(::mkstemp(outName));
    ::close(::mkstemp(errName));
    std::string command = shellQuote(LIANXIN_CLI);
    for (const std::string &arg : args)
        command += ' ' + shellQuote(arg);
    command += " >" + std::string(outName) + " 2>" + errName + " </dev/null";
    const int status = std::system(command.c_str());
    CliResult result;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = fileBytes(outName);
    result.err = fileBytes(errName);
    std::filesystem::remove(outName);
    std::filesystem::remove(errName);
    return result;
}

std::string dumpLayers(const std::filesystem::path &database)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(database.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        throw std::runtime_error("cannot open " + database.string());
    std::ostringstream dump;
    std::vector<std::string> tables;
    sqlite3_stmt *list = nullptr;
    // Our tables only: SpatiaLite's own metadata carries timestamps.
    sqlite3_prepare_v2(db,
                       "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'idx_%' "
                       "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%geometry_columns%' "
                       "AND name NOT LIKE 'spatial%' AND name NOT LIKE 'views_%' AND name NOT LIKE 'virts_%' "
                       "AND name NOT IN ('spatialite_history','sql_statements_log','ElementaryGeometries',"
                       "'data_licenses','SpatialIndex','KNN','KNN2','meta') ORDER BY name",
                       -1, &list, nullptr);
    while (sqlite3_step(list) == SQLITE_ROW)
        tables.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(list, 0)));
    sqlite3_finalize(list);
    for (const std::string &table : tables) {
        dump << "## " << table << '\n';
        sqlite3_stmt *rows = nullptr;
        sqlite3_prepare_v2(db, ("SELECT * FROM \"" + table + "\" ORDER BY rowid").c_str(), -1, &rows, nullptr);
        while (sqlite3_step(rows) == SQLITE_ROW) {
            for (int i = 0; i < sqlite3_column_count(rows); ++i) {
                if (sqlite3_column_type(rows, i) == SQLITE_BLOB) {
                    const auto *bytes = static_cast<const unsigned char *>(sqlite3_column_blob(rows, i));
                    for (int b = 0; b < sqlite3_column_bytes(rows, i); ++b)
                        dump << "0123456789abcdef"[bytes[b] >> 4] << "0123456789abcdef"[bytes[b] & 15];
                } else if (const unsigned char *text = sqlite3_column_text(rows, i)) {
                    dump << text;
                }
                dump << '|';
            }
            dump << '\n';
        }
        sqlite3_finalize(rows);
    }
    sqlite3_close(db);
    return dump.str();
}

std::filesystem::path copyOfDemo(const std::string &name)
{
    const std::filesystem::path copy = freshTempDir(name) / "demo.sqlite";
    std::filesystem::copy_file(demoDatabasePath(), copy);
    return copy;
}

void execSql(const std::filesystem::path &database, const std::string &statement)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(database.c_str(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        throw std::runtime_error("cannot open " + database.string());
    }
    char *error = nullptr;
    const int rc = sqlite3_exec(db, statement.c_str(), nullptr, nullptr, &error);
    const std::string message = error ? error : "";
    sqlite3_free(error);
    sqlite3_close(db);
    if (rc != SQLITE_OK)
        throw std::runtime_error(statement + ": " + message);
}

long long sqlNumber(const std::filesystem::path &database, const std::string &query)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(database.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        throw std::runtime_error("cannot open " + database.string());
    }
    sqlite3_stmt *statement = nullptr;
    const bool ok = sqlite3_prepare_v2(db, query.c_str(), -1, &statement, nullptr) == SQLITE_OK
                    && sqlite3_step(statement) == SQLITE_ROW;
    const long long value = ok ? sqlite3_column_int64(statement, 0) : 0;
    const std::string message = sqlite3_errmsg(db);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    if (!ok)
        throw std::runtime_error(query + ": " + message);
    return value;
}

} // namespace lianxin::test
