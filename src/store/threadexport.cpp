#include "store/threadexport.h"

#include "core/projection.h"
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

[[noreturn]] void cannotWrite(const std::string &path, const std::string &what)
{
    throw StoreError(StoreError::Kind::NotWritable,
                     "cannot write " + path + ": " + what + " — GDAL: " + CPLGetLastErrorMsg());
}

void addField(OGRLayer &layer, const char *name, OGRFieldType type, const std::string &path)
{
    OGRFieldDefn field(name, type);
    if (layer.CreateField(&field) != OGRERR_NONE)
        cannotWrite(path, std::string("field ") + name);
}

OGRPolygon toOgr(const Polygon &polygon)
{
    OGRPolygon result;
    const auto addRing = [&result](const Ring &ring) {
        OGRLinearRing ogrRing;
        for (const PointXY &p : ring)
            ogrRing.addPoint(p.x, p.y);
        result.addRing(&ogrRing);
    };
    if (!polygon.outer.empty())
        addRing(polygon.outer);
    for (const Ring &hole : polygon.holes)
        addRing(hole);
    return result;
}

std::string roundsText(const std::vector<int> &rounds)
{
    std::string text;
    for (const int round : rounds)
        text += (text.empty() ? "" : ",") + std::to_string(round);
    return text;
}

void writeHulls(GDALDataset &dataset, OGRSpatialReference &srs, const std::vector<ThreadExportFeature> &threads,
                const std::string &path)
{
    OGRLayer *layer = dataset.CreateLayer(kThreadHullLayer, &srs, wkbPolygon, nullptr);
    if (!layer)
        cannotWrite(path, std::string("layer ") + kThreadHullLayer);
    addField(*layer, "thread_id", OFTInteger64, path);
    addField(*layer, "label", OFTString, path);
    addField(*layer, "concern_item", OFTString, path);
    addField(*layer, "member_count", OFTInteger, path);
    addField(*layer, "first_on", OFTDate, path);
    addField(*layer, "last_on", OFTDate, path);
    addField(*layer, "rounds", OFTString, path);
    addField(*layer, "done", OFTInteger, path);
    addField(*layer, "in_progress", OFTInteger, path);
    addField(*layer, "blocked", OFTInteger, path);
    for (const ThreadExportFeature &f : threads) {
        const TopicThread &t = f.thread;
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("thread_id", static_cast<GIntBig>(t.id));
        feature.SetField("label", t.label.c_str());
        feature.SetField("concern_item", t.concernItem.c_str());
        feature.SetField("member_count", t.memberCount);
        if (f.dated) {
            feature.SetField("first_on", t.firstOn.year, t.firstOn.month, t.firstOn.day);
            feature.SetField("last_on", t.lastOn.year, t.lastOn.month, t.lastOn.day);
        } else {
            feature.SetFieldNull(feature.GetFieldIndex("first_on"));
            feature.SetFieldNull(feature.GetFieldIndex("last_on"));
        }
        feature.SetField("rounds", roundsText(f.rounds).c_str());
        feature.SetField("done", f.done);
        feature.SetField("in_progress", f.inProgress);
        feature.SetField("blocked", f.blocked);
        if (!t.hull.outer.empty()) {
            OGRPolygon hull = toOgr(t.hull);
            feature.SetGeometry(&hull);
        }
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
            cannotWrite(path, "thread " + std::to_string(t.id));
    }
}

void writeMembers(GDALDataset &dataset, OGRSpatialReference &srs, const std::vector<ThreadMemberFeature> &members,
                  const std::string &path)
{
    OGRLayer *layer = dataset.CreateLayer(kThreadMemberLayer, &srs, wkbPoint, nullptr);
    if (!layer)
        cannotWrite(path, std::string("layer ") + kThreadMemberLayer);
    addField(*layer, "source_id", OFTInteger64, path);
    addField(*layer, "thread_id", OFTInteger64, path);
    for (const ThreadMemberFeature &m : members) {
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("source_id", static_cast<GIntBig>(m.sourceId));
        feature.SetField("thread_id", static_cast<GIntBig>(m.threadId));
        OGRPoint point(m.location.x, m.location.y);
        feature.SetGeometry(&point);
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
            cannotWrite(path, "member " + std::to_string(m.sourceId));
    }
}

void writeFile(const std::string &target, const std::vector<ThreadExportFeature> &threads,
               const std::vector<ThreadMemberFeature> &members)
{
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!driver)
        throw StoreError(StoreError::Kind::NotWritable, "GDAL has no GPKG driver; cannot write " + target);
    CPLErrorReset();
    GdalDatasetPtr dataset(driver->Create(target.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset)
        cannotWrite(target, "cannot create the GeoPackage");
    OGRSpatialReference srs;
    if (srs.importFromEPSG(kProjectSrid) != OGRERR_NONE)
        cannotWrite(target, "no EPSG:4549 definition");
    // One transaction per file: GeoPackage inserts are otherwise committed row by row.
    dataset->StartTransaction();
    writeHulls(*dataset, srs, threads, target);
    writeMembers(*dataset, srs, members, target);
    if (dataset->CommitTransaction() != OGRERR_NONE)
        cannotWrite(target, "commit");
    CPLErrorReset();
    dataset.reset();
    if (CPLGetLastErrorType() == CE_Failure || CPLGetLastErrorType() == CE_Fatal)
        cannotWrite(target, "closing the file");
}

} // namespace

void writeThreadsGeoPackage(const std::string &path, const std::vector<ThreadExportFeature> &threads,
                            const std::vector<ThreadMemberFeature> &members)
{
    writeThroughPartialFile(path, "GeoPackage", [&](const std::string &partial) { writeFile(partial, threads, members); });
}

} // namespace lianxin
