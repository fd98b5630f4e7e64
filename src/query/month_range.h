// Month filters: "thang:2023-11", "thang:11/2023..12/2023", "thang:2023",
// --from/--to. Xapian's own range processors reject "11/2023..12/2023"
// (DESIGN.md §4), so this small one reads our month forms and turns a range
// into the report-month terms it covers.
#pragma once

#include "baocao/document.h"

#include <optional>
#include <string>

#include <xapian.h>

namespace baocao::query {

// "2023-11", "11/2023", "11-2023", "2023/11"; "2023" gives January when
// `end` is false and December when true. nullopt when none of these.
std::optional<YearMonth> parse_month(const std::string& text, bool end);

// Documents whose report month lies in [from, to]; either may be open.
// A boolean query (weight 0).
Xapian::Query month_query(const std::optional<YearMonth>& from, const std::optional<YearMonth>& to);

class MonthRangeProcessor : public Xapian::RangeProcessor {
public:
    MonthRangeProcessor();
    // "2023-11".."2023-12"; either side may be empty. Returns
    // Xapian::Query(Xapian::Query::OP_INVALID) when a side is not a month.
    Xapian::Query operator()(const std::string& begin, const std::string& end) override;
};

} // namespace baocao::query
