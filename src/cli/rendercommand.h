#pragma once
#include <CLI/CLI.hpp>

namespace lianxin::cli {
// `lianxin-cli render DB --out map.png|map.pdf [--size WxH] [--extent xmin,ymin,xmax,ymax]
// [--layers a,b,c] [--styles DIR] [--dpi N]`: the map as the canvas draws it, headless.
void addRenderCommand(CLI::App &app, int &exitCode);
} // namespace lianxin::cli
