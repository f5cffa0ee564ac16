#pragma once
// Shared by the app tests: the demo project loaded once per test binary, and QSettings
// kept out of the user's real configuration.
#include "app/projectloader.h"
#include "testsupport.h"

#include <QSettings>
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

} // namespace lianxin::test
