#include "app/mainwindow.h"

#include "app/changesetcommand.h"

#include "app/boundarycontroller.h"
#include "app/hotspotpanels.h"
#include "app/identifypanel.h"
#include "app/layerpanel.h"
#include "app/mainactions.h"
#include "app/mapcanvas.h"
#include "app/messagelog.h"
#include "app/rebalancecontroller.h"
#include "app/rebalancepanel.h"
#include "app/recentfiles.h"
#include "app/searchbox.h"
#include "app/statusreadout.h"
#include "app/translations.h"
#include "app/visitcontroller.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace lianxin {

namespace {

constexpr int kStatusMessageMs = 6000;

// QSettings keys may not contain '/', so each database's extent is filed under its
// path in base64.
QString extentKey(const QString &path)
{
    return QStringLiteral("extents/") + QString::fromLatin1(QFileInfo(path).absoluteFilePath().toUtf8().toBase64(
                                            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<Box> savedExtent(const QString &path)
{
    const QRectF rect = QSettings().value(extentKey(path)).toRectF();
    if (!rect.isValid())
        return std::nullopt;
    return Box{rect.left(), rect.top(), rect.right(), rect.bottom()};
}

} // namespace

MainWindow::MainWindow(SavedState state, QWidget *parent)
    : QMainWindow(parent)
    , m_savedState(state)
    , m_actions(std::make_unique<MainActions>(this))
    , m_canvas(new MapCanvas(this))
    , m_layerPanel(new LayerPanel(this))
    , m_identifyPanel(new IdentifyPanel(this))
    , m_messageLog(new MessageLog(this))
    , m_searchBox(new SearchBox(this))
    , m_readout(new StatusReadout(this))
{
    // 1400×900, or less on a small screen.
    const QSize available = screen() ? screen()->availableSize() * 0.92 : QSize(1400, 900);
    resize(QSize(1400, 900).boundedTo(available));
    setCentralWidget(m_canvas);
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    m_layerDock = addDock(m_layerPanel, QStringLiteral("layersDock"), Qt::LeftDockWidgetArea);
    m_identifyDock = addDock(m_identifyPanel, QStringLiteral("identifyDock"), Qt::RightDockWidgetArea);
    m_messageDock = addDock(m_messageLog, QStringLiteral("messagesDock"), Qt::RightDockWidgetArea);
    tabifyDockWidget(m_identifyDock, m_messageDock);
    m_identifyDock->raise();
    resizeDocks({m_layerDock, m_identifyDock}, {260, 300}, Qt::Horizontal);
    m_hotspots = new HotspotPanels(this, m_canvas);
    m_undoStack = new QUndoStack(this);
    m_rebalance = new RebalanceController(this, m_canvas, m_undoStack);
    tabifyDockWidget(m_identifyDock, m_rebalance->dock());
    m_boundaries = new BoundaryController(this, m_canvas, m_undoStack);
    tabifyDockWidget(m_identifyDock, m_boundaries->dock());
    m_visits = new VisitController(this, m_canvas, m_undoStack);
    tabifyDockWidget(m_identifyDock, m_visits->dock());
    m_identifyDock->raise();

    m_mapToolBar = addToolBar(QString());
    m_mapToolBar->setObjectName(QStringLiteral("mapToolBar"));
    m_mapToolBar->setIconSize(QSize(24, 24));
    m_mapToolBar->addAction(m_actions->open);
    m_mapToolBar->addSeparator();
    for (QAction *action : {m_actions->zoomIn, m_actions->zoomOut, m_actions->zoomFull, m_actions->zoomLayer,
                            m_actions->zoomSelection, m_actions->previousExtent, m_actions->nextExtent})
        m_mapToolBar->addAction(action);
    m_mapToolBar->addSeparator();
    m_mapToolBar->addAction(m_boundaries->modeAction());
    auto *spacer = new QWidget(m_mapToolBar); // the search field sits at the right end
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_mapToolBar->addWidget(spacer);
    m_mapToolBar->addWidget(m_searchBox);
    statusBar()->addPermanentWidget(m_readout);

    buildMenus();
    connectCanvas();
    connect(&m_loader, &QFutureWatcher<LoadedProject>::finished, this, &MainWindow::onLoaded);
    retranslate();

    if (m_savedState == SavedState::Restore) {
        QSettings settings;
        restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
        restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    }
}

// The loader cannot be interrupted mid-read; closing waits for it (never on a render).
MainWindow::~MainWindow() { m_loader.waitForFinished(); }

QDockWidget *MainWindow::addDock(QWidget *widget, const QString &objectName, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(this);
    dock->setObjectName(objectName); // saveState() finds docks by name
    dock->setWidget(widget);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::buildMenus()
{
    const MainActions &a = *m_actions;
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(a.open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentFiles = new RecentFiles(m_recentMenu, this);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(a.briefing);
    m_fileMenu->addAction(a.exportRosters);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(a.quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(a.undo);
    m_editMenu->addAction(a.redo);

    m_viewMenu = menuBar()->addMenu(QString());
    for (QAction *action : {a.zoomIn, a.zoomOut, a.zoomFull, a.zoomLayer, a.zoomSelection})
        m_viewMenu->addAction(action);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(a.previousExtent);
    m_viewMenu->addAction(a.nextExtent);
    m_viewMenu->addAction(a.clearSelection);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(a.showLabels);
    m_viewMenu->addAction(a.showDecorations);
    m_viewMenu->addSeparator();
    m_panelsMenu = m_viewMenu->addMenu(QString());
    for (QDockWidget *dock : {m_layerDock, m_identifyDock, m_messageDock})
        m_panelsMenu->addAction(dock->toggleViewAction());
    for (QDockWidget *dock : m_hotspots->docks())
        m_panelsMenu->addAction(dock->toggleViewAction());
    m_panelsMenu->addAction(m_rebalance->dock()->toggleViewAction());
    m_panelsMenu->addAction(m_boundaries->dock()->toggleViewAction());
    m_panelsMenu->addAction(m_visits->dock()->toggleViewAction());
    m_panelsMenu->addAction(m_mapToolBar->toggleViewAction());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addAction(a.languageChinese);
    m_languageMenu->addAction(a.languageEnglish);
    (interfaceLanguage() == QLatin1String("en") ? a.languageEnglish : a.languageChinese)->setChecked(true);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(a.about);

    connect(a.open, &QAction::triggered, this, &MainWindow::chooseDatabase);
    connect(a.briefing, &QAction::triggered, m_hotspots, &HotspotPanels::chooseBriefingFile);
    connect(m_hotspots, &HotspotPanels::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, kStatusMessageMs); });
    connect(m_hotspots, &HotspotPanels::reloadRequested, this, &MainWindow::reloadProject); // now with the new threads
    connect(a.exportRosters, &QAction::triggered, m_rebalance, &RebalanceController::chooseRosterFile);
    connect(m_rebalance, &RebalanceController::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, kStatusMessageMs); });
    connect(m_rebalance, &RebalanceController::reloadRequested, this, &MainWindow::reloadProject);
    connect(m_boundaries, &BoundaryController::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, kStatusMessageMs); });
    connect(m_boundaries, &BoundaryController::reloadRequested, this, &MainWindow::reloadProject);
    // Households a boundary save moved to another department: offered, never reassigned silently.
    connect(m_boundaries, &BoundaryController::rebalanceOffered, this, [this](Id departmentId, const QString &text) {
        m_rebalance->panel()->setScope({RebalanceScope::Kind::Department, departmentId});
        m_rebalance->dock()->show();
        m_rebalance->dock()->raise();
        statusBar()->showMessage(text, kStatusMessageMs);
    });
    connect(m_visits, &VisitController::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, kStatusMessageMs); });
    a.undo->setEnabled(false);
    a.redo->setEnabled(false);
    connect(a.undo, &QAction::triggered, this, &MainWindow::undoEdit);
    connect(a.redo, &QAction::triggered, this, &MainWindow::redoEdit);
    connect(m_undoStack, &QUndoStack::canUndoChanged, a.undo, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::canRedoChanged, a.redo, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::undoTextChanged, a.undo, &QAction::setStatusTip);
    connect(m_undoStack, &QUndoStack::redoTextChanged, a.redo, &QAction::setStatusTip);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(m_recentFiles, &RecentFiles::openRequested, this, &MainWindow::openDatabase);
    connect(a.languages, &QActionGroup::triggered, this,
            [this](QAction *action) { switchLanguage(action->data().toString()); });
    connect(a.about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Lianxin"),
                           tr("<b>Lianxin (连心) %1</b><p>The map of Changdao's grid-based community service network."
                              "<p>Coastline: GSHHG 2.3.7 (LGPL-3.0-or-later).")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::connectCanvas()
{
    const MainActions &a = *m_actions;
    connect(a.zoomIn, &QAction::triggered, m_canvas, &MapCanvas::zoomIn);
    connect(a.zoomOut, &QAction::triggered, m_canvas, &MapCanvas::zoomOut);
    connect(a.zoomFull, &QAction::triggered, m_canvas, &MapCanvas::zoomToFullExtent);
    connect(a.zoomSelection, &QAction::triggered, m_canvas, &MapCanvas::zoomToSelection);
    connect(a.zoomLayer, &QAction::triggered, this, [this] {
        if (const QStringList ids = m_layerPanel->layerIds(); !ids.isEmpty())
            m_canvas->zoomToLayer(m_layerPanel->currentLayerId().isEmpty() ? ids.first() : m_layerPanel->currentLayerId());
    });
    connect(a.previousExtent, &QAction::triggered, m_canvas, &MapCanvas::previousExtent);
    connect(a.nextExtent, &QAction::triggered, m_canvas, &MapCanvas::nextExtent);
    connect(a.clearSelection, &QAction::triggered, this, [this] {
        m_canvas->setHighlights({});
        m_identifyPanel->clear();
    });
    connect(a.showLabels, &QAction::toggled, m_canvas, &MapCanvas::setLabelsVisible);
    connect(a.showDecorations, &QAction::toggled, m_canvas, &MapCanvas::setDecorationsVisible);

    connect(m_canvas, &MapCanvas::historyChanged, this, [this] {
        m_actions->previousExtent->setEnabled(m_canvas->canGoBack());
        m_actions->nextExtent->setEnabled(m_canvas->canGoForward());
    });
    connect(m_canvas, &MapCanvas::extentChanged, this, [this] { m_readout->setScale(m_canvas->scaleDenominator()); });
    connect(m_canvas, &MapCanvas::cursorMoved, m_readout, &StatusReadout::setCursorPosition);
    connect(m_canvas, &MapCanvas::cursorLeft, m_readout, &StatusReadout::clearCursorPosition);
    connect(m_canvas, &MapCanvas::clicked, this, &MainWindow::identifyAt);
    connect(m_canvas->renderer(), &CanvasRenderer::frameReady, this, &MainWindow::onFrame);

    connect(m_layerPanel, &LayerPanel::visibilityChanged, m_canvas, &MapCanvas::setLayerVisible);
    connect(m_layerPanel, &LayerPanel::opacityChanged, m_canvas, &MapCanvas::setLayerOpacity);
    connect(m_layerPanel, &LayerPanel::orderChanged, m_canvas, &MapCanvas::setLayerOrder);
    connect(m_layerPanel, &LayerPanel::zoomToLayerRequested, m_canvas, &MapCanvas::zoomToLayer);
    connect(m_identifyPanel, &IdentifyPanel::featureChosen, this, &MainWindow::showFeature);
    connect(m_searchBox, &SearchBox::searchRequested, this, &MainWindow::search);
    connect(m_messageLog, &MessageLog::messageAdded, this, [this](MessageLog::Level level, const QString &text) {
        if (level != MessageLog::Level::Info)
            statusBar()->showMessage(text, kStatusMessageMs);
    });
}

void MainWindow::openDatabase(const QString &path)
{
    m_loadingPath = path;
    statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    if (!m_canvas->scene())
        m_canvas->setPlaceholderText(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    m_loader.setFuture(QtConcurrent::run(loadProject, path, defaultStylesFolder()));
}

void MainWindow::onLoaded()
{
    LoadedProject project = m_loader.result();
    m_loadingPath.clear();
    if (!project.error.isEmpty()) {
        const QString file = QDir::toNativeSeparators(project.path);
        m_messageLog->addMessage(MessageLog::Level::Error, tr("Could not open %1: %2").arg(file, project.error));
        m_canvas->setPlaceholderText(tr("Open a project database: File ▸ Open (%1)")
                                         .arg(m_actions->open->shortcut().toString(QKeySequence::NativeText)));
        // Window-modal and not waited for: the rest of the window stays usable.
        auto *box = new QMessageBox(QMessageBox::Critical, tr("Could not open the database"),
                                    tr("Could not open %1.").arg(file), QMessageBox::Ok, this);
        box->setInformativeText(project.error);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        emit databaseFailed(project.path, project.error);
        return;
    }
    showProject(project);
    if (std::exchange(m_reloadWhenLoaded, false))
        reloadProject();
}

void MainWindow::showProject(const LoadedProject &project)
{
    if (!m_project.path.isEmpty())
        saveViewState();
    if (project.path != m_project.path)
        m_undoStack->clear(); // its commands write to the database they were made on
    m_project = project;
    m_canvas->setScene(project.scene, project.styles);
    m_layerPanel->setLayers(*project.scene, m_canvas->layers());
    m_identifyPanel->clear();
    m_searchBox->setCompletions(project.searchTerms);
    m_recentFiles->add(project.path);
    retranslate(); // the title names the file

    std::optional<Box> extent = std::exchange(m_startExtent, std::nullopt);
    if (!extent && m_savedState == SavedState::Restore)
        extent = savedExtent(project.path);
    if (extent)
        m_canvas->setExtent(*extent);
    else
        m_canvas->zoomToFullExtent();
    m_hotspots->setProject(project); // after the view is set: a heat map fits the view
    m_rebalance->setProject(project);
    m_boundaries->setProject(project);
    m_visits->setProject(project);

    m_messageLog->addMessage(MessageLog::Level::Info,
                             tr("Opened %1: read in %2 ms, map built in %3 ms")
                                 .arg(QDir::toNativeSeparators(project.path))
                                 .arg(project.readMs)
                                 .arg(project.sceneMs));
    for (const QString &error : project.styles->errors())
        m_messageLog->addMessage(MessageLog::Level::Warning, tr("Style: %1 (the layer uses a default style)").arg(error));
    m_messageLog->addOnce(MessageLog::Level::Warning, QStringList(project.scene->problems().begin(), project.scene->problems().end()));
    if (project.styles->errors().isEmpty() && project.scene->problems().empty())
        statusBar()->showMessage(tr("%1 — %2 households, %3 suggestions")
                                     .arg(QFileInfo(project.path).fileName())
                                     .arg(QLocale().toString(static_cast<qlonglong>(project.world->households.size())))
                                     .arg(QLocale().toString(static_cast<qlonglong>(project.world->suggestions.size()))),
                                 kStatusMessageMs);
    emit databaseLoaded();
}

void MainWindow::onFrame(const CanvasFrame &frame)
{
    m_readout->setRenderTime(frame.renderMs);
    m_messageLog->addOnce(MessageLog::Level::Warning, frame.problems);
}

void MainWindow::identifyAt(const PointXY &p)
{
    const MapScene *scene = m_canvas->scene();
    if (!scene)
        return;
    std::vector<QString> visible; // bottom first, as drawn; the hits come back topmost first
    for (const LayerSettings &layer : m_canvas->layers())
        if (layer.visible && layer.opacity > 0.0)
            visible.push_back(layer.id);
    std::vector<FeatureHit> hits = scene->featuresAt(p, m_canvas->pickTolerance(), visible);
    m_canvas->setHighlights(hits.empty() ? std::vector<FeatureHit>{} : std::vector<FeatureHit>{hits.front()});
    m_identifyPanel->showResults(std::move(hits));
    m_identifyDock->show();
    m_identifyDock->raise();
}

bool MainWindow::search(const QString &text)
{
    const MapScene *scene = m_canvas->scene();
    std::vector<FeatureHit> hits = scene ? scene->search(text) : std::vector<FeatureHit>{};
    if (hits.empty()) {
        statusBar()->showMessage(tr("Not found: %1").arg(text), kStatusMessageMs);
        return false;
    }
    m_canvas->setHighlights({hits.front()});
    m_canvas->zoomToSelection();
    statusBar()->showMessage(tr("Search “%1”: %2 found").arg(text).arg(hits.size()), kStatusMessageMs);
    m_identifyPanel->showResults(std::move(hits));
    m_identifyDock->show();
    m_identifyDock->raise();
    return true;
}

void MainWindow::showFeature(const FeatureHit &hit)
{
    m_canvas->setHighlights({hit});
    const Box bounds = hit.layer->features()[hit.index].bounds;
    const Box view = m_canvas->extent();
    if (!view.contains({bounds.minX, bounds.minY}) || !view.contains({bounds.maxX, bounds.maxY}))
        m_canvas->zoomToSelection();
}

void MainWindow::chooseDatabase()
{
    const QString start = m_project.path.isEmpty() ? QString() : QFileInfo(m_project.path).path();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project database"), start,
                                                      tr("Lianxin databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::saveViewState()
{
    if (m_savedState != SavedState::Restore)
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (!m_project.path.isEmpty() && m_canvas->scene()) {
        const Box e = m_canvas->extent();
        settings.setValue(extentKey(m_project.path), QRectF(QPointF(e.minX, e.minY), QPointF(e.maxX, e.maxY)));
    }
}

void MainWindow::reloadProject()
{
    // While the user opens another file that open wins: a reload would replace it.
    if (m_project.path.isEmpty())
        return;
    if (!m_loadingPath.isEmpty()) {
        // The load in flight may have read the file before this write: read it again after.
        m_reloadWhenLoaded = m_loadingPath == m_project.path;
        return;
    }
    setStartExtent(m_canvas->extent());
    openDatabase(m_project.path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveViewState();
    event->accept();
}

void MainWindow::switchLanguage(const QString &code)
{
    setInterfaceLanguage(code); // Qt sends LanguageChange to every widget
    saveInterfaceLanguage(code);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    const QString title = tr("Lianxin — Changdao community service map");
    setWindowTitle(m_project.path.isEmpty() ? title : QFileInfo(m_project.path).fileName() + QStringLiteral(" — ") + title);
    m_actions->retranslate();
    (interfaceLanguage() == QLatin1String("en") ? m_actions->languageEnglish : m_actions->languageChinese)->setChecked(true);
    m_canvas->setMapLanguage(interfaceLanguage());
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_recentFiles->retranslate();
    m_viewMenu->setTitle(tr("&View"));
    m_panelsMenu->setTitle(tr("&Panels"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_layerDock->setWindowTitle(tr("Layers"));
    m_identifyDock->setWindowTitle(tr("Identify results"));
    m_messageDock->setWindowTitle(tr("Messages"));
    m_hotspots->retranslate();
    m_rebalance->retranslate();
    m_boundaries->retranslate();
    m_visits->retranslate();
    m_editMenu->setTitle(tr("&Edit"));
    m_mapToolBar->setWindowTitle(tr("Map navigation"));
    if (!m_canvas->scene() && m_loadingPath.isEmpty())
        m_canvas->setPlaceholderText(tr("Open a project database: File ▸ Open (%1)")
                                         .arg(m_actions->open->shortcut().toString(QKeySequence::NativeText)));
}

// The stack owns its commands, which we created non-const: the const_cast is sound. The
// write comes first so that a failed one leaves the stack where the file is.
void MainWindow::undoEdit()
{
    if (!m_undoStack->canUndo())
        return;
    auto *command = dynamic_cast<ChangeSetCommand *>(
        const_cast<QUndoCommand *>(m_undoStack->command(m_undoStack->index() - 1)));
    if (command && !command->writeBeforeUndo().isEmpty())
        return; // the writer has said why
    m_undoStack->undo();
}

void MainWindow::redoEdit()
{
    if (!m_undoStack->canRedo())
        return;
    auto *command = dynamic_cast<ChangeSetCommand *>(const_cast<QUndoCommand *>(m_undoStack->command(m_undoStack->index())));
    if (command && !command->writeBeforeRedo().isEmpty())
        return;
    m_undoStack->redo();
}

} // namespace lianxin
