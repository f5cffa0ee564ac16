#include "render/rendercontext.h"

namespace lianxin {

RenderContext::RenderContext(const MapSettings &settings, const std::atomic_bool *cancelFlag)
    : transform(settings.extent, settings.outputSize)
    , visible(transform.visibleExtent())
    , deviceRect(0.0, 0.0, settings.outputSize.width(), settings.outputSize.height())
    , scaleDenominator(settings.scaleDenominator())
    , dpiScale(settings.dpi > 0.0 ? settings.dpi / 96.0 : 1.0)
    , cancel(cancelFlag)
{
}

} // namespace lianxin
