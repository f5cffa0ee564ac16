#include "cli/reportcommand.h"

#include "analysis/heatmapfilter.h"
#include "analysis/kerneldensity.h"
#include "analysis/suggestionstats.h"
#include "cli/clicommon.h"
#include "cli/guiapplication.h"
#include "cli/progressprinter.h"
#include "render/briefingreport.h"
#include "render/briefingtables.h"
#include "render/heatmapoverlay.h"
#include "render/mapscene.h"
#include "store/database.h"

#include <QGuiApplication>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>

namespace lianxin::cli {

namespace fs = std::filesystem;

namespace {

struct ReportArgs {
    std::string file;
    std::string out;
    double radius = 200.0;
    double cell = 10.0;
    std::optional<double> maxPerKm2; // pinned colour top, in the legend's unit
    std::string date;
    bool quiet = false;
};

constexpr double kHotShare = 0.15;     // of the heat map's maximum: what the main map frames
constexpr double kFocusReach = 5000.0; // metres around the hottest cell the main map may span
constexpr double kMinMapSide = 3000.0; // metres: never closer than a town's streets

// Where suggestions gather most: the cells of at least `share` of the maximum within
// `reach` metres of the hottest cell, grown by `margin` and to at least `minSide` metres.
// On the demo that is the county town; the overview inset shows the rest of the county.
Box hotExtent(const DensityRaster &raster, double share, double reach, double margin, double minSide)
{
    const RasterGrid &grid = raster.grid;
    const auto hottest = std::max_element(raster.values.begin(), raster.values.end()) - raster.values.begin();
    const double hx = grid.columnCentreX(static_cast<int>(hottest % grid.width));
    const double hy = grid.rowCentreY(static_cast<int>(hottest / grid.width));
    Box box{hx, hy, hx, hy};
    for (int row = 0; row < grid.height; ++row)
        for (int column = 0; column < grid.width; ++column) {
            const double x = grid.columnCentreX(column), y = grid.rowCentreY(row);
            if (raster.value(row, column) >= share * raster.maxValue && std::hypot(x - hx, y - hy) <= reach)
                box = unite(box, Box{x, y, x, y});
        }
    box = {box.minX - margin, box.minY - margin, box.maxX + margin, box.maxY + margin};
    const double growX = std::max(0.0, minSide - box.width()) / 2.0;
    const double growY = std::max(0.0, minSide - box.height()) / 2.0;
    return {box.minX - growX, box.minY - growY, box.maxX + growX, box.maxY + growY};
}

Box boundsOf(const std::vector<WeightedPoint> &points, double margin)
{
    Box box{HUGE_VAL, HUGE_VAL, -HUGE_VAL, -HUGE_VAL};
    for (const WeightedPoint &p : points)
        box = unite(box, Box{p.location.x, p.location.y, p.location.x, p.location.y});
    return {box.minX - margin, box.minY - margin, box.maxX + margin, box.maxY + margin};
}

// Checked before the database is read, so a typo costs nothing and leaves no file.
std::string outputProblem(const fs::path &out)
{
    std::string ext = out.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    if (ext != ".pdf")
        return "--out must name a PDF file (.pdf): " + out.string();
    if (!fs::is_directory(out.parent_path()))
        return "cannot write " + out.string() + ": folder " + out.parent_path().string() + " does not exist";
    if (fs::is_directory(out))
        return "cannot write " + out.string() + ": it is a folder";
    return {};
}

int runReport(const ReportArgs &args)
{
    const fs::path out = fs::absolute(args.out);
    if (const std::string problem = outputProblem(out); !problem.empty())
        return fail(problem);
    std::optional<Date> date;
    if (!args.date.empty() && !(date = Date::parseIso(args.date)))
        return fail("--date must be a date YYYY-MM-DD: " + args.date);
    const std::unique_ptr<QGuiApplication> app = makeGuiApplication();

    ProgressPrinter printer(args.quiet);
    printer.report(0.0, "loading");
    const std::unique_ptr<Database> db = Database::open(args.file, Database::Mode::ReadOnly);
    const World world = db->loadWorld();
    // Without --date: the data's own present, so one database always gives one report.
    const Date asOf = date.value_or(latestEventDate(world));
    printer.report(0.2, "map scene");
    BriefingContent content;
    content.date = QDate(asOf.year, asOf.month, asOf.day);
    content.scene = MapScene::fromWorld(world);
    content.styles = std::make_shared<StyleLibrary>(StyleLibrary::loadFolder(defaultStylesFolder()));
    for (const QString &styleError : content.styles->errors())
        std::cerr << "lianxin-cli: warning: " << styleError.toStdString() << " (default style used)\n";

    // The map: where the suggestions are, with the heat map computed over that view.
    printer.report(0.5, "kernel density");
    const HeatmapSelection selection = selectHeatmapPoints(world, HeatmapFilter{});
    if (selection.points.empty())
        return fail("no suggestion in " + args.file + ": nothing to brief on");
    const Box extent = boundsOf(selection.points, 2.0 * args.radius);
    if (const double cells = std::ceil(extent.width() / args.cell) * std::ceil(extent.height() / args.cell);
        cells > static_cast<double>(kMaxRasterCells))
        return fail("--cell " + QString::number(args.cell).toStdString() + " m is too fine for the suggestions' extent of "
                    + QString::number(extent.width() / 1000.0, 'f', 1).toStdString() + " x "
                    + QString::number(extent.height() / 1000.0, 'f', 1).toStdString()
                    + " km (the heat map would need " + QString::number(cells, 'g', 3).toStdString()
                    + " cells); use a coarser --cell");
    KernelDensityOptions options;
    options.radius = args.radius;
    auto overlay = std::make_shared<HeatmapOverlay>();
    if (args.maxPerKm2)
        options.pinnedMax = *args.maxPerKm2 / overlay->displayFactor;
    overlay->raster = kernelDensity(selection.points, RasterGrid::covering(extent, args.cell), options);
    overlay->maximum = overlay->raster.scaleMax;
    content.map.extent = hotExtent(overlay->raster, kHotShare, kFocusReach, 3.0 * args.radius, kMinMapSide);
    content.overviewExtent = content.scene->fullExtent();
    for (const char *id : {"islands", "townships", "villages", "grid_areas", "topic_threads"})
        content.map.layers.push_back(LayerSettings{QString::fromLatin1(id), true, 1.0});
    content.map.heatmap = overlay;

    printer.report(0.7, "statistics");
    const SuggestionStatistics county = suggestionStatistics(world, StatsGrouping::GridArea, asOf);
    const SuggestionTally &t = county.county;
    content.summaryLines
        << QStringLiteral("意见建议 %1 件：已办结 %2 件，正在办理 %3 件，疑难受限 %4 件；7 个工作日内答复 %5，逾期 %6 件。")
               .arg(t.total)
               .arg(t.done)
               .arg(t.inProgress)
               .arg(t.blocked)
               .arg(briefingRate(t.total, t.onTimeRate()))
               .arg(county.overdue.size())
        // Only a pinned top makes two briefings' colours comparable; say which one this is.
        << QStringLiteral("热力图：四次核密度，搜索半径 %1 米，像元 %2 米；颜色上限 %3 件/km²%4")
               .arg(args.radius)
               .arg(args.cell)
               .arg(QString::number(overlay->maximum * overlay->displayFactor, 'f', 1))
               .arg(args.maxPerKm2 ? QStringLiteral("（固定），各期简报颜色可比。")
                                   : QStringLiteral("（本期最大值；用 --max 固定后各期可比）。"))
        << (world.topicThreads.empty()
                ? QStringLiteral("意见建议专题：尚未计算。")
                : QStringLiteral("意见建议专题：%1 个，图中紫色虚线为专题范围；专题表列出件数最多的 %2 个。")
                      .arg(world.topicThreads.size())
                      .arg(std::min<std::size_t>(world.topicThreads.size(), kBriefingTopThreads)));
    content.statistics = briefingStatisticsTable(world, asOf);
    content.threads = briefingThreadsTable(world);

    printer.report(0.8, "writing PDF");
    const int pages = writeBriefingPdf(content, QString::fromStdString(out.string()));
    printer.finish();
    if (!args.quiet)
        std::cout << "wrote " << out.string() << ": " << pages << " page(s), " << t.total << " suggestions, "
                  << world.topicThreads.size() << " topic threads, heat-map maximum "
                  << overlay->maximum * overlay->displayFactor << " per km²\n";
    return Success;
}

} // namespace

void addReportCommand(CLI::App &app, int &exitCode)
{
    auto args = std::make_shared<ReportArgs>();
    CLI::App *command = app.add_subcommand("report", "The leaders' briefing as an A4 landscape PDF");
    command->add_option("file", args->file, "Project database (.sqlite)")->required();
    command->add_option("-o,--out", args->out, "PDF to write")->required();
    command->add_option("--radius", args->radius, "Heat-map kernel radius (m)")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    command->add_option("--cell", args->cell, "Heat-map cell size (m)")->check(CLI::PositiveNumber)->capture_default_str();
    command->add_option("--max", args->maxPerKm2,
                        "Pin the heat map's colour top (suggestions per km², as the legend shows it) so that "
                        "briefings of different periods compare")
        ->check(CLI::PositiveNumber);
    command->add_option("--date", args->date,
                        "Date printed on the briefing and the cut-off for overdue replies, YYYY-MM-DD (default: the "
                        "latest event); the counts always cover the whole database");
    command->add_flag("-q,--quiet", args->quiet, "Print nothing on success");
    command->callback([args, &exitCode] { exitCode = runReport(*args); });
}

} // namespace lianxin::cli
