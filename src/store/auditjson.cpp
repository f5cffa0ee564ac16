#include "store/auditjson.h"

#include <ogr_geometry.h>

#include <nlohmann/json.hpp>

namespace lianxin {

namespace {

std::string wktOf(const GeometryWkb &wkb)
{
    OGRGeometry *geometry = nullptr;
    if (OGRGeometryFactory::createFromWkb(wkb.bytes.data(), nullptr, &geometry, wkb.bytes.size()) != OGRERR_NONE ||
        !geometry)
        return "<unreadable geometry, " + std::to_string(wkb.bytes.size()) + " bytes>";
    std::string wkt = geometry->exportToWkt();
    OGRGeometryFactory::destroyGeometry(geometry);
    return wkt;
}

nlohmann::ordered_json toJson(const FieldValue &value)
{
    struct Convert {
        nlohmann::ordered_json operator()(std::monostate) const { return nullptr; }
        nlohmann::ordered_json operator()(std::int64_t v) const { return v; }
        nlohmann::ordered_json operator()(double v) const { return v; }
        nlohmann::ordered_json operator()(const std::string &v) const { return v; }
        nlohmann::ordered_json operator()(const GeometryWkb &v) const { return wktOf(v); }
    };
    return std::visit(Convert{}, value);
}

} // namespace

std::string auditJson(const RowChange &row, AuditSide side)
{
    nlohmann::ordered_json json = nlohmann::ordered_json::object();
    for (const FieldChange &field : row.fields)
        json[field.column] = toJson(side == AuditSide::Before ? field.before : field.after);
    // Text is kept as UTF-8 (the residents' words are Chinese); bad bytes are replaced.
    return json.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

} // namespace lianxin
