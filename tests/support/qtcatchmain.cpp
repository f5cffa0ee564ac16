// Catch main for tests that drive widgets: one QApplication for the whole run, made
// before the tests and destroyed before static destructors (a function-local static
// QApplication outlives Qt's own globals and crashes at exit).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

#include <cstdlib>

int main(int argc, char *argv[])
{
    ::setenv("QT_QPA_PLATFORM", "offscreen", 0);
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
