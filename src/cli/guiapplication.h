#pragma once
// The QGuiApplication that fonts and QPdfWriter need in the commands that draw (render,
// report): offscreen unless the user chose a platform.
#include <QGuiApplication>

#include <memory>

namespace lianxin::cli {

// Null when an application object exists already.
std::unique_ptr<QGuiApplication> makeGuiApplication();

} // namespace lianxin::cli
