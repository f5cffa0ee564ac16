// lianxin-cli balance on copies of the demo database (the shared fixture is never
// written) and on a point file: dry runs write nothing, a balanced result is stable, the
// point mode writes a GeoPackage a GIS opens, and bad input gets a clear refusal.
#include "clirunner.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <gdal_priv.h>
#include <nlohmann/json.hpp>
#include <ogrsf_frmts.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>

using namespace lianxin::test;
namespace fs = std::filesystem;

namespace {

nlohmann::json balanceJson(const std::vector<std::string> &args)
{
    std::vector<std::string> all = {"balance"};
    all.insert(all.end(), args.begin(), args.end());
    all.push_back("--json");
    all.push_back("-q");
    const CliResult result = runCli(all);
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    return nlohmann::json::parse(result.out);
}

int histogramGroups(const nlohmann::json &side)
{
    int groups = 0;
    for (const auto &bin : side.at("load_histogram"))
        groups += bin.at("groups").get<int>();
    return groups;
}

} // namespace

TEST_CASE("balance --dry-run reports the metrics and leaves the database's bytes alone")
{
    const fs::path db = copyOfDemo("balance-dry");
    const std::string before = fileBytes(db);
    const fs::path roster = db.parent_path() / "rosters.csv";
    const nlohmann::json out = balanceJson({db.string(), "--dry-run", "--roster", roster.string()});
    CHECK(fileBytes(db) == before);
    CHECK(out.at("dry_run") == true);
    CHECK(out.at("written") == 0);
    CHECK(out.at("households") == 15310);
    CHECK(out.at("groups") == 634);
    CHECK(out.at("moved").get<int>() > 0);
    CHECK(histogramGroups(out.at("before")) == 634);
    CHECK(histogramGroups(out.at("after")) == 634);
    CHECK(out.at("after").at("distance").at("mean_m").get<double>()
          < out.at("before").at("distance").at("mean_m").get<double>());
    for (const auto &scope : out.at("scopes")) {
        CHECK(scope.at("load_after").at("min").get<int>() >= scope.at("lower_bound").get<int>());
        CHECK(scope.at("load_after").at("max").get<int>() <= scope.at("upper_bound").get<int>());
    }
    CHECK(out.at("pairing_rules_met").at("party_with_non_party").get<int>() > 0);
    CHECK(fs::file_size(roster) > 100000); // the rosters are written even on a dry run
}

TEST_CASE("balance writes its moves with audit rows, and a second run at a high stability cost moves nothing")
{
    const fs::path db = copyOfDemo("balance-real");
    const long long auditBefore = sqlNumber(db, "SELECT count(*) FROM audit");
    const nlohmann::json first = balanceJson({db.string()});
    const int moved = first.at("moved").get<int>();
    CHECK(moved > 0);
    CHECK(first.at("written") == moved);
    CHECK(sqlNumber(db, "SELECT count(*) FROM audit WHERE actor = 'lianxin-cli' AND action = 'update'")
          == auditBefore + moved);

    const std::string balanced = fileBytes(db);
    const nlohmann::json second = balanceJson({db.string(), "--stability", "1e6"});
    CHECK(second.at("moved") == 0);
    CHECK(second.at("written") == 0);
    CHECK(fileBytes(db) == balanced);

    // One body only: its households and nothing else.
    const nlohmann::json one = balanceJson({db.string(), "--scope", "department:3", "--dry-run", "--tolerance", "0"});
    CHECK(one.at("households").get<int>() > 0);
    CHECK(one.at("households").get<int>() < 15310);
    for (const auto &scope : one.at("scopes"))
        if (scope.at("households").get<int>() > 0)
            CHECK(scope.at("department_id") == 3);

    // A township: its unit's village households, one balancing scope per island.
    const long long unit = sqlNumber(db, "SELECT id FROM department WHERE township_id = 3");
    const nlohmann::json township = balanceJson({db.string(), "--scope", "township:3", "--dry-run"});
    CHECK(township.at("households").get<long long>()
          == sqlNumber(db, "SELECT count(*) FROM household WHERE village_id IS NOT NULL AND township_id = 3"));
    for (const auto &scope : township.at("scopes"))
        if (scope.at("households").get<int>() > 0)
            CHECK(scope.at("department_id") == unit);
}

TEST_CASE("balance --households groups any point file and writes a GeoPackage")
{
    const fs::path dir = freshTempDir("balance-points");
    const fs::path csv = dir / "points.csv";
    {
        // 4 clusters of 50 points, 2 km apart, in EPSG:4549 metres.
        std::ofstream out(csv);
        out << "name,x,y\n";
        for (int c = 0; c < 4; ++c)
            for (int i = 0; i < 50; ++i)
                out << "p" << c << "_" << i << "," << 540000 + 2000 * (c % 2) + (i % 10) * 7.0 << ","
                    << 4200000 + 2000 * (c / 2) + (i / 10) * 9.0 << "\n";
    }
    const fs::path gpkg = dir / "result.gpkg";
    const CliResult result =
        runCli({"balance", "--households", csv.string(), "--groups", "8", "--tolerance", "0", "--out", gpkg.string()});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.find("200 points") != std::string::npos);
    CHECK(result.err.find("balancing") != std::string::npos); // progress on stderr

    GDALAllRegister();
    std::unique_ptr<GDALDataset> dataset(GDALDataset::Open(gpkg.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    REQUIRE(dataset);
    OGRLayer *households = dataset->GetLayerByName("households");
    OGRLayer *bases = dataset->GetLayerByName("group_bases");
    REQUIRE(households);
    REQUIRE(bases);
    CHECK(std::string(households->GetSpatialRef()->GetAuthorityCode(nullptr)) == "4549");
    CHECK(households->GetFeatureCount() == 200);
    CHECK(bases->GetFeatureCount() == 8);
    std::map<long long, int> load;
    std::map<long long, std::set<int>> clustersOf;
    for (auto &feature : *households) {
        const long long group = feature->GetFieldAsInteger64("group_id");
        ++load[group];
        const OGRPoint *p = feature->GetGeometryRef()->toPoint();
        clustersOf[group].insert((p->getX() > 541000 ? 1 : 0) + (p->getY() > 4201000 ? 2 : 0));
    }
    REQUIRE(load.size() == 8);
    for (const auto &[group, count] : load) {
        CHECK(count == 25); // 200 / 8 with tolerance 0
        CHECK(clustersOf[group].size() == 1); // two groups per cluster, none straddling the gap
    }
    CHECK_FALSE(fs::exists(gpkg.parent_path() / (gpkg.stem().string() + ".partial.gpkg")));
}

TEST_CASE("balance says the moves are written when only the rosters fail")
{
    const fs::path db = copyOfDemo("balance-roster-fails");
    const CliResult r = runCli({"balance", db.string(), "--roster", (db.parent_path() / "gone" / "r.csv").string(), "-q"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("changed group") != std::string::npos);
    CHECK(r.err.find("rosters could not be written") != std::string::npos);
    CHECK(sqlNumber(db, "SELECT count(*) FROM audit") > 0); // the one transaction did land
}

TEST_CASE("balance refuses bad input with a clear message")
{
    const fs::path db = copyOfDemo("balance-bad");
    CliResult r = runCli({"balance", db.string(), "--scope", "department:999", "-q"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("no such department") != std::string::npos);
    r = runCli({"balance", db.string(), "--scope", "island:2", "-q"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("--scope") != std::string::npos);

    const fs::path weights = db.parent_path() / "weights.json";
    std::ofstream(weights) << R"({"five_elders": 2, "fifth_wheel": 1})";
    r = runCli({"balance", db.string(), "--weights", weights.string(), "-q"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("fifth_wheel") != std::string::npos);
    // Island links that go round in a circle serve nobody.
    std::ofstream(weights) << R"({"island_links": {"2": 3, "3": 2}})";
    r = runCli({"balance", db.string(), "--weights", weights.string(), "--dry-run", "-q"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("cycle") != std::string::npos);
    std::ofstream(weights) << R"({"island_links": {"two": 3}})";
    r = runCli({"balance", db.string(), "--weights", weights.string(), "--dry-run", "-q"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("bad entry \"two\"") != std::string::npos);

    const std::string untouched = fileBytes(db);
    r = runCli({"balance", db.string(), "--roster", (db.parent_path() / "rosters.pdf").string(), "-q"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find(".xlsx or .csv") != std::string::npos);
    CHECK(fileBytes(db) == untouched); // refused before balancing, not after writing

    r = runCli({"balance", "--households", db.string(), "--groups", "3", "-q"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("--out") != std::string::npos);

    // Empty scope: a new body without households.
    execSql(db, "INSERT INTO department (id, name, kind) VALUES (99, '空单位', 'district')");
    r = runCli({"balance", db.string(), "--scope", "department:99", "--dry-run", "-q"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("no households") != std::string::npos);

    // Capacity impossible: 60 locked households in group 1.
    execSql(db, "UPDATE household SET group_id = 1 WHERE id IN (SELECT h.id FROM household h JOIN contact_group g ON "
            "h.group_id = g.id WHERE g.department_id = (SELECT department_id FROM contact_group WHERE id = 1) "
            "ORDER BY h.id LIMIT 60)");
    std::string locked;
    for (long long offset = 0; offset < 60; ++offset)
        locked += (offset ? "," : "")
                  + std::to_string(sqlNumber(db, "SELECT id FROM household WHERE group_id = 1 ORDER BY id LIMIT 1 OFFSET "
                                                     + std::to_string(offset)));
    std::ofstream(weights) << R"({"locked_households": [)" << locked << "]}";
    r = runCli({"balance", db.string(), "--weights", weights.string(), "--dry-run", "-q"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("above the most a group may carry") != std::string::npos);

    // A group nobody staffs.
    execSql(db, "DELETE FROM group_member WHERE group_id = 5");
    r = runCli({"balance", db.string(), "--dry-run", "-q"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("no cadres") != std::string::npos);
    CHECK(r.err.find("G0005") != std::string::npos);
}
