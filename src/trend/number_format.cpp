// Numbers as a Vietnamese reader writes them: "." groups thousands, ","
// separates decimals ("1.327.732.848", "0,74", "8.505,3").
#include "baocao/trend.h"

#include <cmath>
#include <cstdio>
#include <string>

namespace baocao {

std::string format_number_vi(double value, int max_decimals) {
    if (!std::isfinite(value)) {
        return "–";
    }
    max_decimals = std::max(0, std::min(max_decimals, 9));
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", max_decimals, value);
    std::string text = buffer;
    std::string fraction;
    if (std::size_t dot = text.find('.'); dot != std::string::npos) {
        fraction = text.substr(dot + 1);
        text.resize(dot);
        while (!fraction.empty() && fraction.back() == '0') {
            fraction.pop_back();
        }
    }
    bool negative = !text.empty() && text.front() == '-';
    if (negative) {
        text.erase(0, 1);
    }
    if (text == "0" && fraction.empty()) {
        negative = false; // "-0" after rounding
    }
    std::string grouped;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i > 0 && (text.size() - i) % 3 == 0) {
            grouped += '.';
        }
        grouped += text[i];
    }
    return (negative ? "-" : "") + grouped + (fraction.empty() ? "" : "," + fraction);
}

} // namespace baocao
