#pragma once
// The statistics panel (统计): county totals, a table per grid area, village or
// department (counts by status, on-time reply rate, satisfaction), the overdue list, and
// a choropleth of one statistic on the grid-area or village layer.
#include "analysis/suggestionstats.h"
#include "render/mapscene.h"
#include "render/style.h"
#include "render/stylelibrary.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QTableWidget;

namespace lianxin {

class StatsDock : public QWidget {
    Q_OBJECT

public:
    explicit StatsDock(QWidget *parent = nullptr);

    // Statistics as of today; removes a choropleth of the previous project.
    void setProject(std::shared_ptr<const World> world, std::shared_ptr<const MapScene> scene,
                    std::shared_ptr<const StyleLibrary> styles);
    void setGrouping(StatsGrouping grouping);
    // "" = no choropleth, else a statisticsFields() name (total, blocked, on_time_rate ...).
    void setChoroplethField(const QString &field);

    const SuggestionStatistics &statistics() const { return m_stats; }
    // The county figures as shown: total, done, in progress, blocked, on-time rate.
    QString countyText() const;
    QTableWidget *table() const { return m_table; }
    QTableWidget *overdueTable() const { return m_overdue; }
    QComboBox *choroplethCombo() const { return m_choropleth; }

signals:
    // A layer's style to show (a choropleth, or its own style back).
    void layerStyleRequested(const QString &layerId, const lianxin::Style &style);
    void failed(const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void recompute();
    void fillTables();
    void applyChoropleth();
    QString choroplethLayerId() const; // grid_areas or villages for the grouping; "" else
    void restoreStyle(const QString &layerId);
    void retranslate();

    std::shared_ptr<const World> m_world;
    std::shared_ptr<const MapScene> m_scene;
    std::shared_ptr<const StyleLibrary> m_styles;
    SuggestionStatistics m_stats;
    QString m_styledLayer; // the layer showing a choropleth now

    // Children (Qt parent owns them).
    QLabel *m_county = nullptr;
    QComboBox *m_grouping = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_overdueCaption = nullptr;
    QTableWidget *m_overdue = nullptr;
    QLabel *m_choroplethCaption = nullptr;
    QComboBox *m_choropleth = nullptr;
};

} // namespace lianxin
