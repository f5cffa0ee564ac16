#include "store/visitrouteexport.h"

#include "store/gdaldataset.h"
#include "store/partialfile.h"
#include "store/schema.h"
#include "store/storeerror.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <map>

namespace lianxin {

namespace {

[[noreturn]] void failWriting(const std::string &what, const std::string &target)
{
    throw StoreError(StoreError::Kind::NotWritable, "cannot " + what + " in " + target + ": " + CPLGetLastErrorMsg());
}

using FieldList = std::vector<std::pair<const char *, OGRFieldType>>;

OGRLayer *layer(GDALDataset &dataset, const char *name, OGRwkbGeometryType type, const FieldList &fields,
                const std::string &target)
{
    OGRSpatialReference srs;
    srs.importFromEPSG(kProjectSrid);
    OGRLayer *created = dataset.CreateLayer(name, &srs, type, nullptr);
    if (!created)
        failWriting(std::string("create layer ") + name, target);
    for (const auto &[fieldName, fieldType] : fields) {
        OGRFieldDefn field(fieldName, fieldType);
        if (created->CreateField(&field) != OGRERR_NONE)
            failWriting(std::string("add field ") + fieldName, target);
    }
    return created;
}

void write(OGRLayer &layer, OGRFeature &feature, const std::string &target)
{
    if (layer.CreateFeature(&feature) != OGRERR_NONE)
        failWriting("write a feature", target);
}

void writeRoute(const VisitSheet &sheet, OGRLayer &routes, OGRLayer &stops, OGRLayer &starts, const std::string &target)
{
    const GroupRoute &route = *sheet.route;
    std::map<int, std::string> codesAtStop;
    for (const VisitSheetRow &row : sheet.rows)
        codesAtStop[row.stop] += (codesAtStop[row.stop].empty() ? "" : ",") + row.householdCode;

    OGRMultiLineString lines;
    int legNumber = 0;
    for (const VisitLeg &leg : route.legs) {
        ++legNumber;
        OGRLineString line;
        line.addPoint(leg.start.x, leg.start.y);
        for (const VisitStop &stop : leg.stops)
            line.addPoint(stop.location.x, stop.location.y);
        lines.addGeometry(&line);

        OGRFeature start(starts.GetLayerDefn());
        start.SetField("group_code", route.groupCode.c_str());
        start.SetField("leg", legNumber);
        start.SetField("island_id", static_cast<GIntBig>(leg.islandId));
        start.SetField("kind", toString(leg.startKind));
        OGRPoint startPoint(leg.start.x, leg.start.y);
        start.SetGeometry(&startPoint);
        write(starts, start, target);

        for (const VisitStop &stop : leg.stops) {
            OGRFeature feature(stops.GetLayerDefn());
            feature.SetField("group_code", route.groupCode.c_str());
            feature.SetField("stop", stop.number);
            feature.SetField("leg", legNumber);
            feature.SetField("island_id", static_cast<GIntBig>(stop.islandId));
            feature.SetField("tier", toString(stop.tier));
            feature.SetField("household_count", static_cast<int>(stop.householdIds.size()));
            feature.SetField("households", codesAtStop[stop.number].c_str());
            if (stop.buildingId)
                feature.SetField("building_id", static_cast<GIntBig>(*stop.buildingId));
            OGRPoint point(stop.location.x, stop.location.y);
            feature.SetGeometry(&point);
            write(stops, feature, target);
        }
    }
    OGRFeature feature(routes.GetLayerDefn());
    feature.SetField("group_code", route.groupCode.c_str());
    feature.SetField("department", sheet.departmentName.c_str());
    feature.SetField("households", route.households);
    feature.SetField("residents", route.residents);
    feature.SetField("stops", route.stops());
    feature.SetField("legs", static_cast<int>(route.legs.size()));
    feature.SetField("metres", route.metres);
    feature.SetField("days_needed", route.daysNeeded);
    feature.SetField("over_capacity", route.overCapacity ? 1 : 0);
    feature.SetField("exact", route.exact ? 1 : 0);
    feature.SetGeometry(&lines);
    write(routes, feature, target);
}

void writeFile(const std::vector<VisitSheet> &sheets, const std::string &target)
{
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!driver)
        throw StoreError(StoreError::Kind::NotWritable, "GDAL has no GPKG driver; cannot write " + target);
    GdalDatasetPtr dataset(driver->Create(target.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset)
        failWriting("create the GeoPackage", target);
    dataset->StartTransaction(); // one transaction instead of one per feature
    OGRLayer *routes = layer(*dataset, "visit_route", wkbMultiLineString,
                             {{"group_code", OFTString}, {"department", OFTString}, {"households", OFTInteger},
                              {"residents", OFTInteger}, {"stops", OFTInteger}, {"legs", OFTInteger},
                              {"metres", OFTReal}, {"days_needed", OFTInteger}, {"over_capacity", OFTInteger},
                              {"exact", OFTInteger}},
                             target);
    OGRLayer *stops = layer(*dataset, "visit_stop", wkbPoint,
                            {{"group_code", OFTString}, {"stop", OFTInteger}, {"leg", OFTInteger},
                             {"island_id", OFTInteger64}, {"tier", OFTString}, {"household_count", OFTInteger},
                             {"households", OFTString}, {"building_id", OFTInteger64}},
                            target);
    OGRLayer *starts = layer(*dataset, "visit_leg_start", wkbPoint,
                             {{"group_code", OFTString}, {"leg", OFTInteger}, {"island_id", OFTInteger64},
                              {"kind", OFTString}},
                             target);
    for (const VisitSheet &sheet : sheets)
        if (sheet.route && !sheet.route->legs.empty())
            writeRoute(sheet, *routes, *stops, *starts, target);
    if (dataset->CommitTransaction() != OGRERR_NONE)
        failWriting("commit the features", target);
    CPLErrorReset();
    dataset.reset();
    if (CPLGetLastErrorType() == CE_Failure || CPLGetLastErrorType() == CE_Fatal)
        failWriting("finish the GeoPackage", target);
}

} // namespace

int writeVisitRoutesGeoPackage(const std::vector<VisitSheet> &sheets, const std::string &path)
{
    if (std::filesystem::path(path).extension() != ".gpkg")
        throw StoreError(StoreError::Kind::BadInput, path + ": routes are written as a GeoPackage (.gpkg)");
    writeThroughPartialFile(path, "GeoPackage", [&](const std::string &partial) { writeFile(sheets, partial); });
    int routes = 0;
    for (const VisitSheet &sheet : sheets)
        routes += sheet.route && !sheet.route->legs.empty() ? 1 : 0;
    return routes;
}

} // namespace lianxin
