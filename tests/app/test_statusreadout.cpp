// The status bar read-out: projected metres and lon/lat of the cursor, and the scale.
#include "app/statusreadout.h"
#include "apptestsupport.h"
#include "core/projection.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>

#include <cstdio>

using namespace lianxin;

TEST_CASE("The read-out shows the cursor in EPSG:4549 metres and in lon/lat")
{
    test::useTestSettings();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    StatusReadout readout;
    QElapsedTimer idle;
    idle.start();
    QCoreApplication::processEvents(); // the read-out makes its projector when the loop turns
    const qint64 idleUs = idle.nsecsElapsed() / 1000;
    // Changdao county seat, about 120.74°E 37.92°N.
    const PointXY p = Projector().toProjected(LonLat{120.74, 37.92});
    QElapsedTimer first;
    first.start();
    readout.setCursorPosition(p);
    const qint64 firstUs = first.nsecsElapsed() / 1000;
    QElapsedTimer next;
    next.start();
    readout.setCursorPosition({p.x + 10, p.y});
    const qint64 nextUs = next.nsecsElapsed() / 1000;
    readout.setCursorPosition(p);
    std::printf("cursor read-out: projector made at idle in %lld us; first move %lld us, later moves %lld us\n",
                static_cast<long long>(idleUs), static_cast<long long>(firstUs), static_cast<long long>(nextUs));

    CHECK(readout.lonLatText() == QStringLiteral("120.74000°E 37.92000°N"));
    CHECK(readout.coordinateText() == QStringLiteral("%1, %2 m").arg(p.x, 0, 'f', 1).arg(p.y, 0, 'f', 1));
    // Gauss-Kruger CM 120E: 120.74°E lies about 65 km east of the false easting of 500 km.
    CHECK(p.x > 560000.0);
    CHECK(p.x < 570000.0);
    CHECK(firstUs < 5000); // the projector was ready before the first move
    CHECK(nextUs < 5000);

    readout.clearCursorPosition();
    CHECK(readout.coordinateText().isEmpty());
}

TEST_CASE("The scale reads as on a paper map, rounded to three digits")
{
    test::useTestSettings();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    StatusReadout readout;
    readout.setScale(12345.678);
    CHECK(readout.scaleText() == QStringLiteral("Scale 1:12,300"));
    readout.setScale(283456.0);
    CHECK(readout.scaleText() == QStringLiteral("Scale 1:283,000"));
    readout.setScale(987.4);
    CHECK(readout.scaleText() == QStringLiteral("Scale 1:987"));
    readout.setScale(0.0);
    CHECK(readout.scaleText().isEmpty());
}
