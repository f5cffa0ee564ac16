// The printed visit sheets: pdftotext finds every household of every group once, in
// walking order, the phones masked, a cover page and continuation pages for long lists.
#include "renderfixture.h"

#include "analysis/visitplanner.h"
#include "analysis/visitsheetrows.h"
#include "render/visitsheetreport.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>

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

VisitRound townshipRound(Id township)
{
    VisitRound round;
    round.id = 1;
    round.name = std::string("2021年第三轮大走访");
    round.start = {2021, 5, 6};
    round.end = {2021, 5, 28};
    round.scope = {VisitScopeKind::Township, township};
    return round;
}

VisitSheetDocument documentOf(const std::vector<VisitSheet> &sheets)
{
    VisitSheetDocument document;
    document.title = QStringLiteral("2021年第三轮大走访 走访表");
    document.bodyName = QString::fromStdString(sheets.front().departmentName);
    document.period = QStringLiteral("2021-05-06 至 2021-05-28");
    document.coverLines << QStringLiteral("联户组 %1 个").arg(sheets.size());
    document.scene = demoScene();
    document.styles = shippedStyles();
    for (const VisitSheet &sheet : sheets)
        document.sheets.push_back(&sheet);
    return document;
}

} // namespace

TEST_CASE("Every household of a township's groups is printed once, in route order, phones masked")
{
    const World &world = demoWorld();
    const VisitPlan plan = planVisitRound(world, townshipRound(3));
    const std::vector<VisitSheet> sheets = visitSheets(world, plan);
    REQUIRE(sheets.size() > 10);
    const std::string path = (freshTempDir("visitsheets") / "sheets.pdf").string();
    const int pages = writeVisitSheetPdf(documentOf(sheets), QString::fromStdString(path));
    CHECK(pages >= static_cast<int>(sheets.size()) + 1);
    CHECK(commandOutput("pdfinfo '" + path + "'").find("Pages:") != std::string::npos);

    const std::string text = commandOutput("pdftotext -layout '" + path + "' -");
    REQUIRE_FALSE(text.empty());
    CHECK(occurrences(text, "2021年第三轮大走访 走访表") >= static_cast<int>(sheets.size()) + 1);
    std::size_t at = 0;
    int rows = 0;
    for (const VisitSheet &sheet : sheets) {
        CHECK(occurrences(text, sheet.groupCode) >= 2); // the cover and its page
        for (const VisitSheetRow &row : sheet.rows) {
            INFO(sheet.groupCode << " " << row.householdCode);
            CHECK(occurrences(text, row.householdCode) == 1);
            const std::size_t found = text.find(row.householdCode, at);
            REQUIRE(found != std::string::npos); // after the one before: in route order
            at = found;
            CHECK(row.phone.find("****") != std::string::npos);
            CHECK(text.find(row.phone) != std::string::npos);
            ++rows;
        }
    }
    CHECK(rows == plan.households);
    // No whole phone number anywhere: 11 digits in a row would be one.
    CHECK_FALSE(std::regex_search(text, std::regex("[0-9]{11}")));
    CHECK(text.find("便民服务") != std::string::npos);
    CHECK(text.find("12345") != std::string::npos);
}

TEST_CASE("A group with more households than one page holds continues on the next page")
{
    const World &world = demoWorld();
    const VisitPlan plan = planVisitRound(world, townshipRound(3));
    const std::vector<VisitSheet> sheets = visitSheets(world, plan);
    // Two groups' lists as one: ~50 rows where a page holds 28.
    VisitSheet merged = sheets[0];
    merged.rows.insert(merged.rows.end(), sheets[1].rows.begin(), sheets[1].rows.end());
    REQUIRE(merged.rows.size() > 40);
    const VisitSheet *longest = &merged;
    const std::vector<VisitSheet> one{merged};
    const std::string path = (freshTempDir("visitsheets-long") / "long.pdf").string();
    CHECK(writeVisitSheetPdf(documentOf(one), QString::fromStdString(path)) == 3); // cover, page, continuation
    const std::string text = commandOutput("pdftotext -layout '" + path + "' -");
    CHECK(text.find("（续）") != std::string::npos);
    for (const VisitSheetRow &row : longest->rows)
        CHECK(occurrences(text, row.householdCode) == 1);
}

TEST_CASE("An unwritable path is refused by name and leaves nothing behind")
{
    const World &world = demoWorld();
    const VisitPlan plan = planVisitRound(world, townshipRound(10));
    const std::vector<VisitSheet> sheets = visitSheets(world, plan);
    REQUIRE_FALSE(sheets.empty());
    CHECK_THROWS_WITH(writeVisitSheetPdf(documentOf(sheets), QStringLiteral("/nonexistent/folder/s.pdf")),
                      Catch::Contains("/nonexistent/folder/s.pdf"));
    CHECK_FALSE(QFile::exists(QStringLiteral("/nonexistent/folder/s.pdf")));
}
