#include "render/dirtyregion.h"

#include <algorithm>
#include <cmath>

namespace lianxin {

DirtyRegion::DirtyRegion(const QSize &output)
    : m_output(output)
    , m_columns((output.width() + kTile - 1) / kTile)
    , m_rows((output.height() + kTile - 1) / kTile)
    , m_tiles(static_cast<std::size_t>(std::max(0, m_columns * m_rows)), 0)
{
}

void DirtyRegion::add(const QRectF &rect)
{
    if (m_tiles.empty() || rect.isEmpty() || !std::isfinite(rect.left()) || !std::isfinite(rect.right())
        || !std::isfinite(rect.top()) || !std::isfinite(rect.bottom()))
        return;
    if (rect.right() < 0.0 || rect.bottom() < 0.0 || rect.left() >= m_output.width() || rect.top() >= m_output.height())
        return;
    const int c0 = std::clamp(static_cast<int>(std::floor(rect.left() / kTile)), 0, m_columns - 1);
    const int c1 = std::clamp(static_cast<int>(std::floor(rect.right() / kTile)), 0, m_columns - 1);
    const int r0 = std::clamp(static_cast<int>(std::floor(rect.top() / kTile)), 0, m_rows - 1);
    const int r1 = std::clamp(static_cast<int>(std::floor(rect.bottom() / kTile)), 0, m_rows - 1);
    for (int r = r0; r <= r1; ++r)
        std::fill_n(m_tiles.begin() + r * m_columns + c0, c1 - c0 + 1, 1);
    m_empty = false;
}

std::vector<QRect> DirtyRegion::rects() const
{
    std::vector<QRect> result;
    const QRect output(QPoint(0, 0), m_output);
    for (int r = 0; r < m_rows; ++r) {
        int c = 0;
        while (c < m_columns) {
            if (!m_tiles[static_cast<std::size_t>(r * m_columns + c)]) {
                ++c;
                continue;
            }
            const int start = c;
            while (c < m_columns && m_tiles[static_cast<std::size_t>(r * m_columns + c)])
                ++c;
            // Rows with the same run as the row above extend that rectangle instead.
            const QRect run = QRect(start * kTile, r * kTile, (c - start) * kTile, kTile).intersected(output);
            if (!result.empty() && result.back().left() == run.left() && result.back().right() == run.right()
                && result.back().bottom() + 1 == run.top())
                result.back().setBottom(run.bottom());
            else
                result.push_back(run);
        }
    }
    return result;
}

} // namespace lianxin
