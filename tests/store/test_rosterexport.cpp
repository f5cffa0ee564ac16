// Printable rosters of the demo world through GDAL: XLSX with a sheet per responsible body
// and CSV with a UTF-8 BOM, read back with GDAL; phones masked; nothing half-written.
#include "store/rosterexport.h"
#include "store/storeerror.h"
#include "demofixture.h"
#include "storetestutil.h"

#include <catch2/catch.hpp>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <map>
#include <memory>

using namespace lianxin;

namespace {

struct DatasetCloser {
    void operator()(GDALDataset *dataset) const { GDALClose(dataset); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

DatasetPtr openVector(const std::string &path)
{
    GDALAllRegister();
    // Every roster column is text, so GDAL cannot guess that the first row is a header.
    CPLSetConfigOption("OGR_XLSX_HEADERS", "FORCE");
    return DatasetPtr(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
}

std::size_t utf8Chars(const std::string &text)
{
    std::size_t chars = 0;
    for (unsigned char c : text)
        chars += (c & 0xC0) != 0x80;
    return chars;
}

struct Expected {
    std::string groupCode, body, leader, address, head, phone, rawPhone;
};

// What the row of `household` must say, from the world itself.
Expected expectedRow(const World &world, const Household &household)
{
    Expected e;
    Id body = 0;
    for (const ContactGroup &g : world.groups)
        if (g.id == household.groupId) {
            e.groupCode = g.code;
            body = g.departmentId;
        }
    for (const Department &d : world.departments)
        if (d.id == body)
            e.body = d.name;
    for (const GroupMember &m : world.groupMembers)
        if (m.groupId == household.groupId && m.isLeader)
            for (const Cadre &c : world.cadres)
                if (c.id == m.cadreId)
                    e.leader = c.name;
    for (const Resident &r : world.residents)
        if (r.householdId == household.id && r.isHead) {
            e.head = r.name;
            e.phone = maskPhone(r.phone);
            e.rawPhone = r.phone;
        }
    e.address = household.address;
    return e;
}

void checkRow(OGRFeature &feature, const Expected &e)
{
    CHECK(std::string(feature.GetFieldAsString("组号")) == e.groupCode);
    CHECK(std::string(feature.GetFieldAsString("负责单位")) == e.body);
    CHECK(std::string(feature.GetFieldAsString("组长")) == e.leader);
    CHECK(std::string(feature.GetFieldAsString("地址")) == e.address);
    CHECK(std::string(feature.GetFieldAsString("户主")) == e.head);
    const std::string phone = feature.GetFieldAsString("电话");
    CHECK(phone == e.phone);
    CHECK(phone.find("****") != std::string::npos);
    CHECK(phone != e.rawPhone);
}

} // namespace

TEST_CASE("CSV rosters: UTF-8 with BOM, one row per household, phones masked")
{
    const World &world = test::articleWorld();
    const std::filesystem::path dir = test::freshTempDir("rosterexport-csv");
    const std::string path = (dir / "rosters.csv").string();
    CHECK(writeRosters(world, path) == 15310);
    CHECK_FALSE(std::filesystem::exists(dir / "rosters.partial.csv"));
    CHECK(test::fileBytes(path).substr(0, 3) == "\xEF\xBB\xBF");

    DatasetPtr dataset = openVector(path);
    REQUIRE(dataset);
    REQUIRE(dataset->GetLayerCount() == 1);
    OGRLayer *layer = dataset->GetLayer(0);
    CHECK(layer->GetFeatureCount() == 15310);
    const char *columns[] = {"组号", "负责单位", "组长", "组员", "住户编号", "地址", "户主", "电话"};
    REQUIRE(layer->GetLayerDefn()->GetFieldCount() == 8);
    for (int i = 0; i < 8; ++i)
        CHECK(std::string(layer->GetLayerDefn()->GetFieldDefn(i)->GetNameRef()) == columns[i]);

    const Household &known = world.households.at(1234);
    const Expected expected = expectedRow(world, known);
    int found = 0;
    std::string previousGroup;
    bool grouped = true;
    std::map<std::string, int> groupsSeen;
    for (auto &feature : *layer) {
        const std::string group = feature->GetFieldAsString("组号");
        if (group != previousGroup && groupsSeen[group]++ > 0)
            grouped = false; // a group's rows must be consecutive
        previousGroup = group;
        if (std::string(feature->GetFieldAsString("住户编号")) == known.code) {
            ++found;
            checkRow(*feature, expected);
        }
    }
    CHECK(found == 1);
    CHECK(grouped);
    CHECK(groupsSeen.size() == 634);
}

TEST_CASE("XLSX rosters: one sheet per responsible body with a name Excel accepts")
{
    const World &world = test::articleWorld();
    const std::filesystem::path dir = test::freshTempDir("rosterexport-xlsx");
    const std::string path = (dir / "rosters.xlsx").string();
    CHECK(writeRosters(world, path) == 15310);
    CHECK_FALSE(std::filesystem::exists(dir / "rosters.partial.xlsx"));

    DatasetPtr dataset = openVector(path);
    REQUIRE(dataset);
    CHECK(std::string(dataset->GetDriver()->GetDescription()) == "XLSX");
    CHECK(dataset->GetLayerCount() == 34); // 24 departments + 10 township units
    const Household &known = world.households.at(14000); // a village household
    const Expected expected = expectedRow(world, known);
    long long rows = 0;
    int found = 0;
    for (int i = 0; i < dataset->GetLayerCount(); ++i) {
        OGRLayer *layer = dataset->GetLayer(i);
        const std::string name = layer->GetName();
        CHECK(utf8Chars(name) <= 31);
        CHECK(name.find_first_of("[]:*?/\\") == std::string::npos);
        for (auto &feature : *layer) {
            ++rows;
            CHECK(name.substr(0, 6) == std::string(feature->GetFieldAsString("负责单位")).substr(0, 6));
            if (std::string(feature->GetFieldAsString("住户编号")) == known.code) {
                ++found;
                checkRow(*feature, expected);
            }
        }
    }
    CHECK(rows == 15310);
    CHECK(found == 1);
}

TEST_CASE("rosters refuse a bad path and leave no file behind")
{
    const World &world = test::articleWorld();
    const std::filesystem::path dir = test::freshTempDir("rosterexport-bad");
    CHECK(test::caughtStoreError([&] { writeRosters(world, (dir / "rosters.pdf").string()); }).kind()
          == StoreError::Kind::BadInput);
    CHECK(rosterFormatForPath("A.XLSX") == RosterFormat::Xlsx);
    const StoreError noFolder =
        test::caughtStoreError([&] { writeRosters(world, (dir / "missing" / "rosters.csv").string()); });
    CHECK(noFolder.kind() == StoreError::Kind::NotWritable);
    CHECK(std::string(noFolder.what()).find("missing") != std::string::npos);
    // The target is a folder: everything is written, the final rename fails, the
    // temporary file goes.
    std::filesystem::create_directory(dir / "taken.xlsx");
    CHECK(test::caughtStoreError([&] { writeRosters(world, (dir / "taken.xlsx").string()); }).kind()
          == StoreError::Kind::NotWritable);
    std::size_t files = 0;
    for ([[maybe_unused]] const auto &entry : std::filesystem::directory_iterator(dir))
        ++files;
    CHECK(files == 1); // only the folder we made
}
