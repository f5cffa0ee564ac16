#include "cli/heatmapcommand.h"

#include "analysis/heatmapfilter.h"
#include "analysis/kerneldensity.h"
#include "cli/clicommon.h"
#include "cli/pointinput.h"
#include "cli/progressprinter.h"
#include "render/heatmapoverlay.h"
#include "store/database.h"
#include "store/imagegeoref.h"
#include "store/partialfile.h"
#include "store/rasterexport.h"

#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>
#include <utility>

namespace lianxin::cli {

namespace {

struct HeatmapArgs {
    std::string file;
    std::string out;
    double radius = 200.0;
    double cell = 10.0;
    std::string weight = "uniform";
    std::vector<std::string> statuses;
    std::vector<int> rounds;
    std::optional<double> pinnedMax;
    std::string extent;
    PointLayerOptions pointFile; // when the input is not a project database
    bool quiet = false;
};

// The weighted points and what they are: the project database's suggestions (filters and
// weight presets), or any point file's features (weights from a numeric field).
struct HeatmapInput {
    std::vector<WeightedPoint> points;
    std::string description;
};

// "xmin,ymin,xmax,ymax" in EPSG:4549 metres.
Box parseExtent(const std::string &text)
{
    Box box;
    char c1 = 0, c2 = 0, c3 = 0;
    std::istringstream in(text);
    if (!(in >> box.minX >> c1 >> box.minY >> c2 >> box.maxX >> c3 >> box.maxY) || c1 != ',' || c2 != ',' || c3 != ','
        || !(box.maxX > box.minX) || !(box.maxY > box.minY))
        throw std::invalid_argument("--extent must be xmin,ymin,xmax,ymax with xmax > xmin and ymax > ymin: " + text);
    return box;
}

// The suggestions' bounds grown by the radius, so every kernel lies wholly on the raster.
Box extentOf(const std::vector<WeightedPoint> &points, double radius)
{
    Box box{HUGE_VAL, HUGE_VAL, -HUGE_VAL, -HUGE_VAL};
    for (const WeightedPoint &p : points)
        box = unite(box, Box{p.location.x, p.location.y, p.location.x, p.location.y});
    return {box.minX - radius, box.minY - radius, box.maxX + radius, box.maxY + radius};
}

HeatmapInput databaseInput(const HeatmapArgs &args)
{
    if (args.weight != "uniform" && args.weight != "unresolved")
        throw std::invalid_argument("--weight on a project database is uniform or unresolved, not '" + args.weight
                                    + "'");
    HeatmapFilter filter;
    for (const std::string &status : args.statuses) {
        const auto parsed = suggestionStatusFromString(status);
        if (!parsed)
            throw std::invalid_argument("unknown --status '" + status + "' (use done, in_progress or blocked)");
        filter.statuses.insert(*parsed);
    }
    filter.rounds.insert(args.rounds.begin(), args.rounds.end());
    HeatmapWeighting weighting;
    weighting.preset = args.weight == "unresolved" ? HeatmapWeightPreset::Unresolved : HeatmapWeightPreset::Uniform;

    const std::unique_ptr<Database> db = Database::open(args.file, Database::Mode::ReadOnly);
    HeatmapSelection selection = selectHeatmapPoints(db->loadWorld(), filter, weighting);
    if (selection.points.empty())
        throw std::invalid_argument("no suggestion matches the filters in " + args.file);
    return {std::move(selection.points), "suggestions"};
}

HeatmapInput fileInput(const HeatmapArgs &args)
{
    // Status and round are columns of our own database; a file has whatever it has.
    if (!args.statuses.empty() || !args.rounds.empty())
        throw std::invalid_argument("--status and --round filter a project database; " + args.file
                                    + " is a point file");
    PointLayerOptions options = args.pointFile;
    options.weightField = args.weight == "uniform" ? std::string() : args.weight;
    const PointLayer layer = readPointLayer(args.file, options);
    HeatmapInput input;
    input.points.reserve(layer.points.size());
    for (std::size_t i = 0; i < layer.points.size(); ++i)
        input.points.push_back({layer.points[i], layer.weights[i]});
    input.description = "points of " + layer.sourceDescription;
    return input;
}

// A PNG for any image viewer, georeferenced by its world file for a GIS. Written beside
// the target and renamed, as the GeoTIFF is. The raster passes through the overlay and
// back rather than being copied: at the cell cap a copy would be gigabytes.
DensityRaster writeDensityPng(DensityRaster raster, const std::string &path)
{
    HeatmapOverlay overlay;
    overlay.maximum = raster.scaleMax > 0.0 ? raster.scaleMax : 1.0; // an all-zero raster stays transparent
    overlay.raster = std::move(raster);
    const QImage image = densityImage(overlay);
    writeThroughPartialFile(path, "PNG", [&](const std::string &partial) {
        if (!image.save(QString::fromStdString(partial), "PNG"))
            throw std::runtime_error("cannot write PNG " + path);
    });
    writeImageGeoreference(overlay.raster.grid, path);
    return std::move(overlay.raster);
}

int runHeatmap(const HeatmapArgs &args)
{
    const std::string extension = std::filesystem::path(args.out).extension().string();
    if (extension != ".tif" && extension != ".png")
        return fail("--out must name a GeoTIFF (.tif) or a PNG (.png, with a .pgw world file): " + args.out);

    ProgressPrinter printer(args.quiet);
    printer.report(0.0, "loading");
    const HeatmapInput input = isProjectDatabase(args.file) ? databaseInput(args) : fileInput(args);

    const Box extent = args.extent.empty() ? extentOf(input.points, args.radius) : parseExtent(args.extent);
    KernelDensityOptions options;
    options.radius = args.radius;
    options.pinnedMax = args.pinnedMax;
    options.progress = [&printer](double fraction) {
        printer.report(0.2 + 0.7 * fraction, "kernel density");
        return true;
    };
    DensityRaster raster = kernelDensity(input.points, RasterGrid::covering(extent, args.cell), options);
    printer.report(0.9, extension == ".png" ? "writing PNG" : "writing GeoTIFF");
    if (extension == ".png")
        raster = writeDensityPng(std::move(raster), args.out);
    else
        writeDensityGeoTiff(raster, args.out);
    printer.finish();
    if (!args.quiet)
        std::cout << "wrote " << args.out << ": " << raster.grid.width << "x" << raster.grid.height << " cells of "
                  << args.cell << " m, " << input.points.size() << " " << input.description << ", radius "
                  << args.radius << " m, max " << raster.maxValue << " per m², colour scale top "
                  << raster.scaleMax << "\n";
    return Success;
}

} // namespace

void addHeatmapCommand(CLI::App &app, int &exitCode)
{
    auto args = std::make_shared<HeatmapArgs>();
    CLI::App *command = app.add_subcommand(
        "heatmap", "Quartic kernel density of suggestions or any points as a GeoTIFF or georeferenced PNG");
    command->add_option("file", args->file, "Project database (.sqlite) or point file (GeoPackage, GeoJSON, "
                                            "Shapefile, CSV with x/y columns)")
        ->required();
    command->add_option("--out", args->out, "GeoTIFF (.tif, values) or PNG (.png, colours, + .pgw world file)")
        ->required();
    command->add_option("--radius", args->radius, "Kernel radius (m)")->check(CLI::PositiveNumber)->capture_default_str();
    command->add_option("--cell", args->cell, "Cell size (m)")->check(CLI::PositiveNumber)->capture_default_str();
    command->add_option("--weight", args->weight,
                        "Database: uniform, or unresolved (blocked 3, in progress 2, done 1); point file: uniform "
                        "or a numeric FIELD")
        ->capture_default_str();
    command->add_option("--status", args->statuses, "Only these statuses (done, in_progress, blocked)")->delimiter(',');
    command->add_option("--round", args->rounds, "Only these visit rounds (1-3)")->delimiter(',');
    command->add_option("--max", args->pinnedMax, "Pin the colour scale's maximum (per m²; the PNG's top colour)");
    command->add_option("--extent", args->extent, "xmin,ymin,xmax,ymax in EPSG:4549 (default: all suggestions)");
    addPointFileOptions(*command, args->pointFile);
    command->add_flag("-q,--quiet", args->quiet, "No progress or summary");
    command->callback([args, &exitCode] { exitCode = runHeatmap(*args); });
}

} // namespace lianxin::cli
