#include "store/rasterexport.h"

#include "store/gdaldataset.h"
#include "store/partialfile.h"
#include "store/storeerror.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <filesystem>
#include <memory>
#include <system_error>

namespace lianxin {

namespace {

constexpr int kProjectEpsg = 4549; // CGCS2000 / 3-degree Gauss-Kruger CM 120E

void checkRaster(const DensityRaster &raster, const std::string &path)
{
    const RasterGrid &g = raster.grid;
    if (g.width <= 0 || g.height <= 0 || !(g.cellSize > 0.0))
        throw StoreError(StoreError::Kind::BadInput, "cannot write an empty raster to " + path);
    if (raster.values.size() != static_cast<std::size_t>(g.width) * g.height)
        throw StoreError(StoreError::Kind::BadInput,
                         "raster values do not match its " + std::to_string(g.width) + "x"
                             + std::to_string(g.height) + " grid; not writing " + path);
}

// Writes the whole file at `target`; the caller renames it into place.
void writeGeoTiff(const DensityRaster &raster, const std::string &target)
{
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GTiff");
    if (!driver)
        throw StoreError(StoreError::Kind::NotWritable, "GDAL has no GTiff driver; cannot write " + target);
    const RasterGrid &g = raster.grid;
    char **creationOptions = nullptr;
    creationOptions = CSLSetNameValue(creationOptions, "COMPRESS", "DEFLATE");
    creationOptions = CSLSetNameValue(creationOptions, "PREDICTOR", "3"); // floating point
    creationOptions = CSLSetNameValue(creationOptions, "TILED", "YES");
    GdalDatasetPtr dataset(driver->Create(target.c_str(), g.width, g.height, 1, GDT_Float64, creationOptions));
    CSLDestroy(creationOptions);
    if (!dataset)
        throw StoreError(StoreError::Kind::NotWritable, "cannot create GeoTIFF " + target + ": "
                                                            + CPLGetLastErrorMsg());

    // North-up: origin at the north-west corner, rows going south (negative y step).
    double geoTransform[6] = {g.west, g.cellSize, 0.0, g.north, 0.0, -g.cellSize};
    OGRSpatialReference srs;
    if (dataset->SetGeoTransform(geoTransform) != CE_None || srs.importFromEPSG(kProjectEpsg) != OGRERR_NONE
        || dataset->SetSpatialRef(&srs) != CE_None)
        throw StoreError(StoreError::Kind::NotWritable, "cannot georeference GeoTIFF " + target + ": "
                                                            + CPLGetLastErrorMsg());

    GDALRasterBand *band = dataset->GetRasterBand(1);
    band->SetDescription("density (weight per square metre)");
    // Our rows are north first, as GDAL's: one call writes the whole band.
    if (band->RasterIO(GF_Write, 0, 0, g.width, g.height, const_cast<double *>(raster.values.data()), g.width,
                       g.height, GDT_Float64, 0, 0, nullptr)
        != CE_None)
        throw StoreError(StoreError::Kind::NotWritable, "cannot write GeoTIFF " + target + ": "
                                                            + CPLGetLastErrorMsg());
    band->SetMetadataItem("LIANXIN_KERNEL", "quartic");
    band->SetMetadataItem("LIANXIN_RADIUS_M", std::to_string(raster.radius).c_str());
    band->SetMetadataItem("LIANXIN_SCALE_MAX", std::to_string(raster.scaleMax).c_str());
    // Closing flushes; an error raised there means the file is incomplete. GDAL 3.6's
    // GDALClose() returns nothing, so look at the error state it leaves.
    CPLErrorReset();
    dataset.reset();
    if (CPLGetLastErrorType() == CE_Failure || CPLGetLastErrorType() == CE_Fatal)
        throw StoreError(StoreError::Kind::NotWritable, "cannot finish GeoTIFF " + target + ": "
                                                            + CPLGetLastErrorMsg());
}

} // namespace

void writeDensityGeoTiff(const DensityRaster &raster, const std::string &path)
{
    checkRaster(raster, path);
    writeThroughPartialFile(path, "GeoTIFF", [&](const std::string &partial) { writeGeoTiff(raster, partial); });
}

} // namespace lianxin
