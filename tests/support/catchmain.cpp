#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <cstdlib>

int main(int argc, char *argv[])
{
    // Tests that touch QtGui run without a display.
    ::setenv("QT_QPA_PLATFORM", "offscreen", 0);
    return Catch::Session().run(argc, argv);
}
