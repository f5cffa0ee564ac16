#pragma once
// The "Grid boundaries" dock: the editing tools, the area buildings go to, Save with a
// note, the live impact (per area and department: buildings, households, residents,
// shops, open suggestions gained and lost; loads before and after; contact groups
// losing households), the coverage problems (a click shows the place) and the saved
// versions (show dashed, compare with today, restore). It only shows and asks; the
// controller edits.
#include "analysis/boundaryimpact.h"
#include "analysis/coveragerules.h"
#include "store/boundarystore.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QToolButton;
class QTreeWidget;

namespace lianxin {

class BoundaryPanel : public QWidget {
    Q_OBJECT

public:
    explicit BoundaryPanel(QWidget *parent = nullptr);
    void retranslate();

    void setAreas(const BoundaryLayout &layout); // the choice of areas to hand buildings to
    void setImpact(const BoundaryImpact &impact);
    void setProblems(const CoverageReport &report, const BoundaryLayout &layout);
    void setVersions(const std::vector<BoundaryVersion> &versions);
    void setComparison(const QString &text);
    void setMessage(const QString &text);
    void addRebalanceOffer(const QString &text, Id departmentId);
    void showVersionsTab();

    QTreeWidget *impactTree() const { return m_impact; }
    QListWidget *problemList() const { return m_problems; }
    QListWidget *versionList() const { return m_versions; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *messageLabel() const { return m_message; }
    QListWidget *offerList() const { return m_offers; }

signals:
    void toolChosen(int mode); // BoundaryTool::Mode
    void saveRequested(const QString &note);
    void renumberRequested();
    void assignRequested(lianxin::Id targetAreaId);
    void versionShowRequested(int version);
    void versionCompareRequested(int version);
    void versionRestoreRequested(int version);
    void problemChosen(const lianxin::PointXY &place);
    void rebalanceRequested(lianxin::Id departmentId, const QString &description);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildTools();
    QWidget *buildVersions();
    int chosenVersion() const;

    QButtonGroup *m_toolGroup = nullptr;
    std::vector<QToolButton *> m_toolButtons;
    QComboBox *m_target = nullptr;
    QPushButton *m_assign = nullptr;
    QPushButton *m_renumber = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_impact = nullptr;
    QListWidget *m_offers = nullptr;
    QListWidget *m_problems = nullptr;
    QListWidget *m_versions = nullptr;
    QPushButton *m_showVersion = nullptr;
    QPushButton *m_compareVersion = nullptr;
    QPushButton *m_restoreVersion = nullptr;
    QLabel *m_comparison = nullptr;
    QLabel *m_assignLabel = nullptr;
};

} // namespace lianxin
