#pragma once
// Toolbar icons drawn with QPainter, so the app looks the same on every desktop and
// needs no icon theme or image files.
#include <QIcon>

namespace lianxin {

enum class ToolIcon { Open, ZoomIn, ZoomOut, ZoomFull, ZoomLayer, ZoomSelection, Previous, Next };

QIcon toolIcon(ToolIcon which);

} // namespace lianxin
