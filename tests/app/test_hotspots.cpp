// The hotspot panels on the demo database: the statistics dock shows the article's county
// figures and colours the grid areas by a statistic; the heat-map dock puts an overlay in
// the canvas whose raster holds every suggestion, and a pinned maximum survives the time
// slider; the briefing action writes an A4 landscape PDF, and a bad path says why.
#include "app/heatmapdock.h"
#include "app/heatmapfilterform.h"
#include "app/hotspotpanels.h"
#include "app/mainactions.h"
#include "app/mainwindow.h"
#include "app/mapcanvas.h"
#include "app/statsdock.h"
#include "app/timeslider.h"
#include "app/translations.h"
#include "apptestsupport.h"
#include "render/heatmapoverlay.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>

#include <algorithm>
#include <numeric>

using namespace lianxin;

namespace {

QString demoPath() { return QString::fromStdString(test::demoDatabasePath().string()); }

// Starts a computation (or lets the one a setting change started run) and waits for it.
bool waitForHeatmap(HeatmapDock &dock)
{
    QSignalSpy computed(&dock, &HeatmapDock::computed);
    return computed.wait(30000);
}

// Waits until the canvas shows a frame drawn with `overlay`.
bool waitForFrameWith(MapCanvas &canvas, const std::shared_ptr<const HeatmapOverlay> &overlay)
{
    QSignalSpy rendered(&canvas, &MapCanvas::renderFinished);
    for (int i = 0; i < 10 && canvas.lastFrame().settings.heatmap != overlay; ++i)
        rendered.wait(5000);
    return canvas.lastFrame().settings.heatmap == overlay;
}

// The raster's integral: each suggestion's kernel integrates to its weight, so the sum
// over a raster that holds every kernel whole is the number of suggestions.
double integral(const HeatmapOverlay &overlay)
{
    const auto &values = overlay.raster.values;
    const double cell = overlay.raster.grid.cellSize;
    return std::accumulate(values.begin(), values.end(), 0.0) * cell * cell;
}

} // namespace

TEST_CASE("The statistics dock shows the county totals and colours the grid areas")
{
    test::useTestSettings();
    MainWindow window(MainWindow::SavedState::Fresh);
    window.resize(1300, 850);
    window.show();
    REQUIRE(test::openAndRender(window, demoPath()));
    StatsDock *stats = window.hotspots()->statsDock();

    const SuggestionTally &county = stats->statistics().county;
    CHECK(county.total == 1013);
    CHECK(county.done == 585);
    CHECK(county.inProgress == 224);
    CHECK(county.blocked == 204);
    CHECK(county.repliedOnTime == 1013);
    const QString text = stats->countyText();
    for (const char *figure : {"1,013", "585", "224", "204", "100.0 %"})
        CHECK(text.contains(QLatin1String(figure)));
    CHECK(stats->overdueTable()->rowCount() == 0);

    // One row per grid area, and the rows add up to the suggestions in grid areas.
    CHECK(stats->table()->rowCount() == 28);
    int inRows = 0;
    for (int row = 0; row < stats->table()->rowCount(); ++row)
        inRows += stats->table()->item(row, 1)->data(Qt::UserRole).toInt();
    int inGridAreas = 0;
    for (const Suggestion &s : window.project().world->suggestions)
        inGridAreas += s.gridAreaId ? 1 : 0;
    CHECK(inRows == inGridAreas);
    stats->setGrouping(StatsGrouping::Village);
    CHECK(stats->table()->rowCount() == static_cast<int>(window.project().world->villages.size()));
    stats->setGrouping(StatsGrouping::GridArea);

    // The choropleth restyles the grid areas with class rules; "None" brings the SLD back.
    const MapLayer &gridAreas = *window.mapCanvas()->scene()->layer(QStringLiteral("grid_areas"));
    const auto rulesNow = [&] { return window.mapCanvas()->renderer()->styles()->styleFor(gridAreas).rules; };
    const std::size_t sldRules = rulesNow().size();
    stats->setChoroplethField(QStringLiteral("total"));
    std::vector<StyleRule> rules = rulesNow();
    REQUIRE(rules.size() >= 3);
    CHECK(rules.front().filter.comparisons.front().property == QStringLiteral("total"));
    // A no-data rule, and the grid areas' labels kept (untitled, so not in the legend).
    CHECK(std::any_of(rules.begin(), rules.end(), [](const StyleRule &r) { return r.elseFilter && !r.title.isEmpty(); }));
    CHECK(std::any_of(rules.begin(), rules.end(), [](const StyleRule &r) {
        return r.title.isEmpty() && std::holds_alternative<TextSymbolizer>(r.symbolizers.front());
    }));
    stats->setChoroplethField(QString());
    CHECK(rulesNow().size() == sldRules);
}

TEST_CASE("The heat-map dock puts an overlay on the map and keeps a pinned maximum across periods")
{
    test::useTestSettings();
    MainWindow window(MainWindow::SavedState::Fresh);
    window.resize(1300, 850);
    window.show();
    REQUIRE(test::openAndRender(window, demoPath()));
    MapCanvas *canvas = window.mapCanvas();
    HeatmapDock *dock = window.hotspots()->heatmapDock();
    CHECK_FALSE(canvas->heatmap());

    dock->compute();
    REQUIRE(waitForHeatmap(*dock));
    const std::shared_ptr<const HeatmapOverlay> all = dock->overlay();
    REQUIRE(all);
    CHECK(canvas->heatmap() == all);
    CHECK(canvas->mapSettings().heatmap == all);
    // Unpinned: the scale's top is the raster's own maximum, shown in the box.
    CHECK(all->maximum == all->raster.maxValue);
    CHECK(dock->pinnedMaximum()->value() == Approx(all->raster.maxValue * 1e6).epsilon(0.01));
    // The raster covers the view plus the radius, so every demo suggestion's kernel lies
    // on it whole (the full extent shows every island): the integral counts them.
    const Box view = canvas->extent();
    const Box covered = all->raster.grid.extent();
    CHECK(covered.minX <= view.minX - 200.0);
    CHECK(covered.maxY >= view.maxY + 200.0);
    CHECK(dock->lastResult().pointCount == 1013);
    CHECK(integral(*all) == Approx(1013.0).epsilon(0.02));
    // Only the heat map is drawn anew; the layers come from the cache.
    REQUIRE(waitForFrameWith(*canvas, all));
    // Another colour ramp is a new overlay for the same view: only the heat map is drawn
    // anew, the layers come from the cache.
    REQUIRE(dock->rampCombo()->count() >= 2);
    dock->rampCombo()->setCurrentIndex(1);
    REQUIRE(waitForHeatmap(*dock));
    REQUIRE(dock->overlay() != all);
    CHECK(dock->overlay()->ramp.id() == dock->rampCombo()->currentData().toString());
    REQUIRE(waitForFrameWith(*canvas, dock->overlay()));
    CHECK(canvas->lastFrame().freshLayers == QStringList{QStringLiteral("heatmap")});
    dock->rampCombo()->setCurrentIndex(0);
    REQUIRE(waitForHeatmap(*dock));

    // Pin the maximum, then step through the rounds: each period has its own raster
    // (round 3 holds 318 suggestions) but the same colour scale.
    dock->pinCheck()->setChecked(true);
    REQUIRE(waitForHeatmap(*dock));
    const double pinned = dock->pinnedMaximum()->value();
    TimeSlider *slider = dock->timeSlider();
    REQUIRE(slider->periodCount() == 3);
    std::vector<double> periodMaxima;
    for (int position : {1, 2, 3}) {
        slider->setPosition(position);
        REQUIRE(waitForHeatmap(*dock));
        const auto overlay = dock->overlay();
        REQUIRE(overlay);
        CHECK(canvas->heatmap() == overlay);
        CHECK(overlay->maximum * 1e6 == Approx(pinned));
        periodMaxima.push_back(overlay->raster.maxValue);
        CHECK(overlay->raster.maxValue < all->raster.maxValue + 1e-15);
    }
    CHECK(dock->lastResult().pointCount == 318);
    CHECK(integral(*dock->overlay()) == Approx(318.0).epsilon(0.02));
    CHECK(periodMaxima[0] != periodMaxima[2]);

    // By month: March to May 2021.
    slider->setStep(TimeSlider::Step::Month);
    CHECK(slider->periodCount() == 3);
    slider->setPosition(3);
    CHECK(slider->currentLabel() == QStringLiteral("2021-05"));
    REQUIRE(waitForHeatmap(*dock));
    CHECK(dock->overlay()->maximum * 1e6 == Approx(pinned));

    // Play replays the months from the first, recomputing each, and stops at the last.
    QSignalSpy periods(slider, &TimeSlider::periodChanged);
    QSignalSpy computedDuringPlay(dock, &HeatmapDock::computed);
    slider->play();
    CHECK(slider->isPlaying());
    CHECK(slider->position() == 1);
    for (int i = 0; i < 20 && slider->isPlaying(); ++i)
        periods.wait(1000);
    CHECK_FALSE(slider->isPlaying());
    CHECK(slider->position() == 3);
    CHECK(periods.count() == 3); // to March, April, May
    REQUIRE((computedDuringPlay.count() >= 3 || waitForHeatmap(*dock)));
    CHECK(dock->overlay()->maximum * 1e6 == Approx(pinned));

    // Unpinned again, the scale follows the period's own maximum.
    dock->pinCheck()->setChecked(false);
    REQUIRE(waitForHeatmap(*dock));
    CHECK(dock->overlay()->maximum == dock->overlay()->raster.maxValue);

    // Removing it takes it off the map.
    dock->clear();
    CHECK_FALSE(canvas->heatmap());
}

TEST_CASE("The hotspot panels speak Chinese by default")
{
    test::useTestSettings();
    REQUIRE(setInterfaceLanguage(QStringLiteral("zh")));
    MainWindow window(MainWindow::SavedState::Fresh);
    const auto title = [&](const char *name) { return window.findChild<QDockWidget *>(QLatin1String(name))->windowTitle(); };
    CHECK(title("heatmapDock") == QStringLiteral("热力图"));
    CHECK(title("statisticsDock") == QStringLiteral("统计"));
    CHECK(title("threadsDock") == QStringLiteral("专题"));
    CHECK(window.actions().briefing->text() == QStringLiteral("简报(&B)…"));
    REQUIRE(setInterfaceLanguage(QStringLiteral("en")));
    QCoreApplication::sendPostedEvents();
    CHECK(title("heatmapDock") == QStringLiteral("Heat map"));
}

TEST_CASE("A view too large for the cell size gets coarser cells within the cap")
{
    const Box view{0.0, 0.0, 60000.0, 40000.0};
    const HeatmapGridPlan fine = planHeatmapGrid({0.0, 0.0, 1000.0, 800.0}, 200.0, 10.0);
    CHECK_FALSE(fine.coarsened);
    CHECK(fine.grid.width == 140);
    CHECK(fine.grid.height == 120);
    const HeatmapGridPlan coarse = planHeatmapGrid(view, 200.0, 10.0);
    CHECK(coarse.coarsened);
    CHECK(static_cast<long long>(coarse.grid.width) * coarse.grid.height <= kMaxHeatmapCells);
    CHECK(coarse.grid.cellSize > 10.0);
    CHECK(coarse.grid.extent().minX <= -200.0);
    CHECK(coarse.grid.extent().maxY >= 40200.0);
    CHECK_THROWS_WITH(planHeatmapGrid({0, 0, 0, 0}, 200.0, 10.0), Catch::Contains("view is empty"));
    CHECK_THROWS_WITH(planHeatmapGrid(view, -1.0, 10.0), Catch::Contains("radius"));
}

TEST_CASE("The briefing action writes an A4 landscape PDF of the current view")
{
    test::useTestSettings();
    MainWindow window(MainWindow::SavedState::Fresh);
    window.resize(1300, 850);
    window.show();
    REQUIRE(test::openAndRender(window, demoPath()));
    CHECK(window.actions().briefing->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_P));
    // The town, where households and suggestions are in view and the legend is widest.
    QSignalSpy rendered(window.mapCanvas(), &MapCanvas::renderFinished);
    window.mapCanvas()->zoomToLayer(QStringLiteral("grid_areas"));
    REQUIRE(rendered.wait(20000));
    HotspotPanels *hotspots = window.hotspots();
    hotspots->heatmapDock()->compute();
    REQUIRE(waitForHeatmap(*hotspots->heatmapDock()));

    const auto dir = test::freshTempDir("app-briefing");
    const QString path = QString::fromStdString((dir / "brief.pdf").string());
    QSignalSpy written(hotspots, &HotspotPanels::briefingWritten);
    hotspots->writeBriefing(path);
    REQUIRE(written.wait(60000));
    CHECK(written.at(0).at(1).toInt() >= 1);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));

    QProcess pdfinfo;
    pdfinfo.start(QStringLiteral("pdfinfo"), {path});
    REQUIRE(pdfinfo.waitForFinished(30000));
    const QString info = QString::fromUtf8(pdfinfo.readAllStandardOutput());
    INFO(info.toStdString());
    // "Page size: 842 x 595 pts (A4)": A4, and wider than high.
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts \\(A4\\)")).match(info);
    REQUIRE(size.hasMatch());
    CHECK(size.captured(1).toDouble() == Approx(841.89).margin(0.5));
    CHECK(size.captured(2).toDouble() == Approx(595.28).margin(0.5));
    // The map on page 1 keeps its legend with the heat map's block, though the view shows
    // households and suggestions (a wide legend once dropped from the 13 cm map).
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                  QStringLiteral("1"), path, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(30000));
    const QString pageText = QString::fromUtf8(pdftotext.readAllStandardOutput());
    CHECK((pageText.contains(QStringLiteral("图例")) || pageText.contains(QStringLiteral("Legend"))));
    CHECK((pageText.contains(QStringLiteral("意见建议热力图")) || pageText.contains(QStringLiteral("Suggestion heat map"))));

    // A folder that does not exist: an error naming the file, in a message box.
    const QString bad = QString::fromStdString((dir / "no-such-folder" / "brief.pdf").string());
    QSignalSpy failed(hotspots, &HotspotPanels::briefingFailed);
    hotspots->writeBriefing(bad);
    REQUIRE(failed.wait(60000));
    CHECK_FALSE(failed.at(0).at(1).toString().isEmpty());
    auto *box = window.findChild<QMessageBox *>();
    REQUIRE(box);
    CHECK(box->text().contains(QStringLiteral("brief.pdf")));
    box->close();
}

TEST_CASE("Filter choices follow their department and grid area into another database, not their row")
{
    test::useTestSettings();
    MainWindow window(MainWindow::SavedState::Fresh);
    window.show();
    REQUIRE(test::openAndRender(window, demoPath()));
    const World &demo = *window.project().world;
    HeatmapFilterForm form;
    form.setWorld(&demo);
    QComboBox *area = form.gridAreaCombo();
    REQUIRE(area->count() == 29); // "all" and the 28 grid areas
    area->setCurrentIndex(3);
    const Id chosen = area->currentData().value<qint64>();

    // Another database listing the same areas in another order (and one fewer).
    World other = demo;
    std::reverse(other.gridAreas.begin(), other.gridAreas.end());
    form.setWorld(&other);
    CHECK(area->currentData().value<qint64>() == chosen);
    CHECK(form.filter().gridAreaId == chosen);
    other.gridAreas.erase(std::remove_if(other.gridAreas.begin(), other.gridAreas.end(),
                                         [&](const GridArea &a) { return a.id == chosen; }),
                          other.gridAreas.end());
    form.setWorld(&other);
    CHECK(area->currentIndex() == 0); // gone: back to "all grid areas", not a neighbour
    CHECK_FALSE(form.filter().gridAreaId);
}
