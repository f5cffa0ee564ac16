#pragma once
// The interface language: Chinese (the default, from i18n/lianxin_zh_CN.ts) or English
// (the source strings). Switching installs or removes the translators; Qt then sends
// QEvent::LanguageChange to every widget, which retranslates itself, so the switch is
// live. The remembered choice lives in QSettings ("language").
#include <QString>

namespace lianxin {

// "zh" or "en"; anything else is refused (returns false, nothing changes).
bool setInterfaceLanguage(const QString &code);
QString interfaceLanguage();
// The language the user chose last time, "zh" when never chosen.
QString savedInterfaceLanguage();
void saveInterfaceLanguage(const QString &code);

} // namespace lianxin
