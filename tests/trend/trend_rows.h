// Hand-made rows for the trend tests: one line per figure, as a clerk would
// copy them from the reports.
#pragma once

#include "baocao/trend.h"

#include <string>

namespace baocao::test {

inline YearMonth month(const std::string& text) {
    return *YearMonth::parse(text);
}

inline FigureRow figure(const std::string& issuer, const std::string& period,
                        const std::string& metric, double value, const std::string& unit = "VND",
                        const std::string& part = "results", const std::string& label = "") {
    FigureRow row;
    row.issuer = issuer;
    row.period = month(period);
    row.metric = metric;
    row.label = label.empty() ? metric : label;
    row.value = value;
    row.unit = unit;
    row.part = part;
    row.section = "1";
    row.source = issuer + "/" + period + ".txt";
    row.report = issuer + "@" + period;
    return row;
}

inline ReportRow report(const std::string& issuer, const std::string& period,
                        ReportKind kind = ReportKind::monthly) {
    return ReportRow{issuer + "@" + period, issuer, month(period), kind,
                     issuer + "/" + period + ".txt"};
}

} // namespace baocao::test
