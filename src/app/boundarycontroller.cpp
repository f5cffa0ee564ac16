#include "app/boundarycontroller.h"

#include "analysis/boundaryedits.h"
#include "analysis/boundarysnap.h"
#include "app/boundaryoverlaywidget.h"
#include "app/boundarypanel.h"
#include "app/boundaryproblemtext.h"
#include "app/boundarystepcommand.h"
#include "app/boundarytool.h"
#include "app/mapcanvas.h"
#include "app/projectwriter.h"
#include "store/boundarystore.h"
#include "store/database.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMessageBox>
#include <QUndoStack>

namespace lianxin {

namespace {
constexpr int kImpactPauseMs = 40; // the impact follows a drag after this pause
} // namespace

BoundaryController::BoundaryController(QMainWindow *window, MapCanvas *canvas, QUndoStack *undoStack)
    : QObject(window)
    , m_window(window)
    , m_canvas(canvas)
    , m_undoStack(undoStack)
    , m_panel(new BoundaryPanel)
    , m_dock(new QDockWidget(window))
    , m_modeAction(new QAction(this))
    , m_overlay(new BoundaryOverlayWidget(canvas))
    , m_tool(new BoundaryTool(this, canvas))
{
    m_dock->setObjectName(QStringLiteral("boundariesDock"));
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    m_overlay->hide();
    m_modeAction->setCheckable(true);
    m_modeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_modeAction->setEnabled(false);
    connect(m_modeAction, &QAction::toggled, this, &BoundaryController::setActive);
    m_impactTimer.setSingleShot(true);
    m_impactTimer.setInterval(kImpactPauseMs);
    connect(&m_impactTimer, &QTimer::timeout, this, &BoundaryController::refreshImpact);
    connect(m_tool, &BoundaryTool::changed, this, &BoundaryController::refreshOverlay);
    connect(m_tool, &BoundaryTool::statusMessage, this, &BoundaryController::statusMessage);

    connect(m_panel, &BoundaryPanel::toolChosen, m_tool, &BoundaryTool::setMode);
    connect(m_panel, &BoundaryPanel::saveRequested, this, &BoundaryController::save);
    connect(m_panel, &BoundaryPanel::renumberRequested, this, [this] {
        applyEdit(tr("Renumber the grid areas"), [](const BoundarySession &s) { return renumbered(s.geos(), s.layout()); });
    });
    connect(m_panel, &BoundaryPanel::assignRequested, this, [this](Id target) {
        const std::vector<Polygon> footprints = m_tool->chosenFootprints();
        if (applyEdit(tr("Assign buildings"), [&](const BoundarySession &s) {
                return assignFootprints(s.geos(), s.layout(), footprints, target, 1.0, s.tolerance());
            }))
            m_tool->clearChoice();
    });
    connect(m_panel, &BoundaryPanel::versionShowRequested, this, &BoundaryController::showVersion);
    connect(m_panel, &BoundaryPanel::versionCompareRequested, this, &BoundaryController::compareVersion);
    connect(m_panel, &BoundaryPanel::versionRestoreRequested, this, &BoundaryController::restoreVersion);
    connect(m_panel, &BoundaryPanel::problemChosen, this, [this](const PointXY &place) {
        m_canvas->zoomToBox({place.x - 60, place.y - 60, place.x + 60, place.y + 60});
    });
    connect(m_panel, &BoundaryPanel::rebalanceRequested, this, &BoundaryController::rebalanceOffered);
    retranslate();
}

BoundaryController::~BoundaryController() = default;

bool BoundaryController::active() const { return m_modeAction->isChecked(); }

void BoundaryController::retranslate()
{
    m_modeAction->setText(tr("Grid boundaries"));
    m_modeAction->setToolTip(tr("Edit the grid boundaries: move shared borders, transfer, split, merge (%1)")
                                 .arg(m_modeAction->shortcut().toString(QKeySequence::NativeText)));
    m_dock->setWindowTitle(tr("Grid boundaries"));
    m_panel->retranslate();
}

void BoundaryController::setProject(const LoadedProject &project)
{
    const bool sameFile = m_session && project.path == m_project.path;
    // After a save (or its undo) the file holds other areas; the steps on the stack still
    // describe the layout on screen, which stays as it was.
    const std::optional<BoundaryLayout> keep = sameFile ? std::optional(m_session->layout()) : std::nullopt;
    m_project = project;
    m_session.reset();
    m_snapper.reset();
    m_versionShapes.clear();
    m_tool->clearChoice(); // indices into the old world's buildings
    m_modeAction->setEnabled(project.world != nullptr);
    if (project.world && (active() || keep))
        startSession(keep);
}

// The session places every building and checks the coverage: done when the mode is
// first used, not on every load of a project nobody edits.
void BoundaryController::startSession(const std::optional<BoundaryLayout> &layout)
{
    m_session = std::make_unique<BoundarySession>(*m_project.world);
    m_snapper = std::make_unique<BoundarySnapper>(m_project.world->buildings);
    if (layout)
        m_session->setLayout(*layout);
    m_tool->reset();
    refreshAnalysis();
    refreshVersions();
}

void BoundaryController::setActive(bool on)
{
    if (on && !m_session && m_project.world)
        startSession(std::nullopt);
    m_tool->setActive(on && m_session);
    m_overlay->setVisible(on);
    if (on) {
        m_dock->show();
        m_dock->raise();
        refreshOverlay();
    }
}

bool BoundaryController::applyEdit(const QString &text, const std::function<BoundaryLayout(const BoundarySession &)> &edit)
{
    if (!m_session)
        return false;
    try {
        commitStep(text, m_session->layout(), edit(*m_session));
        return true;
    } catch (const std::exception &refused) {
        const QString why = QString::fromStdString(refused.what());
        m_panel->setMessage(why);
        emit statusMessage(tr("%1 refused: %2").arg(text, why));
        return false;
    }
}

void BoundaryController::commitStep(const QString &text, const BoundaryLayout &before, const BoundaryLayout &after)
{
    m_undoStack->push(new BoundaryStepCommand(text, before, after, [this](const BoundaryLayout &layout) { showLayout(layout); }));
}

void BoundaryController::showLayout(const BoundaryLayout &layout)
{
    if (!m_session)
        return;
    m_session->setLayout(layout);
    m_tool->reset();
    refreshAnalysis();
}

void BoundaryController::previewLayout(const BoundaryLayout &layout, const Box &changed)
{
    m_session->setLayout(layout, changed);
    refreshOverlay();
    m_impactTimer.start(); // restarts while the mouse moves
}

void BoundaryController::refreshAnalysis()
{
    m_impactTimer.stop();
    m_report = m_session->check();
    m_panel->setProblems(m_report, m_session->layout());
    m_panel->setAreas(m_session->layout());
    refreshImpact();
}

void BoundaryController::refreshImpact()
{
    if (!m_session)
        return;
    m_impact = m_session->impact();
    m_panel->setImpact(m_impact);
    refreshOverlay();
}

void BoundaryController::refreshOverlay()
{
    if (!m_session || !m_overlay->isVisible())
        return;
    BoundaryOverlay overlay;
    const BoundaryLayout &layout = m_session->layout();
    for (const BoundaryArea &area : layout.areas) {
        overlay.areas.push_back(area.geometry);
        if (area.locked)
            overlay.lockedAreas.push_back(area.geometry);
        const BoundaryArea *recorded = m_session->recorded().find(area.id);
        if (!recorded || !(recorded->geometry == area.geometry))
            overlay.changedAreas.push_back(area.geometry);
    }
    for (const CoverageProblem &problem : m_report.problems)
        overlay.problems.push_back({problem.place, problem.outline, blocksSave(problem.rule)});
    overlay.version = m_versionShapes;
    m_tool->decorate(overlay);
    m_overlay->setOverlay(std::move(overlay));
}

bool BoundaryController::save(const QString &note)
{
    if (!m_session)
        return false;
    const CoverageReport report = m_session->check();
    if (!report.canSave()) {
        QStringList lines;
        for (const CoverageProblem &problem : report.problems)
            if (blocksSave(problem.rule))
                lines << BoundaryProblemText::of(problem, m_session->layout());
        auto *box = new QMessageBox(QMessageBox::Warning, tr("The boundaries cannot be saved"),
                                    tr("The coverage breaks %n rule(s); nothing was written.", "", lines.size()),
                                    QMessageBox::Ok, m_window);
        box->setDetailedText(lines.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        m_panel->setMessage(lines.value(0));
        return false;
    }
    const std::string why = note.isEmpty() ? tr("edit grid boundaries").toStdString() : note.toStdString();
    ChangeSet set;
    try {
        const std::unique_ptr<Database> db = Database::open(m_project.path.toStdString(), Database::Mode::ReadOnly);
        set = boundaryChangeSet(*db, m_session->world(), gridAreasOf(m_session->layout()), m_session->buildingAreas(),
                                {auditActor(), why});
    } catch (const std::exception &error) {
        m_panel->setMessage(QString::fromStdString(error.what()));
        return false;
    }
    if (set.empty()) {
        emit statusMessage(tr("Nothing to save: the boundaries are as in the database"));
        return false;
    }
    const BoundaryImpact impact = m_session->impact();
    const QString path = m_project.path;
    auto *command = new ChangeSetCommand(tr("Save grid boundaries"), set, "Undo of: " + why,
                                         [this, path](const ChangeSet &s, ChangeSetCommand::Direction) {
                                             return writeChanges(path, s);
                                         });
    if (const QString error = command->writeFirst(); !error.isEmpty()) {
        delete command;
        m_panel->setMessage(error);
        return false;
    }
    m_undoStack->push(command);
    emit statusMessage(tr("Saved the grid boundaries: %n household(s) changed area", "", static_cast<int>(impact.households.size())));
    offerRebalancing(impact);
    return true;
}

ChangeSetCommand::WriteResult BoundaryController::writeChanges(const QString &path, const ChangeSet &set)
{
    ChangeSetCommand::WriteResult result = writeChangeSet(path, set);
    if (result.error.isEmpty())
        emit reloadRequested();
    return result;
}

void BoundaryController::offerRebalancing(const BoundaryImpact &impact)
{
    for (const DepartmentImpact &department : impact.departments) {
        if (department.gained.households == 0)
            continue;
        QStringList areas;
        for (const AreaImpact &area : impact.areas)
            if (area.departmentId == department.departmentId && area.gained.households > 0)
                areas << QString::fromStdString(area.code);
        const QString text = tr("Assign the %n household(s) that %1 gained to groups of %2", "",
                                static_cast<int>(department.gained.households))
                                 .arg(areas.join(QStringLiteral(", ")), QString::fromStdString(department.name));
        m_panel->addRebalanceOffer(text, department.departmentId);
    }
}

void BoundaryController::refreshVersions()
{
    if (m_project.path.isEmpty())
        return;
    try {
        const std::unique_ptr<Database> db = Database::open(m_project.path.toStdString(), Database::Mode::ReadOnly);
        m_panel->setVersions(boundaryVersions(*db));
    } catch (const std::exception &error) {
        m_panel->setMessage(QString::fromStdString(error.what()));
    }
}

void BoundaryController::showVersion(int version)
{
    m_versionShapes.clear();
    try {
        const std::unique_ptr<Database> db = Database::open(m_project.path.toStdString(), Database::Mode::ReadOnly);
        for (const GridArea &area : gridAreasAsOf(*db, m_session->world(), version))
            m_versionShapes.push_back(area.geometry);
    } catch (const std::exception &error) {
        m_panel->setMessage(QString::fromStdString(error.what()));
    }
    refreshOverlay();
}

void BoundaryController::compareVersion(int version)
{
    try {
        const std::unique_ptr<Database> db = Database::open(m_project.path.toStdString(), Database::Mode::ReadOnly);
        BoundarySession then(m_session->world());
        then.setLayout(boundaryLayoutOf(gridAreasAsOf(*db, m_session->world(), version), m_session->world().urbanAreas));
        QStringList changed;
        std::optional<Box> focus;
        const auto include = [&focus](const Polygon &polygon) {
            focus = focus ? unite(*focus, boundsOf(polygon)) : boundsOf(polygon);
        };
        for (const BoundaryArea &area : then.layout().areas) {
            const BoundaryArea *today = then.recorded().find(area.id);
            if (!today || !(today->geometry == area.geometry) || today->code != area.code) {
                changed << QString::fromStdString(area.code);
                include(area.geometry);
            }
        }
        for (const BoundaryArea &area : then.recorded().areas)
            if (!then.layout().find(area.id)) {
                changed << QString::fromStdString(area.code);
                include(area.geometry);
            }
        if (focus)
            m_canvas->zoomToBox(*focus);
        m_panel->showVersionsTab();
        const BoundaryImpact impact = then.impact();
        m_panel->setComparison(tr("Version %1 against today: %n area(s) differ (%2); %3 household(s) lie in another area.",
                                  "", static_cast<int>(changed.size()))
                                   .arg(version)
                                   .arg(changed.join(QStringLiteral(", ")))
                                   .arg(impact.households.size()));
    } catch (const std::exception &error) {
        m_panel->setMessage(QString::fromStdString(error.what()));
    }
    showVersion(version);
}

bool BoundaryController::restoreVersion(int version)
{
    std::vector<GridArea> areas;
    try {
        const std::unique_ptr<Database> db = Database::open(m_project.path.toStdString(), Database::Mode::ReadOnly);
        areas = gridAreasAsOf(*db, m_session->world(), version);
    } catch (const std::exception &error) {
        m_panel->setMessage(QString::fromStdString(error.what()));
        return false;
    }
    return applyEdit(tr("Restore version %1").arg(version), [&](const BoundarySession &s) {
        return boundaryLayoutOf(areas, s.world().urbanAreas);
    });
}

} // namespace lianxin
