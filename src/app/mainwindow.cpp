#include "app/mainwindow.h"

#include "app/mapview.h"
#include "store/database.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace lianxin {

namespace {

LoadedDatabase loadDatabase(const QString &path)
{
    try {
        const auto db = Database::open(path.toStdString(), Database::Mode::ReadOnly);
        return {std::make_shared<const World>(db->loadWorld()), {}};
    } catch (const std::exception &e) {
        return {nullptr, QString::fromStdString(e.what())};
    }
}

struct LayerRow {
    QString id;      // renderer layer name, empty if the table is not drawn
    QString title;   // shown to the user
    qsizetype count; // features or rows
};

std::vector<LayerRow> layerRows(const World &w)
{
    return {
        {"labels", MainWindow::tr("Labels"), -1},
        {"households", MainWindow::tr("Households"), static_cast<qsizetype>(w.households.size())},
        {"buildings", MainWindow::tr("Buildings"), static_cast<qsizetype>(w.buildings.size())},
        {"grid_areas", MainWindow::tr("Urban grid areas"), static_cast<qsizetype>(w.gridAreas.size())},
        {"villages", MainWindow::tr("Fishing villages"), static_cast<qsizetype>(w.villages.size())},
        {"urban_area", MainWindow::tr("Urban area"), static_cast<qsizetype>(w.urbanAreas.size())},
        {"islands", MainWindow::tr("Islands (coastline)"), static_cast<qsizetype>(w.islands.size())},
        {"", MainWindow::tr("Township units"), static_cast<qsizetype>(w.townships.size())},
        {"", MainWindow::tr("Shops"), static_cast<qsizetype>(w.shops.size())},
        {"", MainWindow::tr("Residents"), static_cast<qsizetype>(w.residents.size())},
        {"", MainWindow::tr("Cadres"), static_cast<qsizetype>(w.cadres.size())},
        {"", MainWindow::tr("Contact groups"), static_cast<qsizetype>(w.groups.size())},
        {"", MainWindow::tr("Suggestions"), static_cast<qsizetype>(w.suggestions.size())},
    };
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_mapView(new MapView(this))
{
    setWindowTitle(tr("Lianxin — Changdao community service map"));
    resize(1400, 900);
    setCentralWidget(m_mapView);

    auto *dock = new QDockWidget(tr("Layers"), this);
    dock->setObjectName(QStringLiteral("layersDock"));
    m_layerTree = new QTreeWidget(dock);
    m_layerTree->setColumnCount(2);
    m_layerTree->setHeaderLabels({tr("Layer"), tr("Features")});
    m_layerTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_layerTree->setRootIsDecorated(false);
    dock->setWidget(m_layerTree);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    connect(m_layerTree, &QTreeWidget::itemChanged, this, &MainWindow::onLayerItemChanged);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *openAction = fileMenu->addAction(tr("&Open database…"), this, &MainWindow::chooseDatabase);
    openAction->setShortcut(QKeySequence::Open);
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quitAction->setShortcut(QKeySequence::Quit);
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(dock->toggleViewAction());

    m_statusLabel = new QLabel(tr("No database open"), this);
    statusBar()->addWidget(m_statusLabel, 1);
    connect(&m_loader, &QFutureWatcher<LoadedDatabase>::finished, this, &MainWindow::onLoaded);
}

MainWindow::~MainWindow() { m_loader.waitForFinished(); }

void MainWindow::openDatabase(const QString &path)
{
    m_path = path;
    m_statusLabel->setText(tr("Loading %1…").arg(path));
    m_loader.setFuture(QtConcurrent::run(loadDatabase, path));
}

void MainWindow::onLoaded()
{
    const LoadedDatabase loaded = m_loader.result();
    if (!loaded.world) {
        m_statusLabel->setText(tr("Could not open %1").arg(m_path));
        QMessageBox::critical(this, tr("Could not open the database"), loaded.error);
        return;
    }
    fillLayerPanel(*loaded.world);
    m_mapView->setWorld(loaded.world);
    m_statusLabel->setText(tr("%1 — %2 households, %3 suggestions")
                               .arg(QFileInfo(m_path).fileName())
                               .arg(QLocale().toString(static_cast<qlonglong>(loaded.world->households.size())))
                               .arg(QLocale().toString(static_cast<qlonglong>(loaded.world->suggestions.size()))));
    emit databaseLoaded();
}

void MainWindow::fillLayerPanel(const World &world)
{
    const QSignalBlocker blocker(m_layerTree);
    m_layerTree->clear();
    for (const LayerRow &row : layerRows(world)) {
        auto *item = new QTreeWidgetItem(m_layerTree);
        item->setText(0, row.title);
        item->setText(1, row.count < 0 ? QString() : QLocale().toString(row.count));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, Qt::UserRole, row.id);
        if (!row.id.isEmpty()) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Checked);
        } else {
            item->setForeground(0, palette().color(QPalette::PlaceholderText));
        }
    }
}

void MainWindow::onLayerItemChanged(QTreeWidgetItem *item, int column)
{
    const QString layer = item->data(0, Qt::UserRole).toString();
    if (column == 0 && !layer.isEmpty())
        m_mapView->setLayerVisible(layer, item->checkState(0) == Qt::Checked);
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project database"), QFileInfo(m_path).path(),
                                                      tr("Lianxin databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

} // namespace lianxin
