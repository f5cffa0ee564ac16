#include "clirunner.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <fstream>
#include <memory>
#include <numeric>
#include <set>

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
    CliResult result = runCli({"heatmap", demoDatabasePath().string(), "--out", (dir / "heat.jpg").string(), "-q"});
    CHECK(result.exitCode == 2);
    CHECK(result.err.find(".tif") != std::string::npos);
    CHECK(result.err.find(".png") != std::string::npos);
    result = runCli({"heatmap", demoDatabasePath().string(), "--status", "lost", "--out", (dir / "h.tif").string()});
    CHECK(result.exitCode == 2);
    CHECK(result.err.find("lost") != std::string::npos);
    result = runCli({"heatmap", demoDatabasePath().string(), "--weight", "households", "--out",
                     (dir / "h.tif").string()});
    CHECK(result.exitCode == 2);
    CHECK(result.err.find("uniform or unresolved") != std::string::npos);
    result = runCli({"heatmap", demoDatabasePath().string(), "--radius", "-5", "--out", (dir / "h.tif").string()});
    CHECK(result.exitCode != 0);
    CHECK(std::filesystem::is_empty(dir));
}

namespace {

void writeText(const std::filesystem::path &path, const std::string &text)
{
    std::ofstream out(path, std::ios::binary);
    out << text;
    REQUIRE(out.good());
}

std::vector<double> worldFile(const std::filesystem::path &path)
{
    std::ifstream in(path);
    std::vector<double> values;
    double value = 0.0;
    while (in >> value)
        values.push_back(value);
    return values;
}

// Distinct RGBA colours of the visible pixels of a PNG read through GDAL (which also
// proves GDAL finds its world file and coordinate system).
std::set<std::vector<int>> visibleColours(const std::filesystem::path &png, double expectedCell)
{
    std::unique_ptr<GDALDataset> dataset(GDALDataset::Open(png.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    REQUIRE(dataset);
    REQUIRE(dataset->GetRasterCount() == 4);
    double transform[6] = {};
    REQUIRE(dataset->GetGeoTransform(transform) == CE_None);
    CHECK(transform[1] == expectedCell);
    CHECK(transform[5] == -expectedCell);
    REQUIRE(dataset->GetSpatialRef());
    CHECK(std::string(dataset->GetSpatialRef()->GetAuthorityCode(nullptr)) == "4549");
    const int width = dataset->GetRasterXSize();
    const int height = dataset->GetRasterYSize();
    std::vector<std::vector<int>> bands(4, std::vector<int>(static_cast<std::size_t>(width) * height));
    for (int b = 0; b < 4; ++b)
        REQUIRE(dataset->GetRasterBand(b + 1)->RasterIO(GF_Read, 0, 0, width, height, bands[b].data(), width, height,
                                                        GDT_Int32, 0, 0) == CE_None);
    std::set<std::vector<int>> colours;
    for (std::size_t i = 0; i < bands[3].size(); ++i)
        if (bands[3][i] > 0)
            colours.insert({bands[0][i], bands[1][i], bands[2][i], bands[3][i]});
    return colours;
}

} // namespace

TEST_CASE("heatmap reads a CSV with a weight column and writes a georeferenced PNG")
{
    const auto dir = freshTempDir("heatmap-csv");
    const auto csv = dir / "households.csv";
    writeText(csv, "x,y,households,name\n541000,4197000,1,a\n541150,4197050,2,b\n542000,4198000,3.5,c\n");

    // The integral of the density is the sum of the weights: 6.5.
    const auto tif = dir / "weighted.tif";
    CliResult result = runCli({"heatmap", csv.string(), "--radius", "200", "--cell", "10", "--weight", "households",
                               "--out", tif.string(), "-q"});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    const GeoTiff weighted = readGeoTiff(tif);
    CHECK(weighted.epsg == "4549");
    CHECK(integral(weighted) == Approx(6.5).epsilon(0.02));
    REQUIRE(runCli({"heatmap", csv.string(), "--radius", "200", "--cell", "10", "--out", (dir / "count.tif").string(),
                    "-q"})
                .exitCode == 0);
    CHECK(integral(readGeoTiff(dir / "count.tif")) == Approx(3.0).epsilon(0.02));

    // PNG: the world file's pixel size is the cell, its origin the centre of the north-west cell.
    const auto png = dir / "heat.png";
    result = runCli({"heatmap", csv.string(), "--radius", "200", "--cell", "25", "--weight", "households", "--out",
                     png.string(), "-q"});
    REQUIRE(result.exitCode == 0);
    REQUIRE(std::filesystem::exists(png));
    CHECK(fileBytes(png).substr(1, 3) == "PNG");
    const std::vector<double> world = worldFile(dir / "heat.pgw");
    REQUIRE(world.size() == 6);
    CHECK(world[0] == 25.0);
    CHECK(world[1] == 0.0);
    CHECK(world[2] == 0.0);
    CHECK(world[3] == -25.0);
    // The raster covers the points grown by the radius: west = 541000 - 200.
    CHECK(world[4] == Approx(540800.0 + 12.5));
    const std::set<std::vector<int>> free = visibleColours(png, 25.0);
    CHECK(free.size() > 10); // a ramp of colours

    // A pinned maximum far below the data saturates every visible cell to the top colour.
    const auto pinned = dir / "pinned.png";
    REQUIRE(runCli({"heatmap", csv.string(), "--radius", "200", "--cell", "25", "--weight", "households", "--max",
                    "1e-12", "--out", pinned.string(), "-q"})
                .exitCode == 0);
    CHECK(visibleColours(pinned, 25.0).size() == 1);
}

TEST_CASE("heatmap on a point file names a missing weight field, a non-point layer and an empty file")
{
    const auto dir = freshTempDir("heatmap-file-bad");
    writeText(dir / "points.csv", "x,y,households\n541000,4197000,1\n");
    CliResult result =
        runCli({"heatmap", (dir / "points.csv").string(), "--weight", "people", "--out", (dir / "h.tif").string()});
    CHECK(result.exitCode == 2);
    CHECK(result.err.find("'people'") != std::string::npos);
    CHECK(result.err.find("households") != std::string::npos);

    result = runCli({"heatmap", (dir / "points.csv").string(), "--status", "blocked", "--out",
                     (dir / "h.tif").string()});
    CHECK(result.exitCode == 2);
    CHECK(result.err.find("--status") != std::string::npos);

    writeText(dir / "empty.csv", "x,y\n");
    result = runCli({"heatmap", (dir / "empty.csv").string(), "--out", (dir / "h.tif").string()});
    CHECK(result.exitCode == 2);
    CHECK(result.err.find("no points") != std::string::npos);

    writeText(dir / "line.geojson", R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},)"
                                    R"("geometry":{"type":"LineString","coordinates":[[120.7,37.9],[120.8,37.95]]}}]})");
    result = runCli({"heatmap", (dir / "line.geojson").string(), "--out", (dir / "h.tif").string()});
    CHECK(result.exitCode == 2);
    CHECK(result.err.find("Line String") != std::string::npos);
    CHECK(!std::filesystem::exists(dir / "h.tif"));
}
