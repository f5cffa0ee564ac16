#include "clirunner.h"
#include "store/database.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace lianxin::test;

TEST_CASE("info --json reports the article's counts for the demo database")
{
    const CliResult result = runCli({"info", demoDatabasePath().string(), "--json"});
    REQUIRE(result.exitCode == 0);
    const auto info = nlohmann::json::parse(result.out);
    const auto &layers = info["layers"];
    // Figures from the article (齐鲁晚报 2021, "长岛一家人 党群心连心").
    CHECK(layers["township"] == 10);
    CHECK(layers["grid_area"] == 28);
    CHECK(layers["building"] == 608);
    CHECK(layers["household"] == 15310);
    CHECK(layers["resident"] == 23301);
    CHECK(layers["shop"] == 504);
    CHECK(layers["cadre"] == 1196);
    CHECK(layers["contact_group"] == 634);
    CHECK(layers["leader"] == 9);
    CHECK(layers["suggestion"] == 1013);
    CHECK(info["suggestions"]["done"] == 585);
    CHECK(info["suggestions"]["in_progress"] == 224);
    CHECK(info["suggestions"]["blocked"] == 204);
    CHECK(info["suggestions"]["total"] == 1013);
    CHECK(info["schemaVersion"] == lianxin::Database::kSchemaVersion);
    CHECK(info["meta"]["generator"] == "lianxin-demo");
}

TEST_CASE("info prints a readable table by default")
{
    const CliResult result = runCli({"info", demoDatabasePath().string()});
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.find("household") != std::string::npos);
    CHECK(result.out.find("15310") != std::string::npos);
    CHECK(result.out.find("in_progress") != std::string::npos);
}

TEST_CASE("A command without arguments explains itself and fails")
{
    const CliResult result = runCli({"info"});
    CHECK(result.exitCode != 0);
    CHECK(result.err.find("file is required") != std::string::npos);
}

TEST_CASE("stats --json gives the article's county totals and a row per grid area")
{
    const CliResult result = runCli({"stats", demoDatabasePath().string(), "--json"});
    REQUIRE(result.exitCode == 0);
    const auto stats = nlohmann::json::parse(result.out);
    CHECK(stats["county"]["total"] == 1013);
    CHECK(stats["county"]["done"] == 585);
    CHECK(stats["county"]["in_progress"] == 224);
    CHECK(stats["county"]["blocked"] == 204);
    CHECK(stats["county"]["on_time_rate"] == 1.0); // 按期答复率100%
    CHECK(stats["rows"].size() == 28);
    CHECK(stats["overdue"].empty());
    CHECK(runCli({"stats", demoDatabasePath().string(), "--by", "shoe"}).exitCode != 0);
}
