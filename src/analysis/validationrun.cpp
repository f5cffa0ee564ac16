#include "analysis/validationrun.h"

#include <algorithm>

namespace lianxin::validation {

namespace {
// How many items a loop goes through between two progress callbacks.
constexpr std::size_t kProgressStride = 4096;
} // namespace

ValidationRun::ValidationRun(const World &world, const ValidationOptions &options, ValidationReport &report)
    : m_world(world)
    , m_options(options)
    , m_report(report)
{
}

ValidationRun::~ValidationRun() = default;

void ValidationRun::addIssue(const char *check, const char *layer, Id featureId, std::string message)
{
    m_report.issues.push_back({check, layer, featureId, std::move(message)});
}

void ValidationRun::enterSlice(double start, double end)
{
    m_sliceStart = start;
    m_sliceEnd = end;
}

bool ValidationRun::progress(std::size_t done, std::size_t total)
{
    if (done % kProgressStride != 0 || total == 0)
        return !m_cancelled;
    return progressAt(static_cast<double>(done) / static_cast<double>(total));
}

bool ValidationRun::progressAt(double within)
{
    return reportFraction(m_sliceStart + (m_sliceEnd - m_sliceStart) * std::clamp(within, 0.0, 1.0));
}

bool ValidationRun::reportFraction(double fraction)
{
    if (m_cancelled)
        return false;
    if (m_options.progress && !m_options.progress(std::clamp(fraction, 0.0, 1.0)))
        m_cancelled = true;
    return !m_cancelled;
}

const WorldIds &ValidationRun::ids()
{
    if (!m_ids) {
        const World &w = m_world;
        m_ids = std::make_unique<WorldIds>(WorldIds{
            IdLookup::of(w.islands), IdLookup::of(w.townships), IdLookup::of(w.departments),
            IdLookup::of(w.leaders), IdLookup::of(w.urbanAreas), IdLookup::of(w.gridAreas),
            IdLookup::of(w.villages), IdLookup::of(w.buildings), IdLookup::of(w.shops), IdLookup::of(w.cadres),
            IdLookup::of(w.groups), IdLookup::of(w.households), IdLookup::of(w.residents),
            IdLookup::of(w.suggestions), IdLookup::of(w.suggestionEvents), IdLookup::of(w.topicThreads)});
    }
    return *m_ids;
}

const PolygonLayer &ValidationRun::islands()
{
    if (!m_islands)
        m_islands = PolygonLayer::of(m_geos, m_world.islands);
    return *m_islands;
}

const PolygonLayer &ValidationRun::urbanAreas()
{
    if (!m_urbanAreas)
        m_urbanAreas = PolygonLayer::of(m_geos, m_world.urbanAreas);
    return *m_urbanAreas;
}

const PolygonLayer &ValidationRun::gridAreas()
{
    if (!m_gridAreas)
        m_gridAreas = PolygonLayer::of(m_geos, m_world.gridAreas);
    return *m_gridAreas;
}

const PolygonLayer &ValidationRun::villages()
{
    if (!m_villages)
        m_villages = PolygonLayer::of(m_geos, m_world.villages);
    return *m_villages;
}

const PolygonLayer &ValidationRun::buildings()
{
    if (!m_buildings)
        m_buildings = PolygonLayer::of(m_geos, m_world.buildings);
    return *m_buildings;
}

const LandMask &ValidationRun::land()
{
    if (!m_land)
        m_land = std::make_unique<LandMask>(m_geos, islands(), m_options.landInsetMetres);
    return *m_land;
}

} // namespace lianxin::validation
