#pragma once
// The checks validateWorld() runs, one function per check (or pair of checks sharing
// their work), each in its own file. Each adds its findings to the run and returns
// early once the run is cancelled.
namespace lianxin::validation {

class ValidationRun;

void checkGeometryValid(ValidationRun &run);      // geometrycheck.cpp
void checkGridOverlap(ValidationRun &run);        // coveragecheck.cpp
void checkGridCoverage(ValidationRun &run);       // coveragecheck.cpp: grid-gap, grid-outside
void checkBuildingsInGrid(ValidationRun &run);    // buildingcheck.cpp
void checkBuildingOverlap(ValidationRun &run);    // buildingcheck.cpp
void checkVillagesOnLand(ValidationRun &run);     // villagecheck.cpp
void checkHouseholdsOnLand(ValidationRun &run);   // householdcheck.cpp
void checkHouseholdPlacement(ValidationRun &run); // householdcheck.cpp
void checkReferences(ValidationRun &run);         // referencecheck.cpp
void checkGroupScope(ValidationRun &run);         // groupcheck.cpp
void checkSuggestionWorkflow(ValidationRun &run); // workflowcheck.cpp
void checkCounts(ValidationRun &run);             // countcheck.cpp

} // namespace lianxin::validation
