#pragma once
// The heat map's time slider: steps through the visit rounds or the calendar months of
// the suggestions (position 0 is "all"), and replays them one after another with a play
// button. It only says which period is chosen; the heat-map dock recomputes.
#include <vector> // before <compare> (via core/date.h): moc 6.4 cannot parse <compare> first

#include "core/date.h"

#include <QTimer>
#include <QWidget>

#include <optional>
#include <set>
#include <vector>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace lianxin {

struct World;

// A period as heat-map filter terms: rounds, or a date range (both empty: everything).
struct HeatmapPeriod {
    std::set<int> rounds;
    std::optional<Date> from;
    std::optional<Date> to;
};

class TimeSlider : public QWidget {
    Q_OBJECT

public:
    enum class Step { Round, Month };

    explicit TimeSlider(QWidget *parent = nullptr);

    // Rounds and months found in the World's suggestions.
    void setWorld(const World &world);
    void setStep(Step step);
    Step step() const { return m_step; }
    int periodCount() const; // without "all"
    // 0 = all periods, 1..periodCount() = one round or month.
    void setPosition(int position);
    int position() const;
    HeatmapPeriod currentPeriod() const;
    QString currentLabel() const;
    bool isPlaying() const { return m_playTimer.isActive(); }
    void play();
    void stop();
    QSlider *slider() const { return m_slider; }

signals:
    void periodChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();
    void advance();

    Step m_step = Step::Round;
    std::vector<int> m_rounds;    // ascending
    std::vector<Date> m_months;   // first day of each month, ascending
    QComboBox *m_stepCombo = nullptr; // children
    QSlider *m_slider = nullptr;
    QLabel *m_label = nullptr;
    QToolButton *m_play = nullptr;
    QTimer m_playTimer;
};

} // namespace lianxin
