// geometry-valid: every polygon of the map layers is non-empty, has finite coordinates
// and is valid in GEOS's sense (isValidReason), since every other spatial check assumes
// valid input.
#include "analysis/checks.h"
#include "analysis/featurenames.h"
#include "analysis/validationrun.h"

namespace lianxin::validation {

namespace {

class GeometryChecker {
public:
    explicit GeometryChecker(ValidationRun &run)
        : m_run(run)
    {
        const World &w = run.world();
        m_total = w.urbanAreas.size() + w.gridAreas.size() + w.villages.size() + w.buildings.size()
                  + w.townships.size() + w.islands.size();
    }

    template <typename Feature>
    bool checkLayer(const char *layer, const std::vector<Feature> &features, const PolygonLayer &polygons)
    {
        for (std::size_t i = 0; i < features.size(); ++i) {
            if (const auto &problem = polygons.problem(i))
                report(layer, features[i].id, describe(features[i]), *problem);
            if (!m_run.progress(++m_done, m_total))
                return false;
        }
        return true;
    }

    // Townships are multipolygons (the islands a unit serves): each part must be
    // buildable and the whole valid (parts may not overlap).
    bool checkTownships()
    {
        const GeosContext &geos = m_run.geos();
        for (const Township &township : m_run.world().townships) {
            if (auto problem = townshipProblem(geos, township.geometry))
                report(table::Township, township.id, describe(township), *problem);
            if (!m_run.progress(++m_done, m_total))
                return false;
        }
        return true;
    }

private:
    static std::optional<std::string> townshipProblem(const GeosContext &geos, const MultiPolygon &geometry)
    {
        if (geometry.empty())
            return std::string("empty geometry");
        for (std::size_t i = 0; i < geometry.size(); ++i) {
            if (auto problem = ringProblem(geometry[i]))
                return "part " + std::to_string(i + 1) + ": " + *problem;
        }
        const GeosGeometry multi = geos.multiPolygon(geometry);
        if (!multi)
            return "GEOS could not build it: " + geos.lastError();
        if (auto reason = geos.invalidReason(multi.get()))
            return readableReason(*reason);
        return std::nullopt;
    }

    void report(const char *layer, Id id, const std::string &name, const std::string &problem)
    {
        m_run.addIssue(validationcheck::GeometryValid, layer, id, name + ": invalid geometry: " + problem);
    }

    ValidationRun &m_run;
    std::size_t m_total = 0;
    std::size_t m_done = 0;
};

} // namespace

void checkGeometryValid(ValidationRun &run)
{
    const World &w = run.world();
    GeometryChecker checker(run);
    checker.checkLayer(table::UrbanArea, w.urbanAreas, run.urbanAreas())
        && checker.checkLayer(table::GridArea, w.gridAreas, run.gridAreas())
        && checker.checkLayer(table::Village, w.villages, run.villages())
        && checker.checkLayer(table::Building, w.buildings, run.buildings()) && checker.checkTownships()
        && checker.checkLayer(table::Island, w.islands, run.islands());
}

} // namespace lianxin::validation
