#include "clirunner.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <memory>
#include <numeric>

using namespace lianxin::test;

namespace {

struct GeoTiff {
    int width = 0;
    int height = 0;
    double cellSize = 0.0;
    std::string epsg;
    std::vector<double> values;
};

GeoTiff readGeoTiff(const std::filesystem::path &path)
{
    GDALAllRegister();
    std::unique_ptr<GDALDataset> dataset(GDALDataset::Open(path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    REQUIRE(dataset);
    GeoTiff tiff;
    tiff.width = dataset->GetRasterXSize();
    tiff.height = dataset->GetRasterYSize();
    double transform[6] = {};
    REQUIRE(dataset->GetGeoTransform(transform) == CE_None);
    tiff.cellSize = transform[1];
    const OGRSpatialReference *srs = dataset->GetSpatialRef();
    REQUIRE(srs);
    tiff.epsg = srs->GetAuthorityCode(nullptr) ? srs->GetAuthorityCode(nullptr) : "";
    tiff.values.resize(static_cast<size_t>(tiff.width) * tiff.height);
    REQUIRE(dataset->GetRasterBand(1)->RasterIO(GF_Read, 0, 0, tiff.width, tiff.height, tiff.values.data(),
                                                tiff.width, tiff.height, GDT_Float64, 0, 0) == CE_None);
    return tiff;
}

// Each kernel integrates to its weight, so the raster's integral counts the suggestions.
double integral(const GeoTiff &tiff)
{
    return std::accumulate(tiff.values.begin(), tiff.values.end(), 0.0) * tiff.cellSize * tiff.cellSize;
}

} // namespace

TEST_CASE("heatmap writes a georeferenced density whose integral counts the suggestions")
{
    const auto dir = freshTempDir("heatmap");
    const auto all = dir / "all.tif";
    const auto blocked = dir / "blocked.tif";
    REQUIRE(runCli({"heatmap", demoDatabasePath().string(), "--radius", "200", "--cell", "20", "--out", all.string(),
                    "-q"})
                .exitCode == 0);
    REQUIRE(runCli({"heatmap", demoDatabasePath().string(), "--radius", "200", "--cell", "20", "--status", "blocked",
                    "--out", blocked.string(), "-q"})
                .exitCode == 0);

    const GeoTiff everything = readGeoTiff(all);
    CHECK(everything.epsg == "4549");
    CHECK(everything.cellSize == Approx(20.0));
    // The article's figures: 1,013 suggestions, 204 of them blocked by policy or conditions.
    CHECK(integral(everything) == Approx(1013.0).epsilon(0.02));
    CHECK(integral(readGeoTiff(blocked)) == Approx(204.0).epsilon(0.02));
}

TEST_CASE("heatmap refuses what it cannot write and names the problem")
{
    const auto dir = freshTempDir("heatmap-bad");
    CliResult result = runCli({"heatmap", demoDatabasePath().string(), "--out", (dir / "heat.png").string(), "-q"});
    CHECK(result.exitCode == 2);
    CHECK(result.err.find(".tif") != std::string::npos);
    result = runCli({"heatmap", demoDatabasePath().string(), "--status", "lost", "--out", (dir / "h.tif").string()});
    CHECK(result.exitCode == 2);
    CHECK(result.err.find("lost") != std::string::npos);
    result = runCli({"heatmap", demoDatabasePath().string(), "--radius", "-5", "--out", (dir / "h.tif").string()});
    CHECK(result.exitCode != 0);
    CHECK(std::filesystem::is_empty(dir));
}
