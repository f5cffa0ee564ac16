#include "store/balanceexport.h"

#include "store/gdaldataset.h"
#include "store/partialfile.h"
#include "store/storeerror.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <memory>
#include <system_error>

namespace lianxin {

namespace {

constexpr int kProjectEpsg = 4549; // CGCS2000 / 3-degree Gauss-Kruger CM 120E

[[noreturn]] void failWriting(const std::string &what, const std::string &target)
{
    throw StoreError(StoreError::Kind::NotWritable, "cannot " + what + " in " + target + ": " + CPLGetLastErrorMsg());
}

using FieldList = std::vector<std::pair<const char *, OGRFieldType>>;

OGRLayer *pointLayer(GDALDataset &dataset, const char *name, const FieldList &fields, const std::string &target)
{
    OGRSpatialReference srs;
    srs.importFromEPSG(kProjectEpsg);
    OGRLayer *layer = dataset.CreateLayer(name, &srs, wkbPoint, nullptr);
    if (!layer)
        failWriting(std::string("create layer ") + name, target);
    for (const auto &[fieldName, type] : fields) {
        OGRFieldDefn field(fieldName, type);
        if (layer->CreateField(&field) != OGRERR_NONE)
            failWriting(std::string("add field ") + fieldName, target);
    }
    return layer;
}

void addPoint(OGRLayer &layer, OGRFeature &feature, const PointXY &p, const std::string &target)
{
    OGRPoint point(p.x, p.y);
    feature.SetGeometry(&point);
    if (layer.CreateFeature(&feature) != OGRERR_NONE)
        failWriting("write a feature", target);
}

void writeFile(const std::vector<BalancedPoint> &points, const std::vector<BalancedBase> &bases, const std::string &target)
{
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!driver)
        throw StoreError(StoreError::Kind::NotWritable, "GDAL has no GPKG driver; cannot write " + target);
    GdalDatasetPtr dataset(driver->Create(target.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset)
        failWriting("create the GeoPackage", target);
    // One transaction: a GeoPackage commits every feature on its own otherwise.
    dataset->StartTransaction();
    const FieldList householdFields = {{"source_fid", OFTInteger64}, {"group_id", OFTInteger64}, {"distance_m", OFTReal}};
    OGRLayer *households = pointLayer(*dataset, "households", householdFields, target);
    for (const BalancedPoint &p : points) {
        OGRFeature feature(households->GetLayerDefn());
        feature.SetField("source_fid", static_cast<GIntBig>(p.sourceFid));
        feature.SetField("group_id", static_cast<GIntBig>(p.groupId));
        feature.SetField("distance_m", p.distance);
        addPoint(*households, feature, p.location, target);
    }
    const FieldList baseFields = {{"group_id", OFTInteger64}, {"households", OFTInteger}, {"load", OFTInteger}};
    OGRLayer *groupBases = pointLayer(*dataset, "group_bases", baseFields, target);
    for (const BalancedBase &b : bases) {
        OGRFeature feature(groupBases->GetLayerDefn());
        feature.SetField("group_id", static_cast<GIntBig>(b.groupId));
        feature.SetField("households", b.households);
        feature.SetField("load", b.load);
        addPoint(*groupBases, feature, b.location, target);
    }
    if (dataset->CommitTransaction() != OGRERR_NONE)
        failWriting("commit the features", target);
    CPLErrorReset();
    dataset.reset();
    if (CPLGetLastErrorType() == CE_Failure || CPLGetLastErrorType() == CE_Fatal)
        failWriting("finish the GeoPackage", target);
}

} // namespace

void writeBalancedGeoPackage(const std::vector<BalancedPoint> &points, const std::vector<BalancedBase> &bases,
                             const std::string &path)
{
    const std::filesystem::path finalPath(path);
    if (finalPath.extension() != ".gpkg")
        throw StoreError(StoreError::Kind::BadInput, path + ": the result is written as a GeoPackage (.gpkg)");
    writeThroughPartialFile(path, "GeoPackage", [&](const std::string &partial) { writeFile(points, bases, partial); });
}

} // namespace lianxin
