// Colour ramps, the heat map's density image and legend ticks, and choropleth classes:
// pure functions of their inputs, checked value by value.
#include "render/choropleth.h"
#include "render/colourramp.h"
#include "render/heatmaplayer.h"
#include "render/heatmapoverlay.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <stdexcept>

using namespace lianxin;

namespace {

int channelDifference(QRgb a, QRgb b)
{
    return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b)),
                     std::abs(qAlpha(a) - qAlpha(b))});
}

// A 3-row, 4-column raster (first row north) with the given values.
HeatmapOverlay overlayOf(std::vector<double> values, double maximum)
{
    HeatmapOverlay overlay;
    overlay.raster.grid = RasterGrid{1000.0, 5000.0, 10.0, 4, 3};
    overlay.raster.values = std::move(values);
    overlay.raster.maxValue = *std::max_element(overlay.raster.values.begin(), overlay.raster.values.end());
    overlay.raster.scaleMax = maximum;
    overlay.maximum = maximum;
    return overlay;
}

} // namespace

TEST_CASE("A ramp gives its stop colours at the stops and blends linearly between them")
{
    const ColourRamp ramp(QStringLiteral("test"), {{0.0, QColor(0, 0, 0, 0)},
                                                    {0.5, QColor(200, 100, 50, 200)},
                                                    {1.0, QColor(255, 255, 255, 255)}});
    CHECK(ramp.colourAt(0.0) == QColor(0, 0, 0, 0));
    CHECK(ramp.colourAt(0.5) == QColor(200, 100, 50, 200));
    CHECK(ramp.colourAt(1.0) == QColor(255, 255, 255, 255));
    // Midpoints: halfway in every channel, alpha included.
    CHECK(ramp.colourAt(0.25) == QColor(100, 50, 25, 100));
    CHECK(ramp.colourAt(0.75) == QColor(228, 178, 153, 228));
    // Clamped outside 0..1; NaN is the bottom, never the hottest colour.
    CHECK(ramp.colourAt(-3.0) == ramp.colourAt(0.0));
    CHECK(ramp.colourAt(7.0) == ramp.colourAt(1.0));
    CHECK(ramp.colourAt(std::nan("")) == ramp.colourAt(0.0));
    // Premultiplied for ARGB32_Premultiplied images.
    CHECK(ramp.rgbaAt(0.5) == qPremultiply(qRgba(200, 100, 50, 200)));
    CHECK(ramp.rgbaAt(0.0) == 0u);
}

TEST_CASE("The built-in ramps: heat fades in from transparent to dark red")
{
    const ColourRamp &heat = ColourRamp::named(QStringLiteral("heat"));
    CHECK(ColourRamp::builtIn().front().id() == QStringLiteral("heat"));
    CHECK(heat.colourAt(0.0).alpha() == 0);
    const QColor top = heat.colourAt(1.0);
    CHECK(top.alpha() == 255);
    CHECK(top.red() > 150);
    CHECK(top.green() < 40);
    // Alpha and "heat" (red over green) both grow along the ramp.
    for (double t = 0.1; t <= 1.0; t += 0.1) {
        CHECK(heat.colourAt(t).alpha() >= heat.colourAt(t - 0.1).alpha());
        CHECK(heat.colourAt(t).green() <= heat.colourAt(t - 0.1).green());
    }
    for (const char *id : {"viridis", "blues", "reds"})
        CHECK(ColourRamp::named(QString::fromLatin1(id)).stops().size() >= 2);
}

TEST_CASE("Bad ramps are refused with the reason")
{
    using Stops = std::vector<std::pair<double, QColor>>;
    CHECK_THROWS_AS(ColourRamp(QStringLiteral("one"), Stops{{0.0, Qt::red}}), std::invalid_argument);
    CHECK_THROWS_AS(ColourRamp(QStringLiteral("order"), Stops{{0.5, Qt::red}, {0.2, Qt::blue}}), std::invalid_argument);
    CHECK_THROWS_AS(ColourRamp(QStringLiteral("range"), Stops{{0.0, Qt::red}, {1.5, Qt::blue}}), std::invalid_argument);
    CHECK_THROWS_AS(ColourRamp(QStringLiteral("colour"), Stops{{0.0, QColor()}, {1.0, Qt::blue}}),
                    std::invalid_argument);
    try {
        ColourRamp::named(QStringLiteral("rainbow"));
        FAIL("an unknown ramp must throw");
    } catch (const std::invalid_argument &e) {
        const std::string message = e.what();
        CHECK(message.find("rainbow") != std::string::npos);
        CHECK(message.find("heat") != std::string::npos); // lists what exists
    }
}

TEST_CASE("densityImage: zero is transparent, the maximum is the top colour, more saturates")
{
    const double max = 4.0e-5;
    // Row 0 (north): 0, max/4, max/2, max;  row 1: 2 max, 100 max, NaN, tiny;  row 2: -1, 0, 0, 0.
    const HeatmapOverlay overlay
        = overlayOf({0.0, max / 4, max / 2, max, 2 * max, 100 * max, std::nan(""), 1e-12, -1.0, 0.0, 0.0, 0.0}, max);
    const QImage image = densityImage(overlay);
    REQUIRE(image.size() == QSize(4, 3));
    CHECK(image.format() == QImage::Format_ARGB32_Premultiplied);
    const QRgb top = overlay.ramp.rgbaAt(1.0);
    CHECK(image.pixel(0, 0) == 0u);
    CHECK(channelDifference(image.pixel(1, 0), overlay.ramp.rgbaAt(0.25)) <= 1);
    CHECK(channelDifference(image.pixel(2, 0), overlay.ramp.rgbaAt(0.5)) <= 1);
    CHECK(image.pixel(3, 0) == top);
    CHECK(image.pixel(0, 1) == top);
    CHECK(image.pixel(1, 1) == top);
    CHECK(image.pixel(2, 1) == 0u); // NaN: nothing
    CHECK(qAlpha(image.pixel(3, 1)) == 0);
    CHECK(image.pixel(0, 2) == 0u); // negative: nothing
    // The first image row is the raster's first (northern) row.
    CHECK(image.pixel(3, 2) == 0u);

    // A pinned maximum twice as high: the former top is now mid-ramp.
    HeatmapOverlay pinned = overlay;
    pinned.maximum = 2 * max;
    CHECK(channelDifference(densityImage(pinned).pixel(3, 0), overlay.ramp.rgbaAt(0.5)) <= 1);

    // A window of cells.
    const QImage window = densityImage(overlay, QRect(2, 0, 5, 1));
    REQUIRE(window.size() == QSize(2, 1)); // clipped to the raster
    CHECK(window.pixel(1, 0) == top);

    HeatmapOverlay broken = overlay;
    broken.maximum = 0.0;
    CHECK_THROWS_AS(densityImage(broken), std::invalid_argument);
    broken.maximum = -1.0;
    CHECK_THROWS_AS(densityImage(broken), std::invalid_argument);
}

TEST_CASE("Legend ticks are in display units, marked as a floor on top when the maximum is pinned")
{
    HeatmapOverlay overlay = overlayOf(std::vector<double>(12, 2.5e-5), 2.5e-5);
    overlay.displayFactor = 1e6; // per m² -> per km²
    const std::vector<double> ticks = legendTicks(overlay);
    REQUIRE(ticks.size() == 5);
    CHECK(ticks[0] == 0.0);
    CHECK(ticks[1] == Approx(6.25));
    CHECK(ticks[2] == Approx(12.5));
    CHECK(ticks[3] == Approx(18.75));
    CHECK(ticks[4] == Approx(25.0));
    CHECK(heatmapTickLabels(overlay) == QStringList{"0", "6.3", "12.5", "18.8", "25"});

    overlay.maximum = 1.2e-4; // pinned above the raster's own maximum
    CHECK(heatmapTickLabels(overlay).back() == QStringLiteral("≥ 120"));
    CHECK(heatmapTickText(0.0123) == QStringLiteral("0.012"));
    CHECK(heatmapTickText(3.0) == QStringLiteral("3"));
    CHECK(heatmapTickText(1234.4) == QStringLiteral("1234"));
}

TEST_CASE("Quantile breaks: equal counts, ascending, covering every value")
{
    std::vector<double> values;
    for (int i = 10; i >= 1; --i) // any order
        values.push_back(i);
    CHECK(quantileBreaks(values, 5) == std::vector<double>{1, 3, 5, 7, 9, 10});
    CHECK(quantileBreaks(values, 1) == std::vector<double>{1, 10});
    // Ties never split: six zeros and four distinct values give fewer classes.
    CHECK(quantileBreaks({0, 0, 0, 0, 0, 0, 1, 2, 3, 4}, 5) == std::vector<double>{0, 1, 3, 4});
    CHECK(quantileBreaks({7, 7, 7}, 4) == std::vector<double>{7});
    CHECK_THROWS_AS(quantileBreaks({}, 3), std::invalid_argument);
    CHECK_THROWS_AS(quantileBreaks({1, 2}, 0), std::invalid_argument);
    CHECK_THROWS_AS(quantileBreaks({1, std::nan("")}, 2), std::invalid_argument);
}

TEST_CASE("A choropleth style puts every value in exactly one titled, ordered class")
{
    // 23 polygons with a count field (a long tail), one without a value, one with text.
    std::vector<MapFeature> features;
    const std::vector<long long> counts = {0, 0, 1, 1, 2, 3, 3, 4, 5, 6, 8, 9, 11, 12, 15, 18, 20, 25, 31, 40, 52, 70, 95};
    for (std::size_t i = 0; i < counts.size() + 2; ++i) {
        MapFeature f;
        f.id = static_cast<Id>(i + 1);
        f.polygons = {Polygon{{{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}}, {}}};
        f.bounds = {0, 0, 1, 1};
        f.values = {i < counts.size() ? FeatureValue{counts[i]}
                    : i == counts.size() ? FeatureValue{}
                                         : FeatureValue{std::string("n/a")}};
        features.push_back(std::move(f));
    }
    const MapLayer layer(QStringLiteral("grid_areas"), QStringLiteral("Grid areas"), GeometryKind::Polygon,
                         {{QStringLiteral("total"), QStringLiteral("总数")}}, std::move(features));
    const ColourRamp &reds = ColourRamp::named(QStringLiteral("reds"));
    const Style style = choroplethStyle(layer, QStringLiteral("total"), 5, reds);

    REQUIRE(style.rules.size() == 6); // five classes and "no value"
    CHECK(style.rules.back().elseFilter);
    CHECK(style.rules.back().title == QStringLiteral("无数据"));
    // Titles carry the real ranges; fills darken class by class.
    CHECK(style.rules.front().title.startsWith(QStringLiteral("0 – ")));
    CHECK(style.rules[4].title.endsWith(QStringLiteral(" – 95")));
    for (std::size_t i = 1; i < 5; ++i) {
        const QColor previous = *std::get<PolygonSymbolizer>(style.rules[i - 1].symbolizers[0]).fill;
        const QColor current = *std::get<PolygonSymbolizer>(style.rules[i].symbolizers[0]).fill;
        CHECK(current.lightness() < previous.lightness());
        // Contiguous: each class starts where the one before it ends.
        CHECK(std::get<double>(style.rules[i].filter.comparisons[0].value)
              == std::get<double>(style.rules[i - 1].filter.comparisons[1].value));
    }
    std::vector<int> perClass(style.rules.size(), 0);
    for (std::size_t i = 0; i < layer.features().size(); ++i) {
        const AttributeReader reader = [&](const QString &name) { return layer.value(i, name); };
        const std::vector<const StyleRule *> rules = style.rulesFor(reader, 10000.0);
        INFO("feature " << i);
        REQUIRE(rules.size() == 1);
        ++perClass[static_cast<std::size_t>(rules[0] - style.rules.data())];
    }
    // 23 values in 5 classes: 4 or 5 each (ties permitting); 2 without a number.
    for (std::size_t c = 0; c < 5; ++c) {
        CHECK(perClass[c] >= 4);
        CHECK(perClass[c] <= 6);
    }
    CHECK(perClass[5] == 2);

    CHECK_THROWS_AS(choroplethStyle(layer, QStringLiteral("nope"), 5, reds), std::invalid_argument);
    CHECK_THROWS_AS(choroplethStyle(layer, QStringLiteral("total"), 0, reds), std::invalid_argument);
}
