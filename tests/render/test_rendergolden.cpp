// Golden images of the demo map: the county at 800x500 and the town at 640x400. A change to the
// renderer, the styles or the demo that moves more than half a percent of the pixels
// by more than 16 levels fails here, so it is made on purpose or not at all.
//
// To accept a deliberate change, look at the new pictures first, then run
//   LIANXIN_UPDATE_GOLDEN=1 BUILD/tests/render/test_render_rendergolden
// which rewrites tests/data/golden/*.png in the source tree.
#include "renderfixture.h"
#include "testsupport.h"

#include "render/maprenderjob.h"

#include <catch2/catch.hpp>

#include <QDir>

#include <cstdlib>
#include <string>

using namespace lianxin;
using namespace lianxin::test;

namespace {

constexpr int kChannelTolerance = 16;
constexpr double kMaxDifferingShare = 0.005;

void compareWithGolden(const QImage &actual, const std::string &name)
{
    const QString golden = QStringLiteral(LIANXIN_GOLDEN_DIR "/") + QString::fromStdString(name);
    if (const char *update = std::getenv("LIANXIN_UPDATE_GOLDEN"); update && std::string(update) == "1") {
        QDir().mkpath(QStringLiteral(LIANXIN_GOLDEN_DIR));
        REQUIRE(actual.save(golden, "PNG"));
        WARN("rewrote " << golden.toStdString());
        return;
    }
    const QImage expected = QImage(golden).convertToFormat(QImage::Format_ARGB32);
    INFO("golden image " << golden.toStdString() << " (LIANXIN_UPDATE_GOLDEN=1 writes it)");
    REQUIRE(!expected.isNull());
    REQUIRE(expected.size() == actual.size());
    const QImage got = actual.convertToFormat(QImage::Format_ARGB32);
    QImage diff(got.size(), QImage::Format_ARGB32);
    diff.fill(Qt::white);
    long long differing = 0;
    for (int y = 0; y < got.height(); ++y)
        for (int x = 0; x < got.width(); ++x)
            if (channelDifference(got.pixel(x, y), expected.pixel(x, y)) > kChannelTolerance) {
                ++differing;
                diff.setPixel(x, y, qRgb(255, 0, 0));
            }
    const double share = double(differing) / (double(got.width()) * got.height());
    if (share > kMaxDifferingShare) {
        // Leave the evidence beside the test data for a look.
        const auto dir = freshTempDir("golden");
        got.save(QString::fromStdString((dir / ("actual-" + name)).string()));
        diff.save(QString::fromStdString((dir / ("diff-" + name)).string()));
        FAIL(differing << " pixels (" << share * 100.0 << " %) differ; actual and diff images in " << dir.string());
    }
    SUCCEED(differing << " pixels differ by more than " << kChannelTolerance);
}

} // namespace

TEST_CASE("The demo county matches its golden image")
{
    const auto scene = demoScene();
    const MapRenderJob job(MapSettings::forAllLayers(scene->fullExtent(), QSize(800, 500)), scene, shippedStyles());
    RenderReport report;
    const QImage image = job.renderImage(nullptr, &report);
    CHECK(report.problems.isEmpty());
    compareWithGolden(image, "demo-county-800x500.png");
}

TEST_CASE("The demo town matches its golden image")
{
    const auto scene = demoScene();
    const Box town = scene->layer("grid_areas")->extent();
    const MapRenderJob job(MapSettings::forAllLayers(town, QSize(640, 400)), scene, shippedStyles());
    compareWithGolden(job.renderImage(), "demo-town-640x400.png");
}
