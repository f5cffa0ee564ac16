#include "render/maplayer.h"

#include <cmath>
#include <utility>

namespace lianxin {

namespace {

std::vector<Box> boundsOf(const std::vector<MapFeature> &features)
{
    std::vector<Box> boxes;
    boxes.reserve(features.size());
    for (const MapFeature &feature : features)
        boxes.push_back(feature.bounds);
    return boxes;
}

} // namespace

MapLayer::MapLayer(QString id, QString title, GeometryKind kind, std::vector<MapField> fields,
                   std::vector<MapFeature> features)
    : m_id(std::move(id))
    , m_title(std::move(title))
    , m_kind(kind)
    , m_fields(std::move(fields))
    , m_features(std::move(features))
    , m_index(boundsOf(m_features))
{
    // An empty layer gets an inverted extent so it intersects nothing.
    m_extent = {HUGE_VAL, HUGE_VAL, -HUGE_VAL, -HUGE_VAL};
    for (const MapFeature &feature : m_features)
        m_extent = unite(m_extent, feature.bounds);
    if (m_kind == GeometryKind::Point) {
        m_points.reserve(m_features.size());
        for (const MapFeature &feature : m_features)
            m_points.push_back(feature.point);
    }
}

void MapLayer::query(const Box &box, std::vector<std::size_t> &hits) const
{
    hits.clear();
    if (!boxesIntersect(box, m_extent))
        return;
    // A view that holds the whole layer (the county at full extent) needs no tree walk:
    // at x100 that walk alone would cost more than drawing the density cells.
    if (box.minX <= m_extent.minX && box.minY <= m_extent.minY && box.maxX >= m_extent.maxX
        && box.maxY >= m_extent.maxY) {
        hits.resize(m_features.size());
        for (std::size_t i = 0; i < hits.size(); ++i)
            hits[i] = i;
        return;
    }
    m_index.query(box, hits);
}

int MapLayer::fieldIndex(const QString &field) const
{
    for (std::size_t i = 0; i < m_fields.size(); ++i)
        if (m_fields[i].name == field)
            return static_cast<int>(i);
    return -1;
}

FeatureValue MapLayer::value(std::size_t index, const QString &field) const
{
    const int column = fieldIndex(field);
    if (column < 0 || index >= m_features.size())
        return {};
    const std::vector<FeatureValue> &values = m_features[index].values;
    return static_cast<std::size_t>(column) < values.size() ? values[static_cast<std::size_t>(column)] : FeatureValue{};
}

QString toDisplayString(const FeatureValue &value)
{
    struct Visitor {
        QString operator()(std::monostate) const { return {}; }
        QString operator()(long long v) const { return QString::number(v); }
        // Shortest text that reads back as the same number, without exponent for map sizes.
        QString operator()(double v) const { return QString::number(v, 'g', 10); }
        QString operator()(const std::string &v) const { return QString::fromStdString(v); }
    };
    return std::visit(Visitor{}, value);
}

} // namespace lianxin
