#include "app/projectloader.h"

#include "store/database.h"

#include <QElapsedTimer>

namespace lianxin {

namespace {

QStringList searchTermsOf(const World &world)
{
    QStringList terms;
    terms.reserve(static_cast<qsizetype>(world.gridAreas.size() * 2 + world.buildings.size()));
    for (const GridArea &area : world.gridAreas)
        terms << QString::fromStdString(area.code) << QString::fromStdString(area.name);
    for (const Building &building : world.buildings)
        terms << QString::fromStdString(building.address);
    terms.removeDuplicates();
    terms.sort();
    return terms;
}

} // namespace

LoadedProject loadProject(const QString &path, const QString &stylesFolder)
{
    LoadedProject project;
    project.path = path;
    try {
        QElapsedTimer timer;
        timer.start();
        auto world = std::make_shared<World>(Database::open(path.toStdString(), Database::Mode::ReadOnly)->loadWorld());
        project.readMs = timer.restart();
        project.scene = MapScene::fromWorld(*world);
        project.sceneMs = timer.elapsed();
        project.searchTerms = searchTermsOf(*world);
        project.world = std::move(world);
    } catch (const std::exception &e) {
        project.error = QString::fromStdString(e.what());
        project.scene.reset();
        return project;
    }
    project.styles = std::make_shared<const StyleLibrary>(StyleLibrary::loadFolder(stylesFolder));
    return project;
}

} // namespace lianxin
