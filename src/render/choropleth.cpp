#include "render/choropleth.h"

#include "render/legend.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace lianxin {

namespace {

std::optional<double> numberOf(const FeatureValue &value)
{
    if (const auto *integer = std::get_if<long long>(&value))
        return static_cast<double>(*integer);
    if (const auto *real = std::get_if<double>(&value))
        return *real;
    return std::nullopt;
}

Comparison compare(Comparison::Op op, const QString &field, double value)
{
    Comparison comparison;
    comparison.op = op;
    comparison.property = field;
    comparison.value = value;
    return comparison;
}

Stroke outline() { return Stroke{QColor(0x70, 0x70, 0x70), 0.6, {}}; }

} // namespace

std::vector<double> quantileBreaks(std::vector<double> values, int classes)
{
    if (classes < 1)
        throw std::invalid_argument("choropleth: needs at least one class, not " + std::to_string(classes));
    if (values.empty())
        throw std::invalid_argument("choropleth: no value to classify");
    if (std::any_of(values.begin(), values.end(), [](double v) { return !std::isfinite(v); }))
        throw std::invalid_argument("choropleth: a value is not a finite number");
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    // Class i starts at rank floor(i n / classes): equal counts up to one, and ties
    // collapse below, so no class is empty and none splits equal values.
    std::vector<double> edges = {values.front()};
    for (int i = 1; i < classes; ++i) {
        const double edge = values[static_cast<std::size_t>(i) * n / static_cast<std::size_t>(classes)];
        if (edge > edges.back())
            edges.push_back(edge);
    }
    if (values.back() > edges.back())
        edges.push_back(values.back());
    return edges;
}

QString classBoundText(double value)
{
    if (std::abs(value) >= 1000.0)
        return QString::number(value, 'f', 0);
    return QString::number(value, 'g', 4);
}

Style choroplethStyle(const MapLayer &layer, const QString &field, int classes, const ColourRamp &ramp)
{
    const int column = layer.fieldIndex(field);
    if (column < 0)
        throw std::invalid_argument("choropleth: layer " + layer.id().toStdString() + " has no field '"
                                    + field.toStdString() + "'");
    std::vector<double> values;
    for (const MapFeature &feature : layer.features())
        if (const auto number = numberOf(feature.values[static_cast<std::size_t>(column)]))
            values.push_back(*number);
    if (values.empty())
        throw std::invalid_argument("choropleth: field '" + field.toStdString() + "' of layer "
                                    + layer.id().toStdString() + " has no numeric value");
    const std::vector<double> edges = quantileBreaks(std::move(values), classes);

    Style style;
    style.name = layer.id() + QStringLiteral(":") + field;
    // The legend says what the colours measure, not only which layer they colour.
    const QString alias = layer.fields()[static_cast<std::size_t>(column)].alias;
    style.title = legendHeading(layer) + QStringLiteral("（") + (alias.isEmpty() ? field : alias) + QStringLiteral("）");
    // One edge means one value everywhere: a single class [v, v].
    const std::size_t count = std::max<std::size_t>(1, edges.size() - 1);
    for (std::size_t i = 0; i < count; ++i) {
        const double low = edges[i];
        const double high = edges.size() == 1 ? edges[0] : edges[i + 1];
        const bool last = i + 1 == count;
        StyleRule rule;
        rule.name = QStringLiteral("class-%1").arg(i + 1);
        rule.title = last && low == high ? classBoundText(low)
                                         : classBoundText(low) + QStringLiteral(" – ") + classBoundText(high);
        rule.filter.combine = Filter::Combine::And;
        rule.filter.comparisons = {compare(Comparison::Op::GreaterThanOrEqualTo, field, low),
                                   compare(last ? Comparison::Op::LessThanOrEqualTo : Comparison::Op::LessThan, field,
                                           high)};
        PolygonSymbolizer polygon;
        polygon.fill = ramp.colourAt(static_cast<double>(i + 1) / static_cast<double>(count));
        polygon.stroke = outline();
        rule.symbolizers.emplace_back(polygon);
        style.rules.push_back(std::move(rule));
    }
    StyleRule noValue;
    noValue.name = QStringLiteral("no-value");
    noValue.title = QStringLiteral("无数据");
    noValue.elseFilter = true;
    PolygonSymbolizer grey;
    grey.fill = QColor(0xdd, 0xdd, 0xdd, 160);
    grey.stroke = outline();
    noValue.symbolizers.emplace_back(grey);
    style.rules.push_back(std::move(noValue));
    return style;
}

} // namespace lianxin
