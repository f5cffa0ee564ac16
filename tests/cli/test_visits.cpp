// lianxin-cli visits on copies of the demo database: plan writes the round and nothing
// else, the routes GeoPackage reads back through GDAL, visits recorded one by one and the
// same visits imported from the returned XLSX give the same coverage, and bad input is
// refused by name with the database left byte for byte as it was.
#include "clirunner.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <gdal_priv.h>
#include <nlohmann/json.hpp>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <map>
#include <memory>
#include <set>

using namespace lianxin::test;
namespace fs = std::filesystem;

namespace {

const std::string kRound = "2021年第三轮";

CliResult run(const std::vector<std::string> &args)
{
    std::vector<std::string> all = {"visits"};
    all.insert(all.end(), args.begin(), args.end());
    return runCli(all);
}

nlohmann::json runJson(const std::vector<std::string> &args)
{
    std::vector<std::string> all = args;
    all.push_back("--json");
    const CliResult result = run(all);
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    return nlohmann::json::parse(result.out);
}

nlohmann::json plan(const fs::path &db, std::vector<std::string> extra = {})
{
    std::vector<std::string> args = {"plan", db.string(), "--round", kRound, "--start", "2021-05-06", "--end", "2021-05-28"};
    args.insert(args.end(), extra.begin(), extra.end());
    return runJson(args);
}

struct Closer {
    void operator()(GDALDataset *d) const { GDALClose(d); }
};
using Dataset = std::unique_ptr<GDALDataset, Closer>;

Dataset openVector(const fs::path &path, bool update = false)
{
    GDALAllRegister();
    const char *options[] = {"HEADERS=FORCE", nullptr};
    const bool xlsx = path.extension() == ".xlsx";
    return Dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | (update ? GDAL_OF_UPDATE : GDAL_OF_READONLY), nullptr,
                                     xlsx ? options : nullptr, nullptr));
}

// A few visits of the first group's households: (code, date, outcome as the CLI and the
// sheet write it).
struct Visit {
    std::string code, date, outcome, label;
};

std::vector<Visit> sampleVisits(const nlohmann::json &planned)
{
    const auto &visits = planned.at("routes").at(0).at("visits");
    const auto &second = planned.at("routes").at(1).at("visits");
    return {{visits.at(0).at("household"), "2021-05-06", "seen", "见面"},
            {visits.at(1).at("household"), "2021-05-06", "absent", "不在家"},
            {visits.at(1).at("household"), "2021-05-10", "absent", "不在家"},
            {visits.at(2).at("household"), "2021-05-07", "moved", "已搬离"},
            {second.at(0).at("household"), "2021-05-07", "refused", "拒访"},
            {second.at(1).at("household"), "2021-05-11", "seen", "见面"}};
}

nlohmann::json coverage(const fs::path &db, const std::string &by)
{
    return runJson({"coverage", db.string(), "--round", kRound, "--by", by, "--open", "100000"});
}

} // namespace

TEST_CASE("visits plan creates the round once and lists every household of the county once")
{
    const fs::path db = copyOfDemo("visits-plan");
    const nlohmann::json planned = plan(db);
    CHECK(planned.at("groups") == 634);
    CHECK(planned.at("households") == 15310);
    CHECK(planned.at("urgent_households") == 12);
    CHECK(planned.at("metres").get<double>() <= planned.at("baseline_metres").get<double>());
    std::set<std::string> codes;
    int rows = 0;
    for (const auto &route : planned.at("routes"))
        for (const auto &visit : route.at("visits")) {
            codes.insert(visit.at("household").get<std::string>());
            ++rows;
        }
    CHECK(rows == 15310);
    CHECK(codes.size() == 15310);
    CHECK(sqlNumber(db, "SELECT count(*) FROM visit_round") == 1);
    CHECK(sqlNumber(db, "SELECT count(*) FROM change_set WHERE note LIKE 'plan visit round%'") == 1);

    // Planning it again with the same options writes nothing at all.
    const std::string before = fileBytes(db);
    plan(db);
    CHECK(fileBytes(db) == before);
    // A changed option updates the stored round, audited.
    const nlohmann::json again = runJson({"plan", db.string(), "--round", kRound, "--visits-per-day", "12"});
    CHECK(again.at("round").at("visits_per_day") == 12);
    CHECK(sqlNumber(db, "SELECT visits_per_day FROM visit_round") == 12);
    CHECK(sqlNumber(db, "SELECT count(*) FROM change_set WHERE note LIKE 're-plan visit round%'") == 1);
}

TEST_CASE("visits plan of one department, priority only, visits only that body's flagged households")
{
    const fs::path db = copyOfDemo("visits-plan-department");
    const nlohmann::json planned = plan(db, {"--scope", "department:1", "--goal", "priority", "--priority-first"});
    const long long expected = sqlNumber(db, "SELECT count(*) FROM household h JOIN contact_group g ON g.id = h.group_id "
                                             "WHERE g.department_id = 1 AND h.flags <> 0");
    CHECK(planned.at("households") == expected);
    for (const auto &route : planned.at("routes"))
        CHECK(route.at("department") == planned.at("scope_name"));
}

TEST_CASE("visits plan --sheets prints one PDF for one body and one per body for a township of two")
{
    const fs::path db = copyOfDemo("visits-sheets");
    const fs::path pdf = db.parent_path() / "sheets.pdf";
    const nlohmann::json planned = plan(db, {"--scope", "department:2", "--sheets", pdf.string()});
    REQUIRE(fs::exists(pdf));
    const std::string text = commandOutput("pdftotext -layout '" + pdf.string() + "' -");
    for (const auto &route : planned.at("routes"))
        for (const auto &visit : route.at("visits"))
            CHECK(text.find(visit.at("household").get<std::string>()) != std::string::npos);
    // The county: one file per responsible body, named by its id.
    const fs::path county = db.parent_path() / "county.pdf";
    const CliResult result = run({"plan", db.string(), "--round", "全区", "--start", "2021-05-06", "--end", "2021-05-28",
                                  "--goal", "priority", "--sheets", county.string()});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    CHECK_FALSE(fs::exists(county));
    CHECK(fs::exists(db.parent_path() / "county-1.pdf"));
    CHECK(fs::exists(db.parent_path() / "county-34.pdf"));
}

TEST_CASE("visits routes writes one line per group and numbered stops that GDAL reads back")
{
    const fs::path db = copyOfDemo("visits-routes");
    const nlohmann::json planned = plan(db);
    const fs::path out = db.parent_path() / "routes.gpkg";
    const CliResult result = run({"routes", db.string(), "--round", kRound, "--out", out.string()});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    const Dataset gpkg = openVector(out);
    REQUIRE(gpkg);
    OGRLayer *routes = gpkg->GetLayerByName("visit_route");
    OGRLayer *stops = gpkg->GetLayerByName("visit_stop");
    REQUIRE(routes);
    REQUIRE(stops);
    CHECK(routes->GetFeatureCount() == 634);
    CHECK(wkbFlatten(routes->GetGeomType()) == wkbMultiLineString);
    CHECK(std::string(routes->GetSpatialRef()->GetAuthorityCode(nullptr)) == "4549");

    std::map<std::string, int> stopsOfGroup;
    for (const auto &route : planned.at("routes"))
        stopsOfGroup[route.at("group")] = route.at("stops");
    std::map<std::string, std::vector<int>> numbers;
    std::set<std::string> households;
    for (auto &stop : *stops) {
        numbers[stop->GetFieldAsString("group_code")].push_back(stop->GetFieldAsInteger("stop"));
        const std::string codes = stop->GetFieldAsString("households");
        for (std::size_t start = 0; start < codes.size();) {
            const std::size_t comma = std::min(codes.find(',', start), codes.size());
            households.insert(codes.substr(start, comma - start));
            start = comma + 1;
        }
    }
    CHECK(households.size() == 15310);
    for (const auto &[group, list] : numbers) {
        REQUIRE(static_cast<int>(list.size()) == stopsOfGroup.at(group));
        for (std::size_t i = 0; i < list.size(); ++i)
            CHECK(list[i] == static_cast<int>(i) + 1);
    }
    // Each route's line has its leg start plus one vertex per stop.
    for (auto &route : *routes) {
        const auto *lines = route->GetGeometryRef()->toMultiLineString();
        int vertices = 0;
        for (const OGRLineString *line : *lines)
            vertices += line->getNumPoints() - 1;
        CHECK(vertices == stopsOfGroup.at(route->GetFieldAsString("group_code")));
    }
}

TEST_CASE("Visits recorded through the CLI and the same visits imported from the XLSX give the same coverage")
{
    const fs::path recorded = copyOfDemo("visits-roundtrip-cli");
    const fs::path imported = copyOfDemo("visits-roundtrip-xlsx");
    const fs::path xlsx = imported.parent_path() / "sheets.xlsx";
    const nlohmann::json planned = plan(recorded);
    plan(imported, {"--xlsx", xlsx.string()});
    const std::vector<Visit> visits = sampleVisits(planned);

    for (const Visit &v : visits) {
        const CliResult result = run({"record", recorded.string(), "--round", kRound, "--household", v.code, "--date",
                                      v.date, "--outcome", v.outcome});
        INFO(result.err);
        REQUIRE(result.exitCode == 0);
    }

    {   // The pairs fill in the sheet: one row per visit (a second visit adds a row).
        const Dataset book = openVector(xlsx, true);
        REQUIRE(book);
        std::set<std::string> filled;
        for (const Visit &v : visits) {
            bool written = false;
            for (OGRLayer *sheet : book->GetLayers()) {
                sheet->ResetReading();
                for (auto &row : *sheet) {
                    if (written || row->GetFieldAsString("住户编号") != v.code)
                        continue;
                    OGRFeature *target = row.get();
                    std::unique_ptr<OGRFeature> extra;
                    if (!filled.insert(v.code).second) { // already used: a new row for the second visit
                        extra.reset(row->Clone());
                        extra->SetFID(OGRNullFID);
                        target = extra.get();
                    }
                    target->SetField("走访日期", v.date.c_str());
                    target->SetField("结果", v.label.c_str());
                    REQUIRE((extra ? sheet->CreateFeature(target) : sheet->SetFeature(target)) == OGRERR_NONE);
                    written = true;
                }
                if (written)
                    break;
            }
            REQUIRE(written);
        }
    }
    const CliResult import = run({"import", imported.string(), "--round", kRound, xlsx.string()});
    INFO(import.err);
    REQUIRE(import.exitCode == 0);
    CHECK_THAT(import.out, Catch::Contains("imported 6 visits"));

    for (const std::string by : {"group", "department", "grid", "village", "township"}) {
        const nlohmann::json a = coverage(recorded, by);
        const nlohmann::json b = coverage(imported, by);
        CHECK(a == b);
        int households = 0, visited = 0, open = 0;
        for (const auto &row : a.at("rows")) {
            households += row.at("households").get<int>();
            visited += row.at("visited").get<int>();
            open += row.at("not_visited").get<int>();
            CHECK(row.at("visited").get<int>() + row.at("not_visited").get<int>() == row.at("households").get<int>());
        }
        CHECK(households == 15310);
        CHECK(visited == 4);
        CHECK(open == 15306);
        CHECK(a.at("total").at("absent_twice") == 1);
    }
    // The coverage layer for QGIS: every household of the round with its state.
    const fs::path layer = recorded.parent_path() / "coverage.gpkg";
    const CliResult written = run({"coverage", recorded.string(), "--round", kRound, "--out", layer.string()});
    INFO(written.err);
    REQUIRE(written.exitCode == 0);
    {
        const Dataset gpkg = openVector(layer);
        REQUIRE(gpkg);
        OGRLayer *points = gpkg->GetLayerByName("visit_coverage");
        REQUIRE(points);
        CHECK(points->GetFeatureCount() == 15310);
        std::map<std::string, int> states;
        int absentTwice = 0;
        for (auto &point : *points) {
            ++states[point->GetFieldAsString("state")];
            absentTwice += point->GetFieldAsInteger("absent_count") >= 2 ? 1 : 0;
        }
        CHECK(states["visited"] == 4);
        CHECK(states["not_visited"] == 15306);
        CHECK(absentTwice == 1);
    }
    // Importing the same sheets again adds nothing.
    const std::string before = fileBytes(imported);
    const CliResult again = run({"import", imported.string(), "--round", kRound, xlsx.string()});
    CHECK(again.exitCode == 0);
    CHECK_THAT(again.out, Catch::Contains("imported 0 visits"));
    CHECK_THAT(again.out, Catch::Contains("6 already recorded"));
}

TEST_CASE("visits commands refuse bad input by name, exit 2, and leave the database byte-identical")
{
    const fs::path db = copyOfDemo("visits-bad");
    const nlohmann::json planned = plan(db);
    const std::string code = planned.at("routes").at(0).at("visits").at(0).at("household");
    const std::string before = fileBytes(db);
    const std::string file = db.string();
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
        {{"plan", file, "--round", "新一轮"}, "give its --start and --end"},
        {{"plan", file, "--round", "新一轮", "--start", "2021-13-01", "--end", "2021-05-28"}, "--start must be a date"},
        {{"plan", file, "--round", "新一轮", "--start", "2021-05-28", "--end", "2021-05-06"}, "before the start"},
        {{"plan", file, "--round", "新一轮", "--start", "2021-05-06", "--end", "2021-05-28", "--scope", "department:999"},
         "no department \"999\""},
        {{"plan", file, "--round", "新一轮", "--start", "2021-05-06", "--end", "2021-05-28", "--scope", "city"}, "--scope must be"},
        {{"plan", file, "--round", "新一轮", "--start", "2021-05-06", "--end", "2021-05-28", "--from", "1;2"}, "--from must be"},
        {{"plan", file, "--round", "新一轮", "--start", "2021-05-06", "--end", "2021-05-28", "--xlsx", "/nonexistent/dir/a.xlsx"},
         "does not exist"},
        {{"plan", file, "--round", "新一轮", "--start", "2021-05-06", "--end", "2021-05-28", "--xlsx",
          (db.parent_path() / "a.csv").string()}, "written as .xlsx"},
        {{"plan", file, "--round", "新一轮", "--start", "2021-05-06", "--end", "2021-05-28", "--sheets",
          (db.parent_path() / "a.png").string()}, "printed as .pdf"},
        {{"record", file, "--round", "nope", "--household", code, "--date", "2021-05-06", "--outcome", "seen"},
         "no visit round \"nope\""},
        {{"record", file, "--round", kRound, "--household", "H9999999", "--date", "2021-05-06", "--outcome", "seen"},
         "household \"H9999999\" is not one of"},
        {{"record", file, "--round", kRound, "--household", code, "--date", "2021-05-06", "--outcome", "maybe"},
         "--outcome must be"},
        {{"record", file, "--round", kRound, "--household", code, "--date", "6 May", "--outcome", "seen"}, "--date must be"},
        {{"record", file, "--round", kRound, "--household", code, "--date", "2021-05-06", "--outcome", "seen",
          "--suggestion", "S1999-9999"}, "no suggestion \"S1999-9999\""},
        {{"coverage", file, "--round", kRound, "--by", "street"}, "--by must be"},
        {{"routes", file, "--round", kRound, "--out", (db.parent_path() / "r.shp").string()}, "GeoPackage"},
        {{"import", file, "--round", kRound, (db.parent_path() / "missing.xlsx").string()}, "no such file"},
    };
    for (const auto &[args, message] : cases) {
        const CliResult result = run(args);
        INFO(args.front() << ": " << result.err);
        CHECK(result.exitCode == 2);
        CHECK_THAT(result.err, Catch::Contains(message));
        CHECK(fileBytes(db) == before);
    }
}

TEST_CASE("visits import refuses a sheet with a bad row whole, naming the sheet and row")
{
    const fs::path db = copyOfDemo("visits-import-bad");
    const fs::path xlsx = db.parent_path() / "sheets.xlsx";
    plan(db, {"--scope", "department:1", "--xlsx", xlsx.string()});
    {
        const Dataset book = openVector(xlsx, true);
        REQUIRE(book);
        OGRLayer *sheet = book->GetLayer(0);
        sheet->ResetReading();
        std::unique_ptr<OGRFeature> first(sheet->GetNextFeature());
        std::unique_ptr<OGRFeature> second(sheet->GetNextFeature());
        REQUIRE(first);
        REQUIRE(second);
        first->SetField("走访日期", "2021-05-06");
        first->SetField("结果", "见面");
        REQUIRE(sheet->SetFeature(first.get()) == OGRERR_NONE);
        second->SetField("走访日期", "2021-05-06");
        second->SetField("结果", "不知道");
        REQUIRE(sheet->SetFeature(second.get()) == OGRERR_NONE);
    }
    const std::string before = fileBytes(db);
    const CliResult result = run({"import", db.string(), "--round", kRound, xlsx.string()});
    CHECK(result.exitCode == 2);
    CHECK_THAT(result.err, Catch::Contains("row 3") && Catch::Contains("不知道"));
    CHECK(fileBytes(db) == before);
}
