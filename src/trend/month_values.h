// The value of each metric for each issuer and month, chosen once from the
// rows and shared by the series and the consistency checks, so both always
// read the same number.
#pragma once

#include "baocao/trend.h"

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace baocao::trend_detail {

struct MonthValue {
    YearMonth period;
    const FigureRow* row = nullptr;       // the value shown
    std::vector<const FigureRow*> others; // rows with the other values of the month, one per value
};

class MonthValues {
public:
    // Rows of the plan part (targets) are left out; `wanted` filters metrics
    // (empty: all). `data` must outlive this object.
    MonthValues(const TrendData& data, const std::function<bool(const std::string&)>& wanted);

    // Ascending by period; empty when the issuer never states the metric.
    const std::vector<MonthValue>& values(const std::string& issuer,
                                          const std::string& metric) const;
    const MonthValue* find(const std::string& issuer, const std::string& metric,
                           YearMonth period) const;

    // Every (issuer, metric) with at least one value, sorted.
    std::vector<std::pair<std::string, std::string>> keys() const;

    // The report shown for an issuer's month (null when there is none): a
    // monthly report before other kinds, then the first source file.
    const ReportRow* report(const std::string& issuer, YearMonth period) const;

    // Orders pairs whose members are strings (or ints) the way std::pair
    // would, and lets a pair of string_view find them: a lookup per row
    // then copies no string (the trend builds these maps three times over
    // thousands of rows).
    struct KeyLess {
        using is_transparent = void;
        template <typename T> static auto view(const T& value) {
            if constexpr (std::is_convertible_v<const T&, std::string_view>) {
                return std::string_view(value);
            } else {
                return value;
            }
        }
        template <typename A, typename B> bool operator()(const A& a, const B& b) const {
            return std::make_pair(view(a.first), view(a.second)) <
                   std::make_pair(view(b.first), view(b.second));
        }
    };

private:
    std::map<std::pair<std::string, std::string>, std::vector<MonthValue>, KeyLess> m_values;
    std::map<std::pair<std::string, int>, ReportRow, KeyLess> m_reports;
};

// Whether the report kind should win over another one for the same month.
int report_rank(ReportKind kind);

} // namespace baocao::trend_detail
