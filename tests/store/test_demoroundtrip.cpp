// The real demo world (scale 1: 15,310 households on the real coastline) through the
// project file and back, unchanged.
#include "sampleworld.h"
#include "testsupport.h"

#include "demo/demoworld.h"
#include "store/database.h"

#include <catch2/catch.hpp>

using namespace lianxin;
using namespace lianxin::test;

TEST_CASE("The demo world survives a save and a load unchanged")
{
    DemoOptions options;
    options.coastlinePath = coastlinePath().string();
    const World world = generateDemoWorld(options);
    REQUIRE(world.households.size() == 15310);

    const std::string path = (freshTempDir("demoroundtrip") / "demo.sqlite").string();
    Database::create(path)->saveWorld(world);
    const auto db = Database::open(path, Database::Mode::ReadOnly);
    checkSameWorld(world, db->loadWorld());
    CHECK(db->foreignKeyProblems().empty());
    CHECK(db->tableCounts().at("resident") == 23301);
    CHECK(db->suggestionStatusCounts() ==
          std::map<std::string, long long>{{"blocked", 204}, {"done", 585}, {"in_progress", 224}});
}
