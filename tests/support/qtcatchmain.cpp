// Catch main for tests that drive widgets: one QApplication for the whole run, made
// before the tests and destroyed before static destructors (a function-local static
// QApplication outlives Qt's own globals and crashes at exit).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <unistd.h>

int main(int argc, char *argv[])
{
    ::setenv("QT_QPA_PLATFORM", "offscreen", 0);
    // ctest runs test processes in parallel; each gets its own home so their QSettings
    // (window state, recent files) never race.
    const auto home = std::filesystem::temp_directory_path() / ("lianxin-qttest-" + std::to_string(::getpid()));
    std::filesystem::create_directories(home);
    std::filesystem::permissions(home, std::filesystem::perms::owner_all);
    ::setenv("HOME", home.c_str(), 1);
    ::setenv("XDG_CONFIG_HOME", (home / ".config").c_str(), 1);
    ::setenv("XDG_RUNTIME_DIR", home.c_str(), 1);
    int result = 0;
    {
        QApplication app(argc, argv);
        result = Catch::Session().run(argc, argv);
    }
    std::filesystem::remove_all(home);
    return result;
}
