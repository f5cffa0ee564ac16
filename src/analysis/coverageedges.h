#pragma once
// The shared-edge view of a grid coverage: the editor moves borders here, never one
// polygon at a time, so two areas sharing a border cannot drift apart.
//
// Every ring of every area and of the urban outline becomes a list of NODES. Vertices
// closer than the tolerance are one node (QGIS's topological editing matches only equal
// coordinates, so a vertex 1 cm off its neighbour's stays behind: QGIS #35079, #39835),
// and a vertex within the tolerance of another ring's segment is put into that ring too
// (a T-junction becomes a shared node). Moving a node therefore moves it in every area
// that shares it; the areas' polygons are rebuilt from the nodes (layout()).
//
// A cluster of vertices takes the position of its first vertex in input order, urban
// outline first, then the areas in layout order; a vertex that snaps onto an outline
// segment moves onto it: the urban outline never moves unless an edit asks for it.
#include "analysis/boundarylayout.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace lianxin {

class CoverageEdges {
public:
    static constexpr int kOutline = -1; // RingNodes::area of a ring of the urban outline

    struct RingNodes {
        int area = kOutline;  // index into layout().areas, or kOutline
        std::size_t part = 0; // which polygon of the outline (outline rings only)
        bool hole = false;
        std::vector<std::size_t> nodes; // open: the first node is not repeated
    };

    // A border: a chain of nodes between two junctions along which the same areas (and
    // the outline, or not) lie on either side.
    struct Edge {
        std::vector<std::size_t> nodes;
        std::vector<Id> areaIds; // one (a border with the outline or with nothing) or two
        bool onOutline = false;
    };

    struct Segment {
        std::size_t a = 0;
        std::size_t b = 0;
    };

    // Throws std::invalid_argument for a tolerance that is not positive and finite.
    explicit CoverageEdges(BoundaryLayout layout, double tolerance = kDefaultSnapTolerance);

    double tolerance() const { return m_tolerance; }
    const std::vector<PointXY> &nodes() const { return m_nodes; }
    const std::vector<RingNodes> &rings() const { return m_rings; }
    bool isOutlineNode(std::size_t node) const;
    // Indices (into layout().areas) of the areas whose rings pass through the node.
    std::vector<std::size_t> areasAt(std::size_t node) const;
    std::vector<Edge> edges() const;

    // The node nearest to p within radius, if any.
    std::optional<std::size_t> nodeNear(const PointXY &p, double radius) const;
    // The segment of an area or outline ring nearest to p within radius, if any.
    std::optional<Segment> segmentNear(const PointXY &p, double radius) const;

    // Edits. Each throws EditRefused, changing nothing, when the node lies on the urban
    // outline (unless moveOutline) or in a locked area.
    void moveNode(std::size_t node, const PointXY &to, bool moveOutline = false);
    // Moves both ends of a segment by `delta`.
    void moveSegment(const Segment &segment, const PointXY &delta, bool moveOutline = false);
    // A new node on every ring running a->b or b->a, at the point of the segment nearest
    // to `near`; returns it. Changes no shape, so locks and the outline allow it.
    std::size_t insertNode(const Segment &segment, const PointXY &near);
    // Takes the node out of every ring. Refused for a junction of three or more borders
    // and when a ring would keep fewer than three nodes.
    void removeNode(std::size_t node, bool moveOutline = false);

    // The areas and outline rebuilt from the nodes; attributes as given.
    BoundaryLayout layout() const;

private:
    void addRing(int area, std::size_t part, bool hole, const Ring &ring, std::vector<PointXY> &vertices);
    void snapVertices(const std::vector<PointXY> &vertices);
    bool insertTJunctions();
    void indexNodeRings();
    void checkMovable(std::size_t node, bool moveOutline) const;
    std::string nodeName(std::size_t node) const;

    BoundaryLayout m_source;
    double m_tolerance = kDefaultSnapTolerance;
    std::vector<PointXY> m_nodes;
    std::vector<RingNodes> m_rings;
    std::vector<std::vector<std::size_t>> m_nodeRings; // rings through each node
};

} // namespace lianxin
