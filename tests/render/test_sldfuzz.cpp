// Robustness: every truncated prefix and thousands of random byte flips of the shipped
// styles parse to either a style or an error that names file:line:column, never a crash.
#include "render/sldparser.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <catch2/catch.hpp>

#include <cstdint>
#include <random>

using namespace lianxin;

namespace {

QByteArray shippedStyle(const char *name)
{
    QFile file(QDir(QStringLiteral(LIANXIN_SOURCE_STYLES_DIR)).filePath(QString::fromLatin1(name)));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// Exactly one of style and error, and messages that point at a place in the file.
void checkOutcome(const SldParseResult &result)
{
    static const QRegularExpression position(QStringLiteral("^fuzz\\.sld:\\d+:\\d+: \\S"));
    INFO(result.error.toStdString());
    CHECK(result.style.has_value() == result.error.isEmpty());
    if (!result.style)
        CHECK(position.match(result.error).hasMatch());
    for (const QString &warning : result.warnings)
        CHECK(position.match(warning).hasMatch());
}

} // namespace

TEST_CASE("Every truncated prefix of a shipped style is an error, the whole file a style")
{
    for (const char *name : {"suggestions.sld", "grid_areas.sld", "islands.sld"}) {
        const QByteArray xml = shippedStyle(name);
        const qsizetype complete = xml.indexOf("</StyledLayerDescriptor>") + qsizetype(sizeof("</StyledLayerDescriptor>") - 1);
        REQUIRE(complete > 100);
        int errors = 0;
        for (qsizetype length = 0; length <= xml.size(); ++length) {
            const SldParseResult result = parseSld(xml.left(length), QStringLiteral("fuzz.sld"));
            if (length < complete) {
                // Cut before the root element closes: always an error, never a partial style.
                if (result.style) {
                    FAIL_CHECK(name << " prefix of " << length << " bytes parsed as a style");
                    break;
                }
                ++errors;
            } else {
                REQUIRE(result.style);
            }
            if (length % 97 == 0)
                checkOutcome(result); // the format of messages, on a sample to keep the test quick
        }
        CHECK(errors == complete);
    }
}

TEST_CASE("Random byte flips in a shipped style never crash the parser")
{
    const QByteArray original = shippedStyle("households.sld");
    // A fixed engine and seed with raw outputs (no std:: distributions, whose results
    // differ between standard libraries), so every run flips the same bytes.
    std::mt19937 engine(20210501u);
    const char interesting[] = {'<', '>', '/', '"', '=', '&', '#', ':', ' ', '\0', '\xff', '\xe5', 'x', '9'};
    int styles = 0;
    int errors = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray mutated = original;
        const int flips = 1 + static_cast<int>(engine() % 6);
        for (int i = 0; i < flips; ++i) {
            const qsizetype at = static_cast<qsizetype>(engine() % static_cast<std::uint32_t>(mutated.size()));
            const std::uint32_t pick = engine();
            mutated[at] = (pick & 1) ? interesting[(pick >> 1) % sizeof(interesting)] : static_cast<char>(pick >> 8);
        }
        const SldParseResult result = parseSld(mutated, QStringLiteral("fuzz.sld"));
        checkOutcome(result);
        (result.style ? styles : errors) += 1;
    }
    // Both outcomes occur: flips inside comments or text survive, most flips break the file.
    CHECK(styles > 0);
    CHECK(errors > 0);
}
