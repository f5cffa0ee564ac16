// The rebalance dock on a COPY of the demo database: a preview of one department at
// stability 0 moves households and keeps every load within the bounds; Apply writes the
// changes in one transaction with one audit row each and reloads; Undo restores every
// group exactly, Redo writes them again; stale data and a cancelled preview write
// nothing. Set LIANXIN_SHOT_DIR to also save a screenshot of the preview.
#include "app/hotspotpanels.h"
#include "app/loadhistogram.h"
#include "app/mainactions.h"
#include "app/mainwindow.h"
#include "app/mapcanvas.h"
#include "app/rebalancecontroller.h"
#include "app/rebalancemetricstable.h"
#include "app/rebalancepanel.h"
#include "app/translations.h"
#include "apptestsupport.h"
#include "store/assignmentstore.h"
#include "store/database.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QUndoStack>

#include <filesystem>
#include <map>
#include <set>

using namespace lianxin;

namespace {

struct Copy {
    std::filesystem::path file;
    QString path() const { return QString::fromStdString(file.string()); }
};

Copy demoCopy(const std::string &name)
{
    const auto dir = test::freshTempDir(name);
    Copy copy{dir / "demo-copy.sqlite"};
    std::filesystem::copy_file(test::demoDatabasePath(), copy.file);
    return copy;
}

std::map<Id, Id> storedGroups(const Copy &copy)
{
    std::map<Id, Id> groups;
    for (const Household &h : Database::open(copy.file.string(), Database::Mode::ReadOnly)->loadWorld().households)
        groups[h.id] = h.groupId;
    return groups;
}

long long sqlCount(const Copy &copy, const char *sql)
{
    auto db = Database::open(copy.file.string(), Database::Mode::ReadOnly);
    sqlite3_stmt *statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db->handle(), sql, -1, &statement, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
    const long long value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return value;
}

void execute(const Copy &copy, const std::string &sql)
{
    auto db = Database::open(copy.file.string(), Database::Mode::ReadWrite);
    REQUIRE(sqlite3_exec(db->handle(), sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
}

// The district department with the most contact groups (ties: the lower id).
Id busiestDepartment(const World &world)
{
    std::map<Id, int> groups;
    for (const ContactGroup &group : world.groups)
        ++groups[group.departmentId];
    Id best = 0;
    for (const Department &department : world.departments)
        if (department.kind == DepartmentKind::District && (best == 0 || groups[department.id] > groups[best]))
            best = department.id;
    return best;
}

bool runPreview(RebalancePanel *panel)
{
    QSignalSpy finished(panel, &RebalancePanel::previewFinished);
    panel->startPreview();
    return finished.wait(60000);
}

bool waitForReload(MainWindow &window, const std::function<void()> &action)
{
    QSignalSpy loaded(&window, &MainWindow::databaseLoaded);
    action();
    return loaded.count() > 0 || loaded.wait(30000);
}

void closeMessageBoxes(QWidget &window)
{
    for (QMessageBox *box : window.findChildren<QMessageBox *>())
        box->close();
}

struct Fixture {
    bool testSettings = (test::useTestSettings(), true); // before the window reads any
    Copy copy;
    MainWindow window{MainWindow::SavedState::Fresh};
    RebalancePanel *panel = nullptr;
    Id department = 0;

    explicit Fixture(const std::string &name)
        : copy(demoCopy(name))
    {
        window.resize(1400, 900);
        window.show();
        REQUIRE(test::openAndRender(window, copy.path()));
        panel = window.rebalance()->panel();
        department = busiestDepartment(*window.project().world);
        REQUIRE(department != 0);
        panel->setScope({RebalanceScope::Kind::Department, department});
        panel->setTolerance(1);
        panel->setStabilityMetres(0);
    }
};

} // namespace

TEST_CASE("A department's preview at stability 0 moves households within the load bounds and shows them")
{
    Fixture f("app-rebalance-preview");
    const World &world = *f.window.project().world;
    REQUIRE(f.panel->scope().id == f.department);
    REQUIRE(runPreview(f.panel));
    const RebalancePreview *preview = f.panel->preview();
    REQUIRE(preview);
    REQUIRE(preview->ok());
    CHECK(preview->changes.size() > 0);
    CHECK(preview->metrics.moved == preview->changes.size());

    // Only this department's households and groups, each load within its scope's bounds.
    std::map<Id, Id> departmentOfGroup;
    for (const ContactGroup &group : world.groups)
        departmentOfGroup[group.id] = group.departmentId;
    for (const GroupChange &change : preview->changes) {
        CHECK(departmentOfGroup[change.toGroupId] == f.department);
        CHECK(change.fromGroupId != change.toGroupId);
    }
    std::size_t scopesWithHouseholds = 0;
    for (const ScopeMetrics &scope : preview->result.scopes) {
        if (scope.households == 0)
            continue;
        ++scopesWithHouseholds;
        CHECK(scope.scope.departmentId == f.department);
        CHECK(scope.loadAfter.min >= scope.lowerBound);
        CHECK(scope.loadAfter.max <= scope.upperBound);
    }
    CHECK(scopesWithHouseholds == 1); // an urban department: one island, one scope
    // The walks get shorter: stability 0 only optimises them.
    CHECK(preview->metrics.after.distance.mean < preview->metrics.before.distance.mean);

    // The map shows one mark per moved household, arrows and both territories; the view
    // went to the department.
    const auto &overlay = f.window.mapCanvas()->previewOverlay();
    REQUIRE(overlay);
    CHECK(overlay->markedPoints.size() == preview->changes.size());
    CHECK_FALSE(overlay->arrows.empty());
    CHECK_FALSE(overlay->areasBefore.empty());
    CHECK_FALSE(overlay->areasAfter.empty());
    REQUIRE(overlay->focus);
    const Box view = f.window.mapCanvas()->extent();
    CHECK(view.contains({overlay->focus->minX, overlay->focus->minY}));
    CHECK(view.contains({overlay->focus->maxX, overlay->focus->maxY}));
    CHECK(view.width() < 4.0 * std::max(overlay->focus->width(), overlay->focus->height()));

    // The dock's table and histogram show the same figures.
    CHECK(f.panel->metricsTable()->afterText(7).remove(QLatin1Char(',')) == QString::number(preview->changes.size()));
    CHECK(f.panel->metricsTable()->afterText(0) == QString::number(preview->metrics.after.load.min));
    CHECK_FALSE(f.panel->histogram()->isEmpty());
    CHECK(f.panel->applyButton()->isEnabled());

    // Nothing is written by a preview.
    CHECK(sqlCount(f.copy, "SELECT count(*) FROM audit") == 0);

    if (const QString dir = qEnvironmentVariable("LIANXIN_SHOT_DIR"); !dir.isEmpty()) {
        f.window.rebalance()->dock()->raise();
        for (QDockWidget *dock : f.window.hotspots()->docks())
            dock->hide(); // the whole rebalance panel in view
        setInterfaceLanguage(QStringLiteral("zh")); // the default interface
        QSignalSpy rendered(f.window.mapCanvas(), &MapCanvas::renderFinished);
        rendered.wait(3000);
        CHECK(f.window.grab().save(QDir(dir).filePath(QStringLiteral("rebalance-preview.png"))));
        f.panel->setStabilityMetres(50); // the default trade-off: fewer, more worthwhile moves
        REQUIRE(runPreview(f.panel));
        rendered.wait(1000);
        CHECK(f.window.grab().save(QDir(dir).filePath(QStringLiteral("rebalance-preview-50m.png"))));
        setInterfaceLanguage(QStringLiteral("en"));
    }
}

TEST_CASE("Apply writes the preview with one audit row per household, undo restores it exactly, redo again")
{
    Fixture f("app-rebalance-apply");
    const std::map<Id, Id> original = storedGroups(f.copy);
    const long long auditBefore = sqlCount(f.copy, "SELECT count(*) FROM audit");
    REQUIRE(runPreview(f.panel));
    REQUIRE(f.panel->preview());
    const std::vector<GroupChange> changes = f.panel->preview()->changes;
    REQUIRE_FALSE(changes.empty());

    QUndoStack *stack = f.window.undoStack();
    CHECK_FALSE(f.window.actions().undo->isEnabled());
    bool applied = false;
    REQUIRE(waitForReload(f.window, [&] { applied = f.window.rebalance()->applyPreview(); }));
    REQUIRE(applied);
    CHECK(stack->count() == 1);
    CHECK(f.window.actions().undo->isEnabled());

    std::map<Id, Id> expected = original;
    for (const GroupChange &change : changes)
        expected[change.householdId] = change.toGroupId;
    CHECK(storedGroups(f.copy) == expected);
    const long long audited = static_cast<long long>(changes.size());
    CHECK(sqlCount(f.copy, "SELECT count(*) FROM audit") == auditBefore + audited);
    {
        // Each row says who and why: the account and the dock's settings.
        auto db = Database::open(f.copy.file.string(), Database::Mode::ReadOnly);
        const std::vector<AuditEntry> audit = recentAudit(*db, 1);
        REQUIRE(audit.size() == 1);
        CHECK_FALSE(audit.front().actor.empty());
        CHECK(audit.front().tableName == "household");
        CHECK_FALSE(audit.front().note.empty()); // the change set's note: the dock's settings
    }
    // The reloaded project on screen is the new one, and the preview is gone.
    std::map<Id, Id> onScreen;
    for (const Household &h : f.window.project().world->households)
        onScreen[h.id] = h.groupId;
    CHECK(onScreen == expected);
    CHECK_FALSE(f.window.mapCanvas()->previewOverlay());
    CHECK_FALSE(f.panel->applyButton()->isEnabled());

    // Undo (Ctrl+Z) writes the reverse: every household back in its group, audited too.
    REQUIRE(waitForReload(f.window, [&] { f.window.actions().undo->trigger(); }));
    CHECK(storedGroups(f.copy) == original);
    CHECK(sqlCount(f.copy, "SELECT count(*) FROM audit") == auditBefore + 2 * audited);
    CHECK(stack->canRedo());
    CHECK(f.window.actions().redo->isEnabled());

    // Redo (Ctrl+Shift+Z) writes the changes again.
    REQUIRE(waitForReload(f.window, [&] { f.window.actions().redo->trigger(); }));
    CHECK(storedGroups(f.copy) == expected);
    CHECK(sqlCount(f.copy, "SELECT count(*) FROM audit") == auditBefore + 3 * audited);
    CHECK(stack->count() == 1);
    CHECK(stack->canUndo());
}

TEST_CASE("A preview made stale by another edit is refused whole and pushes nothing")
{
    Fixture f("app-rebalance-stale");
    REQUIRE(runPreview(f.panel));
    REQUIRE(f.panel->preview());
    const GroupChange first = f.panel->preview()->changes.at(0);
    // Someone else moves the first household meanwhile (to its proposed group, even).
    execute(f.copy, "UPDATE household SET group_id = " + std::to_string(first.toGroupId)
                        + " WHERE id = " + std::to_string(first.householdId));
    const std::map<Id, Id> before = storedGroups(f.copy);
    const long long auditBefore = sqlCount(f.copy, "SELECT count(*) FROM audit");

    CHECK_FALSE(f.window.rebalance()->applyPreview());
    CHECK(storedGroups(f.copy) == before);
    CHECK(sqlCount(f.copy, "SELECT count(*) FROM audit") == auditBefore);
    CHECK(f.window.undoStack()->count() == 0);
    // The reason is shown, naming the household.
    const auto boxes = f.window.findChildren<QMessageBox *>();
    REQUIRE(boxes.size() == 1);
    CHECK(boxes.front()->informativeText().contains(QStringLiteral("household %1").arg(first.householdId)));
    closeMessageBoxes(f.window);
}

TEST_CASE("A preview refuses a scope with a group no cadre staffs, as lianxin-cli balance does")
{
    Fixture f("app-rebalance-unstaffed");
    execute(f.copy, "DELETE FROM group_member WHERE group_id = (SELECT min(id) FROM contact_group WHERE department_id = "
                        + std::to_string(f.department) + ")");
    REQUIRE(waitForReload(f.window, [&] { f.window.openDatabase(f.copy.path()); }));
    f.panel->setScope({RebalanceScope::Kind::Department, f.department});
    REQUIRE(runPreview(f.panel));
    CHECK_FALSE(f.panel->preview()); // no proposal to apply
    const auto boxes = f.window.findChildren<QMessageBox *>();
    REQUIRE(boxes.size() == 1);
    CHECK(boxes.front()->informativeText().contains(QStringLiteral("no cadres")));
    closeMessageBoxes(f.window);
}

TEST_CASE("Cancelling a preview leaves no proposal and nothing written")
{
    Fixture f("app-rebalance-cancel");
    const std::map<Id, Id> before = storedGroups(f.copy);
    f.panel->setScope({RebalanceScope::Kind::County, 0}); // the longest run
    QSignalSpy finished(f.panel, &RebalancePanel::previewFinished);
    f.panel->startPreview();
    CHECK(f.panel->isRunning());
    CHECK(f.panel->cancelButton()->isEnabled());
    f.panel->cancelPreview();
    REQUIRE(finished.wait(60000));
    CHECK_FALSE(f.panel->isRunning());
    CHECK(f.panel->preview() == nullptr);
    CHECK_FALSE(f.window.mapCanvas()->previewOverlay());
    CHECK_FALSE(f.panel->applyButton()->isEnabled());
    CHECK(f.panel->previewButton()->isEnabled());
    CHECK_FALSE(f.window.rebalance()->applyPreview());
    CHECK(f.window.undoStack()->count() == 0);
    CHECK(storedGroups(f.copy) == before);
    CHECK(sqlCount(f.copy, "SELECT count(*) FROM audit") == 0);
}

TEST_CASE("Rosters export as CSV with every household and an unknown extension is refused")
{
    Fixture f("app-rebalance-rosters");
    const auto dir = test::freshTempDir("app-rebalance-rosters-out");
    const QString csv = QString::fromStdString((dir / "rosters.csv").string());
    CHECK(f.window.rebalance()->exportRosters(csv) == static_cast<int>(f.window.project().world->households.size()));
    CHECK(std::filesystem::file_size(dir / "rosters.csv") > 100000);

    const QString text = QString::fromStdString((dir / "rosters.txt").string());
    CHECK(f.window.rebalance()->exportRosters(text) == -1);
    CHECK_FALSE(std::filesystem::exists(dir / "rosters.txt"));
    CHECK(f.window.findChildren<QMessageBox *>().size() == 1);
    closeMessageBoxes(f.window);
}

TEST_CASE("An undo refused because of a later edit leaves the file and the undo stack as they are")
{
    Fixture f("app-rebalance-stale-undo");
    REQUIRE(runPreview(f.panel));
    REQUIRE(f.panel->preview());
    const std::vector<GroupChange> changes = f.panel->preview()->changes;
    bool applied = false;
    REQUIRE(waitForReload(f.window, [&] { applied = f.window.rebalance()->applyPreview(); }));
    REQUIRE(applied);
    // Someone else moves the last changed household back meanwhile.
    const GroupChange last = changes.back();
    execute(f.copy, "UPDATE household SET group_id = " + std::to_string(last.fromGroupId)
                        + " WHERE id = " + std::to_string(last.householdId));
    const std::map<Id, Id> before = storedGroups(f.copy);
    const long long auditBefore = sqlCount(f.copy, "SELECT count(*) FROM audit");

    f.window.actions().undo->trigger();
    CHECK(storedGroups(f.copy) == before);
    CHECK(sqlCount(f.copy, "SELECT count(*) FROM audit") == auditBefore);
    // The stack still says "applied", as the file does: nothing claims it is back.
    CHECK(f.window.undoStack()->count() == 1);
    CHECK(f.window.undoStack()->index() == 1);
    CHECK(f.window.actions().undo->isEnabled());
    CHECK_FALSE(f.window.actions().redo->isEnabled());
    CHECK(f.window.findChildren<QMessageBox *>().size() == 1);
    closeMessageBoxes(f.window);

    // Once the other edit is taken back, the same undo goes through and is audited as one.
    execute(f.copy, "UPDATE household SET group_id = " + std::to_string(last.toGroupId)
                        + " WHERE id = " + std::to_string(last.householdId));
    REQUIRE(waitForReload(f.window, [&] { f.window.actions().undo->trigger(); }));
    CHECK(f.window.undoStack()->index() == 0);
    const std::map<Id, Id> undone = storedGroups(f.copy);
    for (const GroupChange &change : changes)
        CHECK(undone.at(change.householdId) == change.fromGroupId);
    CHECK(sqlCount(f.copy, "SELECT count(*) FROM audit JOIN change_set ON change_set.id = audit.change_set_id "
                           "WHERE change_set.note LIKE 'Undo of: %' OR change_set.note LIKE '撤销：%'")
          == static_cast<long long>(changes.size()));
}

TEST_CASE("A township's preview keeps every household with a group of its own island")
{
    Fixture f("app-rebalance-township");
    const World &world = *f.window.project().world;
    // The first township whose villages lie on more than one island.
    Id township = world.townships.front().id;
    std::map<Id, Id> islandOfVillage;
    for (const Village &village : world.villages)
        islandOfVillage[village.id] = village.islandId;
    std::map<Id, std::set<Id>> islandsOfTownship;
    for (const Household &h : world.households)
        if (h.villageId)
            islandsOfTownship[h.townshipId].insert(islandOfVillage[*h.villageId]);
    for (const auto &[id, islands] : islandsOfTownship)
        if (islands.size() > 1) {
            township = id;
            break;
        }
    REQUIRE(islandsOfTownship[township].size() > 1); // water runs through this scope
    f.panel->setScope({RebalanceScope::Kind::Township, township});
    REQUIRE(runPreview(f.panel));
    const RebalancePreview *preview = f.panel->preview();
    REQUIRE(preview);
    REQUIRE(preview->ok());
    CHECK_FALSE(preview->changes.empty());

    // Where each group's households live after the change: one island per group.
    std::map<Id, Id> islandOfHousehold;
    for (const Household &h : world.households)
        if (h.villageId)
            islandOfHousehold[h.id] = islandOfVillage[*h.villageId];
    std::map<Id, std::set<Id>> islandsOfGroup;
    for (std::size_t i = 0; i < preview->households.size(); ++i)
        islandsOfGroup[preview->result.groupOf[i]].insert(islandOfHousehold[preview->households[i].id]);
    for (const auto &[group, islands] : islandsOfGroup)
        CHECK(islands.size() == 1);
    for (const ScopeMetrics &scope : preview->result.scopes)
        if (scope.households > 0) {
            CHECK(scope.loadAfter.min >= scope.lowerBound);
            CHECK(scope.loadAfter.max <= scope.upperBound);
        }
}
