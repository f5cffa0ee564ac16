#pragma once
// The state one validateWorld() call shares between its checks: the world and options,
// the report being filled, progress and cancellation, and what several checks need
// (id lookups, prepared polygon layers, the land mask), each built on first use.
#include "analysis/idlookup.h"
#include "analysis/landmask.h"
#include "analysis/polygonlayer.h"
#include "analysis/validation.h"
#include "core/geos.h"

#include <memory>
#include <string>

namespace lianxin::validation {

// Every layer's ids, for references that must resolve.
struct WorldIds {
    IdLookup islands, townships, departments, leaders, urbanAreas, gridAreas, villages, buildings, shops, cadres,
        groups, households, residents, suggestions, events, topicThreads;
};

class ValidationRun {
public:
    ValidationRun(const World &world, const ValidationOptions &options, ValidationReport &report);
    ~ValidationRun();
    ValidationRun(const ValidationRun &) = delete;
    ValidationRun &operator=(const ValidationRun &) = delete;

    const World &world() const { return m_world; }
    const ValidationOptions &options() const { return m_options; }
    double tolerance() const { return m_options.coverageToleranceM2; }
    const GeosContext &geos() const { return m_geos; }

    void addIssue(const char *check, const char *layer, Id featureId, std::string message);

    // The orchestrator gives each check its slice [start, end] of the overall 0..1.
    void enterSlice(double start, double end);
    // `done` of `total` items of the current check. Calls the callback only every few
    // thousand items, so loops may call it for each one; false once cancelled.
    bool progress(std::size_t done, std::size_t total);
    // Calls the callback at this fraction (0..1) of the current check; false once cancelled.
    bool progressAt(double within);
    // Calls the callback with this overall fraction; false once cancelled.
    bool reportFraction(double fraction);
    bool cancelled() const { return m_cancelled; }

    const WorldIds &ids();
    const PolygonLayer &islands();
    const PolygonLayer &urbanAreas();
    const PolygonLayer &gridAreas();
    const PolygonLayer &villages();
    const PolygonLayer &buildings();
    const LandMask &land();

private:
    const World &m_world;
    const ValidationOptions &m_options;
    ValidationReport &m_report;
    GeosContext m_geos; // declared before the layers: their prepared geometries use it
    double m_sliceStart = 0.0;
    double m_sliceEnd = 1.0;
    bool m_cancelled = false;
    std::unique_ptr<WorldIds> m_ids;
    std::unique_ptr<PolygonLayer> m_islands, m_urbanAreas, m_gridAreas, m_villages, m_buildings;
    std::unique_ptr<LandMask> m_land;
};

} // namespace lianxin::validation
