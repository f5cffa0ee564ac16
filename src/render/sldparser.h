#pragma once
// Reads an OGC SLD 1.1 (or 1.0) StyledLayerDescriptor into a Style with
// QXmlStreamReader. Supported: NamedLayer/UserStyle/FeatureTypeStyle/Rule with Name,
// Title, ogc:Filter (PropertyIsEqualTo, NotEqualTo, LessThan[OrEqualTo],
// GreaterThan[OrEqualTo], Between, And, Or), ElseFilter, Min/MaxScaleDenominator,
// Polygon/Line/Point/TextSymbolizer with se:/sld: SvgParameter or CssParameter.
// Anything else is skipped with a warning, except inside ogc:Filter, where an unsupported
// operator is an error (skipping it would change which features a rule draws). Never a crash.
#include "render/style.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace lianxin {

struct SldParseResult {
    std::optional<Style> style; // empty on error
    QString error;              // names the file, line and column, e.g. "roads.sld:12:5: ..."
    QStringList warnings;       // unsupported elements that were skipped
};

SldParseResult parseSld(const QByteArray &xml, const QString &sourceName);
SldParseResult parseSldFile(const QString &path);

} // namespace lianxin
