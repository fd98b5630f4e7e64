// A standalone SVG line chart of a trend, written by hand so that a chart
// needs no network, no browser and no third-party library. Text widths are
// estimated from the font size (no font metrics without a renderer), so the
// margins keep some slack.
#include "baocao/trend.h"

#include "util/utf8.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace baocao {

namespace {

// Ten colours that stay distinct for the usual colour-vision deficiencies
// (the Tableau 10 palette); more communes than that reuse them.
const char* const palette[] = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
                               "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};

std::string escape(std::string_view text) {
    std::string out;
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&apos;";
            break;
        default:
            // Control characters are not allowed in XML 1.0.
            if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n') {
                out += c;
            }
        }
    }
    return out;
}

std::string px(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}

double text_width(std::string_view text, double font_size) {
    return static_cast<double>(utf8::length(text)) * font_size * 0.6;
}

std::string shown_unit(const std::string& unit) {
    return unit == "percent" ? "%" : unit;
}

std::string month_label(YearMonth period) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%02d/%04d", period.month, period.year);
    return buffer;
}

struct Scale {
    double low = 0;
    double high = 1;
    double step = 1;
    int decimals = 0;
};

// Round tick steps (1, 2, 2.5, 5 × 10^k), about five of them; zero is
// included when the values are positive and not far from it, so a bar of
// money is not exaggerated.
Scale nice_scale(double low, double high) {
    if (low >= 0 && low <= high * 0.5) {
        low = 0;
    }
    if (high <= low) {
        double pad = low == 0 ? 1 : std::fabs(low) * 0.1;
        low -= pad;
        high += pad;
        if (low < 0 && high > 0 && low > -pad * 2) {
            low = std::min(0.0, low);
        }
    }
    double raw = (high - low) / 5;
    double magnitude = std::pow(10, std::floor(std::log10(raw)));
    double norm = raw / magnitude;
    double factor = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10;
    Scale scale;
    scale.step = factor * magnitude;
    scale.low = std::floor(low / scale.step + 1e-9) * scale.step;
    scale.high = std::ceil(high / scale.step - 1e-9) * scale.step;
    if (scale.high <= scale.low) {
        scale.high = scale.low + scale.step;
    }
    scale.decimals = std::max(0, -static_cast<int>(std::floor(std::log10(scale.step) + 1e-9)));
    if (factor == 2.5) {
        ++scale.decimals;
    }
    if (scale.step >= 10) {
        scale.decimals = 0;
    }
    return scale;
}

// Month labels: every `step` months, on months a reader counts from
// (January, quarters, half years, whole years).
int label_step(int months, double width) {
    int fit = std::max(1, static_cast<int>(width / 64));
    for (int step : {1, 2, 3, 6, 12, 24, 36, 60, 120, 240}) {
        if ((months + step - 1) / step <= fit) {
            return step;
        }
    }
    return 240;
}

bool labelled(YearMonth period, int step) {
    if (step < 12) {
        return (period.month - 1) % step == 0;
    }
    return period.month == 1 && period.year % (step / 12) == 0;
}

} // namespace

std::string render_svg_chart(const Trend& trend, const ChartOptions& options) {
    const double width = options.width;
    const double height = options.height;

    // The months shown and the range of the values.
    std::optional<YearMonth> first;
    std::optional<YearMonth> last;
    double low = INFINITY;
    double high = -INFINITY;
    for (const auto& series : trend.series) {
        for (const auto& point : series.points) {
            if (!first || point.period < *first) {
                first = point.period;
            }
            if (!last || *last < point.period) {
                last = point.period;
            }
            if (point.value) {
                low = std::min(low, *point.value);
                high = std::max(high, *point.value);
            }
        }
    }
    const bool has_values = std::isfinite(low);
    const Scale scale = has_values ? nice_scale(low, high) : Scale{};
    const int months = first ? last->index() - first->index() + 1 : 0;

    std::string title = trend.name.empty() ? trend.metric : trend.name;
    if (!trend.unit.empty()) {
        title += " (" + shown_unit(trend.unit) + ")";
    }
    std::string subtitle = trend.metric;
    if (first) {
        subtitle += " · " + first->str() + (months > 1 ? " – " + last->str() : "");
    }

    // Margins from the longest texts.
    // Ticks by count, not by adding up the step (0.1 + 0.2 ≠ 0.3).
    const int ticks = static_cast<int>(std::lround((scale.high - scale.low) / scale.step));
    auto tick = [&](int i) {
        double v = scale.low + i * scale.step;
        return std::fabs(v) < scale.step * 1e-9 ? 0.0 : v;
    };
    double tick_width = 0;
    for (int i = 0; i <= ticks; ++i) {
        tick_width =
            std::max(tick_width, text_width(format_number_vi(tick(i), scale.decimals), 12));
    }
    double legend_width = 0;
    for (const auto& series : trend.series) {
        legend_width = std::max(legend_width, text_width(series.issuer, 12));
    }
    legend_width = std::min(legend_width + 34, width * 0.3);
    const double left = 16 + tick_width + 10;
    const double right = width - 16 - legend_width;
    const double top = 72;
    const double bottom = height - 56;
    const double inner = 12; // keeps the first and last points off the axes
    const double plot_width = std::max(right - left - 2 * inner, 1.0);

    auto x_of = [&](YearMonth period) {
        if (months <= 1) {
            return left + inner + plot_width / 2;
        }
        return left + inner + (period.index() - first->index()) * plot_width / (months - 1);
    };
    auto y_of = [&](double value) {
        return bottom - (value - scale.low) / (scale.high - scale.low) * (bottom - top);
    };

    std::ostringstream svg;
    svg << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << options.width << "\" height=\""
        << options.height << "\" viewBox=\"0 0 " << options.width << " " << options.height
        << "\" font-family=\"sans-serif\">\n"
        << "<title>" << escape(title) << "</title>\n"
        << "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
        << "<text x=\"" << px(left) << "\" y=\"30\" font-size=\"18\" font-weight=\"bold\" "
        << "fill=\"#222222\">" << escape(title) << "</text>\n"
        << "<text x=\"" << px(left) << "\" y=\"50\" font-size=\"12\" fill=\"#666666\">"
        << escape(subtitle) << "</text>\n";

    if (!has_values) {
        svg << "<text x=\"" << px(width / 2) << "\" y=\"" << px(height / 2)
            << "\" font-size=\"14\" text-anchor=\"middle\" fill=\"#666666\">"
            << "no values in this range</text>\n</svg>\n";
        return svg.str();
    }

    // Grid and y ticks.
    svg << "<g font-size=\"12\" fill=\"#444444\" text-anchor=\"end\">\n";
    for (int i = 0; i <= ticks; ++i) {
        double v = tick(i);
        double y = y_of(v);
        svg << "<line x1=\"" << px(left) << "\" y1=\"" << px(y) << "\" x2=\"" << px(right)
            << "\" y2=\"" << px(y) << "\" stroke=\"#e4e4e4\" stroke-width=\"1\"/>\n"
            << "<text x=\"" << px(left - 8) << "\" y=\"" << px(y + 4) << "\">"
            << format_number_vi(v, scale.decimals) << "</text>\n";
    }
    svg << "</g>\n";

    // Axes and month labels.
    svg << "<g stroke=\"#888888\" stroke-width=\"1\">\n"
        << "<line x1=\"" << px(left) << "\" y1=\"" << px(bottom) << "\" x2=\"" << px(right)
        << "\" y2=\"" << px(bottom) << "\"/>\n"
        << "<line x1=\"" << px(left) << "\" y1=\"" << px(top) << "\" x2=\"" << px(left)
        << "\" y2=\"" << px(bottom) << "\"/>\n"
        << "</g>\n";
    const int step = label_step(months, right - left);
    svg << "<g font-size=\"12\" fill=\"#444444\" text-anchor=\"middle\">\n";
    for (YearMonth period = *first; period <= *last; period = period.next()) {
        double x = x_of(period);
        bool text = labelled(period, step) || months == 1;
        svg << "<line x1=\"" << px(x) << "\" y1=\"" << px(bottom) << "\" x2=\"" << px(x)
            << "\" y2=\"" << px(bottom + (text ? 6 : 3)) << "\" stroke=\"#888888\"/>\n";
        if (text) {
            svg << "<text x=\"" << px(x) << "\" y=\"" << px(bottom + 20) << "\">"
                << month_label(period) << "</text>\n";
        }
    }
    svg << "</g>\n";

    // One line per issuer, broken at gaps; dots where a month stands alone
    // or the months are few enough to tell apart.
    const bool dots = months <= 36;
    for (std::size_t i = 0; i < trend.series.size(); ++i) {
        const auto& series = trend.series[i];
        const char* colour = palette[i % std::size(palette)];
        std::string path;
        std::string circles;
        const auto& points = series.points;
        for (std::size_t j = 0; j < points.size(); ++j) {
            if (!points[j].value) {
                continue;
            }
            double x = x_of(points[j].period);
            double y = y_of(*points[j].value);
            bool joined =
                j > 0 && points[j - 1].value && points[j - 1].period.next() == points[j].period;
            path += (joined ? " L" : (path.empty() ? "M" : " M")) + px(x) + " " + px(y);
            bool alone = !joined && !(j + 1 < points.size() && points[j + 1].value);
            if (dots || alone) {
                circles += "<circle cx=\"" + px(x) + "\" cy=\"" + px(y) + "\" r=\"3.5\"/>";
            }
        }
        svg << "<g stroke=\"" << colour << "\" fill=\"" << colour << "\">\n<title>"
            << escape(series.issuer) << "</title>\n";
        if (!path.empty()) {
            svg << "<path d=\"" << path << "\" fill=\"none\" stroke-width=\"2.5\" "
                << "stroke-linejoin=\"round\" stroke-linecap=\"round\"/>\n";
        }
        if (!circles.empty()) {
            svg << circles << "\n";
        }
        svg << "</g>\n";
    }

    // Legend.
    svg << "<g font-size=\"12\" fill=\"#222222\">\n";
    for (std::size_t i = 0; i < trend.series.size(); ++i) {
        const char* colour = palette[i % std::size(palette)];
        double y = top + 8 + static_cast<double>(i) * 20;
        double x = right + 16;
        svg << "<line x1=\"" << px(x) << "\" y1=\"" << px(y) << "\" x2=\"" << px(x + 18)
            << "\" y2=\"" << px(y) << "\" stroke=\"" << colour << "\" stroke-width=\"3\"/>\n"
            << "<text x=\"" << px(x + 24) << "\" y=\"" << px(y + 4) << "\">"
            << escape(trend.series[i].issuer) << "</text>\n";
    }
    svg << "</g>\n</svg>\n";
    return svg.str();
}

} // namespace baocao
