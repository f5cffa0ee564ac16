#pragma once
// Which parts of the output a layer painted, kept as a grid of square tiles: the render
// job clears and composes only those (the islands of the county touch a tenth of the
// frame, their bounding box most of it).
#include <QRect>
#include <QRectF>

#include <vector>

namespace lianxin {

class DirtyRegion {
public:
    DirtyRegion() = default;
    explicit DirtyRegion(const QSize &output);

    void add(const QRectF &rect);
    bool isEmpty() const { return m_empty; }
    // The dirty tiles as rectangles (runs of tiles along a row merged), inside the output.
    std::vector<QRect> rects() const;

private:
    static constexpr int kTile = 64;
    QSize m_output;
    int m_columns = 0;
    int m_rows = 0;
    std::vector<unsigned char> m_tiles;
    bool m_empty = true;
};

} // namespace lianxin
