#include "render/stylelibrary.h"

#include "render/sldparser.h"

#include <QDir>
#include <QFileInfo>

namespace lianxin {

StyleLibrary StyleLibrary::loadFolder(const QString &folder)
{
    StyleLibrary library;
    const QDir dir(folder);
    if (folder.isEmpty() || !dir.exists()) {
        library.m_errors << QStringLiteral("%1: styles folder not found; every layer uses its default style")
                                .arg(folder.isEmpty() ? QStringLiteral("(no folder)") : folder);
        return library;
    }
    // Every <layer id>.sld present, in name order so that errors read the same each run.
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.sld")}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        SldParseResult parsed = parseSldFile(file.filePath());
        if (parsed.style)
            library.m_styles[file.completeBaseName()] = std::move(*parsed.style);
        else
            library.m_errors << parsed.error;
    }
    return library;
}

const Style &StyleLibrary::styleFor(const MapLayer &layer) const
{
    const auto found = m_styles.find(layer.id());
    if (found != m_styles.end())
        return found->second;
    // Built once, then shared read-only by every render thread (static init is thread-safe).
    static const Style polygonDefault = defaultStyle(GeometryKind::Polygon);
    static const Style pointDefault = defaultStyle(GeometryKind::Point);
    return layer.kind() == GeometryKind::Polygon ? polygonDefault : pointDefault;
}

void StyleLibrary::setStyle(const QString &layerId, Style style) { m_styles[layerId] = std::move(style); }

Style StyleLibrary::defaultStyle(GeometryKind kind)
{
    // Plain enough to look deliberately neutral next to the shipped styles, so a layer on
    // its fallback is noticeable but still readable.
    StyleRule rule;
    rule.name = QStringLiteral("default");
    rule.title = QStringLiteral("Default style");
    if (kind == GeometryKind::Polygon) {
        PolygonSymbolizer polygon;
        polygon.fill = QColor(0xbd, 0xbd, 0xbd);
        polygon.stroke = Stroke{QColor(0x42, 0x42, 0x42), 1.0, {}};
        rule.symbolizers.emplace_back(polygon);
    } else {
        PointSymbolizer point;
        point.wellKnownName = QStringLiteral("circle");
        point.size = 5.0;
        point.fill = QColor(0x1f, 0x3a, 0x93);
        rule.symbolizers.emplace_back(point);
    }
    Style style;
    style.name = QStringLiteral("default");
    style.rules.push_back(std::move(rule));
    return style;
}

QString defaultStylesFolder()
{
    const QString fromEnvironment = qEnvironmentVariable("LIANXIN_STYLES_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString installed = QStringLiteral("/usr/local/share/lianxin/styles");
    if (QFileInfo(installed).isDir())
        return installed;
    return QStringLiteral(LIANXIN_BUILT_STYLES_DIR);
}

} // namespace lianxin
