// lianxin-cli pairs: the article's pairing rules as a maximum-weight matching per body,
// compared with the demo's own groups, read-only.
#include "clirunner.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <bitset>

using namespace lianxin::test;

TEST_CASE("pairs proposes groups for every body that meet at least the rules of the groups as they are")
{
    const std::string before = fileBytes(demoDatabasePath());
    const CliResult result = runCli({"pairs", demoDatabasePath().string(), "--json"});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    CHECK(fileBytes(demoDatabasePath()) == before); // reads only

    const auto bodies = nlohmann::json::parse(result.out);
    REQUIRE(bodies.size() == 34); // 24 district departments + 10 township units
    long long cadres = 0, currentGroups = 0;
    for (const auto &body : bodies) {
        INFO(body["department"].get<std::string>());
        const long long n = body["cadres"];
        cadres += n;
        currentGroups += body["current"]["groups"].get<long long>();
        const auto &proposed = body["proposed"];
        CHECK(proposed["groups"] == (n + 1) / 2); // pairs, and one single when the count is odd
        CHECK(proposed["pairs"].size() == proposed["groups"]);
        // The matching maximises the rules' weights, so it never does worse than the groups
        // the generator formed with the same rules.
        const auto &now = body["current"]["rules_met"];
        const auto &next = proposed["rules_met"];
        const long long weightNow = 4 * now["party_with_non_party"].get<long long>()
                                    + 2 * now["senior_with_junior"].get<long long>()
                                    + now["local_with_non_local"].get<long long>();
        CHECK(proposed["total_weight"].get<long long>() >= weightNow);
        CHECK(proposed["total_weight"].get<long long>()
              == 4 * next["party_with_non_party"].get<long long>() + 2 * next["senior_with_junior"].get<long long>()
                     + next["local_with_non_local"].get<long long>());
        // Every rule a pair does not meet comes with its reason.
        for (const auto &pair : proposed["pairs"])
            if (!pair["member"].is_null())
                CHECK(pair["broken"].size() == 3 - std::bitset<3>(pair["rules_met"].get<unsigned>()).count());
    }
    CHECK(cadres == 1196);
    CHECK(currentGroups == 634);
}

TEST_CASE("pairs names an unknown department and prints a table by default")
{
    CliResult result = runCli({"pairs", demoDatabasePath().string(), "--department", "999"});
    CHECK(result.exitCode == 2);
    CHECK(result.err.find("no such department: 999") != std::string::npos);

    result = runCli({"pairs", demoDatabasePath().string(), "--department", "1"});
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.find("now/proposed") != std::string::npos);
}
