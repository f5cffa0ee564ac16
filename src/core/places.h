#pragma once
// The map of the service network: islands, township-level units, urban grid areas,
// fishing villages, buildings and shops. Geometry in EPSG:4549 metres.
#include "core/geometry.h"

#include <cstdint>
#include <optional>
#include <string>

namespace lianxin {

using Id = std::int64_t;

// Coastline polygon (GSHHG), reference only.
struct Island {
    Id id = 0;
    std::string nameZh;           // empty for unnamed islets
    std::string nameEn;
    std::optional<Id> townshipId; // the unit that serves the island, if any
    Polygon geometry;
};

// 乡镇 / 街道 / 保护发展服务中心.
struct Township {
    Id id = 0;
    std::string name;       // e.g. "南长山街道"
    std::string unitType;   // "街道", "乡", "镇" or "保护发展服务中心"
    MultiPolygon geometry;  // the islands it serves
};

// The urban area (城区) that the grid areas partition.
struct UrbanArea {
    Id id = 0;
    std::string name;
    Id townshipId = 0;
    Polygon geometry;
};

// 网格片区: one of the 28 urban grid areas of South Changshan.
struct GridArea {
    Id id = 0;
    std::string code;   // e.g. "NCS-01"
    std::string name;   // e.g. "乐园片区"
    Id departmentId = 0; // the district department responsible for it
    Polygon geometry;
};

// 渔村.
struct Village {
    Id id = 0;
    std::string name;
    Id townshipId = 0;
    Id islandId = 0;
    Polygon geometry;
};

struct Building {
    Id id = 0;
    std::string address; // e.g. "乐园路12号"
    Id gridAreaId = 0;
    int floors = 1;
    Polygon geometry;
};

struct Shop {
    Id id = 0;
    std::string name;
    std::string category;
    std::optional<Id> buildingId;
    std::optional<Id> gridAreaId;
    PointXY location;
};

} // namespace lianxin
