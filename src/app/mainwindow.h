#pragma once
// The main window only wires docks, actions and the map view together.
#include "core/world.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <memory>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace lianxin {

class MapView;

struct LoadedDatabase {
    std::shared_ptr<const World> world;
    QString error; // empty on success
};

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads the project database off the GUI thread; the map shows it when ready.
    void openDatabase(const QString &path);
    MapView *mapView() const { return m_mapView; }

signals:
    void databaseLoaded();

private:
    void onLoaded();
    void fillLayerPanel(const World &world);
    void onLayerItemChanged(QTreeWidgetItem *item, int column);
    void chooseDatabase();

    MapView *m_mapView = nullptr;       // owned by the window (Qt parent)
    QTreeWidget *m_layerTree = nullptr; // owned by its dock
    QLabel *m_statusLabel = nullptr;    // owned by the status bar
    QString m_path;
    QFutureWatcher<LoadedDatabase> m_loader;
};

} // namespace lianxin
