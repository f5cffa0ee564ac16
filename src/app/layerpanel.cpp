#include "app/layerpanel.h"

#include "app/layertitles.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSlider>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lianxin {

namespace {
constexpr int kIdRole = Qt::UserRole;
constexpr int kOpacityRole = Qt::UserRole + 1;
constexpr int kCountRole = Qt::UserRole + 2;
} // namespace

LayerPanel::LayerPanel(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_up(new QToolButton(this))
    , m_down(new QToolButton(this))
    , m_opacityLabel(new QLabel(this))
    , m_opacity(new QSlider(Qt::Horizontal, this))
    , m_opacityValue(new QLabel(this))
{
    m_tree->setColumnCount(2);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);

    m_up->setArrowType(Qt::UpArrow);
    m_down->setArrowType(Qt::DownArrow);
    m_opacity->setRange(0, 100);
    m_opacity->setValue(100);
    m_opacity->setEnabled(false);
    m_opacityValue->setMinimumWidth(m_opacityValue->fontMetrics().horizontalAdvance(QStringLiteral("100 %")));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_opacityLabel);
    buttons->addWidget(m_opacity, 1);
    buttons->addWidget(m_opacityValue);
    buttons->addSpacing(6);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_tree, &QTreeWidget::itemChanged, this, &LayerPanel::onItemChanged);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &LayerPanel::onCurrentChanged);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem *item) { emit zoomToLayerRequested(item->data(0, kIdRole).toString()); });
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, &LayerPanel::showContextMenu);
    // A drop moves the rows inside the model; read the new order once the drop is done.
    connect(m_tree->model(), &QAbstractItemModel::rowsInserted, this,
            [this] { QTimer::singleShot(0, this, &LayerPanel::emitOrder); });
    connect(m_up, &QToolButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveSelected(1); });
    connect(m_opacity, &QSlider::valueChanged, this, &LayerPanel::onOpacitySlider);
    retranslate();
}

void LayerPanel::setLayers(const MapScene &scene, const std::vector<LayerSettings> &layers)
{
    const QSignalBlocker blocker(m_tree);
    m_scene = &scene;
    m_tree->clear();
    // Rows are dragged between rows, never into one another.
    m_tree->invisibleRootItem()->setFlags(m_tree->invisibleRootItem()->flags() | Qt::ItemIsDropEnabled);
    for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
        const MapLayer *layer = scene.layer(it->id);
        if (!layer)
            continue;
        auto *item = new QTreeWidgetItem(m_tree);
        item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setData(0, kIdRole, layer->id());
        item->setData(0, kOpacityRole, it->opacity);
        item->setCheckState(0, it->visible ? Qt::Checked : Qt::Unchecked);
        item->setData(0, kCountRole, static_cast<qlonglong>(layer->features().size()));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_lastOrder.clear();
    for (const LayerSettings &layer : layers)
        m_lastOrder.push_back(layer.id);
    retranslate();
    onCurrentChanged();
}

QStringList LayerPanel::layerIds() const
{
    QStringList ids;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        ids << m_tree->topLevelItem(i)->data(0, kIdRole).toString();
    return ids;
}

QString LayerPanel::currentLayerId() const
{
    const QTreeWidgetItem *item = currentLayerItem();
    return item ? item->data(0, kIdRole).toString() : QString();
}

void LayerPanel::selectLayer(const QString &layerId)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(0, kIdRole).toString() == layerId)
            m_tree->setCurrentItem(m_tree->topLevelItem(i));
}

void LayerPanel::moveSelected(int steps)
{
    QTreeWidgetItem *item = currentLayerItem();
    if (!item)
        return;
    const int from = m_tree->indexOfTopLevelItem(item);
    const int to = std::clamp(from + steps, 0, m_tree->topLevelItemCount() - 1);
    if (to == from)
        return;
    const QSignalBlocker blocker(m_tree->model()); // one order signal, not a remove and an insert
    m_tree->takeTopLevelItem(from);
    m_tree->insertTopLevelItem(to, item);
    m_tree->setCurrentItem(item);
    m_tree->viewport()->update();
    emitOrder();
}

void LayerPanel::emitOrder()
{
    std::vector<QString> bottomFirst;
    const QStringList ids = layerIds();
    for (auto it = ids.crbegin(); it != ids.crend(); ++it)
        bottomFirst.push_back(*it);
    if (bottomFirst == m_lastOrder)
        return;
    m_lastOrder = bottomFirst;
    emit orderChanged(bottomFirst);
}

void LayerPanel::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (column == 0)
        emit visibilityChanged(item->data(0, kIdRole).toString(), item->checkState(0) == Qt::Checked);
}

QTreeWidgetItem *LayerPanel::currentLayerItem() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    return item && !item->parent() ? item : nullptr;
}

void LayerPanel::onCurrentChanged()
{
    QTreeWidgetItem *item = currentLayerItem();
    m_opacity->setEnabled(item != nullptr);
    m_up->setEnabled(item && m_tree->indexOfTopLevelItem(item) > 0);
    m_down->setEnabled(item && m_tree->indexOfTopLevelItem(item) + 1 < m_tree->topLevelItemCount());
    const int percent = item ? qRound(item->data(0, kOpacityRole).toDouble() * 100.0) : 100;
    const QSignalBlocker blocker(m_opacity);
    m_opacity->setValue(percent);
    m_opacityValue->setText(QStringLiteral("%1 %").arg(percent));
}

void LayerPanel::onOpacitySlider(int percent)
{
    m_opacityValue->setText(QStringLiteral("%1 %").arg(percent));
    if (QTreeWidgetItem *item = currentLayerItem()) {
        item->setData(0, kOpacityRole, percent / 100.0);
        emit opacityChanged(item->data(0, kIdRole).toString(), percent / 100.0);
    }
}

void LayerPanel::showContextMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_tree->itemAt(pos);
    if (!item)
        return;
    const QString id = item->data(0, kIdRole).toString();
    QMenu menu(this);
    menu.addAction(tr("&Zoom to layer"), this, [this, id] { emit zoomToLayerRequested(id); });
    menu.addSeparator();
    menu.addAction(tr("Move &up"), this, [this, item] { m_tree->setCurrentItem(item); moveSelected(-1); });
    menu.addAction(tr("Move &down"), this, [this, item] { m_tree->setCurrentItem(item); moveSelected(1); });
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void LayerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LayerPanel::retranslate()
{
    m_tree->setHeaderLabels({tr("Layer"), tr("Features")});
    m_up->setToolTip(tr("Move the selected layer up"));
    m_down->setToolTip(tr("Move the selected layer down"));
    m_opacityLabel->setText(tr("Opacity"));
    m_opacity->setToolTip(tr("Opacity of the selected layer"));
    m_tree->setStatusTip(tr("Tick to show a layer; drag to reorder; double-click to zoom to it"));
    if (!m_scene)
        return;
    const QSignalBlocker blocker(m_tree);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (const MapLayer *layer = m_scene->layer(item->data(0, kIdRole).toString()))
            item->setText(0, LayerTitles::title(*layer));
        item->setText(1, QLocale().toString(item->data(0, kCountRole).toLongLong()));
    }
}

} // namespace lianxin
