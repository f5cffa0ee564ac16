// Exports write beside the target and rename: a failure never leaves half a file, and
// never touches the file already there.
#include "store/partialfile.h"
#include "store/storeerror.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

using namespace lianxin;

namespace {

std::string contents(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

} // namespace

TEST_CASE("The partial file keeps the extension last, beside the target")
{
    CHECK(partialPathFor("/tmp/out/heat.tif") == "/tmp/out/heat.partial.tif");
    CHECK(partialPathFor("rosters.xlsx") == "rosters.partial.xlsx"); // one ".xlsx": GDAL's /vsizip/ cuts at the first
    CHECK(partialPathFor("/a/b.c/threads.gpkg") == "/a/b.c/threads.partial.gpkg");
}

TEST_CASE("A finished write replaces the target, a failed one leaves it and no partial file")
{
    const auto dir = test::freshTempDir("partialfile");
    const auto target = dir / "out.csv";
    std::ofstream(target) << "old";

    writeThroughPartialFile(target.string(), "table", [](const std::string &partial) {
        CHECK(partial.find("out.partial.csv") != std::string::npos);
        std::ofstream(partial) << "new";
    });
    CHECK(contents(target) == "new");
    CHECK_FALSE(std::filesystem::exists(dir / "out.partial.csv"));

    CHECK_THROWS_WITH(writeThroughPartialFile(target.string(), "table",
                                              [](const std::string &partial) {
                                                  std::ofstream(partial) << "half";
                                                  throw std::runtime_error("disk full");
                                              }),
                      "disk full");
    CHECK(contents(target) == "new");
    CHECK_FALSE(std::filesystem::exists(dir / "out.partial.csv"));

    // A leftover of a killed run is cleared before writing.
    std::ofstream(dir / "out.partial.csv") << "leftover";
    writeThroughPartialFile(target.string(), "table", [](const std::string &partial) {
        CHECK_FALSE(std::filesystem::exists(partial));
        std::ofstream(partial) << "again";
    });
    CHECK(contents(target) == "again");

    // A missing folder is named before anything runs.
    bool called = false;
    CHECK_THROWS_AS(writeThroughPartialFile((dir / "missing" / "x.csv").string(), "table",
                                            [&](const std::string &) { called = true; }),
                    StoreError);
    CHECK_FALSE(called);
}
