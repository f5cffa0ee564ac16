#include "clirunner.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>

using namespace lianxin::test;
namespace fs = std::filesystem;

namespace {

// Width and height from a PNG's IHDR chunk (bytes 16..23, big-endian).
std::pair<std::uint32_t, std::uint32_t> pngSize(const fs::path &file)
{
    const std::string bytes = fileBytes(file);
    REQUIRE(bytes.size() > 24);
    REQUIRE(bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
    auto word = [&](std::size_t at) {
        std::uint32_t v = 0;
        for (std::size_t i = 0; i < 4; ++i)
            v = (v << 8) | static_cast<unsigned char>(bytes[at + i]);
        return v;
    };
    return {word(16), word(20)};
}

bool leftovers(const fs::path &dir)
{
    if (!fs::is_directory(dir))
        return false;
    for (const auto &entry : fs::directory_iterator(dir))
        if (entry.path().string().find(".partial") != std::string::npos)
            return true;
    return false;
}

void requireFails(const std::vector<std::string> &args, const std::string &message, const fs::path &out)
{
    const CliResult result = runCli(args);
    INFO(result.err);
    CHECK(result.exitCode == 2);
    CHECK(result.err.find(message) != std::string::npos);
    CHECK_FALSE(fs::exists(out));
    CHECK_FALSE(leftovers(out.parent_path()));
}

} // namespace

TEST_CASE("render writes the demo map as a PNG of the asked size")
{
    const fs::path dir = freshTempDir("render-png");
    const fs::path out = dir / "map.png";
    const CliResult result
        = runCli({"render", demoDatabasePath().string(), "--out", out.string(), "--size", "800x500"});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.find("wrote") != std::string::npos);
    CHECK(pngSize(out) == std::make_pair(800u, 500u));
    CHECK_FALSE(leftovers(dir));

    // A subset of layers over the town, at print resolution: a different picture.
    const fs::path town = dir / "town.png";
    const CliResult subset = runCli({"render", demoDatabasePath().string(), "--out", town.string(), "--size", "640x400",
                                     "--extent", "563190,4195606,566970,4198193", "--layers",
                                     "islands,grid_areas,households", "--dpi", "192", "--quiet"});
    INFO(subset.err);
    REQUIRE(subset.exitCode == 0);
    CHECK(subset.out.empty());
    CHECK(pngSize(town) == std::make_pair(640u, 400u));
    CHECK(fileBytes(town) != fileBytes(out));
}

TEST_CASE("render writes a vector PDF that poppler can rasterise")
{
    const fs::path dir = freshTempDir("render-pdf");
    const fs::path out = dir / "map.pdf";
    CliResult result = runCli({"render", demoDatabasePath().string(), "--out", out.string()});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    CHECK(fileBytes(out).rfind("%PDF", 0) == 0);
    REQUIRE(std::system("command -v pdftoppm >/dev/null") == 0); // poppler-utils, see scripts/lib/common.sh

    // A4 landscape, 297 x 210 mm, at 30 dpi: 351 x 248 pixels.
    const std::string rasterise
        = "pdftoppm -r 30 -png -singlefile '" + out.string() + "' '" + (dir / "page").string() + "'";
    REQUIRE(std::system(rasterise.c_str()) == 0);
    const auto [width, height] = pngSize(dir / "page.png");
    CHECK(width >= 350);
    CHECK(width <= 352);
    CHECK(height >= 247);
    CHECK(height <= 249);

    // --size gives the page its aspect (2:1 here) with the A4 long side.
    const fs::path wide = dir / "wide.pdf";
    result = runCli({"render", demoDatabasePath().string(), "--out", wide.string(), "--size", "1000x500", "--quiet"});
    REQUIRE(result.exitCode == 0);
    const std::string again
        = "pdftoppm -r 30 -png -singlefile '" + wide.string() + "' '" + (dir / "wide").string() + "'";
    REQUIRE(std::system(again.c_str()) == 0);
    const auto [wideWidth, wideHeight] = pngSize(dir / "wide.png");
    CHECK(wideWidth >= 350);
    CHECK(wideWidth <= 352);
    CHECK(wideHeight >= 174);
    CHECK(wideHeight <= 176);
}

TEST_CASE("render refuses bad arguments by name and writes nothing")
{
    const fs::path dir = freshTempDir("render-bad");
    const fs::path out = dir / "map.png";
    const std::string db = demoDatabasePath().string();
    requireFails({"render", db, "--out", out.string(), "--size", "800by500"}, "bad --size '800by500'", out);
    requireFails({"render", db, "--out", out.string(), "--size", "0x500"}, "bad --size '0x500'", out);
    requireFails({"render", db, "--out", out.string(), "--size", "90000x90000"}, "bad --size", out);
    requireFails({"render", db, "--out", out.string(), "--extent", "1,2,3"}, "bad --extent '1,2,3'", out);
    requireFails({"render", db, "--out", out.string(), "--extent", "5,2,3,4"}, "xmin must be below xmax", out);
    requireFails({"render", db, "--out", out.string(), "--extent", "a,b,c,d"}, "'a' is not a number", out);
    requireFails({"render", db, "--out", out.string(), "--layers", "islands,roads"}, "unknown layer 'roads'", out);
    requireFails({"render", db, "--out", out.string(), "--dpi", "5"}, "bad --dpi", out);
    requireFails({"render", db, "--out", out.string(), "--styles", (dir / "nope").string()},
                 "--styles folder does not exist", out);
    requireFails({"render", db, "--out", (dir / "map.svg").string()}, "--out must end in .png or .pdf",
                 dir / "map.svg");
    requireFails({"render", db, "--out", (dir / "missing" / "map.png").string()}, "folder does not exist",
                 dir / "missing" / "map.png");
    requireFails({"render", (dir / "no.sqlite").string(), "--out", out.string()}, "no.sqlite", out);
    // A folder where the file should go.
    fs::create_directory(dir / "taken.png");
    const CliResult taken = runCli({"render", db, "--out", (dir / "taken.png").string()});
    CHECK(taken.exitCode == 2);
    CHECK(taken.err.find("it is a folder") != std::string::npos);
}

TEST_CASE("A failed render leaves an existing file as it was and a good one replaces it")
{
    const fs::path dir = freshTempDir("render-replace");
    const fs::path out = dir / "map.png";
    std::ofstream(out) << "old bytes";
    const CliResult bad = runCli({"render", demoDatabasePath().string(), "--out", out.string(), "--extent", "1,1,1,1"});
    CHECK(bad.exitCode == 2);
    CHECK(fileBytes(out) == "old bytes");
    const CliResult good
        = runCli({"render", demoDatabasePath().string(), "--out", out.string(), "--size", "320x200", "-q"});
    REQUIRE(good.exitCode == 0);
    CHECK(pngSize(out) == std::make_pair(320u, 200u));
    CHECK_FALSE(leftovers(dir));
}
