#pragma once
// The "Visit rounds" dock's widget: choose or create a round, plan it (progress, cancel),
// the groups with their load and progress, the chosen group's households in walking
// order to tick as visited, the coverage table and the sheets. It only shows and asks;
// VisitController does the work.
// A Qt header first: moc's preprocessor fails on <concepts> (through core/date.h's
// <compare>) unless libstdc++'s configuration was read before.
#include <QObject>

#include "analysis/visitcoverage.h"
#include "core/visitplan.h"
#include "core/visitrecord.h"
#include "core/world.h"

#include <QWidget>

#include <map>
#include <memory>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QCheckBox;
class QTabWidget;

namespace lianxin {

class VisitRoundForm;

class VisitPanel : public QWidget {
    Q_OBJECT

public:
    explicit VisitPanel(QWidget *parent = nullptr);

    void setWorld(std::shared_ptr<const World> world);
    // With no round yet the "New round" tab is shown.
    void setRounds(const std::vector<VisitRound> &rounds, Id current);
    // The plan of the current round (null: none yet) and the state of its households.
    void setPlan(std::shared_ptr<const VisitPlan> plan, const std::map<Id, HouseholdVisitState> &states);
    void setCoverage(const VisitCoverage &coverage);
    void setPlanning(bool running);
    void setProgress(double fraction);
    void retranslate();

    Id currentRoundId() const;
    int currentGroupRow() const;            // -1 if none
    void chooseGroupRow(int row);
    std::vector<Id> selectedHouseholds() const;
    void selectHouseholdRows(const std::vector<int> &rows);
    Date visitDate() const;
    CoverageLevel coverageLevel() const;
    bool showOpenOnMap() const;

    VisitRoundForm *roundForm() const { return m_form; }
    QTableWidget *groupTable() const { return m_groups; }
    QTableWidget *householdTable() const { return m_households; }
    QTableWidget *coverageTable() const { return m_coverage; }
    QLabel *coverageSummary() const { return m_summary; }
    QPushButton *planButton() const { return m_planButton; }
    QPushButton *outcomeButton(VisitOutcome outcome) const;

signals:
    void roundChosen(lianxin::Id roundId);
    void planRequested();
    void cancelRequested();
    void groupChosen(int row);
    void recordRequested(const std::vector<lianxin::Id> &households, lianxin::VisitOutcome outcome, lianxin::Date on);
    void printRequested();
    void coverageLevelChanged();
    void showOpenChanged(bool show);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillGroups();
    void fillHouseholds();

    std::shared_ptr<const World> m_world;
    std::shared_ptr<const VisitPlan> m_plan;
    std::map<Id, HouseholdVisitState> m_states;
    std::map<Id, const Household *> m_householdOf;

    QTabWidget *m_tabs = nullptr; // children
    VisitRoundForm *m_form = nullptr;
    QComboBox *m_rounds = nullptr;
    QPushButton *m_planButton = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_print = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_planSummary = nullptr;
    QTableWidget *m_groups = nullptr;
    QTableWidget *m_households = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_dateLabel = nullptr;
    QPushButton *m_seen = nullptr;
    QPushButton *m_absent = nullptr;
    QPushButton *m_moved = nullptr;
    QPushButton *m_refused = nullptr;
    QComboBox *m_level = nullptr;
    QCheckBox *m_showOpen = nullptr;
    QTableWidget *m_coverage = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace lianxin
