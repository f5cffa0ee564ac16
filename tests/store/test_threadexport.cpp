#include "store/threadexport.h"

#include "storetestutil.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>

using namespace lianxin;
using namespace lianxin::test;

namespace {

struct DatasetCloser {
    void operator()(GDALDataset *dataset) const { GDALClose(dataset); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

ThreadExportFeature sampleThread(Id id, double x, double y)
{
    ThreadExportFeature f;
    f.thread = {id, "消除水产加工异味 · 北城码头", "消除水产加工异味", Date{2021, 3, 2}, Date{2021, 5, 20}, 3,
                Polygon{ringOf(Box{x, y, x + 40.25, y + 30.5}), {}}};
    f.rounds = {1, 3};
    f.done = 2;
    f.blocked = 1;
    return f;
}

} // namespace

TEST_CASE("writeThreadsGeoPackage writes hulls and members a GIS reads back exactly")
{
    const auto path = freshTempDir("threadexport") / "threads.gpkg";
    const std::vector<ThreadExportFeature> threads = {sampleThread(4, 541000.125, 4197000.5)};
    const std::vector<ThreadMemberFeature> members = {{11, 4, {541010.5, 4197010.25}}, {17, 4, {541020, 4197020}}};
    writeThreadsGeoPackage(path.string(), threads, members);

    GDALAllRegister();
    DatasetPtr dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    REQUIRE(dataset);
    OGRLayer *hulls = dataset->GetLayerByName(kThreadHullLayer);
    REQUIRE(hulls);
    REQUIRE(hulls->GetFeatureCount() == 1);
    std::unique_ptr<OGRFeature> hull(hulls->GetNextFeature());
    CHECK(hull->GetFieldAsInteger64("thread_id") == 4);
    CHECK(std::string(hull->GetFieldAsString("label")) == threads[0].thread.label);
    CHECK(hull->GetFieldAsInteger("member_count") == 3);
    CHECK(std::string(hull->GetFieldAsString("first_on")) == "2021/03/02");
    CHECK(std::string(hull->GetFieldAsString("last_on")) == "2021/05/20");
    CHECK(std::string(hull->GetFieldAsString("rounds")) == "1,3");
    CHECK(hull->GetFieldAsInteger("done") == 2);
    CHECK(hull->GetFieldAsInteger("in_progress") == 0);
    CHECK(hull->GetFieldAsInteger("blocked") == 1);
    const OGRLinearRing *ring = hull->GetGeometryRef()->toPolygon()->getExteriorRing();
    REQUIRE(ring->getNumPoints() == static_cast<int>(threads[0].thread.hull.outer.size()));
    for (int i = 0; i < ring->getNumPoints(); ++i) {
        CHECK(ring->getX(i) == threads[0].thread.hull.outer[static_cast<std::size_t>(i)].x);
        CHECK(ring->getY(i) == threads[0].thread.hull.outer[static_cast<std::size_t>(i)].y);
    }
    OGRLayer *points = dataset->GetLayerByName(kThreadMemberLayer);
    REQUIRE(points);
    REQUIRE(points->GetFeatureCount() == 2);
    std::unique_ptr<OGRFeature> first(points->GetNextFeature());
    CHECK(first->GetFieldAsInteger64("source_id") == 11);
    CHECK(first->GetFieldAsInteger64("thread_id") == 4);
    CHECK(first->GetGeometryRef()->toPoint()->getX() == 541010.5);
    CHECK(first->GetGeometryRef()->toPoint()->getY() == 4197010.25);
    dataset.reset();

    // Writing again replaces the file as a whole.
    writeThreadsGeoPackage(path.string(), {}, {});
    dataset.reset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    REQUIRE(dataset);
    CHECK(dataset->GetLayerByName(kThreadHullLayer)->GetFeatureCount() == 0);
    CHECK(!std::filesystem::exists(path.parent_path() / (path.stem().string() + ".partial.gpkg")));
}

TEST_CASE("writeThreadsGeoPackage into a missing folder fails by name")
{
    const auto path = freshTempDir("threadexport-bad") / "no" / "threads.gpkg";
    const StoreError error = caughtStoreError([&] { writeThreadsGeoPackage(path.string(), {}, {}); });
    CHECK(error.kind() == StoreError::Kind::NotWritable);
    CHECK(std::string(error.what()).find("threads.gpkg") != std::string::npos);
}
