#pragma once
// Places map labels without overlaps: candidates are taken greedily in priority order
// and a label is dropped when every position it may take collides with a label already
// placed, a reserved box (legend, scale bar ...) or the edge of the map. Simple and
// deterministic, which is what a printed county map needs.
#include <QColor>
#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <vector>

class QPainter;

namespace lianxin {

struct LabelCandidate {
    QString text;      // lines separated by '\n'
    QPointF anchor;    // device pixels
    // Point features: the label sits beside a marker of this radius (right, left, above,
    // below, in that order of preference); polygons (0): centred on the anchor.
    double markerRadius = 0.0;
    bool besidePoint = false;
    QFont font;        // pixel-sized (device pixels)
    QColor fill{Qt::black};
    double haloRadius = 0.0; // device pixels
    QColor halo{Qt::white};
    int priority = 0;  // higher first; ties keep the order of add()
};

struct PlacedLabel {
    std::size_t candidate = 0; // index in add() order
    QString text;
    QRectF box; // device pixels, halo included: no two boxes intersect
    QStringList lines;
    std::vector<QPointF> baselines; // where each line starts, device pixels
};

class LabelEngine {
public:
    explicit LabelEngine(const QRectF &bounds);

    // Labels keep clear of this box (decorations).
    void reserve(const QRectF &box);
    void add(LabelCandidate candidate);
    std::size_t candidateCount() const { return m_candidates.size(); }

    // Runs the greedy placement (again, if called twice).
    const std::vector<PlacedLabel> &place();
    const std::vector<PlacedLabel> &placed() const { return m_placed; }

    // Draws the placed labels: halo first, then the text.
    void paint(QPainter &painter) const;

private:
    struct Measured {
        QStringList lines;
        std::vector<double> widths;
        QSizeF size; // text only
        double ascent = 0.0;
        double lineSpacing = 0.0;
    };
    Measured measure(const LabelCandidate &candidate) const;
    std::vector<QRectF> positions(const LabelCandidate &candidate, const Measured &measured) const;
    bool fits(const QRectF &box) const;
    void paintRaster(QPainter &painter, const PlacedLabel &label) const;
    void paintVector(QPainter &painter, const PlacedLabel &label) const;
    void occupy(const QRectF &box);

    QRectF m_bounds;
    std::vector<QRectF> m_reserved;
    std::vector<LabelCandidate> m_candidates;
    std::vector<PlacedLabel> m_placed;
    // Occupied boxes bucketed on a coarse grid so a check looks only at its neighbours.
    static constexpr double kBucketPixels = 64.0;
    int m_columns = 1;
    int m_rows = 1;
    std::vector<std::vector<QRectF>> m_buckets;
};

} // namespace lianxin
