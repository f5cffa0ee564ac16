// The main window as a whole: it opens the demo database off the GUI thread, lists the
// layers with their counts, shows the map, survives a bad file, remembers recent files,
// its layout and each database's extent, and switches language live.
#include "app/layerpanel.h"
#include "app/mainactions.h"
#include "app/mainwindow.h"
#include "app/mapcanvas.h"
#include "app/messagelog.h"
#include "app/translations.h"
#include "apptestsupport.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace lianxin;

namespace {

QString demoPath() { return QString::fromStdString(test::demoDatabasePath().string()); }

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

} // namespace

TEST_CASE("The main window loads the demo database, lists its layers and renders the islands")
{
    test::useTestSettings();
    MainWindow window(MainWindow::SavedState::Fresh);
    window.resize(1200, 800);
    window.show();
    REQUIRE(test::openAndRender(window, demoPath()));

    const QTreeWidget *tree = window.layerPanel()->tree();
    QStringList counts;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        counts << tree->topLevelItem(i)->text(1).remove(QLatin1Char(','));
    CHECK(counts.contains(QStringLiteral("15310"))); // households
    CHECK(counts.contains(QStringLiteral("608")));   // buildings
    CHECK(counts.contains(QStringLiteral("28")));    // grid areas
    // Topmost layer first, as in QGIS: suggestions over households, islands at the bottom.
    const QStringList ids = window.layerPanel()->layerIds();
    CHECK(ids.front() == QStringLiteral("suggestions"));
    CHECK(ids.back() == QStringLiteral("islands"));
    CHECK(window.windowTitle().contains(QStringLiteral("demo.sqlite")));

    // The up arrow lifts the selected layer over the one above it, on the map too.
    window.layerPanel()->selectLayer(QStringLiteral("households"));
    QToolButton *up = nullptr;
    for (QToolButton *button : window.layerPanel()->findChildren<QToolButton *>())
        if (button->arrowType() == Qt::UpArrow)
            up = button;
    REQUIRE(up);
    QTest::mouseClick(up, Qt::LeftButton);
    CHECK(window.layerPanel()->layerIds().front() == QStringLiteral("households"));
    CHECK(window.mapCanvas()->layers().back().id == QStringLiteral("households"));
    // Unticking a layer hides it on the map.
    QTreeWidgetItem *top = window.layerPanel()->tree()->topLevelItem(0);
    top->setCheckState(0, Qt::Unchecked);
    CHECK_FALSE(window.mapCanvas()->layers().back().visible);
    top->setCheckState(0, Qt::Checked);

    // The map on screen is the sea with land on it: the sea colour in a corner (no
    // decorations), and many pixels of other colours.
    QSignalSpy rendered(window.mapCanvas(), &MapCanvas::renderFinished);
    window.actions().showDecorations->setChecked(false);
    REQUIRE(rendered.wait(20000));
    const QImage shot = window.mapCanvas()->grab().toImage();
    CHECK(shot.pixelColor(2, 2) == QColor(0xd6, 0xe9, 0xf5));
    int notSea = 0;
    for (int y = 0; y < shot.height(); y += 4)
        for (int x = 0; x < shot.width(); x += 4)
            notSea += shot.pixelColor(x, y) != QColor(0xd6, 0xe9, 0xf5) ? 1 : 0;
    CHECK(notSea > 100);
}

TEST_CASE("A database that fails to open names the file and the error, and the map stays")
{
    test::useTestSettings();
    MainWindow window(MainWindow::SavedState::Fresh);
    window.resize(1000, 700);
    window.show();
    REQUIRE(test::openAndRender(window, demoPath()));
    const Box extent = window.mapCanvas()->extent();

    const auto dir = test::freshTempDir("app-bad-db");
    const QString bad = QString::fromStdString((dir / "not-a-database.sqlite").string());
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("this is not SQLite at all, just text that pretends to be a project");
    file.close();

    QSignalSpy failed(&window, &MainWindow::databaseFailed);
    window.openDatabase(bad);
    REQUIRE(failed.wait(30000));
    const QString error = failed.at(0).at(1).toString();
    CHECK_FALSE(error.isEmpty());
    auto *box = window.findChild<QMessageBox *>();
    REQUIRE(box);
    CHECK(box->isVisible());
    CHECK(box->text().contains(QStringLiteral("not-a-database.sqlite")));
    CHECK(box->informativeText() == error);
    CHECK(window.messageLog()->warningCount() >= 1);
    // Not waited for: the window still answers, and the demo map is still there.
    CHECK(window.mapCanvas()->scene() != nullptr);
    CHECK(window.mapCanvas()->extent() == extent);
    box->close();
}

TEST_CASE("Recent files, window layout and each database's last extent are remembered")
{
    test::useTestSettings();
    Box lastExtent;
    double lastMetresPerPixel = 0.0;
    {
        MainWindow window(MainWindow::SavedState::Restore);
        window.resize(1100, 750);
        window.show();
        REQUIRE(test::openAndRender(window, demoPath()));
        window.mapCanvas()->zoomToLayer(QStringLiteral("grid_areas"));
        lastExtent = window.mapCanvas()->extent();
        lastMetresPerPixel = window.mapCanvas()->metresPerPixel();
        window.findChild<QDockWidget *>(QStringLiteral("identifyDock"))->hide();
        window.close();
    }
    MainWindow again(MainWindow::SavedState::Restore);
    CHECK(again.findChild<QDockWidget *>(QStringLiteral("identifyDock"))->isHidden());
    again.show();
    REQUIRE(test::openAndRender(again, demoPath()));
    const Box restored = again.mapCanvas()->extent();
    // Same centre and scale (the window size is restored too).
    CHECK((restored.minX + restored.maxX) / 2 == Approx((lastExtent.minX + lastExtent.maxX) / 2));
    CHECK((restored.minY + restored.maxY) / 2 == Approx((lastExtent.minY + lastExtent.maxY) / 2));
    CHECK(again.mapCanvas()->metresPerPixel() == Approx(lastMetresPerPixel).epsilon(0.01));

    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    REQUIRE(recent.size() == 1);
    CHECK(recent.front() == QFileInfo(demoPath()).absoluteFilePath());
}

TEST_CASE("The interface switches between Chinese and English while running")
{
    test::useTestSettings();
    REQUIRE(setInterfaceLanguage(QStringLiteral("zh")));
    MainWindow window(MainWindow::SavedState::Fresh);
    window.show();
    REQUIRE(test::openAndRender(window, demoPath()));
    const QTreeWidget *tree = window.layerPanel()->tree();
    const auto householdsTitle = [&] {
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->text(1).remove(QLatin1Char(',')) == QStringLiteral("15310"))
                return tree->topLevelItem(i)->text(0);
        return QString();
    };
    CHECK(menuTitles(window).contains(QStringLiteral("文件(&F)")));
    CHECK(householdsTitle() == QStringLiteral("住户"));
    // Every layer has a Chinese title: a layer added without one shows up here.
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QString title = tree->topLevelItem(i)->text(0);
        INFO(title.toStdString());
        CHECK(std::any_of(title.begin(), title.end(), [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; }));
    }

    window.actions().languageEnglish->trigger();
    QCoreApplication::sendPostedEvents(); // Qt posts LanguageChange to each window
    CHECK(interfaceLanguage() == QStringLiteral("en"));
    CHECK(menuTitles(window).contains(QStringLiteral("&File")));
    CHECK(householdsTitle() == QStringLiteral("Households"));
    CHECK(savedInterfaceLanguage() == QStringLiteral("en"));

    window.actions().languageChinese->trigger();
    QCoreApplication::sendPostedEvents();
    CHECK(menuTitles(window).contains(QStringLiteral("文件(&F)")));
    CHECK(householdsTitle() == QStringLiteral("住户"));
}
