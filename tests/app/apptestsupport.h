#pragma once
// Shared by the app tests: the demo project loaded once per test binary, and QSettings
// kept out of the user's real configuration.
#include "app/projectloader.h"
#include "testsupport.h"

#include "app/mainwindow.h"
#include "app/mapcanvas.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>

namespace lianxin::test {

// Settings go to ~/.qttest while tests run, and each test starts from empty settings.
inline void useTestSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

// The scale-1 demo database, read and turned into a scene once (about a second).
inline const LoadedProject &demoProject()
{
    static const LoadedProject project =
        loadProject(QString::fromStdString(demoDatabasePath().string()), defaultStylesFolder());
    return project;
}

// Opens `path` in the window and waits until it is loaded and its first frame drawn.
inline bool openAndRender(MainWindow &window, const QString &path)
{
    QSignalSpy loaded(&window, &MainWindow::databaseLoaded);
    QSignalSpy rendered(window.mapCanvas(), &MapCanvas::renderFinished);
    window.openDatabase(path);
    return loaded.wait(30000) && (rendered.count() > 0 || rendered.wait(30000));
}

} // namespace lianxin::test
