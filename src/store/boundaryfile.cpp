#include "store/boundaryfile.h"

#include "core/projection.h"
#include "store/gdaldataset.h"
#include "store/partialfile.h"
#include "store/storeerror.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <set>
#include <system_error>

namespace lianxin {

namespace {

[[noreturn]] void cannotWrite(const std::string &path, const std::string &what)
{
    throw StoreError(StoreError::Kind::NotWritable, "cannot write " + path + ": " + what + " — GDAL: " + CPLGetLastErrorMsg());
}

[[noreturn]] void badInput(const std::string &path, const std::string &problem)
{
    throw StoreError(StoreError::Kind::BadInput, path + ": " + problem);
}

class QuietGdalErrors {
public:
    QuietGdalErrors()
    {
        CPLPushErrorHandler(CPLQuietErrorHandler);
        CPLErrorReset();
    }
    ~QuietGdalErrors() { CPLPopErrorHandler(); }
    QuietGdalErrors(const QuietGdalErrors &) = delete;
    QuietGdalErrors &operator=(const QuietGdalErrors &) = delete;
};

std::string extensionOf(const std::string &path)
{
    std::string extension = std::filesystem::path(path).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return std::tolower(c); });
    return extension;
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

Ring fromOgr(const OGRLinearRing &ring)
{
    Ring result;
    for (int i = 0; i < ring.getNumPoints(); ++i)
        result.push_back({ring.getX(i), ring.getY(i)});
    return result;
}

void addField(OGRLayer &layer, const char *name, OGRFieldType type, const std::string &path)
{
    OGRFieldDefn field(name, type);
    if (layer.CreateField(&field) != OGRERR_NONE)
        cannotWrite(path, std::string("field ") + name);
}

void writeFile(const std::string &target, const char *driverName, bool lonLat, const std::vector<GridAreaFeature> &areas)
{
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName);
    if (!driver)
        throw StoreError(StoreError::Kind::NotWritable, std::string("GDAL has no ") + driverName + " driver");
    CPLErrorReset();
    GdalDatasetPtr dataset(driver->Create(target.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset)
        cannotWrite(target, "cannot create the file");
    OGRSpatialReference projected, output;
    projected.importFromEPSG(kProjectSrid);
    output.importFromEPSG(lonLat ? kLonLatSrid : kProjectSrid);
    projected.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    output.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> toOutput(
        lonLat ? OGRCreateCoordinateTransformation(&projected, &output) : nullptr);
    char **options = nullptr;
    if (std::string(driverName) == "ESRI Shapefile")
        options = CSLSetNameValue(options, "ENCODING", "UTF-8");
    OGRLayer *layer = dataset->CreateLayer(kGridAreaLayer, &output, wkbPolygon, options);
    CSLDestroy(options);
    if (!layer)
        cannotWrite(target, "layer grid_area");
    addField(*layer, "code", OFTString, target);
    addField(*layer, "name", OFTString, target);
    addField(*layer, "dept_id", OFTInteger64, target);
    addField(*layer, "department", OFTString, target);
    for (const char *count : {"buildings", "households", "residents", "shops", "open_sugg"})
        addField(*layer, count, OFTInteger64, target);
    dataset->StartTransaction();
    for (const GridAreaFeature &area : areas) {
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("code", area.code.c_str());
        feature.SetField("name", area.name.c_str());
        if (area.departmentId)
            feature.SetField("dept_id", static_cast<GIntBig>(*area.departmentId));
        feature.SetField("department", area.department.c_str());
        feature.SetField("buildings", static_cast<GIntBig>(area.buildings));
        feature.SetField("households", static_cast<GIntBig>(area.households));
        feature.SetField("residents", static_cast<GIntBig>(area.residents));
        feature.SetField("shops", static_cast<GIntBig>(area.shops));
        feature.SetField("open_sugg", static_cast<GIntBig>(area.openSuggestions));
        OGRPolygon polygon = toOgr(area.geometry);
        if (toOutput && polygon.transform(toOutput.get()) != OGRERR_NONE)
            cannotWrite(target, "cannot reproject " + area.code + " to EPSG:4326");
        feature.SetGeometry(&polygon);
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
            cannotWrite(target, "area " + area.code);
    }
    if (dataset->CommitTransaction() != OGRERR_NONE && std::string(driverName) == "GPKG")
        cannotWrite(target, "commit");
    CPLErrorReset();
    dataset.reset();
    if (CPLGetLastErrorType() == CE_Failure || CPLGetLastErrorType() == CE_Fatal)
        cannotWrite(target, "closing the file");
}

// A Shapefile is several files: each is written beside the target and renamed into place.
void writeShapefile(const std::string &path, const std::vector<GridAreaFeature> &areas)
{
    const std::filesystem::path target(path);
    const std::filesystem::path partial = partialPathFor(path);
    const char *sidecars[] = {".shp", ".shx", ".dbf", ".prj", ".cpg"};
    std::error_code ignored;
    const auto removePartial = [&] {
        for (const char *extension : sidecars)
            std::filesystem::remove(std::filesystem::path(partial).replace_extension(extension), ignored);
    };
    removePartial();
    try {
        writeFile(partial.string(), "ESRI Shapefile", false, areas);
        for (const char *extension : sidecars) {
            const auto from = std::filesystem::path(partial).replace_extension(extension);
            if (std::filesystem::exists(from))
                std::filesystem::rename(from, std::filesystem::path(target).replace_extension(extension));
        }
    } catch (...) {
        removePartial();
        throw;
    }
}

Polygon polygonOf(OGRGeometry *geometry, const std::string &path, const std::string &code)
{
    if (!geometry || geometry->IsEmpty())
        badInput(path, "area " + code + " has no geometry");
    const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
    const OGRPolygon *polygon = nullptr;
    if (type == wkbPolygon)
        polygon = geometry->toPolygon();
    else if (type == wkbMultiPolygon && geometry->toMultiPolygon()->getNumGeometries() == 1)
        polygon = geometry->toMultiPolygon()->getGeometryRef(0);
    if (!polygon)
        badInput(path, "area " + code + " is a " + OGRGeometryTypeToName(type) + ", not one polygon");
    Polygon result;
    result.outer = fromOgr(*polygon->getExteriorRing());
    for (int i = 0; i < polygon->getNumInteriorRings(); ++i)
        result.holes.push_back(fromOgr(*polygon->getInteriorRing(i)));
    return result;
}

} // namespace

void writeGridAreas(const std::string &path, const std::vector<GridAreaFeature> &areas)
{
    const std::string extension = extensionOf(path);
    if (extension == ".shp") {
        if (!std::filesystem::is_directory(std::filesystem::path(path).has_parent_path()
                                               ? std::filesystem::path(path).parent_path()
                                               : std::filesystem::path(".")))
            throw StoreError(StoreError::Kind::NotWritable, "folder does not exist for " + path);
        writeShapefile(path, areas);
        return;
    }
    const char *driver = extension == ".gpkg" ? "GPKG" : (extension == ".geojson" || extension == ".json") ? "GeoJSON" : nullptr;
    if (!driver)
        throw StoreError(StoreError::Kind::BadInput, path + ": write grid areas as .gpkg, .shp or .geojson");
    const bool lonLat = std::string(driver) == "GeoJSON";
    writeThroughPartialFile(path, "grid areas", [&](const std::string &partial) { writeFile(partial, driver, lonLat, areas); });
}

GridAreaFile readGridAreas(const std::string &path, const std::string &layerName, const std::string &codeField)
{
    GDALAllRegister();
    const QuietGdalErrors quiet;
    GdalDatasetPtr dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!dataset)
        badInput(path, std::string("not a readable vector file — GDAL: ") + CPLGetLastErrorMsg());
    OGRLayer *layer = nullptr;
    if (!layerName.empty())
        layer = dataset->GetLayerByName(layerName.c_str());
    else if (dataset->GetLayerCount() == 1)
        layer = dataset->GetLayer(0);
    else
        layer = dataset->GetLayerByName(kGridAreaLayer);
    if (!layer)
        badInput(path, layerName.empty() ? "holds several layers and none is grid_area; name one with --layer"
                                         : "no layer '" + layerName + "'");
    GridAreaFile file;
    file.layer = layer->GetName();
    const OGRSpatialReference *own = layer->GetSpatialRef();
    if (!own)
        badInput(path, "layer '" + file.layer + "' has no coordinate system (a Shapefile needs its .prj)");
    OGRSpatialReference source = *own, projected;
    source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    projected.importFromEPSG(kProjectSrid);
    projected.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const char *authority = source.GetAuthorityName(nullptr);
    const char *code = source.GetAuthorityCode(nullptr);
    file.sourceCrs = authority && code ? std::string(authority) + ":" + code : "unnamed coordinate system";
    std::unique_ptr<OGRCoordinateTransformation> toProjected;
    if (!source.IsSame(&projected)) {
        toProjected.reset(OGRCreateCoordinateTransformation(&source, &projected));
        if (!toProjected)
            badInput(path, "cannot reproject " + file.sourceCrs + " to EPSG:4549");
    }
    OGRFeatureDefn *definition = layer->GetLayerDefn();
    const int codeIndex = definition->GetFieldIndex(codeField.c_str());
    if (codeIndex < 0)
        badInput(path, "layer '" + file.layer + "' has no field '" + codeField + "' to match areas by");
    const int nameIndex = definition->GetFieldIndex("name");
    const int departmentIdIndex = definition->GetFieldIndex("dept_id");
    const int departmentIndex = definition->GetFieldIndex("department");
    std::set<std::string> codes;
    layer->ResetReading();
    for (auto &feature : *layer) {
        GridAreaFeature area;
        area.code = feature->IsFieldSetAndNotNull(codeIndex) ? feature->GetFieldAsString(codeIndex) : "";
        if (area.code.empty())
            badInput(path, "feature " + std::to_string(feature->GetFID()) + " has no " + codeField);
        if (!codes.insert(area.code).second)
            badInput(path, "the code " + area.code + " appears twice");
        if (nameIndex >= 0 && feature->IsFieldSetAndNotNull(nameIndex))
            area.name = feature->GetFieldAsString(nameIndex);
        if (departmentIdIndex >= 0 && feature->IsFieldSetAndNotNull(departmentIdIndex))
            area.departmentId = feature->GetFieldAsInteger64(departmentIdIndex);
        if (departmentIndex >= 0 && feature->IsFieldSetAndNotNull(departmentIndex))
            area.department = feature->GetFieldAsString(departmentIndex);
        OGRGeometry *geometry = feature->GetGeometryRef();
        if (geometry && toProjected && geometry->transform(toProjected.get()) != OGRERR_NONE)
            badInput(path, "cannot reproject area " + area.code + " to EPSG:4549");
        area.geometry = polygonOf(geometry, path, area.code);
        file.areas.push_back(std::move(area));
    }
    return file;
}

} // namespace lianxin
