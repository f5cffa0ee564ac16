#pragma once
// The scale-1 demo world, generated once per test binary and shared by its test cases.
#include "demo/demoworld.h"
#include "testsupport.h"

namespace lianxin::test {

inline constexpr std::uint64_t kArticleSeed = 20210501;

inline DemoOptions demoOptions(std::uint64_t seed = kArticleSeed, int scale = 1)
{
    DemoOptions options;
    options.seed = seed;
    options.scale = scale;
    options.coastlinePath = coastlinePath().string();
    return options;
}

inline const World &articleWorld()
{
    static const World world = generateDemoWorld(demoOptions());
    return world;
}

} // namespace lianxin::test
