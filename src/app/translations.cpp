#include "app/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace lianxin {

namespace {

struct Translators {
    QPointer<QTranslator> app; // owned by the application object (Qt parent)
    QPointer<QTranslator> qt;
    QString language = QStringLiteral("en"); // nothing installed yet: the source strings
};

Translators &translators()
{
    static Translators instance;
    return instance;
}

// Loaded once and kept, so switching back and forth does not touch the disk again.
void ensureLoaded(Translators &t)
{
    if (t.app)
        return;
    t.app = new QTranslator(QCoreApplication::instance());
    if (!t.app->load(QStringLiteral(":/i18n/lianxin_zh_CN.qm")))
        qWarning("lianxin: the Chinese translation is missing from the resources");
    t.qt = new QTranslator(QCoreApplication::instance());
    // Qt's own strings (dialog buttons); absent on systems without qt6-translations.
    const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!t.qt->load(QStringLiteral("qtbase_zh_CN"), folder) && !t.qt->load(QStringLiteral("qt_zh_CN"), folder))
        qInfo("lianxin: no Qt translation in %s; Qt's own dialogs stay in English", qPrintable(folder));
}

} // namespace

bool setInterfaceLanguage(const QString &code)
{
    if (code != QLatin1String("zh") && code != QLatin1String("en"))
        return false;
    Translators &t = translators();
    if (code == t.language)
        return true;
    if (code == QLatin1String("zh")) {
        ensureLoaded(t);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QCoreApplication::installTranslator(t.app);
        QCoreApplication::installTranslator(t.qt);
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCoreApplication::removeTranslator(t.app);
        QCoreApplication::removeTranslator(t.qt);
    }
    t.language = code;
    return true;
}

QString interfaceLanguage() { return translators().language; }

QString savedInterfaceLanguage()
{
    const QString code = QSettings().value(QStringLiteral("language"), QStringLiteral("zh")).toString();
    return code == QLatin1String("en") ? code : QStringLiteral("zh");
}

void saveInterfaceLanguage(const QString &code) { QSettings().setValue(QStringLiteral("language"), code); }

} // namespace lianxin
