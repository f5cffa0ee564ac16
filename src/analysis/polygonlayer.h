#pragma once
// One polygon layer made ready for the checks: what is wrong with each feature's
// geometry (if anything), the valid ones as prepared GEOS geometries for repeated
// predicates, and an R-tree over their bounds.
#include "core/boxindex.h"
#include "core/geos.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lianxin::validation {

// What stops a polygon from becoming a GEOS geometry: an empty outer ring, a
// non-finite coordinate or a ring of fewer than 4 points (GEOS would reject them).
std::optional<std::string> ringProblem(const Polygon &polygon);

// GEOS's reason "Self-intersection[400 400]" as "Self-intersection at (400.0 400.0)".
std::string readableReason(const std::string &geosReason);

class PolygonLayer {
public:
    PolygonLayer(const GeosContext &geos, const std::vector<const Polygon *> &polygons);
    ~PolygonLayer();
    PolygonLayer(const PolygonLayer &) = delete;
    PolygonLayer &operator=(const PolygonLayer &) = delete;

    template <typename Feature>
    static std::unique_ptr<PolygonLayer> of(const GeosContext &geos, const std::vector<Feature> &features)
    {
        std::vector<const Polygon *> polygons;
        polygons.reserve(features.size());
        for (const Feature &feature : features)
            polygons.push_back(&feature.geometry);
        return std::make_unique<PolygonLayer>(geos, polygons);
    }

    std::size_t size() const { return m_entries.size(); }
    // Why feature i cannot be used (ringProblem or GEOS's invalid reason), nullopt if valid.
    const std::optional<std::string> &problem(std::size_t i) const { return m_entries[i].problem; }
    bool isValid(std::size_t i) const { return !m_entries[i].problem; }

    // Only for valid features.
    const GeosPrepared &prepared(std::size_t i) const { return *m_entries[i].prepared; }
    const GEOSGeometry *geometry(std::size_t i) const { return m_entries[i].prepared->geometry(); }
    double area(std::size_t i) const { return m_entries[i].area; }
    // The bounds of the finite coordinates (of an invalid feature too).
    const Box &bounds(std::size_t i) const { return m_entries[i].bounds; }

    // Valid features whose bounds meet `box`, ascending.
    void query(const Box &box, std::vector<std::size_t> &hits) const { m_index.query(box, hits); }
    // Whether `box` meets the bounds of an invalid feature. Where an invalid feature lies,
    // other checks would only echo its geometry error, so they leave that place alone.
    bool nearInvalid(const Box &box) const;
    const std::vector<Box> &invalidBounds() const { return m_invalidBounds; }

private:
    struct Entry {
        std::optional<std::string> problem;
        std::unique_ptr<GeosPrepared> prepared;
        Box bounds;
        double area = 0.0;
    };
    std::vector<Entry> m_entries;
    BoxIndex m_index;
    std::vector<Box> m_invalidBounds;
};

} // namespace lianxin::validation
