// The heat map's GeoTIFF: written through GDAL, read back with GDAL, and checked for size,
// placement, coordinate system and every value.
#include "store/rasterexport.h"
#include "store/storeerror.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <cstring>
#include <filesystem>
#include <memory>

using namespace lianxin;

namespace {

struct DatasetCloser {
    void operator()(GDALDataset *dataset) const { GDALClose(dataset); }
};

// A 7 x 5 raster with distinct values, so a flipped or shifted row shows.
DensityRaster sampleRaster()
{
    DensityRaster raster;
    raster.grid = {541230.0, 4201870.0, 12.5, 7, 5};
    raster.radius = 150.0;
    for (int row = 0; row < raster.grid.height; ++row)
        for (int column = 0; column < raster.grid.width; ++column)
            raster.values.push_back(row * 100.0 + column + 1.0 / 3.0);
    raster.maxValue = raster.values.back();
    raster.scaleMax = 500.0;
    return raster;
}

} // namespace

TEST_CASE("a density raster is written as a georeferenced Float64 GeoTIFF in EPSG:4549")
{
    const std::filesystem::path dir = test::freshTempDir("rasterexport");
    const std::string path = (dir / "heat.tif").string();
    const DensityRaster raster = sampleRaster();
    writeDensityGeoTiff(raster, path);

    GDALAllRegister();
    std::unique_ptr<GDALDataset, DatasetCloser> dataset(GDALDataset::Open(path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    REQUIRE(dataset);
    CHECK(std::string(dataset->GetDriver()->GetDescription()) == "GTiff");
    CHECK(dataset->GetRasterXSize() == 7);
    CHECK(dataset->GetRasterYSize() == 5);
    REQUIRE(dataset->GetRasterCount() == 1);

    double geoTransform[6] = {};
    REQUIRE(dataset->GetGeoTransform(geoTransform) == CE_None);
    CHECK(geoTransform[0] == 541230.0);
    CHECK(geoTransform[1] == 12.5);
    CHECK(geoTransform[2] == 0.0);
    CHECK(geoTransform[3] == 4201870.0);
    CHECK(geoTransform[4] == 0.0);
    CHECK(geoTransform[5] == -12.5);

    const OGRSpatialReference *srs = dataset->GetSpatialRef();
    REQUIRE(srs != nullptr);
    OGRSpatialReference identified(*srs);
    identified.AutoIdentifyEPSG();
    REQUIRE(identified.GetAuthorityCode(nullptr) != nullptr);
    CHECK(std::string(identified.GetAuthorityName(nullptr)) == "EPSG");
    CHECK(std::string(identified.GetAuthorityCode(nullptr)) == "4549");

    GDALRasterBand *band = dataset->GetRasterBand(1);
    CHECK(band->GetRasterDataType() == GDT_Float64);
    int hasNoData = 0;
    band->GetNoDataValue(&hasNoData);
    CHECK(hasNoData == 0);
    std::vector<double> values(raster.values.size());
    REQUIRE(band->RasterIO(GF_Read, 0, 0, 7, 5, values.data(), 7, 5, GDT_Float64, 0, 0, nullptr) == CE_None);
    CHECK(values == raster.values); // bit for bit, first row north
    CHECK(std::string(band->GetMetadataItem("LIANXIN_SCALE_MAX")) == "500.000000");

    // Only the finished file remains: no temporary left behind.
    int files = 0;
    for ([[maybe_unused]] const auto &entry : std::filesystem::directory_iterator(dir))
        ++files;
    CHECK(files == 1);
}

TEST_CASE("writing replaces an existing file and refuses bad rasters and folders")
{
    const std::filesystem::path dir = test::freshTempDir("rasterexport-errors");
    const std::string path = (dir / "heat.tif").string();
    DensityRaster raster = sampleRaster();
    writeDensityGeoTiff(raster, path);
    raster.values[0] = 42.0;
    writeDensityGeoTiff(raster, path);
    {
        std::unique_ptr<GDALDataset, DatasetCloser> dataset(GDALDataset::Open(path.c_str(), GDAL_OF_RASTER));
        REQUIRE(dataset);
        double first = 0.0;
        REQUIRE(dataset->GetRasterBand(1)->RasterIO(GF_Read, 0, 0, 1, 1, &first, 1, 1, GDT_Float64, 0, 0, nullptr)
                == CE_None);
        CHECK(first == 42.0);
    }

    raster.values.pop_back();
    CHECK_THROWS_WITH(writeDensityGeoTiff(raster, path), Catch::Contains("do not match"));
    CHECK_THROWS_AS(writeDensityGeoTiff(sampleRaster(), (dir / "missing" / "heat.tif").string()), StoreError);
    CHECK_THROWS_WITH(writeDensityGeoTiff(sampleRaster(), (dir / "missing" / "heat.tif").string()),
                      Catch::Contains("missing"));
}
