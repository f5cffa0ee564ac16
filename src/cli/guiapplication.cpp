#include "cli/guiapplication.h"

#include <cstdlib>

namespace lianxin::cli {

std::unique_ptr<QGuiApplication> makeGuiApplication()
{
    if (QGuiApplication::instance())
        return nullptr;
    ::setenv("QT_QPA_PLATFORM", "offscreen", 0);
    static int argc = 1;
    static char name[] = "lianxin-cli";
    static char *argv[] = {name, nullptr};
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace lianxin::cli
