#include "store/visitcoverageexport.h"

#include "store/gdaldataset.h"
#include "store/partialfile.h"
#include "store/schema.h"
#include "store/storeerror.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <filesystem>

namespace lianxin {

namespace {

[[noreturn]] void failWriting(const std::string &what, const std::string &target)
{
    throw StoreError(StoreError::Kind::NotWritable, "cannot " + what + " in " + target + ": " + CPLGetLastErrorMsg());
}

void writeFile(const std::vector<VisitCoveragePoint> &points, const std::string &target)
{
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!driver)
        throw StoreError(StoreError::Kind::NotWritable, "GDAL has no GPKG driver; cannot write " + target);
    GdalDatasetPtr dataset(driver->Create(target.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset)
        failWriting("create the GeoPackage", target);
    dataset->StartTransaction();
    OGRSpatialReference srs;
    srs.importFromEPSG(kProjectSrid);
    OGRLayer *layer = dataset->CreateLayer("visit_coverage", &srs, wkbPoint, nullptr);
    if (!layer)
        failWriting("create layer visit_coverage", target);
    const std::pair<const char *, OGRFieldType> fields[] = {
        {"code", OFTString},     {"group_code", OFTString}, {"state", OFTString},  {"outcome", OFTString},
        {"absent_count", OFTInteger}, {"priority", OFTInteger}, {"flags", OFTString}, {"last_on", OFTString}};
    for (const auto &[name, type] : fields) {
        OGRFieldDefn field(name, type);
        if (layer->CreateField(&field) != OGRERR_NONE)
            failWriting(std::string("add field ") + name, target);
    }
    for (const VisitCoveragePoint &p : points) {
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("code", p.householdCode.c_str());
        feature.SetField("group_code", p.groupCode.c_str());
        feature.SetField("state", p.visited ? "visited" : "not_visited");
        feature.SetField("outcome", p.outcome.c_str());
        feature.SetField("absent_count", p.absentCount);
        feature.SetField("priority", p.priority ? 1 : 0);
        feature.SetField("flags", p.flags.c_str());
        if (!p.lastOn.empty())
            feature.SetField("last_on", p.lastOn.c_str());
        OGRPoint point(p.location.x, p.location.y);
        feature.SetGeometry(&point);
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
            failWriting("write a feature", target);
    }
    if (dataset->CommitTransaction() != OGRERR_NONE)
        failWriting("commit the features", target);
    CPLErrorReset();
    dataset.reset();
    if (CPLGetLastErrorType() == CE_Failure || CPLGetLastErrorType() == CE_Fatal)
        failWriting("finish the GeoPackage", target);
}

} // namespace

void writeVisitCoverageGeoPackage(const std::vector<VisitCoveragePoint> &points, const std::string &path)
{
    if (std::filesystem::path(path).extension() != ".gpkg")
        throw StoreError(StoreError::Kind::BadInput, path + ": coverage is written as a GeoPackage (.gpkg)");
    writeThroughPartialFile(path, "GeoPackage", [&](const std::string &partial) { writeFile(points, partial); });
}

} // namespace lianxin
