// The canvas's navigation on the real demo scene, driven as a user would (QTest events,
// offscreen): wheel zoom about the cursor, drag and arrow-key panning, history, and the
// identify and search tools through the main window.
#include "app/identifypanel.h"
#include "app/mainwindow.h"
#include "app/mapcanvas.h"
#include "app/searchbox.h"
#include "apptestsupport.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>
#include <QWheelEvent>

#include <cmath>

using namespace lianxin;
using lianxin::test::demoProject;

namespace {

// A canvas showing the demo county, its first frame on screen.
struct ShownCanvas {
    MapCanvas canvas;
    ShownCanvas()
    {
        test::useTestSettings();
        REQUIRE(demoProject().error.isEmpty());
        canvas.resize(800, 600);
        canvas.show();
        REQUIRE(QTest::qWaitForWindowExposed(&canvas));
        QSignalSpy frames(&canvas, &MapCanvas::renderFinished);
        canvas.setScene(demoProject().scene, demoProject().styles);
        canvas.zoomToFullExtent();
        REQUIRE(frames.wait(20000));
    }
    // Waits until the view the canvas shows now has been sent to the renderer (the
    // history records views when they are requested).
    void settle()
    {
        QSignalSpy started(&canvas, &MapCanvas::renderStarted);
        started.wait(200);
    }
};

void sendWheel(QWidget &widget, const QPointF &pos, int angle)
{
    QWheelEvent event(pos, widget.mapToGlobal(pos), QPoint(), QPoint(0, angle), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(&widget, &event);
}

double pixelDistance(const QPointF &a, const QPointF &b) { return std::hypot(a.x() - b.x(), a.y() - b.y()); }

bool boxesClose(const Box &a, const Box &b, double tolerance)
{
    return std::abs(a.minX - b.minX) < tolerance && std::abs(a.minY - b.minY) < tolerance
        && std::abs(a.maxX - b.maxX) < tolerance && std::abs(a.maxY - b.maxY) < tolerance;
}

// Every text in the tree, both columns.
QStringList treeTexts(const QTreeWidget &tree)
{
    QStringList texts;
    std::function<void(QTreeWidgetItem *)> walk = [&](QTreeWidgetItem *item) {
        texts << item->text(0) << item->text(1);
        for (int i = 0; i < item->childCount(); ++i)
            walk(item->child(i));
    };
    for (int i = 0; i < tree.topLevelItemCount(); ++i)
        walk(tree.topLevelItem(i));
    return texts;
}

} // namespace

TEST_CASE("Wheel zoom keeps the map point under the cursor fixed")
{
    ShownCanvas shown;
    MapCanvas &canvas = shown.canvas;
    const QPointF cursor(613.0, 187.0);
    const PointXY underCursor = canvas.transform().toWorld(cursor);
    const double before = canvas.metresPerPixel();

    sendWheel(canvas, cursor, 120);
    CHECK(canvas.metresPerPixel() == Approx(before / std::sqrt(2.0)));
    CHECK(pixelDistance(canvas.transform().toPixel(underCursor), cursor) < 1.0);

    // A burst of notches in and out, at another place: still fixed, and back to the scale.
    const QPointF other(95.0, 540.0);
    const PointXY underOther = canvas.transform().toWorld(other);
    for (int angle : {120, 120, 120, -120, 240, -480})
        sendWheel(canvas, other, angle);
    CHECK(pixelDistance(canvas.transform().toPixel(underOther), other) < 1.0);
    CHECK(canvas.metresPerPixel() == Approx(before / std::sqrt(2.0)));

    // The frame that follows is drawn for the new view.
    QSignalSpy frames(&canvas, &MapCanvas::renderFinished);
    REQUIRE(frames.wait(20000));
    CHECK(boxesClose(canvas.lastFrame().settings.extent, canvas.extent(), 1e-6));
}

TEST_CASE("A drag of N pixels pans the map N pixels")
{
    ShownCanvas shown;
    MapCanvas &canvas = shown.canvas;
    canvas.zoomBy(4.0, QPointF(400, 300));
    const Box before = canvas.extent();
    const double mpp = canvas.metresPerPixel();
    const QPoint start(400, 300);
    const QPoint end(400 + 137, 300 - 58);
    const PointXY grabbed = canvas.transform().toWorld(start);

    QTest::mousePress(&canvas, Qt::LeftButton, Qt::NoModifier, start);
    QTest::mouseMove(&canvas, QPoint(450, 280));
    QTest::mouseMove(&canvas, end);
    QTest::mouseRelease(&canvas, Qt::LeftButton, Qt::NoModifier, end);

    const Box after = canvas.extent();
    // Dragging right shows what lies west; dragging up shows what lies south.
    CHECK(after.minX == Approx(before.minX - 137 * mpp).margin(1e-6));
    CHECK(after.maxY == Approx(before.maxY - 58 * mpp).margin(1e-6));
    CHECK(canvas.metresPerPixel() == Approx(mpp));
    CHECK(pixelDistance(canvas.transform().toPixel(grabbed), end) < 1e-6);
}

TEST_CASE("Arrow keys pan a quarter of the view")
{
    ShownCanvas shown;
    MapCanvas &canvas = shown.canvas;
    const PointXY centre = canvas.centre();
    const double mpp = canvas.metresPerPixel();
    canvas.setFocus();
    QTest::keyClick(&canvas, Qt::Key_Right);
    CHECK(canvas.centre().x == Approx(centre.x + 200 * mpp));
    QTest::keyClick(&canvas, Qt::Key_Up);
    CHECK(canvas.centre().y == Approx(centre.y + 150 * mpp));
    QTest::keyClick(&canvas, Qt::Key_Left);
    QTest::keyClick(&canvas, Qt::Key_Down);
    CHECK(canvas.centre().x == Approx(centre.x));
    CHECK(canvas.centre().y == Approx(centre.y));
}

TEST_CASE("Previous and next extent go back and forth through the views")
{
    ShownCanvas shown;
    MapCanvas &canvas = shown.canvas;
    shown.settle();
    const Box full = canvas.extent();
    CHECK_FALSE(canvas.canGoBack());

    canvas.zoomToLayer(QStringLiteral("grid_areas"));
    shown.settle();
    const Box urban = canvas.extent();
    canvas.panByPixels({120, 40});
    shown.settle();
    const Box panned = canvas.extent();
    REQUIRE_FALSE(boxesClose(urban, full, 1.0));
    REQUIRE_FALSE(boxesClose(urban, panned, 1.0));

    REQUIRE(canvas.canGoBack());
    canvas.previousExtent();
    shown.settle();
    CHECK(boxesClose(canvas.extent(), urban, 1e-6));
    canvas.previousExtent();
    shown.settle();
    CHECK(boxesClose(canvas.extent(), full, 1e-6));
    CHECK_FALSE(canvas.canGoBack());
    canvas.nextExtent();
    shown.settle();
    CHECK(boxesClose(canvas.extent(), urban, 1e-6));
    canvas.nextExtent();
    shown.settle();
    CHECK(boxesClose(canvas.extent(), panned, 1e-6));
    CHECK_FALSE(canvas.canGoForward());

    // A new view after going back drops the forward entries.
    canvas.previousExtent();
    shown.settle();
    canvas.zoomIn();
    shown.settle();
    CHECK_FALSE(canvas.canGoForward());
}

TEST_CASE("Identify at a household's pixel lists that household and highlights it")
{
    test::useTestSettings();
    MainWindow window(MainWindow::SavedState::Fresh);
    window.resize(1200, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(test::openAndRender(window, QString::fromStdString(test::demoDatabasePath().string())));
    MapCanvas *canvas = window.mapCanvas();

    // An urban household with no other point (household, shop, suggestion) within 5 m,
    // seen up close.
    const World &world = *demoProject().world;
    const auto near = [](const PointXY &a, const PointXY &b) { return std::hypot(a.x - b.x, a.y - b.y) < 5.0; };
    const Household *target = nullptr;
    for (const Household &h : world.households) {
        if (!h.buildingId)
            continue;
        const bool alone =
            std::none_of(world.households.begin(), world.households.end(),
                         [&](const Household &o) { return o.id != h.id && near(o.location, h.location); })
            && std::none_of(world.shops.begin(), world.shops.end(), [&](const Shop &s) { return near(s.location, h.location); })
            && std::none_of(world.suggestions.begin(), world.suggestions.end(),
                            [&](const Suggestion &s) { return near(s.location, h.location); });
        if (alone) {
            target = &h;
            break;
        }
    }
    REQUIRE(target);
    canvas->zoomToBox({target->location.x - 40, target->location.y - 40, target->location.x + 40, target->location.y + 40});
    const QPointF pixel = canvas->transform().toPixel(target->location);
    // Two pixels off: the identify tolerance is a few pixels, as a hand is.
    QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, (pixel + QPointF(2, 1)).toPoint());

    const QStringList texts = treeTexts(*window.identifyPanel()->tree());
    CHECK(texts.contains(QString::fromStdString(target->code)));
    REQUIRE(canvas->highlights().size() == 1);
    const FeatureHit &hit = canvas->highlights().front();
    CHECK(hit.layer->id() == QStringLiteral("households"));
    CHECK(hit.layer->features()[hit.index].id == target->id);

    // Far out at sea there is nothing.
    canvas->zoomToFullExtent();
    const Box full = demoProject().scene->fullExtent();
    QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier,
                      canvas->transform().toPixel({full.minX + 200, full.minY + 200}).toPoint());
    CHECK(window.identifyPanel()->results().empty());
    CHECK(canvas->highlights().empty());
}

TEST_CASE("Search for a grid-area code zooms to its bounds and an unknown text says not found")
{
    test::useTestSettings();
    MainWindow window(MainWindow::SavedState::Fresh);
    window.resize(1200, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(test::openAndRender(window, QString::fromStdString(test::demoDatabasePath().string())));
    MapCanvas *canvas = window.mapCanvas();

    const GridArea &area = demoProject().world->gridAreas.at(5);
    const Box bounds = boundsOf(area.geometry);
    QTest::keyClicks(window.searchBox(), QString::fromStdString(area.code));
    QTest::keyClick(window.searchBox(), Qt::Key_Return);

    const Box view = canvas->extent();
    CHECK(view.contains({bounds.minX, bounds.minY}));
    CHECK(view.contains({bounds.maxX, bounds.maxY}));
    // Fitted: the limiting side spans the area plus a small margin.
    const double fit = std::min(view.width() / bounds.width(), view.height() / bounds.height());
    CHECK(fit < std::max(1.2, 260.0 / std::min(bounds.width(), bounds.height())));
    REQUIRE(canvas->highlights().size() == 1);
    CHECK(canvas->highlights().front().layer->id() == QStringLiteral("grid_areas"));
    CHECK(treeTexts(*window.identifyPanel()->tree()).contains(QString::fromStdString(area.name)));

    CHECK_FALSE(window.search(QStringLiteral("no-such-place-42")));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("no-such-place-42")));
    CHECK(boxesClose(canvas->extent(), view, 1e-6)); // the view stays where it was
}
