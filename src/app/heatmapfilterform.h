#pragma once
// The heat map's filter lists (concern group and item, status, department, grid area),
// filled from the open World; "all" is the first entry of each. The time period is the
// time slider's business, not this form's.
#include "analysis/heatmapfilter.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace lianxin {

class HeatmapFilterForm : public QWidget {
    Q_OBJECT

public:
    explicit HeatmapFilterForm(QWidget *parent = nullptr);

    // Refills the lists; choices are kept where the new lists still have them (a reload).
    void setWorld(const World *world);
    HeatmapFilter filter() const;
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *gridAreaCombo() const { return m_gridArea; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillLists();
    void fillItems();
    void retranslate();

    const World *m_world = nullptr; // not owned; the dock holds the World while it is shown
    QComboBox *m_group = nullptr;   // children
    QComboBox *m_item = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_department = nullptr;
    QComboBox *m_gridArea = nullptr;
    std::vector<QLabel *> m_captions;
};

} // namespace lianxin
