#pragma once
// Identify results: a tree of layer → feature → (field, value) rows. Field names are
// the layers' Chinese aliases in the Chinese interface and the attribute names in the
// English one. Choosing a feature asks the canvas to highlight it.
#include "render/mapscene.h"

#include <QWidget>

#include <vector>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace lianxin {

class IdentifyPanel : public QWidget {
    Q_OBJECT

public:
    explicit IdentifyPanel(QWidget *parent = nullptr);

    // Hits topmost layer first (MapScene::featuresAt order); empty shows "nothing here".
    void showResults(std::vector<FeatureHit> hits);
    void clear();
    const std::vector<FeatureHit> &results() const { return m_hits; }
    QTreeWidget *tree() const { return m_tree; }

signals:
    void featureChosen(const lianxin::FeatureHit &hit);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();
    void onCurrentChanged(QTreeWidgetItem *item);

    QTreeWidget *m_tree = nullptr; // child
    QLabel *m_summary = nullptr;   // child
    std::vector<FeatureHit> m_hits;
    bool m_identified = false; // whether a click happened (empty results say so)
};

// The short name of a feature: its code, name or address, else "#id".
QString featureCaption(const FeatureHit &hit);

} // namespace lianxin
