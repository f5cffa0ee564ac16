// The "Grid boundaries" mode driven through the real window on a COPY of the demo
// database: drag a shared vertex with the mouse (it moves in all three areas), transfer a
// piece with a drawn line, undo the transfer, compare the impact dock with
// `lianxin-cli boundaries import --dry-run --json` for the same change, save (one change
// set, one version row per changed area), undo the save (the database as it was).
// Set LIANXIN_SHOT_DIR to also save screenshots: snapping while dragging, a coverage
// problem drawn, the impact dock, a version compared.
#include "analysis/coverageedges.h"
#include "app/boundarycontroller.h"
#include "app/boundaryoverlaywidget.h"
#include "app/boundarypanel.h"
#include "app/boundarytool.h"
#include "app/mainactions.h"
#include "app/mainwindow.h"
#include "app/mapcanvas.h"
#include "app/translations.h"
#include "apptestsupport.h"
#include "store/boundaryfile.h"
#include "store/database.h"
#include "store/sqlitestatement.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <QAction>
#include <QProcess>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace lianxin;

namespace {

std::filesystem::path demoCopy(const std::string &name)
{
    const auto dir = test::freshTempDir(name);
    const auto file = dir / "demo-copy.sqlite";
    std::filesystem::copy_file(test::demoDatabasePath(), file);
    return file;
}

void shot(MainWindow &window, const char *name)
{
    const QString dir = qEnvironmentVariable("LIANXIN_SHOT_DIR");
    if (dir.isEmpty())
        return;
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        if (dock->objectName().startsWith(QLatin1String("heatmap")) || dock->objectName().startsWith(QLatin1String("statistics")) ||
            dock->objectName().startsWith(QLatin1String("threads")))
            dock->hide(); // the whole boundary dock in view
    window.boundaries()->dock()->raise();
    QSignalSpy rendered(window.mapCanvas(), &MapCanvas::renderFinished);
    rendered.wait(1500);
    QApplication::processEvents();
    CHECK(window.grab().save(QDir(dir).filePath(QString::fromLatin1(name))));
}

QPoint pixelOf(MapCanvas *canvas, const PointXY &p) { return canvas->transform().toPixel(p).toPoint(); }

// A junction of three areas away from the outline.
std::size_t junction(const CoverageEdges &edges)
{
    for (std::size_t n = 0; n < edges.nodes().size(); ++n)
        if (edges.areasAt(n).size() == 3 && !edges.isOutlineNode(n))
            return n;
    FAIL("no junction");
    return 0;
}

void drag(MapCanvas *canvas, QPoint from, QPoint to)
{
    QTest::mouseMove(canvas, from);
    QTest::mousePress(canvas, Qt::LeftButton, {}, from);
    for (int step = 1; step <= 8; ++step)
        QTest::mouseMove(canvas, from + (to - from) * step / 8);
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, to);
}

long long sqlNumber(const std::filesystem::path &file, const std::string &sql)
{
    return queryInteger(Database::open(file.string(), Database::Mode::ReadOnly)->handle(), sql);
}

std::string fileBytes(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

struct CliOutput {
    int exitCode = -1;
    std::string out, err;
};

CliOutput runCli(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(LIANXIN_CLI), args);
    process.waitForFinished(120000);
    return {process.exitCode(), process.readAllStandardOutput().toStdString(), process.readAllStandardError().toStdString()};
}

// The texts of the impact dock's row for `code` under "Areas".
QStringList areaRow(BoundaryPanel *panel, const QString &code)
{
    QTreeWidget *tree = panel->impactTree();
    for (int top = 0; top < tree->topLevelItemCount(); ++top)
        for (int i = 0; i < tree->topLevelItem(top)->childCount(); ++i) {
            QTreeWidgetItem *item = tree->topLevelItem(top)->child(i);
            if (item->text(0) == code && top == 0) {
                QStringList cells;
                for (int c = 0; c < tree->columnCount(); ++c)
                    cells << item->text(c);
                return cells;
            }
        }
    return {};
}

QString pair(long long gained, long long lost) { return QStringLiteral("+%1 / −%2").arg(gained).arg(lost); }

} // namespace

TEST_CASE("the boundary mode: drag a shared vertex, transfer a piece, undo, save, undo the save")
{
    test::useTestSettings();
    setInterfaceLanguage(QStringLiteral("zh")); // the default interface
    const auto file = demoCopy("boundaries-app");
    MainWindow window(MainWindow::SavedState::Fresh);
    window.resize(1366, 768);
    window.show();
    REQUIRE(test::openAndRender(window, QString::fromStdString(file.string())));
    BoundaryController *boundaries = window.boundaries();
    MapCanvas *canvas = window.mapCanvas();
    boundaries->modeAction()->trigger();
    REQUIRE(boundaries->active());
    REQUIRE(boundaries->report().canSave());

    // 1. Drag a junction of three areas: the first of a few directions whose result keeps
    //    the coverage and moves households (a border across a building would cut
    //    households off from their building's area, which the rules refuse).
    const CoverageEdges before(boundaries->session()->layout());
    std::size_t node = 0;
    PointXY at;
    QPoint from, offset;
    for (std::size_t n = 0; n < before.nodes().size() && offset.isNull(); ++n) {
        if (before.areasAt(n).size() != 3 || before.isOutlineNode(n))
            continue;
        node = n;
        at = before.nodes()[n];
        canvas->setExtent({at.x - 250, at.y - 150, at.x + 250, at.y + 150});
        from = pixelOf(canvas, at);
        for (const QPoint candidate : {QPoint(40, 0), QPoint(-40, 0), QPoint(0, 40), QPoint(0, -40), QPoint(60, 30),
                                       QPoint(-60, -30), QPoint(30, -60), QPoint(-30, 60)}) {
            drag(canvas, from, from + candidate);
            REQUIRE(window.undoStack()->count() == 1);
            if (boundaries->report().canSave() && !boundaries->impact().empty()) {
                offset = candidate;
                break;
            }
            window.actions().undo->trigger();
            window.undoStack()->clear();
        }
    }
    REQUIRE_FALSE(offset.isNull());
    const BoundaryLayout dragged = boundaries->session()->layout();
    const PointXY moved = canvas->transform().toWorld(from + offset);
    int holding = 0;
    for (std::size_t a : before.areasAt(node)) {
        const Ring &ring = dragged.areas[a].geometry.outer;
        const bool has = std::any_of(ring.begin(), ring.end(), [&](const PointXY &p) {
            return std::hypot(p.x - moved.x, p.y - moved.y) < 10 * canvas->metresPerPixel();
        });
        holding += has;
        CHECK_FALSE(std::find(ring.begin(), ring.end(), at) != ring.end());
    }
    CHECK(holding == 3); // the vertex moved in every area that shares it
    const BoundaryImpact dragImpact = boundaries->impact();
    shot(window, "boundaries-impact.png");

    // 2. Transfer: a line 12 m inside one of the areas, along its border with a neighbour.
    boundaries->panel()->findChildren<QToolButton *>().at(1)->click(); // Transfer
    REQUIRE(boundaries->tool()->mode() == BoundaryTool::Transfer);
    const CoverageEdges view(dragged);
    std::optional<std::pair<PointXY, PointXY>> line;
    Id crossed = 0;
    for (const CoverageEdges::Edge &edge : view.edges()) {
        if (edge.areaIds.size() != 2 || edge.onOutline || edge.nodes.size() != 2)
            continue;
        const PointXY p = view.nodes()[edge.nodes[0]], q = view.nodes()[edge.nodes[1]];
        const double length = std::hypot(q.x - p.x, q.y - p.y);
        if (length < 120)
            continue;
        const PointXY normal{-(q.y - p.y) / length, (q.x - p.x) / length};
        for (const double side : {12.0, -12.0}) {
            const PointXY mid{(p.x + q.x) / 2 + normal.x * side, (p.y + q.y) / 2 + normal.y * side};
            for (const BoundaryArea &area : dragged.areas)
                if (area.id == edge.areaIds[0] && polygonContains(area.geometry, mid)) {
                    const PointXY d{(q.x - p.x) * 0.35, (q.y - p.y) * 0.35};
                    line = std::make_pair(PointXY{mid.x - d.x, mid.y - d.y}, PointXY{mid.x + d.x, mid.y + d.y});
                    crossed = area.id;
                }
            if (line)
                break;
        }
        if (line)
            break;
    }
    REQUIRE(line);
    // The line must cross the area from border to border: extend it beyond the area.
    const PointXY dir{line->second.x - line->first.x, line->second.y - line->first.y};
    const PointXY start{line->first.x - dir.x * 2, line->first.y - dir.y * 2}, end{line->second.x + dir.x * 2, line->second.y + dir.y * 2};
    canvas->setExtent({std::min(start.x, end.x) - 50, std::min(start.y, end.y) - 50, std::max(start.x, end.x) + 50,
                       std::max(start.y, end.y) + 50});
    QTest::mouseClick(canvas, Qt::LeftButton, {}, pixelOf(canvas, start));
    QTest::mouseDClick(canvas, Qt::LeftButton, {}, pixelOf(canvas, end));
    INFO(boundaries->panel()->messageLabel()->text().toStdString());
    REQUIRE(window.undoStack()->count() == 2);
    CHECK(area(boundaries->session()->layout().find(crossed)->geometry) < area(dragged.find(crossed)->geometry));

    // 3. Undo the transfer: the dragged layout comes back exactly.
    window.actions().undo->trigger();
    CHECK(window.undoStack()->index() == 1);
    CHECK(boundaries->session()->layout() == dragged);

    // 4. The impact dock shows what `boundaries import --dry-run --json` says of the same change.
    const auto exported = file.parent_path() / "dragged.gpkg";
    std::vector<GridAreaFeature> features;
    for (const BoundaryArea &area : dragged.areas)
        features.push_back({area.code, area.name, area.departmentId, "", area.geometry});
    writeGridAreas(exported.string(), features);
    const CliOutput cli = runCli({QStringLiteral("boundaries"), QStringLiteral("import"), QString::fromStdString(file.string()),
                                  QString::fromStdString(exported.string()), QStringLiteral("--dry-run"), QStringLiteral("--json")});
    INFO(cli.err);
    REQUIRE(cli.exitCode == 0);
    const nlohmann::json impact = nlohmann::json::parse(cli.out).at("impact");
    CHECK(impact.at("buildings_moved") == boundaries->impact().buildings.size());
    CHECK(impact.at("households_moved") == boundaries->impact().households.size());
    CHECK(boundaries->impact().households.size() == dragImpact.households.size());
    REQUIRE(impact.at("areas").size() == boundaries->impact().areas.size());
    for (const auto &row : impact.at("areas")) {
        const QStringList cells = areaRow(boundaries->panel(), QString::fromStdString(row.at("code").get<std::string>()));
        REQUIRE(cells.size() == 7);
        CHECK(cells[1] == QStringLiteral("%1 → %2").arg(row.at("households_before").get<long long>())
                              .arg(row.at("households_after").get<long long>()));
        const auto &g = row.at("gained"), &l = row.at("lost");
        CHECK(cells[2] == pair(g.at("buildings"), l.at("buildings")));
        CHECK(cells[3] == pair(g.at("households"), l.at("households")));
        CHECK(cells[4] == pair(g.at("residents"), l.at("residents")));
        CHECK(cells[5] == pair(g.at("shops"), l.at("shops")));
        CHECK(cells[6] == pair(g.at("open_suggestions"), l.at("open_suggestions")));
    }

    // 5. Save: one change set, one version row per changed area; then undo it.
    QSignalSpy loaded(&window, &MainWindow::databaseLoaded);
    boundaries->panel()->noteEdit()->setText(QStringLiteral("move a junction"));
    boundaries->panel()->saveButton()->click();
    REQUIRE(loaded.wait(30000));
    CHECK(sqlNumber(file, "SELECT count(*) FROM boundary_version WHERE version = 1") == 3);
    CHECK(sqlNumber(file, "SELECT count(*) FROM change_set WHERE note = 'move a junction'") == 1);
    CHECK(boundaries->session()->recorded().areas == boundaries->session()->layout().areas);
    CHECK(boundaries->impact().empty());
    boundaries->refreshVersions();
    boundaries->compareVersion(1);
    CHECK(boundaries->overlay()->overlay().version.size() == 28);
    CHECK(boundaries->panel()->findChild<QTabWidget *>()->currentIndex() == 2);
    shot(window, "boundaries-version.png");

    window.actions().undo->trigger();
    REQUIRE(loaded.wait(30000));
    CHECK(sqlNumber(file, "SELECT count(*) FROM boundary_version") == 0);
    CHECK(sqlNumber(file, "SELECT count(*) FROM change_set WHERE undoes IS NOT NULL") == 1);
    const World restored = Database::open(file.string(), Database::Mode::ReadOnly)->loadWorld();
    const World &demo = *test::demoProject().world;
    REQUIRE(restored.gridAreas.size() == demo.gridAreas.size());
    for (std::size_t i = 0; i < demo.gridAreas.size(); ++i)
        CHECK(restored.gridAreas[i].geometry == demo.gridAreas[i].geometry);
    for (std::size_t i = 0; i < demo.households.size(); ++i)
        CHECK(restored.households[i].gridAreaId == demo.households[i].gridAreaId);
    // The edited layout is on screen again, unsaved.
    CHECK(boundaries->session()->layout() == dragged);
    CHECK_FALSE(boundaries->impact().empty());
}

TEST_CASE("a coverage problem is drawn and refuses the save, naming the rule")
{
    test::useTestSettings();
    setInterfaceLanguage(QStringLiteral("zh"));
    const auto file = demoCopy("boundaries-app-problem");
    const std::string bytes = fileBytes(file);
    MainWindow window(MainWindow::SavedState::Fresh);
    window.resize(1366, 768);
    window.show();
    REQUIRE(test::openAndRender(window, QString::fromStdString(file.string())));
    BoundaryController *boundaries = window.boundaries();
    MapCanvas *canvas = window.mapCanvas();
    boundaries->modeAction()->trigger();
    const CoverageEdges view(boundaries->session()->layout());
    const std::size_t node = junction(view);
    const PointXY at = view.nodes()[node];
    // Snapping: dragged to 3 pixels beside the corner of the nearest building, the vertex
    // lands on the corner, shown while dragging.
    canvas->setExtent({at.x - 120, at.y - 70, at.x + 120, at.y + 70});
    PointXY corner = at;
    double nearest = 1e9;
    for (const Building &building : boundaries->session()->world().buildings)
        for (const PointXY &p : building.geometry.outer) {
            const double d = std::hypot(p.x - at.x, p.y - at.y);
            if (d < nearest && d > 15) {
                nearest = d;
                corner = p;
            }
        }
    REQUIRE(nearest < 100);
    const QPoint start = pixelOf(canvas, at);
    QTest::mouseMove(canvas, start);
    QTest::mousePress(canvas, Qt::LeftButton, {}, start);
    QTest::mouseMove(canvas, (start + pixelOf(canvas, corner)) / 2);
    QTest::mouseMove(canvas, pixelOf(canvas, corner) + QPoint(3, 2));
    REQUIRE(boundaries->overlay()->overlay().snapTarget);
    CHECK(std::hypot(boundaries->overlay()->overlay().snapTarget->x - corner.x,
                     boundaries->overlay()->overlay().snapTarget->y - corner.y) < 1e-9);
    shot(window, "boundaries-snapping.png");
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, pixelOf(canvas, corner) + QPoint(3, 2));
    REQUIRE(window.undoStack()->count() == 1);
    const CoverageEdges snapped(boundaries->session()->layout());
    CHECK(snapped.nodeNear(corner, 1e-9)); // the border now runs through the corner exactly
    window.actions().undo->trigger();
    CHECK(boundaries->session()->layout().areas == boundaries->session()->recorded().areas);

    canvas->setExtent({at.x - 500, at.y - 300, at.x + 500, at.y + 300});
    // Far across a neighbour: its polygon folds over itself.
    drag(canvas, pixelOf(canvas, at), pixelOf(canvas, {at.x + 420, at.y + 30}));
    REQUIRE_FALSE(boundaries->report().canSave());
    CHECK_FALSE(boundaries->overlay()->overlay().problems.empty());
    CHECK_FALSE(boundaries->panel()->saveButton()->isEnabled());
    CHECK_FALSE(boundaries->save(QStringLiteral("should not be written")));
    CHECK(fileBytes(file) == bytes);
    boundaries->panel()->findChild<QTabWidget *>()->setCurrentIndex(1); // the problems, listed
    CHECK(boundaries->panel()->problemList()->count() == static_cast<int>(boundaries->report().problems.size()));
    shot(window, "boundaries-problem.png");
}
