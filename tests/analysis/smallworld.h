#pragma once
// A small hand-made world that passes validation, for tests that break one thing at a
// time. Coordinates in metres:
//   island 1 (0,0)-(1000,1000) and island 2 (2000,0)-(2500,500);
//   urban area (100,100)-(500,500) split into grid areas 1..4 (quadrants of 200 m:
//   1 lower left, 2 lower right, 3 upper left, 4 upper right; 1-2 by department 1,
//   3-4 by department 2); building k (20 m square) in grid area k; building 4 has no
//   households; village 1 (600,600)-(950,950) on island 1, village 2 on island 2;
//   households 1-3 in buildings 1-3, 4-5 in village 1, 6 in village 2.
#include "analysis/validation.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace lianxin::test {

Polygon rectangle(double minX, double minY, double maxX, double maxY);
World smallWorld();

// The item with this id; throws std::out_of_range if there is none.
template <typename Item>
Item &byId(std::vector<Item> &items, Id id)
{
    for (Item &item : items) {
        if (item.id == id)
            return item;
    }
    throw std::out_of_range("no item with id " + std::to_string(id));
}

// Every issue on one line, for INFO() when a check fails.
std::string listIssues(const ValidationReport &report);

// Whether the report holds exactly one issue, and it is this one.
bool hasOnlyIssue(const ValidationReport &report, const std::string &check, const std::string &layer, Id featureId);

} // namespace lianxin::test
