#include "render/mapscene.h"

#include "render/mapscenebuilder.h"

#include <algorithm>
#include <cmath>

namespace lianxin {

namespace {

double squaredDistanceToSegment(const PointXY &p, const PointXY &a, const PointXY &b)
{
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double lengthSquared = dx * dx + dy * dy;
    double t = lengthSquared > 0.0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const double ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y;
    return ex * ex + ey * ey;
}

double distanceToRing(const PointXY &p, const Ring &ring)
{
    double best = HUGE_VAL;
    for (std::size_t i = 0; i + 1 < ring.size(); ++i)
        best = std::min(best, squaredDistanceToSegment(p, ring[i], ring[i + 1]));
    return std::sqrt(best);
}

// 0 inside the feature, else the distance to its nearest edge or its point.
double distanceTo(const MapLayer &layer, const MapFeature &feature, const PointXY &p)
{
    if (layer.kind() == GeometryKind::Point)
        return std::hypot(feature.point.x - p.x, feature.point.y - p.y);
    double best = HUGE_VAL;
    for (const Polygon &polygon : feature.polygons) {
        if (polygonContains(polygon, p))
            return 0.0;
        best = std::min(best, distanceToRing(p, polygon.outer));
        for (const Ring &hole : polygon.holes)
            best = std::min(best, distanceToRing(p, hole));
    }
    return best;
}

// Codes are typed in any case ("h000123"); Chinese text has no case.
std::string asciiLower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

} // namespace

const std::vector<QString> &MapScene::layerOrder()
{
    static const std::vector<QString> order = {
        QStringLiteral("islands"),   QStringLiteral("townships"), QStringLiteral("villages"),
        QStringLiteral("grid_areas"), QStringLiteral("buildings"), QStringLiteral("shops"),
        QStringLiteral("group_territories"), QStringLiteral("topic_threads"), QStringLiteral("households"),
        QStringLiteral("suggestions"),
    };
    return order;
}

std::shared_ptr<const MapScene> MapScene::fromWorld(const World &world, const std::function<bool(double)> &progress)
{
    return MapSceneBuilder(world, progress).build();
}

const MapLayer *MapScene::layer(const QString &id) const
{
    for (const auto &layer : m_layers)
        if (layer->id() == id)
            return layer.get();
    return nullptr;
}

Box MapScene::fullExtent() const { return m_fullExtent; }

std::vector<FeatureHit> MapScene::featuresAt(const PointXY &p, double tolerance,
                                             const std::vector<QString> &layerIds) const
{
    std::vector<FeatureHit> result;
    if (!std::isfinite(p.x) || !std::isfinite(p.y))
        return result;
    tolerance = std::max(0.0, tolerance);
    const Box around{p.x - tolerance, p.y - tolerance, p.x + tolerance, p.y + tolerance};
    std::vector<std::size_t> candidates;
    // layerIds are in drawing order, bottom first; the identify panel wants the top first.
    for (auto id = layerIds.rbegin(); id != layerIds.rend(); ++id) {
        const MapLayer *found = layer(*id);
        if (!found)
            continue;
        found->query(around, candidates);
        std::vector<std::pair<double, std::size_t>> near;
        for (std::size_t index : candidates) {
            const double distance = distanceTo(*found, found->features()[index], p);
            if (distance <= tolerance)
                near.emplace_back(distance, index);
        }
        // Nearest first; a tie (two polygons both containing p) keeps the input order.
        std::stable_sort(near.begin(), near.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[distance, index] : near)
            result.push_back(FeatureHit{found, index});
    }
    return result;
}

std::vector<FeatureHit> MapScene::search(const QString &text, std::size_t limit) const
{
    std::vector<FeatureHit> exact, partial;
    const std::string needle = asciiLower(text.trimmed().toStdString());
    if (needle.empty() || limit == 0)
        return {};
    // Grid areas first: a name like "乐园" most likely means the area, not an address in it.
    const std::pair<const char *, std::vector<const char *>> searchable[] = {
        {"grid_areas", {"code", "name"}},
        {"buildings", {"address"}},
        {"households", {"code"}},
    };
    // A bare number is a household id, as the registers and the identify panel show it.
    bool isNumber = false;
    const long long householdId = text.trimmed().toLongLong(&isNumber);
    if (const MapLayer *households = layer(QStringLiteral("households")); isNumber && households) {
        const auto &features = households->features();
        for (std::size_t i = 0; i < features.size() && exact.size() < limit; ++i)
            if (features[i].id == householdId)
                exact.push_back(FeatureHit{households, i});
    }
    for (const auto &[layerId, fields] : searchable) {
        const MapLayer *found = layer(QString::fromLatin1(layerId));
        if (!found)
            continue;
        std::vector<int> columns;
        for (const char *field : fields)
            if (const int column = found->fieldIndex(QString::fromLatin1(field)); column >= 0)
                columns.push_back(column);
        const auto &features = found->features();
        for (std::size_t i = 0; i < features.size() && exact.size() < limit; ++i) {
            bool isExact = false, isPartial = false;
            for (int column : columns) {
                const auto *value = std::get_if<std::string>(&features[i].values[static_cast<std::size_t>(column)]);
                if (!value)
                    continue;
                const std::string haystack = asciiLower(*value);
                isExact = isExact || haystack == needle;
                isPartial = isPartial || haystack.find(needle) != std::string::npos;
            }
            if (isExact)
                exact.push_back(FeatureHit{found, i});
            else if (isPartial && partial.size() < limit)
                partial.push_back(FeatureHit{found, i});
        }
    }
    for (const FeatureHit &hit : partial) {
        if (exact.size() >= limit)
            break;
        exact.push_back(hit);
    }
    return exact;
}

} // namespace lianxin
