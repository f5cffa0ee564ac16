// The ogc:Filter half of SldReader (sldreader.h): comparisons of a property with a
// literal, combined by one And or Or. Anything else in a filter is an error, because
// skipping part of a filter would silently draw features the style meant to exclude.
#include "render/sldreader.h"

#include <cmath>

namespace lianxin {

namespace {

// Filters are flat in Lianxin (style.h), so nesting only ever repeats one operator; a
// limit keeps hostile input from exhausting the stack.
constexpr int kMaxFilterDepth = 16;

} // namespace

Filter SldReader::readFilter()
{
    Filter filter;
    const Location start = here();
    bool seen = false;
    while (m_xml.readNextStartElement()) {
        if (seen) {
            fail(here(), QStringLiteral("a Filter holds one expression; combine several with <ogc:And> or <ogc:Or>"));
            break;
        }
        seen = true;
        readFilterExpression(filter, std::nullopt, 0);
    }
    if (!seen && !m_xml.hasError())
        fail(start, QStringLiteral("empty Filter"));
    return filter;
}

void SldReader::readFilterExpression(Filter &filter, std::optional<Filter::Combine> parent, int depth)
{
    const Location where = here();
    if (depth > kMaxFilterDepth) {
        fail(where, QStringLiteral("Filter nested deeper than %1 levels").arg(kMaxFilterDepth));
        return;
    }
    static const std::pair<const char16_t *, Comparison::Op> comparisons[] = {
        {u"PropertyIsEqualTo", Comparison::Op::EqualTo},
        {u"PropertyIsNotEqualTo", Comparison::Op::NotEqualTo},
        {u"PropertyIsLessThan", Comparison::Op::LessThan},
        {u"PropertyIsLessThanOrEqualTo", Comparison::Op::LessThanOrEqualTo},
        {u"PropertyIsGreaterThan", Comparison::Op::GreaterThan},
        {u"PropertyIsGreaterThanOrEqualTo", Comparison::Op::GreaterThanOrEqualTo},
        {u"PropertyIsBetween", Comparison::Op::Between},
    };
    for (const auto &[name, op] : comparisons) {
        if (is(name)) {
            filter.comparisons.push_back(readComparison(op));
            return;
        }
    }
    if (!is(u"And") && !is(u"Or")) {
        fail(where, QStringLiteral("unsupported filter operator <%1>: Lianxin reads PropertyIsEqualTo, "
                                   "PropertyIsNotEqualTo, PropertyIsLessThan[OrEqualTo], "
                                   "PropertyIsGreaterThan[OrEqualTo], PropertyIsBetween, And, Or")
                        .arg(m_xml.qualifiedName().toString()));
        return;
    }
    const Filter::Combine combine = is(u"And") ? Filter::Combine::And : Filter::Combine::Or;
    if (parent && *parent != combine) {
        fail(where, QStringLiteral("<%1> inside <%2> is not supported: a rule's filter combines its "
                                   "comparisons with one logical operator")
                        .arg(m_xml.name().toString(), combine == Filter::Combine::And ? u"Or" : u"And"));
        return;
    }
    filter.combine = combine;
    int operands = 0;
    while (m_xml.readNextStartElement()) {
        readFilterExpression(filter, combine, depth + 1);
        ++operands;
    }
    if (operands == 0 && !m_xml.hasError())
        fail(where, QStringLiteral("<%1> without operands").arg(combine == Filter::Combine::And ? u"And" : u"Or"));
}

Comparison SldReader::readComparison(Comparison::Op op)
{
    const Location where = here();
    const QString element = m_xml.qualifiedName().toString();
    Comparison comparison;
    comparison.op = op;
    if (m_xml.attributes().value(QLatin1String("matchCase")) == u"false")
        warn(where, QStringLiteral("matchCase=\"false\" is not supported; <%1> compares case-sensitively").arg(element));
    bool haveLiteral = false;
    bool literalFirst = false;
    bool haveLower = false;
    bool haveUpper = false;
    while (m_xml.readNextStartElement()) {
        if (is(u"PropertyName")) {
            if (!comparison.property.isEmpty()) {
                fail(here(), QStringLiteral("<%1> compares two properties; Lianxin compares a property with a literal")
                                 .arg(element));
                break;
            }
            comparison.property = text();
        } else if (is(u"Literal") && op != Comparison::Op::Between) {
            if (haveLiteral) {
                fail(here(), QStringLiteral("<%1> has two literals").arg(element));
                break;
            }
            literalFirst = comparison.property.isEmpty();
            haveLiteral = true;
            comparison.value = readLiteral();
        } else if (is(u"LowerBoundary") && op == Comparison::Op::Between) {
            comparison.value = readLiteral();
            haveLower = true;
        } else if (is(u"UpperBoundary") && op == Comparison::Op::Between) {
            comparison.upperBoundary = readLiteral();
            haveUpper = true;
        } else {
            fail(here(), QStringLiteral("unsupported expression <%1> in <%2>")
                             .arg(m_xml.qualifiedName().toString(), element));
            break;
        }
    }
    if (m_xml.hasError())
        return comparison;
    if (comparison.property.isEmpty())
        fail(where, QStringLiteral("<%1> needs an <ogc:PropertyName>").arg(element));
    else if (op == Comparison::Op::Between && (!haveLower || !haveUpper))
        fail(where, QStringLiteral("<%1> needs <ogc:LowerBoundary> and <ogc:UpperBoundary>").arg(element));
    else if (op != Comparison::Op::Between && !haveLiteral)
        fail(where, QStringLiteral("<%1> needs an <ogc:Literal>").arg(element));
    // "5 < size" is "size > 5": keep the property on the left.
    if (literalFirst) {
        switch (op) {
        case Comparison::Op::LessThan: comparison.op = Comparison::Op::GreaterThan; break;
        case Comparison::Op::LessThanOrEqualTo: comparison.op = Comparison::Op::GreaterThanOrEqualTo; break;
        case Comparison::Op::GreaterThan: comparison.op = Comparison::Op::LessThan; break;
        case Comparison::Op::GreaterThanOrEqualTo: comparison.op = Comparison::Op::LessThanOrEqualTo; break;
        default: break;
        }
    }
    return comparison;
}

FeatureValue SldReader::readLiteral()
{
    // <ogc:Literal>, or a boundary element holding one; numbers become doubles so that
    // "3" matches an integer attribute 3 and a text attribute "3.0" alike.
    const QString raw = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
    bool ok = false;
    const double value = raw.trimmed().toDouble(&ok);
    if (ok && std::isfinite(value))
        return value;
    return raw.toStdString();
}

} // namespace lianxin
