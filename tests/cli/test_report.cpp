// lianxin-cli report on the demo database: an A4 landscape PDF whose first page shows
// the heat map, checked with poppler's tools as a reader's viewer would open it.
#include "clirunner.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QImage>

#include <array>
#include <cstdio>
#include <regex>

using namespace lianxin::test;

namespace {

// The heat ramp's upper half (orange to red): a red channel no boundary, label or land
// colour of the shipped styles reaches (their reds are at most 0xb0), little blue.
bool hot(QRgb c) { return qRed(c) > 200 && qGreen(c) < 150 && qBlue(c) < 90; }

} // namespace

TEST_CASE("report writes an A4 landscape briefing whose first page shows the heat map")
{
    const auto dir = freshTempDir("report");
    const auto pdf = dir / "brief.pdf";
    const CliResult result = runCli({"report", demoDatabasePath().string(), "--out", pdf.string(), "--radius", "200",
                                     "--cell", "10", "--date", "2021-06-30"});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.find("wrote") != std::string::npos);
    REQUIRE(std::filesystem::exists(pdf));
    CHECK_FALSE(std::filesystem::exists(dir / "brief.pdf.partial"));

    const std::string info = commandOutput("pdfinfo '" + pdf.string() + "'");
    std::smatch m;
    REQUIRE(std::regex_search(info, m, std::regex(R"(Page size:\s+([\d.]+) x ([\d.]+) pts)")));
    CHECK(std::stod(m[1]) == Approx(842.0).margin(0.5)); // A4 landscape: 297 x 210 mm
    CHECK(std::stod(m[2]) == Approx(595.0).margin(0.5));
    REQUIRE(std::regex_search(info, m, std::regex(R"(Pages:\s+(\d+))")));
    // 28 grid areas and 29 villages with suggestions do not fit beside the map: page 2.
    CHECK(std::stoi(m[1]) == 2);

    // The words a leader reads: the article's figures, the date, the tables.
    const std::string text = commandOutput("pdftotext -layout '" + pdf.string() + "' -");
    CHECK(text.find("意见建议 1013 件") != std::string::npos);
    CHECK(text.find("已办结 585 件") != std::string::npos);
    CHECK(text.find("正在办理 224 件") != std::string::npos);
    CHECK(text.find("疑难受限 204 件") != std::string::npos);
    CHECK(text.find("2021年6月30日") != std::string::npos);
    CHECK(text.find("全县合计") != std::string::npos);
    CHECK(text.find("尚未计算意见建议专题") != std::string::npos); // the demo has no threads yet
    CHECK(text.find("比例尺") != std::string::npos);                 // the map's scale bar

    // Page 1 at 50 dpi: the heat map's reds are on the map, below its legend (whose
    // gradient bar alone would give a few dozen such pixels, top left).
    REQUIRE(std::system(("pdftoppm -r 50 -png -f 1 -l 1 '" + pdf.string() + "' '" + (dir / "page").string() + "'")
                            .c_str())
            == 0);
    QImage page;
    REQUIRE(page.load(QString::fromStdString((dir / "page-1.png").string())));
    CHECK(page.width() == Approx(842 * 50 / 72.0).margin(2));
    int red = 0;
    for (int y = page.height() / 2; y < page.height(); ++y)
        for (int x = 0; x < page.width() * 6 / 10; ++x)
            red += hot(page.pixel(x, y)) ? 1 : 0;
    CHECK(red > 300); // 639 on the demo at 50 dpi
    // The statistics beside the map are black on white: no heat colour there.
    int besideMap = 0;
    for (int y = 0; y < page.height(); ++y)
        for (int x = page.width() * 65 / 100; x < page.width(); ++x)
            besideMap += hot(page.pixel(x, y)) ? 1 : 0;
    CHECK(besideMap == 0);
}

TEST_CASE("report --max pins the heat map's colour top and says so")
{
    const auto dir = freshTempDir("report-max");
    const auto pdf = dir / "brief.pdf";
    CliResult result = runCli({"report", demoDatabasePath().string(), "--out", pdf.string(), "--max", "2000", "-q"});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    std::string text = commandOutput("pdftotext '" + pdf.string() + "' -");
    CHECK(text.find("颜色上限 2000.0 件/km²（固定）") != std::string::npos);
    CHECK(text.find("≥ 2000") != std::string::npos); // the legend's top tick

    // Unpinned, the top is this period's own maximum, and the text does not claim otherwise.
    result = runCli({"report", demoDatabasePath().string(), "--out", pdf.string(), "-q"});
    REQUIRE(result.exitCode == 0);
    text = commandOutput("pdftotext '" + pdf.string() + "' -");
    CHECK(text.find("（本期最大值") != std::string::npos);
    CHECK(text.find("≥ ") == std::string::npos);
}

TEST_CASE("report refuses an output it cannot write, names it, and leaves no file")
{
    const auto dir = freshTempDir("report-bad");
    const auto db = demoDatabasePath().string();
    CliResult result = runCli({"report", db, "--out", (dir / "missing" / "brief.pdf").string(), "-q"});
    CHECK(result.exitCode == 2);
    CHECK(result.err.find("missing") != std::string::npos);
    CHECK(result.err.find("does not exist") != std::string::npos);

    result = runCli({"report", db, "--out", (dir / "brief.png").string(), "-q"});
    CHECK(result.exitCode == 2);
    CHECK(result.err.find(".pdf") != std::string::npos);

    result = runCli({"report", db, "--out", (dir / "brief.pdf").string(), "--date", "2021-02-30", "-q"});
    CHECK(result.exitCode == 2);
    CHECK(result.err.find("--date") != std::string::npos);

    result = runCli({"report", db, "--out", (dir / "brief.pdf").string(), "--cell", "0.5", "-q"});
    CHECK(result.exitCode == 2);
    CHECK(result.err.find("--cell 0.5 m is too fine") != std::string::npos);

    result = runCli({"report", (dir / "nope.sqlite").string(), "--out", (dir / "brief.pdf").string(), "-q"});
    CHECK(result.exitCode == 2);
    CHECK(result.err.find("nope.sqlite") != std::string::npos);
    CHECK(std::filesystem::is_empty(dir));

    // A folder that exists but takes no files, even for root: the writer fails late, and
    // still nothing is left behind.
    result = runCli({"report", db, "--out", "/proc/lianxin-brief.pdf", "-q"});
    CHECK(result.exitCode == 2);
    CHECK(result.err.find("/proc/lianxin-brief.pdf") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists("/proc/lianxin-brief.pdf"));
    CHECK_FALSE(std::filesystem::exists("/proc/lianxin-brief.pdf.partial"));
}
