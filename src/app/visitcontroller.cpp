#include "app/visitcontroller.h"

#include "analysis/visitplanner.h"
#include "analysis/visitsheetrows.h"
#include "app/mapcanvas.h"
#include "app/projectwriter.h"
#include "app/visitpanel.h"
#include "app/visitroundform.h"
#include "render/visitsheetbook.h"
#include "store/database.h"
#include "store/visitstore.h"

#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QScrollArea>
#include <QStatusBar>
#include <QTableWidget>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <exception>

namespace lianxin {

struct VisitController::PlanRun {
    std::atomic<double> progress{0.0};
    std::atomic<bool> cancel{false};
};

namespace {

constexpr int kMinimumDockHeight = 420;

std::string cadresOf(const World &world, Id groupId)
{
    std::string leaders, members;
    for (const GroupMember &m : world.groupMembers) {
        if (m.groupId != groupId)
            continue;
        for (const Cadre &c : world.cadres)
            if (c.id == m.cadreId)
                (m.isLeader ? leaders : members) += ((m.isLeader ? leaders : members).empty() ? "" : "、") + c.name;
    }
    return leaders.empty() || members.empty() ? leaders + members : leaders + "、" + members;
}

} // namespace

VisitController::VisitController(QMainWindow *window, MapCanvas *canvas, QUndoStack *undoStack)
    : QObject(window)
    , m_window(window)
    , m_canvas(canvas)
    , m_undoStack(undoStack)
    , m_dock(new QDockWidget(window))
    , m_status(new QLabel(window))
{
    auto *scroll = new QScrollArea(m_dock);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_panel = new VisitPanel(scroll);
    scroll->setWidget(m_panel);
    scroll->setMinimumHeight(kMinimumDockHeight);
    m_dock->setObjectName(QStringLiteral("visitsDock"));
    m_dock->setWidget(scroll);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_window->statusBar()->addPermanentWidget(m_status);

    connect(m_panel->roundForm(), &VisitRoundForm::createRequested, this, &VisitController::createRound);
    connect(m_panel, &VisitPanel::roundChosen, this, [this](Id id) { refreshRounds(id); });
    connect(m_panel, &VisitPanel::planRequested, this, &VisitController::startPlanning);
    connect(m_panel, &VisitPanel::cancelRequested, this, &VisitController::cancelPlanning);
    connect(m_panel, &VisitPanel::groupChosen, this, &VisitController::updateOverlay);
    connect(m_panel, &VisitPanel::showOpenChanged, this, &VisitController::updateOverlay);
    connect(m_panel, &VisitPanel::recordRequested, this, &VisitController::recordVisits);
    connect(m_panel, &VisitPanel::coverageLevelChanged, this, &VisitController::refreshRecords);
    connect(m_panel, &VisitPanel::printRequested, this, &VisitController::choosePrintFile);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<const VisitPlan>>::finished, this, &VisitController::onPlanned);
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_run)
            m_panel->setProgress(m_run->progress);
    });
    retranslate();
}

VisitController::~VisitController()
{
    if (m_run)
        m_run->cancel = true;
    m_watcher.waitForFinished();
}

void VisitController::setProject(const LoadedProject &project)
{
    cancelPlanning();
    m_project = project;
    m_plan.reset();
    m_panel->setWorld(project.world);
    const Id current = currentRound() ? currentRound()->id : 0;
    refreshRounds(current);
}

std::optional<VisitRound> VisitController::currentRound() const
{
    const Id id = m_panel->currentRoundId();
    for (const VisitRound &round : m_rounds)
        if (round.id == id)
            return round;
    return std::nullopt;
}

void VisitController::refreshRounds(Id choose)
{
    m_rounds.clear();
    m_landings.clear();
    if (!m_project.path.isEmpty() && m_project.world) {
        try {
            const auto db = Database::open(m_project.path.toStdString(), Database::Mode::ReadOnly);
            m_rounds = loadVisitRounds(*db);
            m_landings = loadIslandLandings(*db);
        } catch (const std::exception &error) {
            emit statusMessage(tr("Could not read the visit rounds: %1").arg(QString::fromStdString(error.what())));
        }
    }
    const Id before = m_plan ? m_plan->round.id : 0;
    if (choose == 0 && !m_rounds.empty())
        choose = m_rounds.back().id;
    m_panel->setRounds(m_rounds, choose);
    if (!currentRound() || currentRound()->id != before) {
        m_plan.reset();
        m_panel->setPlan(nullptr, {});
    }
    refreshRecords();
}

void VisitController::refreshRecords()
{
    m_records.clear();
    const std::optional<VisitRound> round = currentRound();
    if (round && !m_project.path.isEmpty()) {
        try {
            m_records = loadVisitRecords(*Database::open(m_project.path.toStdString(), Database::Mode::ReadOnly), round->id);
        } catch (const std::exception &error) {
            emit statusMessage(tr("Could not read the visits: %1").arg(QString::fromStdString(error.what())));
        }
    }
    if (!round || !m_project.world) {
        m_coverage = {};
        m_status->clear();
        m_panel->setCoverage(m_coverage);
        updateOverlay();
        return;
    }
    m_coverage = visitCoverage(*m_project.world, *round, m_records, m_panel->coverageLevel());
    m_panel->setCoverage(m_coverage);
    m_panel->setPlan(m_plan, householdVisitStates(*m_project.world, *round, m_records));
    const CoverageCounts &t = m_coverage.total;
    m_status->setText(tr("不漏一户 %1/%2").arg(t.visited).arg(t.households));
    m_status->setToolTip(tr("Round %1: households visited of the round's households").arg(QString::fromStdString(round->name)));
    updateOverlay();
    emit recordsChanged();
}

bool VisitController::createRound(const VisitRound &round)
{
    if (m_project.path.isEmpty() || !m_project.world)
        return false;
    std::string problem = roundProblem(round);
    for (const VisitRound &existing : m_rounds)
        if (existing.name == round.name)
            problem = "a round named \"" + round.name + "\" exists already";
    if (!problem.empty()) {
        showError(tr("Could not create the round"), tr("The round is not valid."), QString::fromStdString(problem));
        return false;
    }
    ChangeSet set;
    try {
        set = createRoundChangeSet(*Database::open(m_project.path.toStdString(), Database::Mode::ReadOnly), round,
                                   auditActor(), "create visit round " + round.name);
    } catch (const std::exception &error) {
        showError(tr("Could not create the round"), tr("Could not read %1.").arg(m_project.path),
                  QString::fromStdString(error.what()));
        return false;
    }
    const Id id = set.rows.front().id;
    auto command = std::make_unique<ChangeSetCommand>(
        tr("Create visit round %1").arg(QString::fromStdString(round.name)), set,
        tr("Undo of: create visit round %1").arg(QString::fromStdString(round.name)).toStdString(),
        [this](const ChangeSet &s, ChangeSetCommand::Direction) { return write(s, true); });
    if (!command->writeFirst().isEmpty())
        return false;
    m_undoStack->push(command.release());
    refreshRounds(id);
    return true;
}

bool VisitController::startPlanning()
{
    const std::optional<VisitRound> round = currentRound();
    if (!round || !m_project.world || isPlanning())
        return false;
    m_run = std::make_shared<PlanRun>();
    std::shared_ptr<PlanRun> run = m_run;
    std::shared_ptr<const World> world = m_project.world; // the worker shares the immutable world
    VisitPlanOptions options;
    options.landings = m_landings;
    options.progress = [run](double fraction) {
        run->progress = fraction;
        return !run->cancel;
    };
    m_panel->setPlanning(true);
    m_progressTimer.start();
    m_watcher.setFuture(QtConcurrent::run([world, round = *round, options]() -> std::shared_ptr<const VisitPlan> {
        try {
            return std::make_shared<const VisitPlan>(planVisitRound(*world, round, options));
        } catch (const VisitPlanCancelled &) {
            return nullptr;
        }
    }));
    return true;
}

void VisitController::cancelPlanning()
{
    if (m_run)
        m_run->cancel = true;
}

void VisitController::onPlanned()
{
    m_progressTimer.stop();
    m_panel->setPlanning(false);
    std::shared_ptr<const VisitPlan> plan = m_watcher.result();
    const bool cancelled = !plan || m_run->cancel;
    m_run.reset();
    if (cancelled) {
        emit statusMessage(tr("Planning cancelled"));
        return;
    }
    const std::optional<VisitRound> round = currentRound();
    if (!round || round->id != plan->round.id)
        return; // another round was chosen meanwhile
    m_plan = std::move(plan);
    m_panel->setPlan(m_plan, householdVisitStates(*m_project.world, *round, m_records));
    emit statusMessage(tr("Planned %1 routes, %2 households").arg(m_plan->routes.size()).arg(m_plan->households));
    emit planned();
}

bool VisitController::recordVisits(const std::vector<Id> &households, VisitOutcome outcome, const Date &on)
{
    const std::optional<VisitRound> round = currentRound();
    if (!round || households.empty() || !m_project.world)
        return false;
    std::map<Id, const Household *> householdOf;
    for (const Household &h : m_project.world->households)
        householdOf[h.id] = &h;
    std::vector<VisitRecord> records;
    for (const Id id : households) {
        VisitRecord record;
        record.roundId = round->id;
        record.householdId = id;
        record.on = on;
        record.outcome = outcome;
        record.cadres = cadresOf(*m_project.world, householdOf.at(id)->groupId);
        records.push_back(std::move(record));
    }
    ChangeSet set;
    try {
        set = recordVisitsChangeSet(*Database::open(m_project.path.toStdString(), Database::Mode::ReadOnly), records,
                                    auditActor(), "record visits in " + round->name);
    } catch (const std::exception &error) {
        showError(tr("Could not record the visits"), tr("Could not read %1.").arg(m_project.path),
                  QString::fromStdString(error.what()));
        return false;
    }
    const QString label = QString::fromUtf8(sheetLabel(outcome));
    auto command = std::make_unique<ChangeSetCommand>(
        tr("Record %n visit(s): %1", "", static_cast<int>(records.size())).arg(label), set,
        tr("Undo of: record visits in %1").arg(QString::fromStdString(round->name)).toStdString(),
        [this](const ChangeSet &s, ChangeSetCommand::Direction) { return write(s, false); });
    if (!command->writeFirst().isEmpty())
        return false;
    m_undoStack->push(command.release());
    return true;
}

ChangeSetCommand::WriteResult VisitController::write(const ChangeSet &set, bool roundsChanged)
{
    const ChangeSetCommand::WriteResult result = writeChangeSet(m_project.path, set);
    if (!result.error.isEmpty()) {
        showError(tr("Could not write the visits"),
                  tr("Nothing was written to %1.").arg(QDir::toNativeSeparators(m_project.path)), result.error);
        return result;
    }
    // Visits do not change the World: only the rounds and records are read again.
    if (roundsChanged)
        refreshRounds(currentRound() ? currentRound()->id : 0);
    else
        refreshRecords();
    return result;
}

void VisitController::updateOverlay()
{
    auto overlay = std::make_shared<PreviewOverlay>();
    const int row = m_panel->currentGroupRow();
    if (m_plan && row >= 0 && row < static_cast<int>(m_plan->routes.size())) {
        const GroupRoute &route = m_plan->routes[static_cast<std::size_t>(row)];
        Box focus{route.base.x, route.base.y, route.base.x, route.base.y};
        for (const VisitLeg &leg : route.legs) {
            PointXY at = leg.start;
            for (const VisitStop &stop : leg.stops) {
                overlay->arrows.push_back({at, stop.location, static_cast<int>(stop.householdIds.size())});
                at = stop.location;
                focus = unite(focus, Box{at.x, at.y, at.x, at.y});
            }
        }
        // At least a few streets around the route, so the walk is seen in its place.
        const double margin = std::max(150.0, 0.15 * std::max(focus.width(), focus.height()));
        overlay->focus = Box{focus.minX - margin, focus.minY - margin, focus.maxX + margin, focus.maxY + margin};
    }
    if (m_panel->showOpenOnMap() && m_project.world) {
        std::map<Id, PointXY> where;
        for (const Household &h : m_project.world->households)
            where[h.id] = h.location;
        for (const OpenHousehold &h : m_coverage.open)
            overlay->markedPoints.push_back(where.at(h.householdId));
    }
    if (overlay->empty()) {
        m_canvas->setPreviewOverlay(nullptr);
        return;
    }
    if (overlay->focus) {
        const Box view = m_canvas->extent();
        const Box &f = *overlay->focus;
        if (!view.contains({f.minX, f.minY}) || !view.contains({f.maxX, f.maxY}) || f.width() * 6 < view.width())
            m_canvas->zoomToBox(f);
    }
    m_canvas->setPreviewOverlay(std::move(overlay));
}

void VisitController::choosePrintFile()
{
    if (!m_plan) {
        emit statusMessage(tr("Plan the round first: the sheets list the households in walking order"));
        return;
    }
    const QString start = QFileInfo(m_project.path).dir().filePath(QString::fromStdString(m_plan->round.name) +
                                                                  QStringLiteral(".pdf"));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Print visit sheets"), start, tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        printSheets(path);
}

QStringList VisitController::printSheets(const QString &path)
{
    QStringList files;
    if (!m_plan || !m_project.world)
        return files;
    try {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        for (const std::string &file : writeVisitSheetBook(*m_plan, visitSheets(*m_project.world, *m_plan),
                                                           m_project.scene, m_project.styles, path.toStdString()))
            files << QString::fromStdString(file);
        QGuiApplication::restoreOverrideCursor();
        emit statusMessage(tr("Visit sheets written: %1").arg(files.join(QStringLiteral(", "))));
    } catch (const std::exception &error) {
        QGuiApplication::restoreOverrideCursor();
        showError(tr("Could not print the visit sheets"), tr("Could not write %1.").arg(QDir::toNativeSeparators(path)),
                  QString::fromStdString(error.what()));
    }
    return files;
}

void VisitController::retranslate()
{
    m_dock->setWindowTitle(tr("Visit rounds"));
    refreshRecords();
}

void VisitController::showError(const QString &title, const QString &text, const QString &details)
{
    auto *box = new QMessageBox(QMessageBox::Critical, title, text, QMessageBox::Ok, m_window);
    box->setInformativeText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace lianxin
