// lianxin: the desktop map of the Changdao service network.
#include "app/mainwindow.h"
#include "app/mapcanvas.h"
#include "app/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace {

// "xmin,ymin,xmax,ymax" in EPSG:4549 metres.
std::optional<lianxin::Box> parseExtent(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4)
        return std::nullopt;
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    }
    if (!(v[0] < v[2]) || !(v[1] < v[3]))
        return std::nullopt;
    return lianxin::Box{v[0], v[1], v[2], v[3]};
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceLaunch;
    sinceLaunch.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("lianxin"));
    QApplication::setOrganizationName(QStringLiteral("Lianxin"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Lianxin (连心): Changdao community service map"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("database"), QStringLiteral("Project database (.sqlite) to open"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Interface language: zh or en (default: the last one chosen, else zh)"),
                                        QStringLiteral("code"));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                        QStringLiteral("Save the window to FILE after the first render, then exit "
                                                       "(ignores the saved window layout and extent)"),
                                        QStringLiteral("file"));
    const QCommandLineOption extentOption(QStringLiteral("extent"),
                                          QStringLiteral("Start at this extent (EPSG:4549 metres)"),
                                          QStringLiteral("xmin,ymin,xmax,ymax"));
    parser.addOptions({langOption, shotOption, extentOption});
    parser.process(app);

    const QString language = parser.isSet(langOption) ? parser.value(langOption) : lianxin::savedInterfaceLanguage();
    if (!lianxin::setInterfaceLanguage(language)) {
        std::fprintf(stderr, "lianxin: unknown language '%s' (use zh or en)\n", qPrintable(language));
        return 2;
    }
    std::optional<lianxin::Box> extent;
    if (parser.isSet(extentOption)) {
        extent = parseExtent(parser.value(extentOption));
        if (!extent) {
            std::fprintf(stderr, "lianxin: --extent wants xmin,ymin,xmax,ymax with xmin<xmax and ymin<ymax, got '%s'\n",
                         qPrintable(parser.value(extentOption)));
            return 2;
        }
    }
    const bool screenshot = parser.isSet(shotOption);

    lianxin::MainWindow window(screenshot ? lianxin::MainWindow::SavedState::Fresh
                                          : lianxin::MainWindow::SavedState::Restore);
    if (extent)
        window.setStartExtent(*extent);
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openDatabase(parser.positionalArguments().constFirst());

    if (screenshot) {
        const QString file = parser.value(shotOption);
        QObject::connect(window.mapCanvas(), &lianxin::MapCanvas::renderFinished, &app, [&window, &sinceLaunch, file] {
            std::printf("first frame %lld ms after launch (database read %lld ms, map built %lld ms, render %lld ms)\n",
                        static_cast<long long>(sinceLaunch.elapsed()), static_cast<long long>(window.project().readMs),
                        static_cast<long long>(window.project().sceneMs),
                        static_cast<long long>(window.mapCanvas()->lastFrame().renderMs));
            const bool saved = window.grab().save(file);
            std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "saved" : "could not save", qPrintable(file));
            QApplication::exit(saved ? 0 : 2);
        });
        QObject::connect(&window, &lianxin::MainWindow::databaseFailed, &app, [](const QString &path, const QString &error) {
            std::fprintf(stderr, "could not open %s: %s\n", qPrintable(path), qPrintable(error));
            QApplication::exit(3);
        });
        // A database that never loads must not hang a scripted run.
        QTimer::singleShot(60000, &app, [] { QApplication::exit(3); });
    }
    return app.exec();
}
