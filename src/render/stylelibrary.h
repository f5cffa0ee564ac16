#pragma once
// The styles of every layer, read from a folder of SLD files named <layer id>.sld
// (styles/ in the source tree). A missing or malformed file gives a clear error and the
// layer falls back to a default style, so one bad file never blanks the map.
#include "render/maplayer.h"
#include "render/style.h"

#include <QString>
#include <QStringList>

#include <map>

namespace lianxin {

class StyleLibrary {
public:
    // Defaults only.
    StyleLibrary() = default;
    static StyleLibrary loadFolder(const QString &folder);

    // The style for a layer: its SLD if it parsed, else the default for its geometry.
    const Style &styleFor(const MapLayer &layer) const;
    void setStyle(const QString &layerId, Style style);
    // "buildings.sld:12:5: ..." for each file that failed; empty when all parsed.
    const QStringList &errors() const { return m_errors; }

    static Style defaultStyle(GeometryKind kind);

private:
    std::map<QString, Style> m_styles;
    QStringList m_errors;
};

// The folder of the shipped SLD files: $LIANXIN_STYLES_DIR, else the installed share
// folder, else the source tree's styles/.
QString defaultStylesFolder();

} // namespace lianxin
