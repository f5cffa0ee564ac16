// The project file as other programs see it: plain sqlite3 + SpatiaLite, and GDAL/OGR
// (what QGIS uses to open it).
#include "sampleworld.h"
#include "storetestutil.h"
#include "testsupport.h"

#include "store/database.h"

#include <catch2/catch.hpp>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <sqlite3.h>

#include <map>
#include <memory>

using namespace lianxin;
using namespace lianxin::test;

namespace {

struct SqliteCloser {
    void operator()(sqlite3 *db) const { sqlite3_close(db); }
};

// A connection made the way any SpatiaLite client makes one, without our code.
// Read-write, because CheckSpatialIndex() logs to SpatiaLite's statement log.
std::unique_ptr<sqlite3, SqliteCloser> plainSpatialiteConnection(const std::string &path)
{
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    std::unique_ptr<sqlite3, SqliteCloser> db(raw);
    sqlite3_enable_load_extension(raw, 1);
    REQUIRE(sqlite3_load_extension(raw, "mod_spatialite", nullptr, nullptr) == SQLITE_OK);
    return db;
}

std::string savedSample(const std::string &name)
{
    const std::string path = (freshTempDir(name) / "project.sqlite").string();
    auto db = Database::create(path);
    db->saveWorld(sampleWorld());
    // Saving twice exercises the drop-and-rebuild of the spatial indexes on a full file.
    db->saveWorld(sampleWorld());
    return path;
}

// Rows with a geometry, per geometry table of the sample world.
std::map<std::string, long long> sampleGeometryCounts()
{
    const World w = sampleWorld();
    const auto n = [](const auto &v) { return static_cast<long long>(v.size()); };
    return {{"township", n(w.townships)},   {"island", n(w.islands)},
            {"urban_area", n(w.urbanAreas)}, {"grid_area", n(w.gridAreas)},
            {"village", n(w.villages)},     {"building", n(w.buildings)},
            {"shop", n(w.shops)},           {"household", n(w.households)},
            {"topic_thread", 1},            {"suggestion", n(w.suggestions)},
            {"demo_planted_problem", n(w.plantedProblems)}, {"boundary_version", 0},
            {"island_landing", 0}};
}

} // namespace

TEST_CASE("Every geometry table has a valid spatial index for plain SpatiaLite")
{
    const std::string path = savedSample("spatialindex");
    auto db = plainSpatialiteConnection(path);
    const auto expected = sampleGeometryCounts();
    REQUIRE(sqlInteger(db.get(), "SELECT count(*) FROM geometry_columns") == static_cast<long long>(expected.size()));
    for (const auto &[table, rows] : expected) {
        INFO(table);
        CHECK(sqlInteger(db.get(), "SELECT srid FROM geometry_columns WHERE f_table_name = '" + table + "'") == 4549);
        CHECK(sqlInteger(db.get(), "SELECT spatial_index_enabled FROM geometry_columns WHERE f_table_name = '" +
                                       table + "'") == 1);
        CHECK(sqlInteger(db.get(), "SELECT CheckSpatialIndex('" + table + "', 'geom')") == 1);
        CHECK(sqlInteger(db.get(), "SELECT count(*) FROM idx_" + table + "_geom") == rows);
        CHECK(sqlInteger(db.get(), "SELECT rtreecheck('idx_" + table + "_geom') = 'ok'") == 1);
    }
    // The index answers a window query: the two urban households, not the village ones.
    sqlite3_stmt *query = nullptr;
    REQUIRE(sqlite3_prepare_v2(db.get(),
                               "SELECT group_concat(id) FROM (SELECT id FROM household WHERE ROWID IN ("
                               "SELECT ROWID FROM SpatialIndex WHERE f_table_name = 'household' AND "
                               "search_frame = BuildMbr(540300, 4197500, 540500, 4197600, 4549)) ORDER BY id)",
                               -1, &query, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(query) == SQLITE_ROW);
    CHECK(std::string(reinterpret_cast<const char *>(sqlite3_column_text(query, 0))) == "1,2");
    sqlite3_finalize(query);
}

TEST_CASE("GDAL/OGR opens the file and lists each geometry layer in EPSG:4549")
{
    const std::string path = savedSample("ogr");
    GDALAllRegister();
    const char *const drivers[] = {"SQLite", nullptr};
    std::unique_ptr<GDALDataset> dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers,
                                                           nullptr, nullptr));
    REQUIRE(dataset);
    for (const auto &[table, rows] : sampleGeometryCounts()) {
        INFO(table);
        OGRLayer *layer = dataset->GetLayerByName(table.c_str());
        REQUIRE(layer);
        const OGRSpatialReference *srs = layer->GetSpatialRef();
        REQUIRE(srs);
        CHECK(std::string(srs->GetAuthorityName(nullptr)) == "EPSG");
        CHECK(std::string(srs->GetAuthorityCode(nullptr)) == "4549");
        CHECK(layer->GetFeatureCount() == (table == "topic_thread" ? 2 : rows));
    }
    CHECK(wkbFlatten(dataset->GetLayerByName("township")->GetGeomType()) == wkbMultiPolygon);
    CHECK(wkbFlatten(dataset->GetLayerByName("building")->GetGeomType()) == wkbPolygon);
    CHECK(wkbFlatten(dataset->GetLayerByName("household")->GetGeomType()) == wkbPoint);

    // OGR reads back the very coordinates we stored.
    const World world = sampleWorld();
    const Household &expected = world.households.front();
    OGRLayer *households = dataset->GetLayerByName("household");
    std::unique_ptr<OGRFeature> feature(households->GetFeature(expected.id));
    REQUIRE(feature);
    CHECK(std::string(feature->GetFieldAsString("code")) == expected.code);
    const OGRPoint *point = feature->GetGeometryRef()->toPoint();
    CHECK(point->getX() == expected.location.x);
    CHECK(point->getY() == expected.location.y);
}

TEST_CASE("After a save, SpatiaLite's triggers keep the file consistent for other editors")
{
    const std::string path = savedSample("triggers");
    auto db = plainSpatialiteConnection(path);
    // A new building drawn in QGIS goes into the spatial index...
    sqlExec(db.get(), "INSERT INTO building (id, address, grid_area_id, floors, geom) VALUES (99, 'x', 1, 2, "
                      "GeomFromText('POLYGON((540400 4197400, 540410 4197400, 540410 4197410, 540400 4197400))', 4549))");
    CHECK(sqlInteger(db.get(), "SELECT count(*) FROM idx_building_geom WHERE pkid = 99") == 1);
    sqlExec(db.get(), "UPDATE building SET geom = GeomFromText('POLYGON((540500 4197500, 540510 4197500, "
                      "540510 4197510, 540500 4197500))', 4549) WHERE id = 99");
    CHECK(sqlInteger(db.get(), "SELECT xmin >= 540499 FROM idx_building_geom WHERE pkid = 99") == 1);
    sqlExec(db.get(), "DELETE FROM building WHERE id = 99");
    CHECK(sqlInteger(db.get(), "SELECT count(*) FROM idx_building_geom WHERE pkid = 99") == 0);
    CHECK(sqlInteger(db.get(), "SELECT CheckSpatialIndex('building', 'geom')") == 1);
    // ...and a geometry of the wrong type or reference system is still refused.
    CHECK(sqlite3_exec(db.get(), "UPDATE household SET geom = GeomFromText('POINT(1 2)', 4326) WHERE id = 1",
                       nullptr, nullptr, nullptr) != SQLITE_OK);
    CHECK(sqlite3_exec(db.get(), "UPDATE household SET geom = building.geom FROM building WHERE building.id = 1 "
                                 "AND household.id = 1", nullptr, nullptr, nullptr) != SQLITE_OK);
}
