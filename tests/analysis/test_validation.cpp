// validateWorld as a whole: a clean world passes every check, progress runs 0..1 and
// can cancel, bad options are refused, and a demo world is held to the article's counts.
#include "smallworld.h"

#include "core/articlefigures.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <limits>

using namespace lianxin;
using namespace lianxin::test;

namespace {
const std::vector<std::string> kAllChecks = {
    "geometry-valid",  "grid-overlap",       "grid-gap",   "grid-outside", "building-in-grid",
    "building-overlap", "village-on-land",   "household-on-land", "household-placement", "references",
    "group-scope",     "suggestion-workflow"};
} // namespace

TEST_CASE("A clean world passes every check")
{
    const ValidationReport report = validateWorld(smallWorld());
    INFO(listIssues(report));
    CHECK(report.ok());
    CHECK(report.issues.empty());
    CHECK(report.checksRun == kAllChecks);
}

TEST_CASE("Progress climbs from 0 to 1 and returning false cancels")
{
    const World world = smallWorld();

    std::vector<double> seen;
    ValidationOptions options;
    options.progress = [&seen](double fraction) {
        seen.push_back(fraction);
        return true;
    };
    REQUIRE(validateWorld(world, options).ok());
    REQUIRE(seen.size() >= kAllChecks.size());
    CHECK(seen.front() == 0.0);
    CHECK(seen.back() == 1.0);
    CHECK(std::is_sorted(seen.begin(), seen.end()));

    int calls = 0;
    options.progress = [&calls](double) { return ++calls < 3; };
    const ValidationReport cancelled = validateWorld(world, options);
    INFO(listIssues(cancelled));
    CHECK_FALSE(cancelled.ok());
    REQUIRE(cancelled.issues.size() == 1);
    CHECK(cancelled.issues[0].check == "cancelled");
    CHECK(calls == 3); // no callback after the one that said stop
    CHECK(cancelled.checksRun.size() < kAllChecks.size());
    CHECK(std::equal(cancelled.checksRun.begin(), cancelled.checksRun.end(), kAllChecks.begin()));
}

TEST_CASE("Options that make no sense are refused")
{
    ValidationOptions options;
    options.coverageToleranceM2 = -1.0;
    CHECK_THROWS_WITH(validateWorld(smallWorld(), options), Catch::Contains("tolerance"));
    options = {};
    options.landInsetMetres = std::numeric_limits<double>::quiet_NaN();
    CHECK_THROWS_WITH(validateWorld(smallWorld(), options), Catch::Contains("inset"));
    options = {};
    options.demoScale = 0;
    CHECK_THROWS_WITH(validateWorld(smallWorld(), options), Catch::Contains("scale"));
}

TEST_CASE("Counts of a demo world are compared with the article's figures")
{
    World world = smallWorld();
    // Nine leaders, as in the article: that count must not be reported.
    for (Id id = 2; id <= 9; ++id)
        world.leaders.push_back({id, "领导" + std::to_string(id), "副区长", {1}});

    ValidationOptions options;
    const ValidationReport plain = validateWorld(world, options);
    CHECK(plain.ok()); // without a demo scale there are no counts to compare
    CHECK(std::find(plain.checksRun.begin(), plain.checksRun.end(), "counts") == plain.checksRun.end());

    options.demoScale = 1;
    const ValidationReport report = validateWorld(world, options);
    INFO(listIssues(report));
    CHECK(report.checksRun.back() == "counts");
    const ArticleFigures article = articleFigures(1);
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"township", "townships: 2, expected " + std::to_string(article.townships) + " (article)"},
        {"department", "district departments: 2, expected " + std::to_string(article.departments) + " (article)"},
        {"grid_area", "grid areas: 4, expected " + std::to_string(article.gridAreas) + " (article)"},
        {"building", "buildings: 4, expected " + std::to_string(article.buildings) + " (article)"},
        {"household", "households: 6, expected " + std::to_string(article.households) + " (article)"},
        {"household", "urban households: 3, expected " + std::to_string(article.urbanHouseholds) + " (article)"},
        {"household", "village households: 3, expected " + std::to_string(article.villageHouseholds) + " (article)"},
        {"resident", "residents: 8, expected " + std::to_string(article.residents) + " (article)"},
        {"shop", "shops: 1, expected " + std::to_string(article.shops) + " (article)"},
        {"cadre", "cadres: 6, expected " + std::to_string(article.cadres) + " (article)"},
        {"contact_group", "contact groups: 4, expected " + std::to_string(article.groups) + " (article)"},
        {"suggestion", "suggestions: 3, expected " + std::to_string(article.suggestions) + " (article)"},
        {"suggestion", "done suggestions: 1, expected " + std::to_string(article.done) + " (article)"},
        {"suggestion", "suggestions in progress: 1, expected " + std::to_string(article.inProgress) + " (article)"},
        {"suggestion", "blocked suggestions: 1, expected " + std::to_string(article.blocked) + " (article)"},
        {"household",
         "serious-illness households: 1, expected " + std::to_string(article.seriousIllness) + " (article)"},
    };
    REQUIRE(report.issues.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CHECK(report.issues[i].check == "counts");
        CHECK(report.issues[i].layer == expected[i].first);
        CHECK(report.issues[i].featureId == 0);
        CHECK(report.issues[i].message == expected[i].second);
    }

    options.demoScale = 100;
    const ValidationReport scaled = validateWorld(world, options);
    REQUIRE(scaled.issues.size() == expected.size());
    CHECK(scaled.issues[4].message
          == "households: 6, expected " + std::to_string(articleFigures(100).households) + " (article, scale 100)");
}
