// Style evaluation: filters, ElseFilter and scale windows (style.h).
#include "render/style.h"

#include <catch2/catch.hpp>

#include <map>

using namespace lianxin;

namespace {

AttributeReader attributes(std::map<QString, FeatureValue> values)
{
    return [values = std::move(values)](const QString &name) {
        const auto found = values.find(name);
        return found == values.end() ? FeatureValue{} : found->second;
    };
}

Comparison compare(Comparison::Op op, const char *property, FeatureValue value, FeatureValue upper = {})
{
    Comparison comparison;
    comparison.op = op;
    comparison.property = QString::fromLatin1(property);
    comparison.value = std::move(value);
    comparison.upperBoundary = std::move(upper);
    return comparison;
}

Filter filterOf(std::vector<Comparison> comparisons, Filter::Combine combine = Filter::Combine::And)
{
    Filter filter;
    filter.combine = combine;
    filter.comparisons = std::move(comparisons);
    return filter;
}

bool test(Comparison::Op op, FeatureValue attribute, FeatureValue literal)
{
    return matches(filterOf({compare(op, "v", std::move(literal))}), attributes({{"v", std::move(attribute)}}));
}

StyleRule ruleNamed(const char *name, Filter filter = {}, std::optional<double> min = {}, std::optional<double> max = {})
{
    StyleRule rule;
    rule.name = QString::fromLatin1(name);
    rule.filter = std::move(filter);
    rule.minScaleDenominator = min;
    rule.maxScaleDenominator = max;
    return rule;
}

std::vector<QString> namesOf(const std::vector<const StyleRule *> &rules)
{
    std::vector<QString> names;
    for (const StyleRule *rule : rules)
        names.push_back(rule->name);
    return names;
}

using Op = Comparison::Op;

} // namespace

TEST_CASE("Every comparison operator compares numbers numerically")
{
    CHECK(test(Op::EqualTo, 3LL, 3.0));
    CHECK_FALSE(test(Op::EqualTo, 3LL, 4.0));
    CHECK(test(Op::NotEqualTo, 3LL, 4.0));
    CHECK_FALSE(test(Op::NotEqualTo, 3LL, 3.0));
    CHECK(test(Op::LessThan, 2LL, 10.0)); // numerically, although "2" > "10" as text
    CHECK_FALSE(test(Op::LessThan, 10LL, 10.0));
    CHECK(test(Op::LessThanOrEqualTo, 10LL, 10.0));
    CHECK_FALSE(test(Op::LessThanOrEqualTo, 11LL, 10.0));
    CHECK(test(Op::GreaterThan, 10.5, 10.0));
    CHECK_FALSE(test(Op::GreaterThan, 10LL, 10.0));
    CHECK(test(Op::GreaterThanOrEqualTo, 10LL, 10.0));
    CHECK_FALSE(test(Op::GreaterThanOrEqualTo, 9.99, 10.0));
    // Two integers compare exactly, beyond what a double holds.
    CHECK_FALSE(test(Op::EqualTo, 9007199254740993LL, 9007199254740992LL));
    CHECK(test(Op::GreaterThan, 9007199254740993LL, 9007199254740992LL));
}

TEST_CASE("Text compares as text, and numeric text meets numbers numerically")
{
    CHECK(test(Op::EqualTo, std::string("done"), std::string("done")));
    CHECK_FALSE(test(Op::EqualTo, std::string("done"), std::string("Done")));
    CHECK(test(Op::NotEqualTo, std::string("blocked"), std::string("done")));
    CHECK(test(Op::LessThan, std::string("10"), std::string("2"))); // text order
    CHECK(test(Op::LessThan, std::string("apple"), std::string("banana")));
    CHECK(test(Op::EqualTo, std::string("3.0"), 3.0));
    CHECK(test(Op::EqualTo, std::string(" 7 "), 7LL));
    CHECK(test(Op::GreaterThan, std::string("10"), 2.0)); // numeric text against a number
    // A word is not equal to any number, and not ordered against one.
    CHECK_FALSE(test(Op::EqualTo, std::string("seven"), 7.0));
    CHECK(test(Op::NotEqualTo, std::string("seven"), 7.0));
    CHECK_FALSE(test(Op::LessThan, std::string("seven"), 7.0));
    CHECK_FALSE(test(Op::GreaterThan, std::string("seven"), 7.0));
    // Chinese text compares by code point.
    CHECK(test(Op::EqualTo, std::string("南长山"), std::string("南长山")));
}

TEST_CASE("Null never equals and never compares")
{
    for (Op op : {Op::EqualTo, Op::NotEqualTo, Op::LessThan, Op::LessThanOrEqualTo, Op::GreaterThan,
                  Op::GreaterThanOrEqualTo}) {
        CHECK_FALSE(test(op, FeatureValue{}, 1.0));
        CHECK_FALSE(test(op, FeatureValue{}, std::string()));
    }
    CHECK_FALSE(matches(filterOf({compare(Op::Between, "v", 0.0, 10.0)}), attributes({})));
    // A property the feature does not have reads as null.
    CHECK_FALSE(matches(filterOf({compare(Op::EqualTo, "missing", 0.0)}), attributes({{"v", 0LL}})));
}

TEST_CASE("Between includes both boundaries")
{
    const Filter between = filterOf({compare(Op::Between, "floors", 3.0, 6.0)});
    CHECK_FALSE(matches(between, attributes({{"floors", 2LL}})));
    CHECK(matches(between, attributes({{"floors", 3LL}})));
    CHECK(matches(between, attributes({{"floors", 4.5}})));
    CHECK(matches(between, attributes({{"floors", 6LL}})));
    CHECK_FALSE(matches(between, attributes({{"floors", 7LL}})));
    CHECK(matches(between, attributes({{"floors", std::string("5")}})));
}

TEST_CASE("And needs every comparison, Or any, and an empty filter matches everything")
{
    const std::vector<Comparison> both = {compare(Op::EqualTo, "status", std::string("done")),
                                          compare(Op::GreaterThanOrEqualTo, "round", 2.0)};
    const Filter all = filterOf(both, Filter::Combine::And);
    const Filter any = filterOf(both, Filter::Combine::Or);
    const auto doneRound3 = attributes({{"status", std::string("done")}, {"round", 3LL}});
    const auto doneRound1 = attributes({{"status", std::string("done")}, {"round", 1LL}});
    const auto blockedRound1 = attributes({{"status", std::string("blocked")}, {"round", 1LL}});
    CHECK(matches(all, doneRound3));
    CHECK_FALSE(matches(all, doneRound1));
    CHECK(matches(any, doneRound1));
    CHECK_FALSE(matches(any, blockedRound1));
    CHECK(matches(Filter{}, blockedRound1));
    CHECK(matches(Filter{}, AttributeReader{}));
}

TEST_CASE("Rules come in document order, ElseFilter only when no other rule matched")
{
    Style style;
    style.rules.push_back(ruleNamed("zero", filterOf({compare(Op::EqualTo, "colour", 0.0)})));
    StyleRule otherwise = ruleNamed("else");
    otherwise.elseFilter = true;
    style.rules.push_back(otherwise);
    style.rules.push_back(ruleNamed("small", filterOf({compare(Op::LessThan, "colour", 3.0)})));
    style.rules.push_back(ruleNamed("all"));

    CHECK(namesOf(style.rulesFor(attributes({{"colour", 0LL}}), 1000)) == std::vector<QString>{"zero", "small", "all"});
    CHECK(namesOf(style.rulesFor(attributes({{"colour", 5LL}}), 1000)) == std::vector<QString>{"all"});

    style.rules.pop_back(); // without the catch-all, colour 5 falls to the else rule
    CHECK(namesOf(style.rulesFor(attributes({{"colour", 5LL}}), 1000)) == std::vector<QString>{"else"});
    CHECK(namesOf(style.rulesFor(attributes({}), 1000)) == std::vector<QString>{"else"});
}

TEST_CASE("A rule is active when min <= scale < max")
{
    Style style;
    style.rules.push_back(ruleNamed("detail", {}, std::nullopt, 25000.0));
    style.rules.push_back(ruleNamed("overview", {}, 25000.0, std::nullopt));
    style.rules.push_back(ruleNamed("middle", {}, 3000.0, 60000.0));
    const auto none = attributes({});
    CHECK(namesOf(style.rulesFor(none, 2999.0)) == std::vector<QString>{"detail"});
    CHECK(namesOf(style.rulesFor(none, 3000.0)) == std::vector<QString>{"detail", "middle"});
    CHECK(namesOf(style.rulesFor(none, 24999.9)) == std::vector<QString>{"detail", "middle"});
    CHECK(namesOf(style.rulesFor(none, 25000.0)) == std::vector<QString>{"overview", "middle"});
    CHECK(namesOf(style.rulesFor(none, 59999.0)) == std::vector<QString>{"overview", "middle"});
    CHECK(namesOf(style.rulesFor(none, 60000.0)) == std::vector<QString>{"overview"});

    Style windowed;
    windowed.rules.push_back(ruleNamed("labels", {}, std::nullopt, 40000.0));
    CHECK(windowed.activeAt(39999.0));
    CHECK_FALSE(windowed.activeAt(40000.0));
    CHECK_FALSE(Style{}.activeAt(1000.0));
}

TEST_CASE("ElseFilter looks only at the rules active at this scale")
{
    // Households: coloured rules close up, an else rule at every scale. Beyond the
    // coloured rules' window the else rule draws every feature.
    Style style;
    style.rules.push_back(ruleNamed("zero-detail", filterOf({compare(Op::EqualTo, "colour", 0.0)}), std::nullopt, 25000.0));
    StyleRule otherwise = ruleNamed("else");
    otherwise.elseFilter = true;
    otherwise.minScaleDenominator = 1000.0;
    style.rules.push_back(otherwise);
    const auto colourZero = attributes({{"colour", 0LL}});
    CHECK(namesOf(style.rulesFor(colourZero, 5000.0)) == std::vector<QString>{"zero-detail"});
    CHECK(namesOf(style.rulesFor(colourZero, 50000.0)) == std::vector<QString>{"else"});
    CHECK(style.rulesFor(attributes({{"colour", 4LL}}), 500.0).empty()); // else rule not active yet
}

TEST_CASE("Each attribute is read once per feature, however many rules test it")
{
    Style style;
    for (int colour = 0; colour < 8; ++colour)
        style.rules.push_back(ruleNamed("colour", filterOf({compare(Op::EqualTo, "colour", double(colour))})));
    std::map<QString, int> reads;
    const AttributeReader counting = [&reads](const QString &name) {
        ++reads[name];
        return name == "colour" ? FeatureValue{5LL} : FeatureValue{};
    };
    REQUIRE(style.rulesFor(counting, 1000).size() == 1);
    CHECK(reads == std::map<QString, int>{{"colour", 1}});
}

TEST_CASE("A filter over many properties reads each of them correctly")
{
    // More properties than the per-feature cache holds.
    std::vector<Comparison> all;
    std::map<QString, FeatureValue> values;
    for (int i = 0; i < 7; ++i) {
        const std::string name = "p" + std::to_string(i);
        all.push_back(compare(Op::EqualTo, name.c_str(), double(i)));
        values[QString::fromStdString(name)] = static_cast<long long>(i);
    }
    const Filter filter = filterOf(all);
    CHECK(matches(filter, attributes(values)));
    values["p6"] = 7LL;
    CHECK_FALSE(matches(filter, attributes(values)));
    values["p6"] = 6LL;
    values["p0"] = std::string("zero");
    CHECK_FALSE(matches(filter, attributes(values)));
}
