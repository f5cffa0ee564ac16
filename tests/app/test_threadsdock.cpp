// The topic-threads dock on a COPY of the demo database: "Find threads" saves threads into
// the file, the project reloads and the table lists them biggest first; choosing one
// highlights exactly its member suggestions and shows its hull.
#include "app/hotspotpanels.h"
#include "app/mainwindow.h"
#include "app/mapcanvas.h"
#include "app/threadsdock.h"
#include "apptestsupport.h"
#include "store/database.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTableWidget>

#include <filesystem>
#include <set>

using namespace lianxin;

TEST_CASE("Finding threads saves them and reloads the project and a chosen row shows its members")
{
    test::useTestSettings();
    const auto dir = test::freshTempDir("app-threads");
    const auto copy = dir / "demo-copy.sqlite";
    std::filesystem::copy_file(test::demoDatabasePath(), copy);
    const QString path = QString::fromStdString(copy.string());
    const std::size_t threadsInDemo = Database::open(test::demoDatabasePath().string(), Database::Mode::ReadOnly)
                                          ->loadWorld()
                                          .topicThreads.size();

    MainWindow window(MainWindow::SavedState::Fresh);
    window.resize(1300, 850);
    window.show();
    REQUIRE(test::openAndRender(window, path));
    ThreadsDock *dock = window.hotspots()->threadsDock();
    CHECK(dock->table()->rowCount() == static_cast<int>(window.project().world->topicThreads.size()));
    const Box viewBefore = window.mapCanvas()->extent();

    QSignalSpy saved(dock, &ThreadsDock::threadsSaved);
    QSignalSpy loaded(&window, &MainWindow::databaseLoaded);
    dock->findThreads();
    REQUIRE(saved.wait(30000));
    REQUIRE((loaded.count() > 0 || loaded.wait(30000)));

    // What the file now holds is what the table shows.
    const World stored = Database::open(copy.string(), Database::Mode::ReadOnly)->loadWorld();
    REQUIRE(stored.topicThreads.size() >= 3);
    CHECK(window.project().world->topicThreads.size() == stored.topicThreads.size());
    QTableWidget *table = dock->table();
    REQUIRE(table->rowCount() == static_cast<int>(stored.topicThreads.size()));
    // The reload keeps the view.
    CHECK(window.mapCanvas()->extent().minX == Approx(viewBefore.minX));
    // Biggest first, then by recency on request.
    for (int row = 1; row < table->rowCount(); ++row)
        CHECK(table->item(row - 1, 1)->data(Qt::DisplayRole).toInt() >= table->item(row, 1)->data(Qt::DisplayRole).toInt());
    dock->setOrder(ThreadsDock::Order::ByRecency);
    for (int row = 1; row < table->rowCount(); ++row)
        CHECK(table->item(row - 1, 3)->text() >= table->item(row, 3)->text());
    dock->setOrder(ThreadsDock::Order::BySize);

    // The first row's thread: its members are exactly the suggestions the file links to it.
    const Id threadId = table->item(0, 0)->data(Qt::UserRole).value<qint64>();
    std::set<Id> members;
    for (const Suggestion &s : stored.suggestions)
        if (s.threadId == threadId)
            members.insert(s.id);
    REQUIRE(static_cast<int>(members.size()) == table->item(0, 1)->data(Qt::DisplayRole).toInt());
    dock->chooseRow(0);
    const std::vector<FeatureHit> &hits = window.mapCanvas()->highlights();
    REQUIRE(hits.size() == members.size());
    std::set<Id> highlighted;
    for (const FeatureHit &hit : hits) {
        CHECK(hit.layer->id() == QStringLiteral("suggestions"));
        highlighted.insert(hit.layer->features()[hit.index].id);
    }
    CHECK(highlighted == members);
    // The view shows the whole thread.
    const Box view = window.mapCanvas()->extent();
    for (const FeatureHit &hit : hits) {
        const PointXY p = hit.layer->features()[hit.index].point;
        CHECK(view.contains(p));
    }

    // The demo database itself was not touched.
    CHECK(Database::open(test::demoDatabasePath().string(), Database::Mode::ReadOnly)->loadWorld().topicThreads.size()
          == threadsInDemo);
}
