// lianxin-cli boundaries on copies of the demo database: check, export (files GDAL
// opens), import of a moved shared border from a GeoPackage in EPSG:4326 (exactly the
// buildings and households on the moved piece change area, as an independent OGR
// computation says), refusals of an overlap and a gap (the database's bytes unchanged),
// versions, diff, restore and renumber.
#include "clirunner.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <gdal_priv.h>
#include <nlohmann/json.hpp>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <memory>

using namespace lianxin::test;
namespace fs = std::filesystem;

namespace {

struct DatasetCloser {
    void operator()(GDALDataset *d) const { GDALClose(d); }
};
using Dataset = std::unique_ptr<GDALDataset, DatasetCloser>;

Dataset openVector(const fs::path &path, bool update = false)
{
    GDALAllRegister();
    Dataset dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | (update ? GDAL_OF_UPDATE : 0), nullptr, nullptr, nullptr));
    REQUIRE(dataset);
    return dataset;
}

CliResult boundaries(const std::vector<std::string> &args)
{
    std::vector<std::string> all = {"boundaries"};
    all.insert(all.end(), args.begin(), args.end());
    return runCli(all);
}

// The exported areas (EPSG:4549) by code.
std::map<std::string, std::unique_ptr<OGRPolygon>> exportedAreas(const fs::path &gpkg)
{
    Dataset dataset = openVector(gpkg);
    std::map<std::string, std::unique_ptr<OGRPolygon>> areas;
    for (auto &feature : *dataset->GetLayerByName("grid_area"))
        areas[feature->GetFieldAsString("code")].reset(feature->GetGeometryRef()->clone()->toPolygon());
    return areas;
}

// Writes `areas` as layer grid_area of a GeoPackage in EPSG:4326.
void writeLonLat(const fs::path &path, const std::map<std::string, std::unique_ptr<OGRPolygon>> &areas)
{
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    Dataset dataset(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    REQUIRE(dataset);
    OGRSpatialReference projected, lonLat;
    projected.importFromEPSG(4549);
    lonLat.importFromEPSG(4326);
    projected.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    lonLat.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> transform(OGRCreateCoordinateTransformation(&projected, &lonLat));
    OGRLayer *layer = dataset->CreateLayer("grid_area", &lonLat, wkbPolygon, nullptr);
    OGRFieldDefn code("code", OFTString);
    layer->CreateField(&code);
    for (const auto &[name, polygon] : areas) {
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("code", name.c_str());
        std::unique_ptr<OGRGeometry> geometry(polygon->clone());
        REQUIRE(geometry->transform(transform.get()) == OGRERR_NONE);
        feature.SetGeometry(geometry.get());
        REQUIRE(layer->CreateFeature(&feature) == OGRERR_NONE);
    }
}

// Inserts `vertex` between p and q wherever a ring runs p->q or q->p.
void insertVertex(OGRPolygon &polygon, const OGRPoint &p, const OGRPoint &q, const OGRPoint &vertex)
{
    OGRLinearRing *ring = polygon.getExteriorRing();
    OGRLinearRing rebuilt;
    for (int i = 0; i < ring->getNumPoints(); ++i) {
        rebuilt.addPoint(ring->getX(i), ring->getY(i));
        if (i + 1 == ring->getNumPoints())
            break;
        const bool forward = ring->getX(i) == p.getX() && ring->getY(i) == p.getY() && ring->getX(i + 1) == q.getX() &&
                             ring->getY(i + 1) == q.getY();
        const bool backward = ring->getX(i) == q.getX() && ring->getY(i) == q.getY() && ring->getX(i + 1) == p.getX() &&
                              ring->getY(i + 1) == p.getY();
        if (forward || backward)
            rebuilt.addPoint(&vertex);
    }
    *ring = rebuilt;
}

bool samePoint(const OGRLinearRing &ring, int i, const OGRPoint &p)
{
    return ring.getX(i) == p.getX() && ring.getY(i) == p.getY();
}

// Whether the ring runs p->q or q->p.
bool sharesSegment(const OGRLinearRing &ring, const OGRPoint &p, const OGRPoint &q)
{
    for (int i = 0; i + 1 < ring.getNumPoints(); ++i)
        if ((samePoint(ring, i, p) && samePoint(ring, i + 1, q)) || (samePoint(ring, i, q) && samePoint(ring, i + 1, p)))
            return true;
    return false;
}

struct BentBorder {
    std::string a, b; // the two areas whose shared border was bent
};

// Bends the first long border two areas share by 40 or 70 m at its middle, towards
// whichever side keeps the triangle inside the two areas, puts a building in it and cuts
// no building.
BentBorder bendSharedBorder(std::map<std::string, std::unique_ptr<OGRPolygon>> &areas, const std::vector<std::unique_ptr<OGRGeometry>> &buildings)
{
    for (auto &[codeA, a] : areas)
        for (auto &[codeB, b] : areas) {
            if (codeA >= codeB)
                continue;
            const OGRLinearRing *ring = a->getExteriorRing();
            std::unique_ptr<OGRGeometry> both(a->Union(b.get()));
            for (int i = 0; i + 1 < ring->getNumPoints(); ++i) {
                OGRPoint p(ring->getX(i), ring->getY(i)), q(ring->getX(i + 1), ring->getY(i + 1));
                OGRLineString segment;
                segment.addPoint(&p);
                segment.addPoint(&q);
                const double length = segment.get_Length();
                if (length < 100 || !sharesSegment(*b->getExteriorRing(), p, q))
                    continue;
                for (const double side : {40.0, -40.0, 70.0, -70.0}) {
                    const double nx = -(q.getY() - p.getY()) / length * side, ny = (q.getX() - p.getX()) / length * side;
                    OGRPoint bent((p.getX() + q.getX()) / 2 + nx, (p.getY() + q.getY()) / 2 + ny);
                    OGRPolygon triangle;
                    OGRLinearRing corners;
                    corners.addPoint(&p);
                    corners.addPoint(&q);
                    corners.addPoint(&bent);
                    corners.addPoint(&p);
                    triangle.addRing(&corners);
                    std::unique_ptr<OGRGeometry> grown(both->Buffer(-1.0));
                    // The new border must cut no building: it would leave households
                    // on the wrong side, which the import rightly refuses.
                    OGRLineString border;
                    border.addPoint(&p);
                    border.addPoint(&bent);
                    border.addPoint(&q);
                    const bool movesOne = std::any_of(buildings.begin(), buildings.end(),
                                                      [&](const auto &b) { return triangle.Contains(b.get()); });
                    const bool cutsOne = std::any_of(buildings.begin(), buildings.end(),
                                                     [&](const auto &b) { return border.Intersects(b.get()); });
                    if (!grown->Contains(&bent) || !movesOne || cutsOne)
                        continue;
                    insertVertex(*a, p, q, bent);
                    insertVertex(*b, p, q, bent);
                    REQUIRE(a->IsValid());
                    REQUIRE(b->IsValid());
                    return {codeA, codeB};
                }
            }
        }
    FAIL("no long shared border to bend");
    return {};
}

std::vector<std::unique_ptr<OGRGeometry>> buildingFootprints(const fs::path &database)
{
    Dataset dataset = openVector(database);
    std::vector<std::unique_ptr<OGRGeometry>> footprints;
    for (auto &feature : *dataset->GetLayerByName("building"))
        footprints.emplace_back(feature->GetGeometryRef()->clone());
    return footprints;
}

// Each building's area by the larger share of its footprint among `areas` (OGR's own
// overlay, independent of Lianxin's placement).
std::map<long long, std::string> buildingAreas(const fs::path &database,
                                               const std::map<std::string, std::unique_ptr<OGRPolygon>> &areas)
{
    Dataset dataset = openVector(database);
    std::map<long long, std::string> result;
    for (auto &feature : *dataset->GetLayerByName("building")) {
        OGRGeometry *footprint = feature->GetGeometryRef();
        double best = 0.0;
        for (const auto &[code, area] : areas) {
            if (!area->Intersects(footprint))
                continue;
            std::unique_ptr<OGRGeometry> common(area->Intersection(footprint));
            const double share = common ? common->toSurface()->get_Area() : 0.0;
            if (common && wkbFlatten(common->getGeometryType()) != wkbPolygon)
                continue;
            if (share > best) {
                best = share;
                result[feature->GetFID()] = code;
            }
        }
    }
    return result;
}

std::map<long long, long long> idColumn(const fs::path &database, const std::string &table)
{
    Dataset dataset = openVector(database);
    std::map<long long, long long> values;
    std::unique_ptr<OGRLayer, void (*)(OGRLayer *)> rows(nullptr, [](OGRLayer *) {});
    OGRLayer *result = dataset->ExecuteSQL(("SELECT id, grid_area_id FROM " + table).c_str(), nullptr, nullptr);
    for (auto &feature : *result)
        values[feature->GetFieldAsInteger64(0)] = feature->IsFieldNull(1) ? 0 : feature->GetFieldAsInteger64(1);
    dataset->ReleaseResultSet(result);
    return values;
}

} // namespace

TEST_CASE("boundaries check finds no problem on the demo and every one on a broken copy")
{
    const fs::path db = copyOfDemo("boundaries-check");
    const CliResult clean = boundaries({"check", db.string(), "--json"});
    INFO(clean.err);
    REQUIRE(clean.exitCode == 0);
    const nlohmann::json report = nlohmann::json::parse(clean.out);
    CHECK(report.at("ok") == true);
    CHECK(report.at("areas") == 28);

    {   // NCS-01 given NCS-02's shape: an overlap, a gap, buildings recorded in the wrong area.
        Dataset dataset = openVector(db, true);
        OGRLayer *layer = dataset->GetLayerByName("grid_area");
        std::unique_ptr<OGRFeature> second(layer->GetFeature(2)), first(layer->GetFeature(1));
        first->SetGeometry(second->GetGeometryRef());
        REQUIRE(layer->SetFeature(first.get()) == OGRERR_NONE);
    }
    const CliResult broken = boundaries({"check", db.string(), "--json"});
    CHECK(broken.exitCode == 1);
    const nlohmann::json problems = nlohmann::json::parse(broken.out).at("problems");
    std::map<std::string, int> rules;
    for (const auto &problem : problems)
        ++rules[problem.at("rule").get<std::string>()];
    CHECK(rules["overlap"] == 1);
    CHECK(rules["gap"] >= 1);
    CHECK(rules["building-area"] > 0);
    for (const auto &problem : problems)
        if (problem.at("rule") == "overlap")
            CHECK(problem.at("areas") == nlohmann::json::array({"NCS-01", "NCS-02"}));
}

TEST_CASE("boundaries export writes files GDAL opens with codes, departments and counts")
{
    const fs::path db = copyOfDemo("boundaries-export");
    for (const char *name : {"areas.gpkg", "areas.shp", "areas.geojson"}) {
        const fs::path out = db.parent_path() / name;
        const CliResult result = boundaries({"export", db.string(), "--out", out.string()});
        INFO(result.err);
        REQUIRE(result.exitCode == 0);
        Dataset dataset = openVector(out);
        OGRLayer *layer = dataset->GetLayer(0);
        CHECK(layer->GetFeatureCount() == 28);
        long long households = 0;
        for (auto &feature : *layer) {
            households += feature->GetFieldAsInteger64("households");
            CHECK(std::string(feature->GetFieldAsString("department")).size() > 0);
        }
        CHECK(households == 8651);
        const bool lonLat = std::string(name).ends_with(".geojson");
        CHECK(std::string(layer->GetSpatialRef()->GetAuthorityCode(nullptr)) == (lonLat ? "4326" : "4549"));
    }
    CHECK(boundaries({"export", db.string(), "--out", (db.parent_path() / "areas.csv").string()}).exitCode == 2);
}

TEST_CASE("boundaries import of a bent border in EPSG:4326 moves exactly the buildings on the moved piece")
{
    const fs::path db = copyOfDemo("boundaries-import");
    const fs::path exported = db.parent_path() / "areas.gpkg";
    REQUIRE(boundaries({"export", db.string(), "--out", exported.string()}).exitCode == 0);
    auto areas = exportedAreas(exported);
    const std::map<long long, std::string> before = buildingAreas(db, areas);
    const BentBorder bent = bendSharedBorder(areas, buildingFootprints(db));
    const std::map<long long, std::string> expected = buildingAreas(db, areas);
    const fs::path file = db.parent_path() / "bent.gpkg";
    writeLonLat(file, areas);

    std::map<long long, long long> expectedMoves; // building -> 1 if it changes area
    long long movedBuildings = 0;
    for (const auto &[id, code] : expected)
        if (before.at(id) != code)
            ++movedBuildings, expectedMoves[id] = 1;
    REQUIRE(movedBuildings > 0);
    const auto householdsBefore = idColumn(db, "household");
    const auto buildingsBefore = idColumn(db, "building");

    const std::string bytes = fileBytes(db);
    const CliResult dry = boundaries({"import", db.string(), file.string(), "--dry-run", "--json"});
    INFO(dry.err);
    REQUIRE(dry.exitCode == 0);
    CHECK(fileBytes(db) == bytes);
    const nlohmann::json preview = nlohmann::json::parse(dry.out);
    CHECK(preview.at("source_crs") == "EPSG:4326");
    CHECK(preview.at("impact").at("buildings_moved") == movedBuildings);
    std::vector<std::string> changedAreas;
    for (const auto &area : preview.at("impact").at("areas"))
        changedAreas.push_back(area.at("code"));
    CHECK(changedAreas == std::vector<std::string>{bent.a, bent.b});

    const CliResult saved = boundaries({"import", db.string(), file.string(), "--note", "bend a border", "--json"});
    INFO(saved.err);
    REQUIRE(saved.exitCode == 0);
    CHECK(nlohmann::json::parse(saved.out).at("version") == 1);
    CHECK(nlohmann::json::parse(saved.out).at("impact") == preview.at("impact"));
    // Exactly the buildings of the moved piece changed area, with their households.
    const auto buildingsAfter = idColumn(db, "building");
    long long changed = 0;
    for (const auto &[id, area] : buildingsAfter) {
        const bool moved = area != buildingsBefore.at(id);
        CHECK(moved == (expectedMoves.count(id) == 1));
        changed += moved;
    }
    CHECK(changed == movedBuildings);
    std::map<long long, long long> buildingOf;
    {
        Dataset dataset = openVector(db);
        OGRLayer *rows = dataset->ExecuteSQL("SELECT id, building_id FROM household WHERE building_id IS NOT NULL", nullptr, nullptr);
        for (auto &feature : *rows)
            buildingOf[feature->GetFieldAsInteger64(0)] = feature->GetFieldAsInteger64(1);
        dataset->ReleaseResultSet(rows);
    }
    long long householdsMoved = 0;
    for (const auto &[id, area] : idColumn(db, "household")) {
        const bool moved = area != householdsBefore.at(id);
        householdsMoved += moved;
        CHECK(moved == (buildingOf.count(id) && expectedMoves.count(buildingOf.at(id)) == 1));
    }
    CHECK(householdsMoved == preview.at("impact").at("households_moved"));
    CHECK(sqlNumber(db, "SELECT count(*) FROM boundary_version WHERE version = 1") == 2);

    // versions, diff and restore of what the import saved.
    const CliResult versions = boundaries({"versions", db.string(), "--json"});
    REQUIRE(versions.exitCode == 0);
    CHECK(nlohmann::json::parse(versions.out).at(0).at("note") == "bend a border");
    const CliResult diff = boundaries({"diff", db.string(), "--version", "1", "--json"});
    REQUIRE(diff.exitCode == 0);
    CHECK(nlohmann::json::parse(diff.out).at("households_changing_area") == householdsMoved);
    REQUIRE(boundaries({"restore", db.string(), "--version", "1"}).exitCode == 0);
    CHECK(idColumn(db, "building") == buildingsBefore);
    CHECK(idColumn(db, "household") == householdsBefore);
    CHECK(sqlNumber(db, "SELECT max(version) FROM boundary_version") == 2);
}

TEST_CASE("boundaries import refuses an overlap and a gap, leaving the database's bytes unchanged")
{
    const fs::path db = copyOfDemo("boundaries-refuse");
    const fs::path exported = db.parent_path() / "areas.gpkg";
    REQUIRE(boundaries({"export", db.string(), "--out", exported.string()}).exitCode == 0);
    const std::string bytes = fileBytes(db);
    for (const double grow : {6.0, -6.0}) {
        auto areas = exportedAreas(exported);
        std::unique_ptr<OGRGeometry> changed(areas.at("NCS-10")->Buffer(grow));
        if (grow > 0) // the urban outline is not at stake: keep it
            changed.reset(changed->Intersection(exportedAreas(exported).at("NCS-10")->Buffer(grow)));
        areas.at("NCS-10").reset(changed->toPolygon()->clone());
        const fs::path file = db.parent_path() / (grow > 0 ? "overlap.gpkg" : "gap.gpkg");
        writeLonLat(file, areas);
        const CliResult result = boundaries({"import", db.string(), file.string(), "--json"});
        CHECK(result.exitCode == 2);
        CHECK(fileBytes(db) == bytes);
        const nlohmann::json out = nlohmann::json::parse(result.out);
        CHECK(out.at("ok") == false);
        bool named = false;
        for (const auto &problem : out.at("problems"))
            named = named || (problem.at("rule") == (grow > 0 ? "overlap" : "gap") &&
                              problem.at("areas").dump().find("NCS-10") != std::string::npos);
        CHECK(named);
    }
    CHECK(boundaries({"import", db.string(), (db.parent_path() / "missing.gpkg").string()}).exitCode == 2);
    CHECK(fileBytes(db) == bytes);
}

TEST_CASE("boundaries renumber is a no-op on the demo, whose codes run in reading order")
{
    const fs::path db = copyOfDemo("boundaries-renumber");
    const std::string bytes = fileBytes(db);
    const CliResult result = boundaries({"renumber", db.string()});
    CHECK(result.exitCode == 0);
    CHECK(result.out.find("already run in reading order") != std::string::npos);
    CHECK(fileBytes(db) == bytes);
    CHECK(boundaries({"diff", db.string(), "--version", "3"}).exitCode == 2);
    const CliResult none = boundaries({"versions", db.string()});
    CHECK(none.out.find("no saved boundary versions") != std::string::npos);
}

TEST_CASE("boundaries import adds and removes areas by code, and a new area needs a department")
{
    const fs::path db = copyOfDemo("boundaries-add-remove");
    const fs::path file = db.parent_path() / "recoded.gpkg";
    REQUIRE(boundaries({"export", db.string(), "--out", file.string()}).exitCode == 0);
    const long long department = sqlNumber(db, "SELECT department_id FROM grid_area WHERE code = 'NCS-28'");
    const long long buildings = sqlNumber(db, "SELECT count(*) FROM building WHERE grid_area_id = "
                                              "(SELECT id FROM grid_area WHERE code = 'NCS-28')");
    REQUIRE(buildings > 0);
    {   // NCS-28 comes back as NCS-99, first without a department.
        Dataset dataset = openVector(file, true);
        OGRLayer *layer = dataset->GetLayerByName("grid_area");
        for (auto &feature : *layer)
            if (std::string(feature->GetFieldAsString("code")) == "NCS-28") {
                feature->SetField("code", "NCS-99");
                feature->SetFieldNull(feature->GetFieldIndex("dept_id"));
                feature->SetFieldNull(feature->GetFieldIndex("department"));
                REQUIRE(layer->SetFeature(feature.get()) == OGRERR_NONE);
            }
    }
    const std::string bytes = fileBytes(db);
    const CliResult refused = boundaries({"import", db.string(), file.string()});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.find("NCS-99 is new and needs a department") != std::string::npos);
    CHECK(fileBytes(db) == bytes);
    {
        Dataset dataset = openVector(file, true);
        OGRLayer *layer = dataset->GetLayerByName("grid_area");
        for (auto &feature : *layer)
            if (std::string(feature->GetFieldAsString("code")) == "NCS-99") {
                feature->SetField("dept_id", static_cast<GIntBig>(department));
                REQUIRE(layer->SetFeature(feature.get()) == OGRERR_NONE);
            }
    }
    const CliResult saved = boundaries({"import", db.string(), file.string(), "--note", "recode NCS-28"});
    INFO(saved.err);
    REQUIRE(saved.exitCode == 0);
    CHECK(sqlNumber(db, "SELECT count(*) FROM grid_area") == 28);
    CHECK(sqlNumber(db, "SELECT count(*) FROM grid_area WHERE code = 'NCS-28'") == 0);
    CHECK(sqlNumber(db, "SELECT count(*) FROM building WHERE grid_area_id = (SELECT id FROM grid_area WHERE code = 'NCS-99')")
          == buildings);
    CHECK(sqlNumber(db, "SELECT count(*) FROM boundary_version WHERE kind = 'removed' AND code = 'NCS-28'") == 1);
    CHECK(sqlNumber(db, "SELECT count(*) FROM boundary_version WHERE kind = 'added' AND code IS NULL") == 1);
    const CliResult versions = boundaries({"versions", db.string(), "--area", "NCS-28", "--json"});
    REQUIRE(versions.exitCode == 0);
    CHECK(nlohmann::json::parse(versions.out).size() == 1);
    // Restoring version 1 brings NCS-28 back with its id, and the buildings with it.
    REQUIRE(boundaries({"restore", db.string(), "--version", "1"}).exitCode == 0);
    CHECK(sqlNumber(db, "SELECT count(*) FROM building WHERE grid_area_id = (SELECT id FROM grid_area WHERE code = 'NCS-28')")
          == buildings);
    CHECK(sqlNumber(db, "SELECT count(*) FROM grid_area") == 28);
}
