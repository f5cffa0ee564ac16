#include "demo/codes.h"

#include <algorithm>

namespace lianxin::demo {

std::string numberedCode(std::string_view prefix, Id id, long long total, int minWidth)
{
    int width = 1;
    for (long long rest = total; rest >= 10; rest /= 10)
        ++width;
    std::string digits = std::to_string(id);
    const std::size_t wanted = static_cast<std::size_t>(std::max(width, minWidth));
    if (digits.size() < wanted)
        digits.insert(0, wanted - digits.size(), '0');
    return std::string(prefix) + digits;
}

} // namespace lianxin::demo
