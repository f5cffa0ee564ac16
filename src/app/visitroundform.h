#pragma once
// The form of a new visit round in the visits dock: name, dates, scope, goal, order and
// the pace of the pairs.
// A Qt header first: moc's preprocessor fails on <concepts> (through core/date.h's
// <compare>) unless libstdc++'s configuration was read before.
#include <QObject>

#include "core/visitround.h"
#include "core/world.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace lianxin {

class VisitRoundForm : public QWidget {
    Q_OBJECT

public:
    explicit VisitRoundForm(QWidget *parent = nullptr);

    // The scopes offered: the county, every department and every township of `world`.
    void setWorld(const World &world);
    VisitRound round() const;
    void setRound(const VisitRound &round);
    void retranslate();

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *scopeBox() const { return m_scope; }
    QPushButton *createButton() const { return m_create; }

signals:
    void createRequested(const lianxin::VisitRound &round);

protected:
    void changeEvent(QEvent *event) override;

private:
    QLineEdit *m_name = nullptr; // children
    QDateEdit *m_start = nullptr;
    QDateEdit *m_end = nullptr;
    QComboBox *m_scope = nullptr;
    QCheckBox *m_priorityOnly = nullptr;
    QCheckBox *m_priorityFirst = nullptr;
    QSpinBox *m_perDay = nullptr;
    QPushButton *m_create = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_datesLabel = nullptr;
    QLabel *m_scopeLabel = nullptr;
    QLabel *m_perDayLabel = nullptr;
};

} // namespace lianxin
