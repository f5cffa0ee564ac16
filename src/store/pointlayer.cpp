#include "store/pointlayer.h"

#include "core/projection.h"
#include "store/gdaldataset.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>

namespace lianxin {

namespace {

// GDAL prints its own errors to stderr; ours name the file and the problem instead, so
// silence it while reading and quote its last message where it helps.
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

[[noreturn]] void badInput(const std::string &path, const std::string &problem)
{
    throw StoreError(StoreError::Kind::BadInput, path + ": " + problem);
}

std::string lowerCase(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

bool isCsv(const std::string &path)
{
    return lowerCase(std::filesystem::path(path).extension().string()) == ".csv";
}

GdalDatasetPtr openVector(const std::string &path, const PointLayerOptions &options)
{
    if (!std::filesystem::exists(path))
        throw StoreError(StoreError::Kind::NotFound, path + ": file not found");
    GDALAllRegister();
    std::vector<const char *> drivers;
    std::vector<std::string> openOptions;
    if (isCsv(path)) {
        drivers = {"CSV", nullptr};
        // The CSV driver makes point geometries from the columns these patterns match
        // (case-insensitive); without them it would read a table with no geometry.
        openOptions = {"X_POSSIBLE_NAMES=" + options.xField, "Y_POSSIBLE_NAMES=" + options.yField,
                       "AUTODETECT_TYPE=YES"};
    }
    std::vector<const char *> optionPointers;
    for (const std::string &option : openOptions)
        optionPointers.push_back(option.c_str());
    optionPointers.push_back(nullptr);
    const QuietGdalErrors quiet;
    GdalDatasetPtr dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                         drivers.empty() ? nullptr : drivers.data(), optionPointers.data(), nullptr));
    if (!dataset) {
        const std::string gdalMessage = CPLGetLastErrorMsg();
        badInput(path, "not a readable vector file (GeoPackage, GeoJSON, Shapefile, CSV or project database)"
                           + (gdalMessage.empty() ? std::string() : " — GDAL: " + gdalMessage));
    }
    return dataset;
}

std::string layerNames(GDALDataset &dataset)
{
    std::string names;
    for (OGRLayer *layer : dataset.GetLayers())
        names += (names.empty() ? "" : ", ") + std::string(layer->GetName());
    return names.empty() ? "none" : names;
}

OGRLayer &chooseLayer(GDALDataset &dataset, const std::string &path, const std::string &layerName)
{
    if (!layerName.empty()) {
        OGRLayer *layer = dataset.GetLayerByName(layerName.c_str());
        if (!layer)
            badInput(path, "no layer '" + layerName + "' (layers: " + layerNames(dataset) + ")");
        return *layer;
    }
    if (dataset.GetLayerCount() == 1)
        return *dataset.GetLayer(0);
    // A project database holds many layers; its points are the suggestions.
    if (OGRLayer *suggestions = dataset.GetLayerByName("suggestion"))
        return *suggestions;
    if (dataset.GetLayerCount() == 0)
        badInput(path, "holds no layer");
    badInput(path, "holds several layers; name one (layers: " + layerNames(dataset) + ")");
}

std::string fieldNames(OGRFeatureDefn &definition)
{
    std::string names;
    for (int i = 0; i < definition.GetFieldCount(); ++i)
        names += (names.empty() ? "" : ", ") + std::string(definition.GetFieldDefn(i)->GetNameRef());
    return names.empty() ? "none" : names;
}

int requireField(OGRLayer &layer, const std::string &path, const std::string &name, const char *purpose)
{
    OGRFeatureDefn *definition = layer.GetLayerDefn();
    const int index = definition->GetFieldIndex(name.c_str());
    if (index < 0)
        badInput(path, std::string(purpose) + " field '" + name + "' is missing from layer '" + layer.GetName()
                           + "' (fields: " + fieldNames(*definition) + ")");
    return index;
}

void checkGeometryType(OGRLayer &layer, const std::string &path, const PointLayerOptions &options)
{
    const OGRwkbGeometryType type = wkbFlatten(layer.GetGeomType());
    if (type == wkbPoint || type == wkbUnknown) // unknown: mixed or undeclared, checked per feature
        return;
    if (type == wkbNone) {
        if (isCsv(path))
            badInput(path, "no coordinate columns '" + options.xField + "' and '" + options.yField
                               + "' (columns: " + fieldNames(*layer.GetLayerDefn()) + ")");
        badInput(path, "layer '" + std::string(layer.GetName()) + "' has no geometry");
    }
    badInput(path, "layer '" + std::string(layer.GetName()) + "' holds " + OGRGeometryTypeToName(type)
                       + " geometries, not points");
}

// The layer's coordinate system, with x = easting/longitude whatever the authority says.
OGRSpatialReference sourceReference(OGRLayer &layer, const std::string &path, const PointLayerOptions &options)
{
    OGRSpatialReference srs;
    if (isCsv(path)) {
        if (srs.importFromEPSG(options.csvEpsg) != OGRERR_NONE)
            badInput(path, "unknown coordinate system EPSG:" + std::to_string(options.csvEpsg));
    } else {
        const OGRSpatialReference *own = layer.GetSpatialRef();
        if (!own)
            badInput(path, "layer '" + std::string(layer.GetName())
                               + "' has no coordinate system (a Shapefile needs its .prj)");
        srs = *own;
    }
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

std::string describeReference(const OGRSpatialReference &srs)
{
    const char *authority = srs.GetAuthorityName(nullptr);
    const char *code = srs.GetAuthorityCode(nullptr);
    if (authority && code)
        return std::string(authority) + ":" + code;
    const char *name = srs.GetName();
    return name ? name : "unnamed coordinate system";
}

double weightOf(OGRFeature &feature, int index, const std::string &path, const std::string &field)
{
    const std::string where = "feature " + std::to_string(feature.GetFID()) + " ";
    if (!feature.IsFieldSetAndNotNull(index))
        badInput(path, where + "has no value in weight field '" + field + "'");
    double weight = 0.0;
    const OGRFieldType type = feature.GetFieldDefnRef(index)->GetType();
    if (type == OFTInteger || type == OFTInteger64 || type == OFTReal) {
        weight = feature.GetFieldAsDouble(index);
    } else {
        // Text must be a number as a whole: "12 kg" is a mistake, not 12.
        const char *text = feature.GetFieldAsString(index);
        char *end = nullptr;
        weight = std::strtod(text, &end);
        while (end && std::isspace(static_cast<unsigned char>(*end)))
            ++end;
        if (end == text || (end && *end != '\0'))
            badInput(path, "weight field '" + field + "' is not numeric: " + where + "has '" + text + "'");
    }
    if (!std::isfinite(weight) || weight < 0.0)
        badInput(path, where + "has weight " + std::to_string(weight) + " in field '" + field
                           + "'; weights must be finite and >= 0");
    return weight;
}

// Dates become ISO "YYYY-MM-DD" whatever the format stores, so callers parse one form.
std::string textOf(OGRFeature &feature, int index)
{
    if (!feature.IsFieldSetAndNotNull(index))
        return {};
    const OGRFieldType type = feature.GetFieldDefnRef(index)->GetType();
    if (type == OFTDate || type == OFTDateTime) {
        int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, zone = 0;
        feature.GetFieldAsDateTime(index, &year, &month, &day, &hour, &minute, &second, &zone);
        char buffer[16];
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
        return buffer;
    }
    return feature.GetFieldAsString(index);
}

bool looksLikeLonLat(const std::vector<PointXY> &points)
{
    return std::all_of(points.begin(), points.end(),
                       [](const PointXY &p) { return std::abs(p.x) <= 180.0 && std::abs(p.y) <= 90.0; });
}

void reproject(std::vector<PointXY> &points, const OGRSpatialReference &source, const std::string &path)
{
    OGRSpatialReference target;
    target.importFromEPSG(kProjectSrid);
    target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (source.IsSame(&target))
        return;
    const std::unique_ptr<OGRCoordinateTransformation> transform(
        OGRCreateCoordinateTransformation(&source, &target));
    if (!transform)
        badInput(path, "cannot transform " + describeReference(source) + " to EPSG:4549 — GDAL: "
                           + CPLGetLastErrorMsg());
    std::vector<double> xs(points.size()), ys(points.size());
    for (std::size_t i = 0; i < points.size(); ++i) {
        xs[i] = points[i].x;
        ys[i] = points[i].y;
    }
    std::vector<int> ok(points.size(), 0);
    transform->Transform(points.size(), xs.data(), ys.data(), nullptr, ok.data());
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (!ok[i] || !std::isfinite(xs[i]) || !std::isfinite(ys[i]))
            badInput(path, "point " + std::to_string(i + 1) + " (" + std::to_string(points[i].x) + ", "
                               + std::to_string(points[i].y) + ") cannot be transformed from "
                               + describeReference(source) + " to EPSG:4549");
        points[i] = {xs[i], ys[i]};
    }
}

} // namespace

PointLayer readPointLayer(const std::string &path, const PointLayerOptions &options)
{
    const GdalDatasetPtr dataset = openVector(path, options);
    OGRLayer &layer = chooseLayer(*dataset, path, options.layerName);
    checkGeometryType(layer, path, options);
    const int weightIndex =
        options.weightField.empty() ? -1 : requireField(layer, path, options.weightField, "weight");
    std::vector<std::string> keptNames;
    std::vector<int> keepIndexes;
    for (const std::string &field : options.keepFields) {
        const int index = requireField(layer, path, field, "requested");
        // One column asked for twice (say --item-field text --text-field text) is kept once:
        // twice would make its value list twice as long as the points.
        if (std::find(keptNames.begin(), keptNames.end(), field) == keptNames.end()) {
            keptNames.push_back(field);
            keepIndexes.push_back(index);
        }
    }
    for (const std::string &field : options.optionalFields) {
        const int index = layer.GetLayerDefn()->GetFieldIndex(field.c_str());
        if (index >= 0 && std::find(keptNames.begin(), keptNames.end(), field) == keptNames.end()) {
            keptNames.push_back(field);
            keepIndexes.push_back(index);
        }
    }
    const OGRSpatialReference source = sourceReference(layer, path, options);

    PointLayer result;
    for (const std::string &field : keptNames)
        result.fields[field];
    const QuietGdalErrors quiet;
    layer.ResetReading();
    for (auto &feature : layer) {
        const OGRGeometry *geometry = feature->GetGeometryRef();
        if (!geometry || geometry->IsEmpty()) {
            ++result.skippedEmpty;
            continue;
        }
        const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
        if (type != wkbPoint)
            badInput(path, "feature " + std::to_string(feature->GetFID()) + " of layer '" + layer.GetName()
                               + "' is a " + OGRGeometryTypeToName(type) + ", not a point");
        const OGRPoint *point = geometry->toPoint();
        result.featureIds.push_back(feature->GetFID());
        result.points.push_back({point->getX(), point->getY()});
        result.weights.push_back(weightIndex < 0 ? 1.0 : weightOf(*feature, weightIndex, path, options.weightField));
        for (std::size_t k = 0; k < keepIndexes.size(); ++k)
            result.fields[keptNames[k]].push_back(textOf(*feature, keepIndexes[k]));
    }
    if (CPLGetLastErrorType() == CE_Failure || CPLGetLastErrorType() == CE_Fatal)
        badInput(path, std::string("reading layer '") + layer.GetName() + "' failed — GDAL: " + CPLGetLastErrorMsg());
    if (result.points.empty())
        badInput(path, "layer '" + std::string(layer.GetName()) + "' holds no points"
                           + (result.skippedEmpty > 0
                                  ? " (" + std::to_string(result.skippedEmpty) + " features without geometry)"
                                  : std::string()));
    // A CSV says nothing of its coordinate system; degrees read as metres would put every
    // point within 180 m of the projection's origin, far off the map without a word.
    if (isCsv(path) && options.csvEpsg == kProjectSrid && looksLikeLonLat(result.points))
        badInput(path, "coordinates look like longitude/latitude, not EPSG:4549 metres; give their EPSG code "
                       "(4326 for lon/lat)");
    reproject(result.points, source, path);
    result.sourceDescription = std::string(layer.GetName()) + " in "
                               + std::filesystem::path(path).filename().string() + " ("
                               + describeReference(source) + ")";
    return result;
}

} // namespace lianxin
