#pragma once
// The layer panel: one row per map layer, topmost first (as in QGIS), with a visibility
// check box and the feature count; drag rows or use the arrow buttons to reorder; the
// slider sets the selected layer's opacity; the context menu zooms to a layer.
#include "render/mapscene.h"
#include "render/mapsettings.h"

#include <QWidget>

#include <vector>

class QLabel;
class QSlider;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace lianxin {

class LayerPanel : public QWidget {
    Q_OBJECT

public:
    explicit LayerPanel(QWidget *parent = nullptr);

    // Rows for the scene's layers with the given settings (bottom first).
    void setLayers(const MapScene &scene, const std::vector<LayerSettings> &layers);
    // Layer ids as listed, top first.
    QStringList layerIds() const;
    QString currentLayerId() const; // empty when no row is selected
    QTreeWidget *tree() const { return m_tree; }

    void selectLayer(const QString &layerId);
    void moveSelected(int steps); // negative moves up (towards the top of the map)

signals:
    void visibilityChanged(const QString &layerId, bool visible);
    void opacityChanged(const QString &layerId, double opacity);
    void orderChanged(const std::vector<QString> &bottomFirst);
    void zoomToLayerRequested(const QString &layerId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onItemChanged(QTreeWidgetItem *item, int column);
    void onCurrentChanged();
    void onOpacitySlider(int percent);
    void emitOrder();
    void showContextMenu(const QPoint &pos);
    QTreeWidgetItem *currentLayerItem() const;

    QTreeWidget *m_tree = nullptr; // children, owned by this widget (Qt parent)
    QToolButton *m_up = nullptr;
    QToolButton *m_down = nullptr;
    QLabel *m_opacityLabel = nullptr;
    QSlider *m_opacity = nullptr;
    QLabel *m_opacityValue = nullptr;
    const MapScene *m_scene = nullptr; // for translated titles; outlives the rows it names
    std::vector<QString> m_lastOrder;
};

} // namespace lianxin
