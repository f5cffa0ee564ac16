#pragma once
// A small bar chart of group loads: for each load, how many groups carry it, before
// (grey) and after (orange) a rebalancing, with the allowed band shaded when one
// capacity applies to every group shown.
#include <QWidget>

#include <map>
#include <optional>
#include <utility>

namespace lianxin {

class LoadHistogram : public QWidget {
    Q_OBJECT

public:
    explicit LoadHistogram(QWidget *parent = nullptr);

    // load -> number of groups; `band` is the allowed [lower, upper] load, if common.
    void setHistograms(std::map<int, int> before, std::map<int, int> after,
                       std::optional<std::pair<int, int>> band = std::nullopt);
    void clear();
    bool isEmpty() const { return m_before.empty() && m_after.empty(); }

    QSize sizeHint() const override { return {280, 150}; }
    QSize minimumSizeHint() const override { return {160, 110}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::map<int, int> m_before;
    std::map<int, int> m_after;
    std::optional<std::pair<int, int>> m_band;
};

} // namespace lianxin
