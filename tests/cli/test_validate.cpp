#include "clirunner.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <filesystem>

using namespace lianxin::test;

namespace {

// Runs SQL with SpatiaLite on a copy of the demo database.
void execWithSpatialite(const std::filesystem::path &path, const std::string &sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    sqlite3_enable_load_extension(db, 1);
    char *error = nullptr;
    REQUIRE(sqlite3_load_extension(db, "mod_spatialite", nullptr, &error) == SQLITE_OK);
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

} // namespace

TEST_CASE("The demo database validates clean")
{
    const CliResult result = runCli({"validate", demoDatabasePath().string(), "--quiet"});
    INFO(result.out << result.err);
    CHECK(result.exitCode == 0);
    CHECK(result.out.find("OK:") != std::string::npos);
}

TEST_CASE("validate lists a household moved into the sea and exits 1")
{
    const auto dir = freshTempDir("validate-sea");
    const auto copy = dir / "demo.sqlite";
    std::filesystem::copy_file(demoDatabasePath(), copy);
    // Far out in the Bohai Strait, west of every island (EPSG:4549 metres).
    execWithSpatialite(copy, "UPDATE household SET geom = MakePoint(500000, 4190000, 4549) WHERE id = 1");
    const CliResult result = runCli({"validate", copy.string(), "--json"});
    CHECK(result.exitCode == 1);
    CHECK(result.out.find("household-on-land") != std::string::npos);
    CHECK(result.out.find("\"ok\": false") != std::string::npos);
}

TEST_CASE("validate reports overlapping grid areas")
{
    const auto dir = freshTempDir("validate-overlap");
    const auto copy = dir / "demo.sqlite";
    std::filesystem::copy_file(demoDatabasePath(), copy);
    // Grid area 1 swallows its surroundings by 50 m: it now overlaps its neighbours.
    execWithSpatialite(copy, "UPDATE grid_area SET geom = CastToPolygon(ST_Buffer(geom, 50)) WHERE id = 1");
    const CliResult result = runCli({"validate", copy.string(), "--quiet"});
    CHECK(result.exitCode == 1);
    CHECK(result.out.find("grid-overlap") != std::string::npos);
}
