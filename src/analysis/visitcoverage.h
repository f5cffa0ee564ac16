#pragma once
// Coverage of a visit round (不漏一户): per group, department, grid area, village or
// township, how many of the round's households were visited, how many not yet, and how
// many were not at home twice; the open households, priority ones first.
#include "core/visitrecord.h"
#include "core/visitround.h"
#include "core/world.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lianxin {

enum class CoverageLevel { Group, Department, GridArea, Village, Township };

const char *toString(CoverageLevel level); // "group", "department", "grid", "village", "township"
std::optional<CoverageLevel> coverageLevelFromString(const std::string &text);

// visited + notVisited = households at every level and in the total; absentTwice counts
// not-visited households with two or more "not at home" records.
struct CoverageCounts {
    int households = 0;
    int visited = 0;
    int notVisited = 0;
    int absentTwice = 0;
    int seen = 0;    // visited, by the outcome that closed them
    int moved = 0;
    int refused = 0;
    int priority = 0;           // 五老/低保/困难/重病 households
    int priorityNotVisited = 0;
    void add(const CoverageCounts &other);
};

// A row of the table; id 0 gathers the households the level does not apply to (village
// households have no grid area, urban ones no village), so the rows always add up.
struct CoverageRow {
    Id id = 0;
    std::string name;
    CoverageCounts counts;
};

struct OpenHousehold {
    Id householdId = 0;
    std::string code;
    std::string address;
    std::string groupCode;
    unsigned flags = 0;
    int absentCount = 0;
};

struct VisitCoverage {
    CoverageLevel level = CoverageLevel::Group;
    std::vector<CoverageRow> rows; // by id
    CoverageCounts total;
    // Not yet visited: seriously ill first, then 五老/低保/困难, then twice absent, then
    // the rest; within each by group code and household code.
    std::vector<OpenHousehold> open;
    int recordsOutsideScope = 0; // records of households the round does not cover
};

// The state of every household of the round (in scope and goal), by household id.
std::map<Id, HouseholdVisitState> householdVisitStates(const World &world, const VisitRound &round,
                                                       const std::vector<VisitRecord> &records);

// Records of other rounds are ignored.
VisitCoverage visitCoverage(const World &world, const VisitRound &round, const std::vector<VisitRecord> &records,
                            CoverageLevel level);

} // namespace lianxin
