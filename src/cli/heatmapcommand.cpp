#include "cli/heatmapcommand.h"

#include "analysis/heatmapfilter.h"
#include "analysis/kerneldensity.h"
#include "cli/clicommon.h"
#include "cli/progressprinter.h"
#include "store/database.h"
#include "store/rasterexport.h"

#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>

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
    bool quiet = false;
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

int runHeatmap(const HeatmapArgs &args)
{
    if (std::filesystem::path(args.out).extension() != ".tif")
        return fail("--out must name a GeoTIFF (.tif); other formats come with the heat-map map layer: " + args.out);
    HeatmapFilter filter;
    for (const std::string &status : args.statuses) {
        const auto parsed = suggestionStatusFromString(status);
        if (!parsed)
            return fail("unknown --status '" + status + "' (use done, in_progress or blocked)");
        filter.statuses.insert(*parsed);
    }
    filter.rounds.insert(args.rounds.begin(), args.rounds.end());
    HeatmapWeighting weighting;
    weighting.preset = args.weight == "unresolved" ? HeatmapWeightPreset::Unresolved : HeatmapWeightPreset::Uniform;

    ProgressPrinter printer(args.quiet);
    printer.report(0.0, "loading");
    const std::unique_ptr<Database> db = Database::open(args.file, Database::Mode::ReadOnly);
    const HeatmapSelection selection = selectHeatmapPoints(db->loadWorld(), filter, weighting);
    if (selection.points.empty())
        return fail("no suggestion matches the filters in " + args.file);

    const Box extent = args.extent.empty() ? extentOf(selection.points, args.radius) : parseExtent(args.extent);
    KernelDensityOptions options;
    options.radius = args.radius;
    options.pinnedMax = args.pinnedMax;
    options.progress = [&printer](double fraction) {
        printer.report(0.2 + 0.7 * fraction, "kernel density");
        return true;
    };
    const DensityRaster raster = kernelDensity(selection.points, RasterGrid::covering(extent, args.cell), options);
    printer.report(0.9, "writing GeoTIFF");
    writeDensityGeoTiff(raster, args.out);
    printer.finish();
    if (!args.quiet)
        std::cout << "wrote " << args.out << ": " << raster.grid.width << "x" << raster.grid.height << " cells of "
                  << args.cell << " m, " << selection.points.size() << " suggestions, radius " << args.radius
                  << " m, max " << raster.maxValue << " per m²\n";
    return Success;
}

} // namespace

void addHeatmapCommand(CLI::App &app, int &exitCode)
{
    auto args = std::make_shared<HeatmapArgs>();
    CLI::App *command = app.add_subcommand("heatmap", "Quartic kernel density of suggestions as a GeoTIFF");
    command->add_option("file", args->file, "Project database (.sqlite)")->required();
    command->add_option("--out", args->out, "GeoTIFF to write (.tif)")->required();
    command->add_option("--radius", args->radius, "Kernel radius (m)")->check(CLI::PositiveNumber)->capture_default_str();
    command->add_option("--cell", args->cell, "Cell size (m)")->check(CLI::PositiveNumber)->capture_default_str();
    command->add_option("--weight", args->weight, "uniform, or unresolved (blocked 3, in progress 2, done 1)")
        ->check(CLI::IsMember({"uniform", "unresolved"}))
        ->capture_default_str();
    command->add_option("--status", args->statuses, "Only these statuses (done, in_progress, blocked)")->delimiter(',');
    command->add_option("--round", args->rounds, "Only these visit rounds (1-3)")->delimiter(',');
    command->add_option("--max", args->pinnedMax, "Pin the colour scale's maximum (per m²)");
    command->add_option("--extent", args->extent, "xmin,ymin,xmax,ymax in EPSG:4549 (default: all suggestions)");
    command->add_flag("-q,--quiet", args->quiet, "No progress or summary");
    command->callback([args, &exitCode] { exitCode = runHeatmap(*args); });
}

} // namespace lianxin::cli
