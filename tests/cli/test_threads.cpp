#include "clirunner.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <gdal_priv.h>
#include <nlohmann/json.hpp>
#include <ogrsf_frmts.h>
#include <sqlite3.h>

#include <fstream>
#include <map>
#include <memory>
#include <set>

using namespace lianxin::test;

namespace {

struct DatasetCloser {
    void operator()(GDALDataset *dataset) const { GDALClose(dataset); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

// thread id -> members, from the --json output.
std::map<long long, std::vector<long long>> membership(const nlohmann::json &json)
{
    std::map<long long, std::vector<long long>> members;
    for (const auto &thread : json["threads"])
        members[thread["id"].get<long long>()] = thread["members"].get<std::vector<long long>>();
    return members;
}

void writeText(const std::filesystem::path &path, const std::string &text)
{
    std::ofstream out(path, std::ios::binary);
    out << text;
    REQUIRE(out.good());
}

// Two recurring problems of four reports each (the odour at one wharf, a broken street
// light), a lone report, and three close reports of three different items.
std::string recurringCsv()
{
    return "x,y,concern_item,text,submitted_on\n"
           "541000,4197000,消除水产加工异味,码头加工海带气味很大,2021-03-02\n"
           "541030,4197020,消除水产加工异味,码头加工海带气味太大了,2021-03-20\n"
           "541060,4197010,消除水产加工异味,码头附近加工海带气味很大,2021-04-05\n"
           "541020,4197060,消除水产加工异味,加工海带气味很大，码头,2021-05-11\n"
           "542500,4198000,增设路灯,乐园路路灯坏了晚上太黑,2021-03-05\n"
           "542540,4198030,增设路灯,乐园路路灯坏了，晚上太黑,2021-04-01\n"
           "542520,4198070,增设路灯,乐园路晚上太黑路灯坏了,2021-04-20\n"
           "542560,4198050,增设路灯,路灯坏了乐园路太黑,2021-05-09\n"
           "545000,4195000,车船票优惠,希望坐船能有优惠,2021-05-10\n"
           "543000,4199000,噪音扰民,夜里施工噪音太大,2021-03-03\n"
           "543020,4199010,垃圾分类,垃圾桶太少,2021-03-04\n"
           "543010,4199030,停车难,小区停车位不够,2021-03-06\n";
}

} // namespace

TEST_CASE("threads on the demo database finds labelled threads and --save keeps their ids")
{
    const auto dir = freshTempDir("threads-demo");
    const auto database = dir / "demo.sqlite";
    std::filesystem::copy_file(demoDatabasePath(), database);

    CliResult result = runCli({"threads", database.string(), "--json"});
    REQUIRE(result.exitCode == 0);
    const auto found = nlohmann::json::parse(result.out);
    REQUIRE(found["threads"].size() >= 3);
    CHECK(found["points"] == 1013);
    long long threaded = 0;
    for (const auto &thread : found["threads"]) {
        INFO(thread.dump());
        CHECK(thread["member_count"].get<int>() >= 3);
        CHECK(thread["members"].size() == thread["member_count"].get<std::size_t>());
        CHECK(thread["label"].get<std::string>().find(" · ") != std::string::npos);
        CHECK(thread["first_on"].get<std::string>() <= thread["last_on"].get<std::string>());
        threaded += thread["member_count"].get<long long>();
    }
    CHECK(found["threaded"] == threaded);
    // Without --save the database is only read.
    CHECK(sqlNumber(database, "SELECT count(*) FROM suggestion WHERE thread_id IS NOT NULL") == 0);

    result = runCli({"threads", database.string(), "--save"});
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.find("saved") != std::string::npos);
    CHECK(sqlNumber(database, "SELECT count(*) FROM topic_thread") == static_cast<long long>(found["threads"].size()));
    CHECK(sqlNumber(database, "SELECT count(*) FROM suggestion WHERE thread_id IS NOT NULL") == threaded);
    CHECK(sqlNumber(database, "SELECT count(*) FROM topic_thread WHERE geom IS NULL") == 0);
    const CliResult info = runCli({"info", database.string(), "--json"});
    REQUIRE(info.exitCode == 0);
    CHECK(nlohmann::json::parse(info.out)["layers"]["topic_thread"] == found["threads"].size());

    // A re-run starts from the saved threads and gives the same ids to the same members.
    result = runCli({"threads", database.string(), "--json", "--save"});
    REQUIRE(result.exitCode == 0);
    const auto again = nlohmann::json::parse(result.out);
    CHECK(membership(again) == membership(found));
    for (const auto &[id, members] : membership(again))
        CHECK(sqlNumber(database, "SELECT count(*) FROM suggestion WHERE thread_id = " + std::to_string(id))
              == static_cast<long long>(members.size()));

    // Ids come from the saved threads, whatever they are: renumbered by hand, they stay.
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(database.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "UPDATE topic_thread SET id = id + 100; UPDATE suggestion SET thread_id = thread_id + 100",
                         nullptr, nullptr, nullptr)
            == SQLITE_OK);
    sqlite3_close(db);
    result = runCli({"threads", database.string(), "--json"});
    REQUIRE(result.exitCode == 0);
    std::map<long long, std::vector<long long>> renumbered;
    for (const auto &[id, members] : membership(found))
        renumbered[id + 100] = members;
    CHECK(membership(nlohmann::json::parse(result.out)) == renumbered);

    // --help says that --save writes.
    result = runCli({"threads", "--help"});
    CHECK(result.out.find("WRITE") != std::string::npos);
}

TEST_CASE("threads on a CSV finds the recurring problems and writes a GeoPackage")
{
    const auto dir = freshTempDir("threads-csv");
    const auto csv = dir / "reports.csv";
    const auto out = dir / "threads.gpkg";
    writeText(csv, recurringCsv());

    CliResult result = runCli({"threads", csv.string(), "--eps", "150", "--min-size", "3", "--json", "--out",
                               out.string()});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    const auto found = nlohmann::json::parse(result.out);
    REQUIRE(found["threads"].size() == 2);
    CHECK(found["points"] == 12);
    CHECK(found["threaded"] == 8);
    std::set<std::string> items;
    for (const auto &thread : found["threads"]) {
        CHECK(thread["member_count"] == 4);
        items.insert(thread["concern_item"].get<std::string>());
    }
    CHECK(items == std::set<std::string>{"消除水产加工异味", "增设路灯"});

    // The GeoPackage: one hull per thread, one point per member, linked by thread id.
    GDALAllRegister();
    DatasetPtr gpkg(GDALDataset::Open(out.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    REQUIRE(gpkg);
    OGRLayer *hulls = gpkg->GetLayerByName("topic_thread");
    OGRLayer *members = gpkg->GetLayerByName("thread_member");
    REQUIRE(hulls);
    REQUIRE(members);
    CHECK(hulls->GetFeatureCount() == 2);
    CHECK(members->GetFeatureCount() == 8);
    CHECK(wkbFlatten(hulls->GetGeomType()) == wkbPolygon);
    CHECK(std::string(hulls->GetSpatialRef()->GetAuthorityCode(nullptr)) == "4549");
    std::map<long long, int> memberCounts;
    for (auto &feature : *hulls) {
        memberCounts[feature->GetFieldAsInteger64("thread_id")] = 0;
        CHECK(feature->GetFieldAsInteger("member_count") == 4);
        CHECK(std::string(feature->GetFieldAsString("first_on")).rfind("2021/03/0", 0) == 0);
        REQUIRE(feature->GetGeometryRef());
        // Every member lies inside its thread's hull.
        for (auto &member : *members)
            if (member->GetFieldAsInteger64("thread_id") == feature->GetFieldAsInteger64("thread_id"))
                CHECK(feature->GetGeometryRef()->Contains(member->GetGeometryRef()));
    }
    for (auto &member : *members)
        ++memberCounts[member->GetFieldAsInteger64("thread_id")];
    CHECK(memberCounts.size() == 2);
    for (const auto &[id, count] : memberCounts)
        CHECK(count == 4);
    CHECK(!std::filesystem::exists(dir / "threads.partial.gpkg"));

    // Ignoring the concern item column makes the three mixed reports a thread of their own.
    result = runCli({"threads", csv.string(), "--eps", "150", "--min-size", "3", "--item-field", "", "--no-text",
                     "--json"});
    REQUIRE(result.exitCode == 0);
    CHECK(nlohmann::json::parse(result.out)["threads"].size() == 3);
    // A 10-day window parts every report from the next (16 to 36 days apart): no thread.
    result = runCli({"threads", csv.string(), "--eps", "150", "--min-size", "3", "--days", "10", "--json"});
    REQUIRE(result.exitCode == 0);
    CHECK(nlohmann::json::parse(result.out)["threads"].empty());
    // Without dates a thread has no first or last day (not 1970-01-01).
    result = runCli({"threads", csv.string(), "--eps", "150", "--min-size", "3", "--date-field", "", "--json"});
    REQUIRE(result.exitCode == 0);
    const auto undated = nlohmann::json::parse(result.out)["threads"];
    REQUIRE(!undated.empty());
    for (const auto &thread : undated) {
        CHECK(thread["first_on"].is_null());
        CHECK(thread["last_on"].is_null());
    }
}

TEST_CASE("threads refuses non-point layers, missing fields and empty inputs by name")
{
    // A mistyped database name is reported missing, not read as a point file.
    {
        const auto missing = freshTempDir("threads-missing") / "no-such.sqlite";
        const CliResult r = runCli({"threads", missing.string(), "--save"});
        CHECK(r.exitCode == 2);
        CHECK(r.err.find("no-such.sqlite") != std::string::npos);
        CHECK(r.err.find("point file") == std::string::npos);
    }

    const auto dir = freshTempDir("threads-bad");
    {
        GDALAllRegister();
        DatasetPtr dataset(GetGDALDriverManager()->GetDriverByName("GPKG")->Create(
            (dir / "areas.gpkg").c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        REQUIRE(dataset);
        OGRSpatialReference srs;
        srs.importFromEPSG(4549);
        OGRLayer *layer = dataset->CreateLayer("areas", &srs, wkbPolygon, nullptr);
        OGRFeature feature(layer->GetLayerDefn());
        OGRPolygon square;
        OGRLinearRing ring;
        for (const auto &[x, y] : std::vector<std::pair<double, double>>{
                 {541000, 4197000}, {541100, 4197000}, {541100, 4197100}, {541000, 4197000}})
            ring.addPoint(x, y);
        square.addRing(&ring);
        feature.SetGeometry(&square);
        REQUIRE(layer->CreateFeature(&feature) == OGRERR_NONE);
    }
    CliResult result = runCli({"threads", (dir / "areas.gpkg").string()});
    CHECK(result.exitCode == 2);
    CHECK(result.err.find("Polygon") != std::string::npos);
    CHECK(result.err.find("areas.gpkg") != std::string::npos);

    writeText(dir / "reports.csv", recurringCsv());
    result = runCli({"threads", (dir / "reports.csv").string(), "--text-field", "words"});
    CHECK(result.exitCode == 2);
    CHECK(result.err.find("'words'") != std::string::npos);
    CHECK(result.err.find("concern_item") != std::string::npos); // the fields it has

    writeText(dir / "empty.csv", "x,y,concern_item\n");
    result = runCli({"threads", (dir / "empty.csv").string()});
    CHECK(result.exitCode == 2);
    CHECK(result.err.find("no points") != std::string::npos);

    result = runCli({"threads", (dir / "reports.csv").string(), "--save"});
    CHECK(result.exitCode == 2);
    CHECK(result.err.find("point file") != std::string::npos);

    result = runCli({"threads", (dir / "reports.csv").string(), "--out", (dir / "t.shp").string()});
    CHECK(result.exitCode == 2);
    CHECK(result.err.find(".gpkg") != std::string::npos);
}
