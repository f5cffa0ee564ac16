#include "app/mainwindow.h"
#include "app/mapview.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTreeWidget>

using namespace lianxin;


TEST_CASE("The main window loads the demo database, lists its layers and renders the islands")
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::databaseLoaded);
    QSignalSpy rendered(window.mapView(), &MapView::renderFinished);
    window.openDatabase(QString::fromStdString(lianxin::test::demoDatabasePath().string()));
    REQUIRE(loaded.wait(30000));
    REQUIRE((rendered.count() > 0 || rendered.wait(30000)));

    const auto *tree = window.findChild<QTreeWidget *>();
    REQUIRE(tree);
    QStringList counts;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        counts << tree->topLevelItem(i)->text(1).remove(QLatin1Char(','));
    CHECK(counts.contains(QStringLiteral("15310"))); // households
    CHECK(counts.contains(QStringLiteral("608")));   // buildings
    CHECK(counts.contains(QStringLiteral("28")));    // grid areas

    // The off-screen render shows land and sea in their colours.
    const QImage shot = window.mapView()->grab().toImage();
    CHECK(shot.pixelColor(2, 2) == QColor(0xd6, 0xe9, 0xf5)); // sea in the corner
    int land = 0;
    for (int y = 0; y < shot.height(); y += 4)
        for (int x = 0; x < shot.width(); x += 4)
            land += shot.pixelColor(x, y) == QColor(0xf4, 0xf0, 0xe4) ? 1 : 0;
    CHECK(land > 50);
}
