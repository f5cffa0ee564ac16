#pragma once
// The seeded synthesis of the Changdao demo world (DESIGN.md, "The demo dataset"):
// deterministic for a seed, placed on the real coastline, reproducing the article's
// figures exactly at scale 1 and growing them `scale` times for benchmarks.
#include "core/world.h"

#include <cstdint>
#include <functional>
#include <string>

namespace lianxin {

struct DemoOptions {
    std::uint64_t seed = 20210501;
    int scale = 1;
    // The GSHHG coastline GeoJSON (data/changdao-coast.geojson).
    std::string coastlinePath;
    // Called with progress 0..1 and a short step name; return false to cancel.
    std::function<bool(double, const std::string &)> progress;
};

// Throws std::invalid_argument for a bad scale, StoreError for an unreadable coastline,
// and std::runtime_error("cancelled") when progress returns false.
World generateDemoWorld(const DemoOptions &options);

} // namespace lianxin
