#pragma once
// A layer style: the subset of OGC Symbology Encoding / SLD 1.1 that Lianxin reads and
// writes (sldparser.h). A plain value; evaluating it needs only a feature's attributes
// and the map scale.
#include "render/featurevalue.h"

#include <QColor>
#include <QString>

#include <functional>
#include <optional>
#include <variant>
#include <vector>

namespace lianxin {

struct Stroke {
    QColor colour{Qt::black};
    double width = 1.0;       // pixels at 96 dpi (SLD: "pixels", scaled with dpi)
    std::vector<double> dash; // stroke-dasharray, empty = solid
};

struct PolygonSymbolizer {
    std::optional<QColor> fill; // alpha carries fill-opacity
    std::optional<Stroke> stroke;
};

struct LineSymbolizer {
    Stroke stroke;
};

struct PointSymbolizer {
    QString wellKnownName = QStringLiteral("circle"); // circle, square, triangle, star, cross, x
    double size = 6.0;                                // pixels at 96 dpi
    std::optional<QColor> fill;
    std::optional<Stroke> stroke;
};

struct TextSymbolizer {
    QString labelProperty; // attribute whose value is the label (ogc:PropertyName)
    QString fontFamily = QStringLiteral("WenQuanYi Micro Hei");
    double fontSize = 10.0; // points
    bool bold = false;
    QColor fill{Qt::black};
    double haloRadius = 0.0; // pixels
    QColor haloFill{Qt::white};
    int priority = 0; // higher is placed first when labels collide
};

using Symbolizer = std::variant<PolygonSymbolizer, LineSymbolizer, PointSymbolizer, TextSymbolizer>;

// ogc:Filter subset: one comparison, or a conjunction/disjunction of comparisons.
struct Comparison {
    enum class Op { EqualTo, NotEqualTo, LessThan, LessThanOrEqualTo, GreaterThan, GreaterThanOrEqualTo, Between };
    Op op = Op::EqualTo;
    QString property;
    FeatureValue value;        // literal (numbers parsed as double when they parse)
    FeatureValue upperBoundary; // Between only: value is the lower boundary
};

struct Filter {
    enum class Combine { And, Or };
    Combine combine = Combine::And;
    std::vector<Comparison> comparisons; // empty = matches everything
};

struct StyleRule {
    QString name;
    QString title; // legend text
    Filter filter;
    bool elseFilter = false;             // sld:ElseFilter: applies when no other rule matched
    std::optional<double> minScaleDenominator; // rule applies when scale >= min
    std::optional<double> maxScaleDenominator; // ... and scale < max
    std::vector<Symbolizer> symbolizers;
};

// Reads a feature's attribute by name; returns monostate when it has none.
using AttributeReader = std::function<FeatureValue(const QString &name)>;

struct Style {
    QString name;
    // The layer's legend heading when set, e.g. what a choropleth measures; else the
    // layer's own heading.
    QString title;
    std::vector<StyleRule> rules;

    // The rules that draw a feature at `scaleDenominator`, in document order
    // (ElseFilter rules only when no ordinary rule active at this scale matched).
    std::vector<const StyleRule *> rulesFor(const AttributeReader &attributes, double scaleDenominator) const;
    // Whether any rule is active at this scale (a layer with none is skipped).
    bool activeAt(double scaleDenominator) const;
};

// Numbers compare numerically (text that reads as a number too), text as text; a null
// (missing) attribute fails every comparison, NotEqualTo included.
bool matches(const Filter &filter, const AttributeReader &attributes);

} // namespace lianxin
