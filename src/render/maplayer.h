#pragma once
// One drawable layer of the map: features (geometry + attribute values) with a spatial
// index, built once from the World and then read-only, so render jobs on worker
// threads can share it without locks.
#include "core/boxindex.h"
#include "core/places.h"
#include "render/featurevalue.h"

#include <QString>

#include <vector>

namespace lianxin {

enum class GeometryKind { Point, Polygon };

struct MapField {
    QString name;  // e.g. "code" (what SLD filters and labels refer to)
    QString alias; // Chinese display name, e.g. "住户编号" (what the identify panel shows)
};

struct MapFeature {
    Id id = 0;
    PointXY point;         // GeometryKind::Point
    MultiPolygon polygons; // GeometryKind::Polygon
    PointXY labelPoint;    // where a label or marker goes: the point itself, or inside the polygon
    Box bounds;
    std::vector<FeatureValue> values; // one per MapLayer::fields(), same order
};

class MapLayer {
public:
    MapLayer(QString id, QString title, GeometryKind kind, std::vector<MapField> fields,
             std::vector<MapFeature> features);

    const QString &id() const { return m_id; }
    const QString &title() const { return m_title; } // English source text; the app translates
    GeometryKind kind() const { return m_kind; }
    const std::vector<MapField> &fields() const { return m_fields; }
    const std::vector<MapFeature> &features() const { return m_features; }
    const Box &extent() const { return m_extent; }
    // Point layers: every feature's point in feature order, a compact copy for scans that
    // touch all of them (density cells of 1.5 million households); empty for polygons.
    const std::vector<PointXY> &points() const { return m_points; }

    // Indexes of the features whose bounds intersect `box`, ascending.
    void query(const Box &box, std::vector<std::size_t> &hits) const;
    // The value of `field` for feature `index` (monostate if the layer has no such field).
    FeatureValue value(std::size_t index, const QString &field) const;
    int fieldIndex(const QString &field) const; // -1 if absent

private:
    QString m_id;
    QString m_title;
    GeometryKind m_kind;
    std::vector<MapField> m_fields;
    std::vector<MapFeature> m_features;
    Box m_extent;
    BoxIndex m_index;
    std::vector<PointXY> m_points;
};

// Text of a value for labels and the identify panel.
QString toDisplayString(const FeatureValue &value);

} // namespace lianxin
