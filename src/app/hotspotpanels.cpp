#include "app/hotspotpanels.h"

#include "app/briefingcontent.h"
#include "app/heatmapdock.h"
#include "app/mapcanvas.h"
#include "app/statsdock.h"
#include "app/threadsdock.h"

#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QScrollArea>
#include <QtConcurrent/QtConcurrentRun>

namespace lianxin {

namespace {

BriefingOutcome writeBriefingFile(const BriefingContent &content, const QString &path)
{
    BriefingOutcome outcome;
    try {
        outcome.pages = writeBriefingPdf(content, path);
    } catch (const std::exception &e) {
        outcome.error = QString::fromStdString(e.what());
    }
    return outcome;
}

} // namespace

HotspotPanels::HotspotPanels(QMainWindow *window, MapCanvas *canvas)
    : QObject(window)
    , m_window(window)
    , m_canvas(canvas)
    , m_heatmap(new HeatmapDock)
    , m_threads(new ThreadsDock)
    , m_stats(new StatsDock)
{
    // The heat-map settings are a tall form: scrolled, so the dock never makes the
    // window taller than a laptop screen.
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_heatmap);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the form follows the dock's width
    scroll->setFrameShape(QFrame::NoFrame);
    m_heatmapDock = addDock(scroll, QStringLiteral("heatmapDock"));
    m_statsDock = addDock(m_stats, QStringLiteral("statisticsDock"));
    m_threadsDock = addDock(m_threads, QStringLiteral("threadsDock"));
    m_window->tabifyDockWidget(m_heatmapDock, m_statsDock);
    m_window->tabifyDockWidget(m_statsDock, m_threadsDock);
    m_heatmapDock->raise();

    m_heatmap->setViewProvider([canvas] { return canvas->extent(); });
    connect(m_heatmap, &HeatmapDock::overlayChanged, canvas, &MapCanvas::setHeatmap);
    connect(m_heatmap, &HeatmapDock::statusMessage, this, &HotspotPanels::statusMessage);
    connect(canvas, &MapCanvas::extentChanged, m_heatmap, &HeatmapDock::viewChanged);
    connect(m_threads, &ThreadsDock::threadChosen, canvas,
            [canvas](const std::vector<FeatureHit> &members, const Box &bounds) {
                canvas->setHighlights(members);
                canvas->zoomToBox(bounds);
            });
    connect(m_threads, &ThreadsDock::threadsSaved, this, [this](const QString &summary) {
        emit statusMessage(summary);
        emit reloadRequested();
    });
    connect(m_threads, &ThreadsDock::failed, this, &HotspotPanels::statusMessage);
    connect(m_stats, &StatsDock::layerStyleRequested, canvas, &MapCanvas::setLayerStyle);
    connect(m_stats, &StatsDock::failed, this, &HotspotPanels::statusMessage);
    connect(&m_briefing, &QFutureWatcher<BriefingOutcome>::finished, this, &HotspotPanels::onBriefingDone);
    retranslate();
}

// The PDF goes through a .partial file; let it finish rather than leave one behind.
HotspotPanels::~HotspotPanels() { m_briefing.waitForFinished(); }

QDockWidget *HotspotPanels::addDock(QWidget *widget, const QString &objectName)
{
    auto *dock = new QDockWidget(m_window);
    dock->setObjectName(objectName); // saveState() finds docks by name
    dock->setWidget(widget);
    m_window->addDockWidget(Qt::RightDockWidgetArea, dock);
    return dock;
}

std::vector<QDockWidget *> HotspotPanels::docks() const { return {m_heatmapDock, m_statsDock, m_threadsDock}; }

void HotspotPanels::setProject(const LoadedProject &project)
{
    m_project = project;
    m_heatmap->setWorld(project.world);
    m_threads->setProject(project.path, project.world, project.scene);
    m_stats->setProject(project.world, project.scene, project.styles);
}

void HotspotPanels::retranslate()
{
    m_heatmapDock->setWindowTitle(tr("Heat map"));
    m_statsDock->setWindowTitle(tr("Statistics"));
    m_threadsDock->setWindowTitle(tr("Topic threads"));
}

void HotspotPanels::chooseBriefingFile()
{
    if (!m_project.scene)
        return;
    const QString start = QFileInfo(m_project.path).dir().filePath(tr("briefing") + QStringLiteral(".pdf"));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save briefing report"), start, tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        writeBriefing(path);
}

void HotspotPanels::writeBriefing(const QString &path)
{
    if (!m_project.scene || isWritingBriefing())
        return;
    m_briefingPath = path;
    // The content is a copy (settings value, shared immutable scene and styles), so the
    // worker never touches what the window changes meanwhile.
    const BriefingContent content = BriefingContentBuilder::build(m_project, m_canvas->mapSettings(), QDate::currentDate());
    emit statusMessage(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    m_briefing.setFuture(QtConcurrent::run(writeBriefingFile, content, path));
}

void HotspotPanels::onBriefingDone()
{
    const BriefingOutcome outcome = m_briefing.result();
    const QString file = QDir::toNativeSeparators(m_briefingPath);
    if (outcome.error.isEmpty()) {
        emit statusMessage(tr("Briefing written: %1 (%n page(s))", nullptr, outcome.pages).arg(file));
        emit briefingWritten(m_briefingPath, outcome.pages);
        return;
    }
    // Window-modal and not waited for: the rest of the window stays usable.
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Briefing not written"),
                                tr("Could not write %1.").arg(file), QMessageBox::Ok, m_window);
    box->setInformativeText(outcome.error);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    emit briefingFailed(m_briefingPath, outcome.error);
}

} // namespace lianxin
