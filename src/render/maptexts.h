#pragma once
// The map's own words — legend headings and rule titles, the legend's title, the scale
// bar, the attribution — in the map's language. Chinese is what the styles and the
// renderer write (a printed map for Changdao reads Chinese); for an English interface
// they are looked up here. A composite "A（B）" is translated part by part, "X密度" as
// "X density"; anything unknown (a user's own style title, a place name) stays as it is.
// A test checks every titled rule of the shipped styles has an English entry.
#include <QString>

namespace lianxin {

// "zh" (the default) returns `text` unchanged; "en" returns the English where known.
QString mapText(const QString &text, const QString &language);

// Whether `text` has an English translation (for the test over the shipped styles).
bool hasEnglishMapText(const QString &text);

} // namespace lianxin
