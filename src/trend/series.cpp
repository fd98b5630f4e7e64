// One series per issuer: every calendar month of the range, a gap where
// there is no value (never a zero), and the change against the month before.
#include "baocao/trend.h"
#include "trend/month_values.h"

#include <cmath>
#include <map>

namespace baocao {

Trend build_trend(const TrendData& data, const std::string& metric, const ConsistencyRules& rules,
                  const TrendOptions& options, const std::string& name) {
    trend_detail::MonthValues values(data, [&](const std::string& m) { return m == metric; });

    Trend trend;
    trend.metric = metric;
    trend.name = name.empty() ? metric : name;

    std::map<std::string, std::size_t> units;
    for (const auto& [issuer, m] : values.keys()) {
        for (const auto& value : values.values(issuer, m)) {
            ++units[value.row->unit];
        }
    }
    std::size_t best = 0;
    for (const auto& [unit, count] : units) {
        if (count > best) {
            best = count;
            trend.unit = unit;
        }
    }

    for (const auto& [issuer, m] : values.keys()) {
        const auto& list = values.values(issuer, m);
        YearMonth from = options.from.value_or(list.front().period);
        YearMonth to = options.to.value_or(list.back().period);
        if (to < from) {
            continue;
        }
        Series series;
        series.issuer = issuer;
        series.points.reserve(static_cast<std::size_t>(to.index() - from.index() + 1));
        const trend_detail::MonthValue* previous = values.find(issuer, metric, from.previous());
        for (YearMonth period = from; period <= to; period = period.next()) {
            SeriesPoint point;
            point.period = period;
            const trend_detail::MonthValue* current = values.find(issuer, metric, period);
            const ReportRow* report = values.report(issuer, period);
            point.reported = report != nullptr || current != nullptr;
            if (current != nullptr) {
                const FigureRow& row = *current->row;
                point.value = row.value;
                point.unit = row.unit;
                point.label = row.label;
                point.source = row.source;
                point.section = row.section;
                // Only against the calendar month before: across a gap the
                // change would hide how many months it covers.
                if (previous != nullptr && previous->row->unit == row.unit) {
                    double before = previous->row->value;
                    point.change = row.value - before;
                    if (before != 0) {
                        point.change_pct = *point.change / std::fabs(before) * 100;
                    }
                }
            } else if (report != nullptr) {
                point.source = report->source;
            }
            series.points.push_back(std::move(point));
            previous = current;
        }
        trend.series.push_back(std::move(series));
    }

    trend.warnings = check_consistency(data, rules, metric);
    if (options.from || options.to) {
        std::erase_if(trend.warnings, [&](const TrendWarning& warning) {
            return (options.from && warning.period < *options.from) ||
                   (options.to && *options.to < warning.period);
        });
    }
    return trend;
}

} // namespace baocao
