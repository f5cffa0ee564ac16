#pragma once
// Previous/next extent, as a browser's back/forward: going back and then to a new place
// drops the forward entries. Only settled views are recorded (the canvas commits after a
// wheel or key burst), so one back step undoes one gesture, not one wheel notch.
#include "core/geometry.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace lianxin {

class ExtentHistory {
public:
    explicit ExtentHistory(std::size_t limit = 100);

    // Records `extent` as the current view; ignored when it equals the current entry.
    void push(const Box &extent);
    void clear();

    bool canGoBack() const { return m_current > 0 && !m_extents.empty(); }
    bool canGoForward() const { return m_current + 1 < m_extents.size(); }
    // Moves back/forward and returns the extent to show, or nothing at either end.
    std::optional<Box> back();
    std::optional<Box> forward();
    std::optional<Box> current() const;
    std::size_t size() const { return m_extents.size(); }

private:
    std::vector<Box> m_extents;
    std::size_t m_current = 0; // index into m_extents; meaningless while empty
    std::size_t m_limit;
};

} // namespace lianxin
