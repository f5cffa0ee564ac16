#pragma once
// The grid coverage as the boundary editor holds it: the urban grid areas (网格片区) with
// their codes, departments and locks, and the urban outline they partition. A plain
// value: the editor's undo stack keeps one per step, so undo restores geometry exactly.
#include "core/world.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace lianxin {

// Vertices closer than this are one vertex, and a vertex this close to a border lies on
// it (metres). 5 cm: below what a survey of a town street can tell apart, above the
// rounding of coordinates that went through EPSG:4326 and back.
inline constexpr double kDefaultSnapTolerance = 0.05;

struct BoundaryArea {
    Id id = 0;
    std::string code;
    std::string name;
    Id departmentId = 0;
    Polygon geometry;
    bool locked = false; // a locked area neither gains nor loses ground
    friend bool operator==(const BoundaryArea &, const BoundaryArea &) = default;
};

struct BoundaryLayout {
    std::vector<BoundaryArea> areas;
    MultiPolygon outline; // the urban area(s); empty when the project has none

    const BoundaryArea *find(Id id) const;
    BoundaryArea *find(Id id);
    // The area with `code`, or nullptr.
    const BoundaryArea *findCode(const std::string &code) const;
    friend bool operator==(const BoundaryLayout &, const BoundaryLayout &) = default;
};

// The grid areas of `world` (sorted by id, unlocked) and its urban areas as the outline.
BoundaryLayout boundaryLayoutOf(const World &world);

// An edit the rules forbid (a locked area, the urban outline, a line that cuts nothing):
// the message says which rule and which area.
class EditRefused : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace lianxin
