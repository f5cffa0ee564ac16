#include "render/style.h"

#include <array>
#include <charconv>
#include <optional>

namespace lianxin {

namespace {

// A number read from a whole text value ("12", " 3.5 "), or nothing when the text is not
// a number. std::from_chars because it ignores the locale and never throws.
std::optional<double> numberFromText(const std::string &text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return std::nullopt;
    const auto last = text.find_last_not_of(" \t\r\n");
    const char *begin = text.data() + first;
    const char *end = text.data() + last + 1;
    if (*begin == '+') // from_chars rejects a leading '+', SLD literals may carry one
        ++begin;
    double value = 0.0;
    const auto [ptr, error] = std::from_chars(begin, end, value);
    if (error != std::errc() || ptr != end)
        return std::nullopt;
    return value;
}

template <typename T>
int order(T a, T b)
{
    return a < b ? -1 : (a > b ? 1 : 0);
}

// The order of an attribute value against a literal: negative, zero or positive, or
// nothing when they cannot be compared (either is null, or a number meets text that is
// not a number). Branches on the variant index: this runs for every feature and rule.
std::optional<int> compareValues(const FeatureValue &a, const FeatureValue &b)
{
    enum { Null, Integer, Real, Text };
    const std::size_t ka = a.index();
    const std::size_t kb = b.index();
    if (ka == Null || kb == Null)
        return std::nullopt;
    if (ka == Integer && kb == Integer) // exact, even beyond 2^53
        return order(*std::get_if<Integer>(&a), *std::get_if<Integer>(&b));
    if (ka == Text && kb == Text) // text order (UTF-8 bytes = code point order)
        return order(std::get_if<Text>(&a)->compare(*std::get_if<Text>(&b)), 0);
    const auto real = [](const FeatureValue &value, std::size_t kind) {
        return kind == Integer ? static_cast<double>(*std::get_if<Integer>(&value)) : *std::get_if<Real>(&value);
    };
    if (ka != Text && kb != Text)
        return order(real(a, ka), real(b, kb));
    // A number meets text: compare numerically when the text reads as a number.
    const auto number = [&real](const FeatureValue &value, std::size_t kind) -> std::optional<double> {
        return kind == Text ? numberFromText(*std::get_if<Text>(&value)) : real(value, kind);
    };
    const std::optional<double> x = number(a, ka);
    const std::optional<double> y = number(b, kb);
    if (!x || !y)
        return std::nullopt;
    return order(*x, *y);
}

// The attribute values one feature's rules read, each fetched once: a style's rules
// usually test the same property (households: "colour" in 18 rules), and the reader is a
// std::function that copies a variant on every call. A few slots cover every shipped
// style; further properties are read through without caching.
class AttributeMemo {
public:
    explicit AttributeMemo(const AttributeReader &reader)
        : m_reader(reader)
    {
    }

    const FeatureValue &value(const QString &name)
    {
        for (std::size_t i = 0; i < m_count; ++i) {
            if (*m_names[i] == name)
                return m_values[i];
        }
        FeatureValue value = m_reader ? m_reader(name) : FeatureValue{};
        if (m_count == kSlots) {
            m_overflow = std::move(value);
            return m_overflow;
        }
        m_names[m_count] = &name; // the rule's QString outlives this memo
        m_values[m_count] = std::move(value);
        return m_values[m_count++];
    }

private:
    static constexpr std::size_t kSlots = 4;
    const AttributeReader &m_reader;
    std::array<const QString *, kSlots> m_names{};
    std::array<FeatureValue, kSlots> m_values;
    std::size_t m_count = 0;
    FeatureValue m_overflow;
};

bool evaluate(const Comparison &comparison, AttributeMemo &attributes)
{
    const FeatureValue &value = attributes.value(comparison.property);
    // Null compares as SQL's unknown: every comparison with it is false (NotEqualTo
    // included), so an ElseFilter rule is what catches features without the attribute.
    if (std::holds_alternative<std::monostate>(value) || std::holds_alternative<std::monostate>(comparison.value))
        return false;
    const std::optional<int> order = compareValues(value, comparison.value);
    switch (comparison.op) {
    case Comparison::Op::EqualTo:
        return order && *order == 0;
    case Comparison::Op::NotEqualTo:
        return !order || *order != 0; // a number and a word are certainly not equal
    case Comparison::Op::LessThan:
        return order && *order < 0;
    case Comparison::Op::LessThanOrEqualTo:
        return order && *order <= 0;
    case Comparison::Op::GreaterThan:
        return order && *order > 0;
    case Comparison::Op::GreaterThanOrEqualTo:
        return order && *order >= 0;
    case Comparison::Op::Between: {
        // OGC PropertyIsBetween includes both boundaries.
        const std::optional<int> upper = compareValues(value, comparison.upperBoundary);
        return order && upper && *order >= 0 && *upper <= 0;
    }
    }
    return false;
}

bool activeAtScale(const StyleRule &rule, double scaleDenominator)
{
    if (rule.minScaleDenominator && scaleDenominator < *rule.minScaleDenominator)
        return false;
    if (rule.maxScaleDenominator && scaleDenominator >= *rule.maxScaleDenominator)
        return false;
    return true;
}

bool matchesFilter(const Filter &filter, AttributeMemo &attributes)
{
    if (filter.comparisons.empty())
        return true;
    if (filter.combine == Filter::Combine::And) {
        for (const Comparison &comparison : filter.comparisons) {
            if (!evaluate(comparison, attributes))
                return false;
        }
        return true;
    }
    for (const Comparison &comparison : filter.comparisons) {
        if (evaluate(comparison, attributes))
            return true;
    }
    return false;
}

} // namespace

bool matches(const Filter &filter, const AttributeReader &attributes)
{
    AttributeMemo memo(attributes);
    return matchesFilter(filter, memo);
}

std::vector<const StyleRule *> Style::rulesFor(const AttributeReader &attributes, double scaleDenominator) const
{
    std::vector<const StyleRule *> result;
    AttributeMemo memo(attributes);
    for (const StyleRule &rule : rules) {
        if (!rule.elseFilter && activeAtScale(rule, scaleDenominator) && matchesFilter(rule.filter, memo))
            result.push_back(&rule);
    }
    if (!result.empty())
        return result;
    // SLD's ElseFilter is relative to the rules active at this scale (as GeoServer does):
    // a feature that no rule draws at this scale falls to the else rules of this scale.
    for (const StyleRule &rule : rules) {
        if (rule.elseFilter && activeAtScale(rule, scaleDenominator))
            result.push_back(&rule);
    }
    return result;
}

bool Style::activeAt(double scaleDenominator) const
{
    for (const StyleRule &rule : rules) {
        if (activeAtScale(rule, scaleDenominator))
            return true;
    }
    return false;
}

} // namespace lianxin
