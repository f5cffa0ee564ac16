// The visit rounds dock on a COPY of the demo database, as a user works: create a
// department's round in the form, plan it (worker thread), pick a group, tick two
// households as seen; the records are in the file, coverage and the status bar count
// them; Undo takes them back; the sheets print. Set LIANXIN_SHOT_DIR to save a screenshot.
#include "app/hotspotpanels.h"
#include "app/mainactions.h"
#include "app/translations.h"
#include "app/mainwindow.h"
#include "app/visitcontroller.h"
#include "app/visitpanel.h"
#include "app/visitroundform.h"
#include "apptestsupport.h"
#include "store/database.h"
#include "store/visitstore.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QUndoStack>

#include <filesystem>

using namespace lianxin;

namespace {

std::size_t storedRecords(const std::filesystem::path &file)
{
    return loadVisitRecords(*Database::open(file.string(), Database::Mode::ReadOnly)).size();
}

} // namespace

TEST_CASE("Plan a department's round, record two visits, see the coverage change, undo them")
{
    test::useTestSettings();
    const auto dir = test::freshTempDir("app-visits");
    const std::filesystem::path file = dir / "demo-copy.sqlite";
    std::filesystem::copy_file(test::demoDatabasePath(), file);
    MainWindow window{MainWindow::SavedState::Fresh};
    window.resize(1366, 768);
    window.show();
    REQUIRE(test::openAndRender(window, QString::fromStdString(file.string())));
    VisitController *visits = window.visits();
    VisitPanel *panel = visits->panel();
    visits->dock()->show();
    visits->dock()->raise();

    // The form: a round for the first department.
    VisitRoundForm *form = panel->roundForm();
    form->nameEdit()->setText(QStringLiteral("2021年第三轮"));
    const Id department = window.project().world->departments.front().id;
    form->scopeBox()->setCurrentIndex(1); // the first department after "Whole county"
    form->createButton()->click();
    const std::vector<VisitRound> rounds = loadVisitRounds(*Database::open(file.string(), Database::Mode::ReadOnly));
    REQUIRE(rounds.size() == 1);
    CHECK(rounds.front().scope.kind == VisitScopeKind::Department);
    CHECK(rounds.front().scope.id == department);
    CHECK(visits->currentRound()->id == rounds.front().id);

    QSignalSpy planned(visits, &VisitController::planned);
    panel->planButton()->click();
    REQUIRE((planned.count() > 0 || planned.wait(60000)));
    const auto plan = visits->plan();
    REQUIRE(plan);
    int groups = 0;
    for (const ContactGroup &g : window.project().world->groups)
        groups += g.departmentId == department ? 1 : 0;
    CHECK(static_cast<int>(plan->routes.size()) == groups);
    CHECK(panel->groupTable()->rowCount() == groups);
    const int households = visits->coverage().total.households;
    CHECK(households == plan->households);
    CHECK(visits->coverage().total.visited == 0);

    // The first group, its first two households in walking order: seen.
    panel->chooseGroupRow(0);
    REQUIRE(panel->householdTable()->rowCount() == plan->routes.front().households);
    panel->selectHouseholdRows({0, 1});
    REQUIRE(panel->selectedHouseholds().size() == 2);
    CHECK(panel->selectedHouseholds().front() == plan->routes.front().visits.front().householdId);
    panel->outcomeButton(VisitOutcome::Seen)->click();
    CHECK(storedRecords(file) == 2);
    CHECK(visits->coverage().total.visited == 2);
    CHECK(visits->coverage().total.notVisited == households - 2);
    CHECK(visits->statusLabel()->text().contains(QStringLiteral("2/%1").arg(households)));
    CHECK(panel->householdTable()->item(0, 2)->text() == QStringLiteral("见面"));
    CHECK(panel->coverageSummary()->text().contains(QStringLiteral("2")));

    if (const QString shots = qEnvironmentVariable("LIANXIN_SHOT_DIR"); !shots.isEmpty()) {
        for (QDockWidget *dock : window.hotspots()->docks())
            dock->hide(); // the whole visits dock in view
        setInterfaceLanguage(QStringLiteral("zh")); // the default interface
        QSignalSpy rendered(window.mapCanvas(), &MapCanvas::renderFinished);
        rendered.wait(3000);
        CHECK(window.grab().save(QDir(shots).filePath(QStringLiteral("visits-dock.png"))));
        setInterfaceLanguage(QStringLiteral("en"));
    }

    // Undo is the window's: the records go, the coverage follows.
    window.actions().undo->trigger();
    CHECK(storedRecords(file) == 0);
    CHECK(visits->coverage().total.visited == 0);
    window.actions().redo->trigger();
    CHECK(storedRecords(file) == 2);
    CHECK(visits->coverage().total.visited == 2);

    const QString pdf = QString::fromStdString((dir / "sheets.pdf").string());
    const QStringList printed = visits->printSheets(pdf);
    CHECK(printed == QStringList{pdf});
    CHECK(QFile(pdf).size() > 10000);
}

TEST_CASE("Planning a county round can be cancelled and leaves no plan")
{
    test::useTestSettings();
    const auto dir = test::freshTempDir("app-visits-cancel");
    const std::filesystem::path file = dir / "demo-copy.sqlite";
    std::filesystem::copy_file(test::demoDatabasePath(), file);
    MainWindow window{MainWindow::SavedState::Fresh};
    window.show();
    REQUIRE(test::openAndRender(window, QString::fromStdString(file.string())));
    VisitController *visits = window.visits();
    VisitRound round;
    round.name = std::string("全区");
    round.start = {2021, 5, 6};
    round.end = {2021, 5, 28};
    REQUIRE(visits->createRound(round));
    REQUIRE(visits->startPlanning());
    visits->cancelPlanning();
    QSignalSpy finished(visits->panel()->planButton(), &QPushButton::pressed); // any event loop turn
    for (int i = 0; i < 300 && visits->isPlanning(); ++i)
        finished.wait(50);
    CHECK_FALSE(visits->isPlanning());
    QCoreApplication::processEvents();
    CHECK_FALSE(visits->plan());
    // The round is an edit too: undo removes it from the file.
    window.actions().undo->trigger();
    CHECK(loadVisitRounds(*Database::open(file.string(), Database::Mode::ReadOnly)).empty());
}
