// The briefing PDF: A4 landscape, tables flowing over as many pages as they need without
// losing a row, written atomically.
#include "renderfixture.h"

#include "render/briefingreport.h"
#include "render/heatmapoverlay.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>

#include <array>
#include <cstdio>
#include <regex>

using namespace lianxin;
using namespace lianxin::test;

namespace {

int occurrences(const std::string &text, const std::string &word)
{
    int count = 0;
    for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + word.size()))
        ++count;
    return count;
}

BriefingContent content(int statisticsRows, int threadRows)
{
    BriefingContent c;
    c.date = QDate(2021, 5, 31);
    c.summaryLines << QStringLiteral("意见建议 1013 件");
    c.scene = demoScene();
    c.styles = shippedStyles();
    c.map = MapSettings::forAllLayers(demoScene()->layer("grid_areas")->extent(), QSize(100, 100));
    c.statistics.header = {QStringLiteral("名称"), QStringLiteral("总数")};
    for (int i = 1; i <= statisticsRows; ++i)
        c.statistics.rows.push_back({QStringLiteral("片区%1号").arg(i, 3, 10, QLatin1Char('0')), QString::number(i)});
    c.threads.header = {QStringLiteral("专题"), QStringLiteral("件数")};
    for (int i = 1; i <= threadRows; ++i)
        c.threads.rows.push_back({QStringLiteral("专题%1号").arg(i, 3, 10, QLatin1Char('0')), QString::number(i)});
    return c;
}

} // namespace

TEST_CASE("Long tables flow over further pages and every row is printed once")
{
    const auto dir = freshTempDir("briefing");
    const QString path = QString::fromStdString((dir / "long.pdf").string());
    const int pages = writeBriefingPdf(content(150, 40), path);
    CHECK(pages >= 3);
    CHECK_FALSE(QFile::exists(path + ".partial"));
    const std::string info = commandOutput("pdfinfo '" + path.toStdString() + "'");
    std::smatch m;
    REQUIRE(std::regex_search(info, m, std::regex(R"(Pages:\s+(\d+))")));
    CHECK(std::stoi(m[1]) == pages);
    REQUIRE(std::regex_search(info, m, std::regex(R"(Page size:\s+([\d.]+) x ([\d.]+) pts)")));
    CHECK(std::stod(m[1]) == Approx(842.0).margin(0.5));
    CHECK(std::stod(m[2]) == Approx(595.0).margin(0.5));

    const std::string text = commandOutput("pdftotext -layout '" + path.toStdString() + "' -");
    for (int i = 1; i <= 150; ++i) {
        const std::string row = QStringLiteral("片区%1号").arg(i, 3, 10, QLatin1Char('0')).toStdString();
        INFO(row);
        CHECK(occurrences(text, row) == 1);
    }
    for (int i = 1; i <= 40; ++i)
        CHECK(occurrences(text, QStringLiteral("专题%1号").arg(i, 3, 10, QLatin1Char('0')).toStdString()) == 1);
    CHECK(occurrences(text, "（续）") >= 1); // continued tables say so
    CHECK(occurrences(text, "2021年5月31日") == 1);

    // Short tables fit one page.
    const QString shortPath = QString::fromStdString((dir / "short.pdf").string());
    CHECK(writeBriefingPdf(content(5, 0), shortPath) == 1);
    const std::string shortText = commandOutput("pdftotext -layout '" + shortPath.toStdString() + "' -");
    CHECK(occurrences(shortText, "尚未计算意见建议专题") == 1); // no threads: the table says so
}

TEST_CASE("A briefing that cannot be written throws, names the path and leaves nothing")
{
    const QString path = QStringLiteral("/proc/lianxin-briefing-test.pdf");
    try {
        writeBriefingPdf(content(3, 3), path);
        FAIL("writing into /proc must fail");
    } catch (const std::runtime_error &e) {
        CHECK(std::string(e.what()).find(path.toStdString()) != std::string::npos);
    }
    CHECK_FALSE(QFile::exists(path));
    CHECK_FALSE(QFile::exists(path + ".partial"));

    BriefingContent noScene = content(1, 1);
    noScene.scene = nullptr;
    const auto dir = freshTempDir("briefing-bad");
    CHECK_THROWS_AS(writeBriefingPdf(noScene, QString::fromStdString((dir / "x.pdf").string())), std::invalid_argument);
    CHECK(std::filesystem::is_empty(dir));
}
