#include "store/pointlayer.h"

#include "core/projection.h"
#include "sampleworld.h"
#include "storetestutil.h"
#include "store/database.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <fstream>
#include <memory>

using namespace lianxin;
using namespace lianxin::test;

namespace {

struct DatasetCloser {
    void operator()(GDALDataset *dataset) const { GDALClose(dataset); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

struct TestFeature {
    std::unique_ptr<OGRGeometry> geometry; // null = no geometry
    double weight = 1.0;
    std::string item;
};

std::unique_ptr<OGRGeometry> point(double x, double y)
{
    return std::make_unique<OGRPoint>(x, y);
}

std::unique_ptr<OGRGeometry> square(double x, double y, double side)
{
    auto ring = std::make_unique<OGRLinearRing>();
    ring->addPoint(x, y);
    ring->addPoint(x + side, y);
    ring->addPoint(x + side, y + side);
    ring->addPoint(x, y + side);
    ring->addPoint(x, y);
    auto polygon = std::make_unique<OGRPolygon>();
    polygon->addRingDirectly(ring.release());
    return polygon;
}

DatasetPtr createDataset(const std::filesystem::path &path, const char *driverName)
{
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName);
    REQUIRE(driver);
    DatasetPtr dataset(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    REQUIRE(dataset);
    return dataset;
}

// A layer with a real "w" and a text "item" field, written through OGR as a GIS would.
void addLayer(GDALDataset &dataset, const char *name, int epsg, OGRwkbGeometryType type,
              const std::vector<TestFeature> &features)
{
    OGRSpatialReference srs;
    REQUIRE(srs.importFromEPSG(epsg) == OGRERR_NONE);
    OGRLayer *layer = dataset.CreateLayer(name, &srs, type, nullptr);
    REQUIRE(layer);
    OGRFieldDefn weight("w", OFTReal);
    OGRFieldDefn item("item", OFTString);
    REQUIRE(layer->CreateField(&weight) == OGRERR_NONE);
    REQUIRE(layer->CreateField(&item) == OGRERR_NONE);
    for (const TestFeature &f : features) {
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("w", f.weight);
        feature.SetField("item", f.item.c_str());
        if (f.geometry)
            feature.SetGeometry(f.geometry.get());
        REQUIRE(layer->CreateFeature(&feature) == OGRERR_NONE);
    }
}

void writeText(const std::filesystem::path &path, const std::string &text)
{
    std::ofstream out(path, std::ios::binary);
    out << text;
    REQUIRE(out.good());
}

std::string errorOf(const std::filesystem::path &path, const PointLayerOptions &options = {})
{
    return caughtStoreError([&] { readPointLayer(path.string(), options); }).what();
}

bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("a GeoJSON in lon/lat lands where the project's own projection puts it")
{
    const auto path = freshTempDir("pointlayer-geojson") / "points.geojson";
    const std::vector<LonLat> lonLats = {{120.7402, 37.9281}, {120.7455, 37.9313}, {120.6871, 38.3502}};
    {
        const DatasetPtr dataset = createDataset(path, "GeoJSON");
        std::vector<TestFeature> features;
        for (std::size_t i = 0; i < lonLats.size(); ++i)
            features.push_back({point(lonLats[i].lon, lonLats[i].lat), 0.5 + static_cast<double>(i), "路灯"});
        features.push_back({nullptr, 1.0, "no geometry"});
        addLayer(*dataset, "points", 4326, wkbPoint, features);
    }
    PointLayerOptions options;
    options.weightField = "w";
    options.keepFields = {"item"};
    const PointLayer layer = readPointLayer(path.string(), options);

    REQUIRE(layer.points.size() == 3);
    CHECK(layer.skippedEmpty == 1);
    const Projector projector;
    for (std::size_t i = 0; i < lonLats.size(); ++i) {
        const PointXY expected = projector.toProjected(lonLats[i]);
        CHECK(std::hypot(layer.points[i].x - expected.x, layer.points[i].y - expected.y) < 1.0);
        CHECK(layer.weights[i] == 0.5 + static_cast<double>(i));
        CHECK(layer.fields.at("item")[i] == "路灯");
    }
    // Sanity of the projection itself: Changdao lies ~60 km east of 120°E, near y 4.2e6.
    CHECK(layer.points[0].x > 540000.0);
    CHECK(layer.points[0].x < 580000.0);
    CHECK(contains(layer.sourceDescription, "points.geojson"));
    CHECK(contains(layer.sourceDescription, "4326"));
}

TEST_CASE("a CSV gives its points from x/y columns in the EPSG code it is told")
{
    const auto dir = freshTempDir("pointlayer-csv");
    writeText(dir / "metres.csv", "id,X,Y,weight,item\n1,541000.5,4197000.25,2,噪音\n2,541100,4197050,0,\n");
    PointLayerOptions options;
    options.weightField = "weight";
    options.keepFields = {"item"};
    const PointLayer metres = readPointLayer((dir / "metres.csv").string(), options);
    REQUIRE(metres.points.size() == 2);
    // Already EPSG:4549: the coordinates pass through exactly.
    CHECK(metres.points[0] == PointXY{541000.5, 4197000.25});
    CHECK(metres.points[1] == PointXY{541100.0, 4197050.0});
    CHECK(metres.weights == std::vector<double>{2.0, 0.0});
    CHECK(metres.fields.at("item") == std::vector<std::string>{"噪音", ""});

    writeText(dir / "lonlat.csv", "lon,lat\n120.7402,37.9281\n120.7455,37.9313\n");
    options = {};
    options.xField = "lon";
    options.yField = "lat";
    const std::string refused = errorOf(dir / "lonlat.csv", options);
    CHECK(contains(refused, "lonlat.csv"));
    CHECK(contains(refused, "longitude/latitude"));

    options.csvEpsg = 4326;
    const PointLayer lonLat = readPointLayer((dir / "lonlat.csv").string(), options);
    REQUIRE(lonLat.points.size() == 2);
    const PointXY expected = Projector().toProjected({120.7455, 37.9313});
    CHECK(std::hypot(lonLat.points[1].x - expected.x, lonLat.points[1].y - expected.y) < 1.0);

    // Without the columns it was told about, the CSV has no points: say which it has.
    const std::string noColumns = errorOf(dir / "lonlat.csv");
    CHECK(contains(noColumns, "'x'"));
    CHECK(contains(noColumns, "lon, lat"));

    writeText(dir / "text.csv", "x,y,weight\n541000,4197000,3\n541010,4197010,many\n");
    options = {};
    options.weightField = "weight";
    const std::string notNumeric = errorOf(dir / "text.csv", options);
    CHECK(contains(notNumeric, "not numeric"));
    CHECK(contains(notNumeric, "many"));
}

TEST_CASE("a GeoPackage layer is chosen by name and must hold points")
{
    const auto path = freshTempDir("pointlayer-gpkg") / "mixed.gpkg";
    {
        const DatasetPtr dataset = createDataset(path, "GPKG");
        std::vector<TestFeature> points;
        points.push_back({point(541000, 4197000), 1.0, "a"});
        points.push_back({point(541050, 4197020), 4.0, "b"});
        addLayer(*dataset, "complaints", 4549, wkbPoint, points);
        std::vector<TestFeature> areas;
        areas.push_back({square(541000, 4197000, 100), 1.0, "area"});
        addLayer(*dataset, "areas", 4549, wkbPolygon, areas);
    }
    const std::string several = errorOf(path);
    CHECK(contains(several, "mixed.gpkg"));
    CHECK(contains(several, "complaints"));
    CHECK(contains(several, "areas"));

    PointLayerOptions options;
    options.layerName = "areas";
    const std::string polygon = errorOf(path, options);
    CHECK(contains(polygon, "mixed.gpkg"));
    CHECK(contains(polygon, "Polygon"));

    options.layerName = "complaints";
    options.weightField = "w";
    const PointLayer layer = readPointLayer(path.string(), options);
    CHECK(layer.points == std::vector<PointXY>{{541000, 4197000}, {541050, 4197020}});
    CHECK(layer.weights == std::vector<double>{1.0, 4.0});
    CHECK(layer.featureIds == std::vector<long long>{1, 2});

    options.weightField = "households";
    const std::string missing = errorOf(path, options);
    CHECK(contains(missing, "'households'"));
    CHECK(contains(missing, "w, item")); // the fields it does have

    options.weightField.clear();
    options.keepFields = {"item", "submitted_on"};
    CHECK(contains(errorOf(path, options), "'submitted_on'"));

    // Optional fields are kept when present and left out quietly when not.
    options.keepFields.clear();
    options.optionalFields = {"item", "submitted_on"};
    const PointLayer optional = readPointLayer(path.string(), options);
    CHECK(optional.fields.size() == 1);
    CHECK(optional.fields.at("item") == std::vector<std::string>{"a", "b"});

    // One column asked for twice is kept once, one value per point.
    options.optionalFields.clear();
    options.keepFields = {"item", "item"};
    const PointLayer twice = readPointLayer(path.string(), options);
    CHECK(twice.fields.at("item") == std::vector<std::string>{"a", "b"});
    options.keepFields.clear();

    options.optionalFields.clear();
    options.layerName = "nowhere";
    CHECK(contains(errorOf(path, options), "layers: "));
}

TEST_CASE("empty layers, negative weights, broken and missing files are refused by name")
{
    const auto dir = freshTempDir("pointlayer-bad");
    {
        const DatasetPtr dataset = createDataset(dir / "empty.gpkg", "GPKG");
        addLayer(*dataset, "nothing", 4549, wkbPoint, {});
    }
    const std::string empty = errorOf(dir / "empty.gpkg");
    CHECK(contains(empty, "empty.gpkg"));
    CHECK(contains(empty, "no points"));

    {
        const DatasetPtr dataset = createDataset(dir / "negative.geojson", "GeoJSON");
        std::vector<TestFeature> features;
        features.push_back({point(120.74, 37.93), 1.0, ""});
        features.push_back({point(120.75, 37.93), -2.0, ""});
        addLayer(*dataset, "negative", 4326, wkbPoint, features);
    }
    PointLayerOptions weighted;
    weighted.weightField = "w";
    const std::string negative = errorOf(dir / "negative.geojson", weighted);
    CHECK(contains(negative, "negative.geojson"));
    CHECK(contains(negative, "feature 1")); // GeoJSON numbers its features from 0
    CHECK(contains(negative, "-2"));

    // A GeoJSON declares no geometry type: a polygon among points is found feature by feature.
    writeText(dir / "mixed.geojson",
              R"({"type":"FeatureCollection","features":[)"
              R"({"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[120.74,37.93]}},)"
              R"({"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":)"
              R"([[[120.74,37.93],[120.75,37.93],[120.75,37.94],[120.74,37.93]]]}}]})");
    const std::string mixed = errorOf(dir / "mixed.geojson");
    CHECK(contains(mixed, "mixed.geojson"));
    CHECK(contains(mixed, "feature 1"));
    CHECK(contains(mixed, "Polygon"));

    writeText(dir / "broken.geojson", "{\"type\": \"FeatureCollection\", \"features\": [ {\"type\": ");
    const std::string broken = errorOf(dir / "broken.geojson");
    CHECK(contains(broken, "broken.geojson"));
    CHECK(contains(broken, "not a readable vector file"));

    const StoreError missing = caughtStoreError([&] { readPointLayer((dir / "absent.gpkg").string()); });
    CHECK(missing.kind() == StoreError::Kind::NotFound);
    CHECK(contains(missing.what(), "absent.gpkg"));
}

TEST_CASE("a project database gives its suggestions, exactly, with their fields")
{
    const auto path = freshTempDir("pointlayer-db") / "project.sqlite";
    const World world = sampleWorld();
    Database::create(path.string())->saveWorld(world);

    PointLayerOptions options;
    options.keepFields = {"concern_item", "text", "submitted_on"};
    const PointLayer layer = readPointLayer(path.string(), options);
    REQUIRE(layer.points.size() == world.suggestions.size());
    for (std::size_t i = 0; i < world.suggestions.size(); ++i) {
        const Suggestion &s = world.suggestions[i];
        CHECK(layer.featureIds[i] == s.id);
        CHECK(layer.points[i] == s.location);
        CHECK(layer.weights[i] == 1.0);
        CHECK(layer.fields.at("concern_item")[i] == s.concernItem);
        CHECK(layer.fields.at("text")[i] == s.text);
        CHECK(layer.fields.at("submitted_on")[i] == s.submittedOn.toIso());
    }
    CHECK(contains(layer.sourceDescription, "suggestion in project.sqlite"));

    options = {};
    options.layerName = "household";
    CHECK(readPointLayer(path.string(), options).points.size() == world.households.size());
    options.layerName = "grid_area";
    CHECK(contains(errorOf(path, options), "Polygon"));
}
