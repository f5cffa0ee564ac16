#include "app/rebalancecontroller.h"

#include "app/mapcanvas.h"
#include "app/changesetcommand.h"
#include "app/projectwriter.h"
#include "app/rebalancepanel.h"
#include "store/assignmentstore.h"
#include "store/database.h"
#include "store/rosterexport.h"

#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QScrollArea>
#include <QUndoStack>

#include <exception>

namespace lianxin {

namespace {

// The settings, the buttons and the first rows of the metrics without scrolling.
constexpr int kMinimumDockHeight = 420;

// Zooms to what a preview is about when it is not fully on screen, or so small there
// (one department in the county view) that its marks would be a smudge.
void showFocus(MapCanvas *canvas, const PreviewOverlay &overlay)
{
    if (!overlay.focus || !canvas->scene())
        return;
    const Box view = canvas->extent();
    const Box &focus = *overlay.focus;
    const bool visible = view.contains({focus.minX, focus.minY}) && view.contains({focus.maxX, focus.maxY});
    const bool tiny = focus.width() * 4.0 < view.width() && focus.height() * 4.0 < view.height();
    if (!visible || tiny)
        canvas->zoomToBox(focus);
}

} // namespace

RebalanceController::RebalanceController(QMainWindow *window, MapCanvas *canvas, QUndoStack *undoStack)
    : QObject(window)
    , m_window(window)
    , m_canvas(canvas)
    , m_undoStack(undoStack)
    , m_dock(new QDockWidget(window))
{
    // Scrolled rather than squeezed when the dock area is shared: the table and the
    // histogram are unreadable below their natural height.
    auto *scroll = new QScrollArea(m_dock);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_panel = new RebalancePanel(scroll);
    scroll->setWidget(m_panel);
    scroll->setMinimumHeight(kMinimumDockHeight);
    m_dock->setObjectName(QStringLiteral("rebalanceDock")); // saveState() finds docks by name
    m_dock->setWidget(scroll);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_dock);

    connect(m_panel, &RebalancePanel::overlayChanged, this, [this](std::shared_ptr<const PreviewOverlay> overlay) {
        if (overlay)
            showFocus(m_canvas, *overlay);
        m_canvas->setPreviewOverlay(std::move(overlay));
    });
    connect(m_panel, &RebalancePanel::applyRequested, this, &RebalanceController::applyPreview);
    connect(m_panel, &RebalancePanel::exportRequested, this, &RebalanceController::chooseRosterFile);
    retranslate();
}

void RebalanceController::setProject(const LoadedProject &project)
{
    m_project = project;
    m_panel->setWorld(project.world); // drops the preview and its overlay
    m_canvas->setPreviewOverlay(nullptr);
}

void RebalanceController::retranslate() { m_dock->setWindowTitle(tr("Rebalance groups")); }

bool RebalanceController::applyPreview()
{
    const RebalancePreview *preview = m_panel->preview();
    if (!preview || !preview->ok() || preview->changes.empty() || m_project.path.isEmpty())
        return false;
    const QString path = m_project.path;
    const QString note = m_panel->describeRequest();
    const int households = static_cast<int>(preview->changes.size());
    auto command = std::make_unique<ChangeSetCommand>(
        tr("Rebalance (%n household(s))", "", households),
        groupChangeSet(preview->changes, {auditActor(), note.toStdString()}),
        // The audit log tells an undo from the rebalancing it takes back.
        tr("Undo of: %1").arg(note).toStdString(),
        [this, path](const ChangeSet &set, ChangeSetCommand::Direction) { return writeChanges(path, set); });
    if (!command->writeFirst().isEmpty())
        return false;
    m_panel->clearPreview(); // it is the database now; the reload shows it
    m_undoStack->push(command.release());
    return true;
}

ChangeSetCommand::WriteResult RebalanceController::writeChanges(const QString &path, const ChangeSet &set)
{
    const ChangeSetCommand::WriteResult result = writeChangeSet(path, set);
    if (!result.error.isEmpty()) {
        showError(tr("Could not change the groups"),
                  tr("Nothing was written to %1.").arg(QDir::toNativeSeparators(path)), result.error);
        return result;
    }
    emit statusMessage(tr("%n household(s) changed group; the audit log records it.", "",
                          static_cast<int>(set.rows.size())));
    emit reloadRequested();
    return result;
}

void RebalanceController::chooseRosterFile()
{
    if (!m_project.world)
        return;
    const QString start = QFileInfo(m_project.path).dir().filePath(tr("rosters") + QStringLiteral(".xlsx"));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export rosters"), start,
                                                      tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (!path.isEmpty())
        exportRosters(path);
}

int RebalanceController::exportRosters(const QString &path)
{
    if (!m_project.world)
        return -1;
    try {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const int rows = writeRosters(*m_project.world, path.toStdString());
        QGuiApplication::restoreOverrideCursor();
        emit statusMessage(tr("Rosters of %1 households written to %2")
                               .arg(QLocale().toString(rows), QDir::toNativeSeparators(path)));
        return rows;
    } catch (const std::exception &error) {
        QGuiApplication::restoreOverrideCursor();
        showError(tr("Could not export the rosters"), tr("Could not write %1.").arg(QDir::toNativeSeparators(path)),
                  QString::fromStdString(error.what()));
        return -1;
    }
}

void RebalanceController::showError(const QString &title, const QString &text, const QString &details)
{
    // Window-modal and not waited for, like the window's other errors.
    auto *box = new QMessageBox(QMessageBox::Critical, title, text, QMessageBox::Ok, m_window);
    box->setInformativeText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace lianxin
