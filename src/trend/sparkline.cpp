// A one-line picture of a series for the terminal table.
#include "baocao/trend.h"

#include <algorithm>
#include <cmath>

namespace baocao {

std::string sparkline(const std::vector<std::optional<double>>& values) {
    static const char* const bars[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
    double low = INFINITY;
    double high = -INFINITY;
    for (const auto& value : values) {
        if (value && std::isfinite(*value)) {
            low = std::min(low, *value);
            high = std::max(high, *value);
        }
    }
    std::string out;
    for (const auto& value : values) {
        if (!value || !std::isfinite(*value)) {
            out += ' '; // a gap stays visible as a gap, never as the lowest bar
            continue;
        }
        int level = 3; // a flat series sits in the middle
        if (high > low) {
            level = static_cast<int>(std::lround((*value - low) / (high - low) * 7));
        }
        out += bars[std::clamp(level, 0, 7)];
    }
    return out;
}

} // namespace baocao
