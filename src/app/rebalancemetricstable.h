#pragma once
// The before/after figures of a rebalancing as a read-only table: loads, walks,
// compactness, households moved and the pairing rules the groups meet.
#include "analysis/balancemetrics.h"

#include <QTableWidget>

#include <optional>

namespace lianxin {

class RebalanceMetricsTable : public QTableWidget {
    Q_OBJECT

public:
    explicit RebalanceMetricsTable(QWidget *parent = nullptr);

    void setMetrics(const RebalanceMetrics &metrics);
    void clearMetrics();
    // The "after" cell of a row, for tests and copying: e.g. row 0 is the smallest load.
    QString afterText(int row) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();

    std::optional<RebalanceMetrics> m_metrics;
};

} // namespace lianxin
