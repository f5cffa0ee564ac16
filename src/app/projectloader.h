#pragma once
// Opening a project database off the GUI thread: read the World, build the MapScene
// (layers, group colours, territories, spatial indexes) and read the SLD styles, all in
// one worker call, so the window stays responsive while a ×100 world loads.
#include "core/world.h"
#include "render/mapscene.h"
#include "render/stylelibrary.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace lianxin {

struct LoadedProject {
    QString path;
    std::shared_ptr<const World> world;
    std::shared_ptr<const MapScene> scene;
    std::shared_ptr<const StyleLibrary> styles;
    QStringList searchTerms; // grid-area codes and names, building addresses (the completer)
    QString error;           // empty on success; the store's message otherwise
    qint64 readMs = 0;       // database → World
    qint64 sceneMs = 0;      // World → MapScene
};

// Runs on any thread; never throws (failures land in `error`).
LoadedProject loadProject(const QString &path, const QString &stylesFolder);

} // namespace lianxin
