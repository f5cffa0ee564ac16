#pragma once
// The permanent part of the status bar: cursor position in EPSG:4549 metres and in
// lon/lat, the map scale (1:N) and how long the last frame took to render.
#include "core/geometry.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;

namespace lianxin {

class Projector;
struct LonLat;

class StatusReadout : public QWidget {
    Q_OBJECT

public:
    explicit StatusReadout(QWidget *parent = nullptr);
    ~StatusReadout() override;

    void setCursorPosition(const PointXY &p);
    void clearCursorPosition();
    void setScale(double denominator);
    void setRenderTime(qint64 milliseconds);

    QString scaleText() const;
    QString coordinateText() const;
    QString lonLatText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    std::optional<LonLat> lonLatOf(const PointXY &p) const;

    QLabel *m_coordinates = nullptr; // children
    QLabel *m_lonLat = nullptr;
    QLabel *m_scale = nullptr;
    QLabel *m_renderTime = nullptr;
    // Made once (see the constructor), then reused: a cache, so const readers may fill it.
    mutable std::unique_ptr<Projector> m_projector;
    std::optional<PointXY> m_cursor;
    double m_scaleDenominator = 0.0;
    qint64 m_renderMs = -1;
};

} // namespace lianxin
