// lianxin: the desktop map of the Changdao service network.
#include "app/mainwindow.h"
#include "app/mapview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

// Chinese by default; `--lang en` shows the English source strings.
void installTranslations(QApplication &app, const QString &language)
{
    if (language == QLatin1String("en"))
        return;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(QStringLiteral(":/i18n/lianxin_zh_CN.qm")))
        app.installTranslator(appTranslator);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qtTranslator);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("lianxin"));
    QApplication::setOrganizationName(QStringLiteral("Lianxin"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Lianxin (连心): Changdao community service map"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("database"), QStringLiteral("Project database (.sqlite) to open"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Interface language: zh (default) or en"),
                                        QStringLiteral("code"), QStringLiteral("zh"));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                        QStringLiteral("Save the window to FILE after the first render, then exit"),
                                        QStringLiteral("file"));
    parser.addOption(langOption);
    parser.addOption(shotOption);
    parser.process(app);

    installTranslations(app, parser.value(langOption));
    lianxin::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openDatabase(parser.positionalArguments().constFirst());

    if (parser.isSet(shotOption)) {
        const QString file = parser.value(shotOption);
        QObject::connect(window.mapView(), &lianxin::MapView::renderFinished, &app, [&window, file] {
            const bool saved = window.grab().save(file);
            std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "saved" : "could not save", qPrintable(file));
            QApplication::exit(saved ? 0 : 2);
        });
        // A database that never loads must not hang a scripted run.
        QTimer::singleShot(60000, &app, [] { QApplication::exit(3); });
    }
    return app.exec();
}
