#include "cli/rendercommand.h"

#include "cli/clicommon.h"
#include "cli/guiapplication.h"
#include "render/maprenderjob.h"
#include "render/mapscene.h"
#include "store/database.h"

#include <QGuiApplication>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>
#include <regex>
#include <sstream>

namespace lianxin::cli {

namespace fs = std::filesystem;

namespace {

struct RenderArgs {
    std::string file;
    std::string out;
    std::string size;
    std::string extent;
    std::string layers;
    std::string styles;
    double dpi = 0.0; // 0: 96 for PNG, 300 for PDF
    std::string title = "长岛综合试验区联户服务网格图";
    bool noLabels = false;
    bool noDecorations = false;
    bool quiet = false;
};

// Every argument is checked before the database is read, so a typo costs nothing.
struct RenderPlan {
    fs::path out;
    bool pdf = false;
    std::optional<QSize> size;
    std::optional<Box> extent;
    std::vector<QString> layers;
    double dpi = 96.0;
};

constexpr int kMaxSide = 20000;
constexpr double kMaxPixels = 100e6; // 400 MB of ARGB

std::optional<QSize> parseSize(const std::string &text, std::string &error)
{
    static const std::regex pattern(R"(^\s*(\d{1,6})\s*[xX×]\s*(\d{1,6})\s*$)");
    std::smatch m;
    if (!std::regex_match(text, m, pattern)) {
        error = "bad --size '" + text + "': expected WIDTHxHEIGHT in pixels, e.g. 1600x1000";
        return std::nullopt;
    }
    const int w = std::stoi(m[1]), h = std::stoi(m[2]);
    if (w < 16 || h < 16 || w > kMaxSide || h > kMaxSide || double(w) * h > kMaxPixels) {
        error = "bad --size '" + text + "': each side must be 16.." + std::to_string(kMaxSide)
                + " pixels and the image at most 100 million pixels";
        return std::nullopt;
    }
    return QSize(w, h);
}

std::optional<Box> parseExtent(const std::string &text, std::string &error)
{
    std::vector<double> values;
    std::stringstream stream(text);
    std::string part;
    while (std::getline(stream, part, ',')) {
        char *end = nullptr;
        const double v = std::strtod(part.c_str(), &end);
        if (part.empty() || end == part.c_str() || std::string(end).find_first_not_of(" \t") != std::string::npos
            || !std::isfinite(v)) {
            error = "bad --extent '" + text + "': '" + part + "' is not a number";
            return std::nullopt;
        }
        values.push_back(v);
    }
    if (values.size() != 4) {
        error = "bad --extent '" + text + "': expected xmin,ymin,xmax,ymax in EPSG:4549 metres";
        return std::nullopt;
    }
    const Box box{values[0], values[1], values[2], values[3]};
    if (!(box.minX < box.maxX && box.minY < box.maxY)) {
        error = "bad --extent '" + text + "': xmin must be below xmax and ymin below ymax";
        return std::nullopt;
    }
    return box;
}

std::optional<std::vector<QString>> parseLayers(const std::string &text, std::string &error)
{
    const auto &known = MapScene::layerOrder();
    std::vector<QString> asked;
    for (const QString &part : QString::fromStdString(text).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString id = part.trimmed();
        if (std::find(known.begin(), known.end(), id) == known.end()) {
            QStringList names;
            for (const QString &k : known)
                names << k;
            error = "unknown layer '" + id.toStdString() + "' in --layers (known: " + names.join(", ").toStdString()
                + ")";
            return std::nullopt;
        }
        asked.push_back(id);
    }
    if (asked.empty()) {
        error = "--layers names no layer";
        return std::nullopt;
    }
    // Drawn bottom to top whatever order they were listed in.
    std::vector<QString> ordered;
    for (const QString &id : known)
        if (std::find(asked.begin(), asked.end(), id) != asked.end())
            ordered.push_back(id);
    return ordered;
}

std::optional<RenderPlan> plan(const RenderArgs &args, std::string &error)
{
    RenderPlan p;
    p.out = fs::absolute(args.out);
    std::string ext = p.out.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    if (ext != ".png" && ext != ".pdf") {
        error = "--out must end in .png or .pdf: " + args.out;
        return std::nullopt;
    }
    p.pdf = ext == ".pdf";
    if (!fs::is_directory(p.out.parent_path())) {
        error = "cannot write " + p.out.string() + ": folder does not exist";
        return std::nullopt;
    }
    if (fs::is_directory(p.out)) {
        error = "cannot write " + p.out.string() + ": it is a folder";
        return std::nullopt;
    }
    if (!args.size.empty() && !(p.size = parseSize(args.size, error)))
        return std::nullopt;
    if (!args.extent.empty() && !(p.extent = parseExtent(args.extent, error)))
        return std::nullopt;
    if (!args.layers.empty()) {
        auto layers = parseLayers(args.layers, error);
        if (!layers)
            return std::nullopt;
        p.layers = std::move(*layers);
    } else {
        p.layers = MapScene::layerOrder();
    }
    if (args.dpi != 0.0 && !(args.dpi >= 24.0 && args.dpi <= 2400.0)) {
        error = "bad --dpi " + std::to_string(args.dpi) + ": expected 24..2400";
        return std::nullopt;
    }
    p.dpi = args.dpi != 0.0 ? args.dpi : (p.pdf ? 300.0 : 96.0);
    if (!args.styles.empty() && !fs::is_directory(args.styles)) {
        error = "--styles folder does not exist: " + args.styles;
        return std::nullopt;
    }
    return p;
}

// Draws into `partial`; the caller renames it onto the real name only on success.
// `settings` gets the page's size in device pixels.
bool writePdf(MapSettings &settings, const std::shared_ptr<const MapScene> &scene,
              const std::shared_ptr<const StyleLibrary> &styles, const fs::path &partial, const RenderPlan &plan,
              RenderReport &report)
{
    QPdfWriter writer(QString::fromStdString(partial.string()));
    writer.setCreator(QStringLiteral("lianxin-cli"));
    writer.setTitle(settings.title.isEmpty() ? QStringLiteral("Lianxin map") : settings.title);
    writer.setResolution(static_cast<int>(std::lround(plan.dpi)));
    // A4 landscape, or a page of the asked size's aspect with an A4 long side. Page
    // sizes are defined upright; the orientation turns them.
    QPageSize page(QPageSize::A4);
    bool portrait = false;
    if (plan.size) {
        const double longSide = std::max(plan.size->width(), plan.size->height());
        const double shortSide = std::min(plan.size->width(), plan.size->height());
        page = QPageSize(QSizeF(297.0 * shortSide / longSide, 297.0), QPageSize::Millimeter, QStringLiteral("Map"),
                         QPageSize::ExactMatch);
        portrait = plan.size->height() > plan.size->width();
    }
    writer.setPageLayout(
        QPageLayout(page, portrait ? QPageLayout::Portrait : QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    // The page in device pixels at the writer's resolution; drawn as vectors.
    settings.outputSize = QSize(writer.width(), writer.height());
    report = MapRenderJob(settings, scene, styles).render(painter);
    return painter.end();
}

int runRender(const RenderArgs &args)
{
    std::string error;
    const std::optional<RenderPlan> p = plan(args, error);
    if (!p)
        return fail(error);
    const std::unique_ptr<QGuiApplication> app = makeGuiApplication();

    const std::unique_ptr<Database> db = Database::open(args.file, Database::Mode::ReadOnly);
    const World world = db->loadWorld();
    const std::shared_ptr<const MapScene> scene = MapScene::fromWorld(world);
    auto styles = std::make_shared<StyleLibrary>(
        StyleLibrary::loadFolder(args.styles.empty() ? defaultStylesFolder() : QString::fromStdString(args.styles)));
    for (const QString &styleError : styles->errors())
        std::cerr << "lianxin-cli: warning: " << styleError.toStdString() << " (default style used)\n";

    MapSettings settings
        = MapSettings::forAllLayers(p->extent.value_or(scene->fullExtent()), p->size.value_or(QSize(1600, 1000)));
    settings.layers.clear();
    for (const QString &id : p->layers)
        settings.layers.push_back(LayerSettings{id, true, 1.0});
    settings.dpi = p->dpi;
    settings.labels = !args.noLabels;
    settings.decorations = !args.noDecorations;
    settings.title = QString::fromStdString(args.title);

    const fs::path partial = p->out.string() + ".partial";
    fs::remove(partial);
    RenderReport report;
    bool written = false;
    try {
        if (p->pdf) {
            written = writePdf(settings, scene, styles, partial, *p, report);
        } else {
            const QImage image = MapRenderJob(settings, scene, styles).renderImage(nullptr, &report);
            written = image.save(QString::fromStdString(partial.string()), "PNG");
        }
        if (written)
            fs::rename(partial, p->out);
    } catch (...) {
        fs::remove(partial);
        throw;
    }
    if (!written) {
        fs::remove(partial);
        return fail("cannot write " + p->out.string());
    }
    for (const QString &problem : report.problems)
        std::cerr << "lianxin-cli: warning: not drawn: " << problem.toStdString() << '\n';
    if (!args.quiet)
        std::cout << "wrote " << p->out.string() << ": " << report.featuresDrawn << " features, scale 1:"
                  << std::llround(settings.scaleDenominator()) << '\n';
    return Success;
}

} // namespace

void addRenderCommand(CLI::App &app, int &exitCode)
{
    auto args = std::make_shared<RenderArgs>();
    CLI::App *command = app.add_subcommand("render", "Draw the map to a PNG or PDF file");
    command->add_option("file", args->file, "Project database (.sqlite)")->required();
    command->add_option("-o,--out", args->out, "Output file: .png or .pdf")->required();
    command->add_option("--size", args->size, "Output size in pixels, WIDTHxHEIGHT (default 1600x1000; a PDF page "
                                              "gets its aspect)");
    command->add_option("--extent", args->extent, "xmin,ymin,xmax,ymax in EPSG:4549 metres (default: every island)");
    command->add_option("--layers", args->layers, "Comma-separated layer ids (default: all)");
    command->add_option("--styles", args->styles, "Folder of <layer>.sld files (default: the shipped styles)");
    command->add_option("--dpi", args->dpi, "Dots per inch: symbol sizes and the 1:N scale (default 96 PNG, 300 PDF)");
    command->add_option("--title", args->title, "Title at the top of the map (\"\" for none)")->capture_default_str();
    command->add_flag("--no-labels", args->noLabels, "Leave out labels");
    command->add_flag("--no-decorations", args->noDecorations, "Leave out legend, scale bar, north arrow, attribution");
    command->add_flag("-q,--quiet", args->quiet, "Print nothing on success");
    command->callback([args, &exitCode] { exitCode = runRender(*args); });
}

} // namespace lianxin::cli
