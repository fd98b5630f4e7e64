#include "query/month_range.h"

#include "store/schema.h"

#include <charconv>
#include <vector>

namespace baocao::query {

namespace {

std::optional<int> whole_number(const std::string& text) {
    int value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || text.empty()) {
        return std::nullopt;
    }
    return value;
}

// Beyond this many months a value range is cheaper than a list of terms.
constexpr int max_month_terms = 600;

} // namespace

std::optional<YearMonth> parse_month(const std::string& text, bool end) {
    std::size_t separator = text.find_first_of("-/.");
    if (separator == std::string::npos) {
        std::optional<int> year = whole_number(text);
        if (!year || text.size() != 4) {
            return std::nullopt;
        }
        return YearMonth{*year, end ? 12 : 1};
    }
    std::optional<int> first = whole_number(text.substr(0, separator));
    std::optional<int> second = whole_number(text.substr(separator + 1));
    if (!first || !second) {
        return std::nullopt;
    }
    YearMonth month = separator == 4 ? YearMonth{*first, *second} : YearMonth{*second, *first};
    if (!month.valid() || month.year < 1900 || month.year > 2200) {
        return std::nullopt;
    }
    return month;
}

Xapian::Query month_query(const std::optional<YearMonth>& from,
                          const std::optional<YearMonth>& to) {
    if (!from && !to) {
        return Xapian::Query::MatchAll;
    }
    auto number = [](const YearMonth& m) {
        return Xapian::sortable_serialise(m.year * 100 + m.month);
    };
    Xapian::Query query;
    if (from && to && to->index() - from->index() < max_month_terms) {
        std::vector<Xapian::Query> months;
        for (YearMonth m = *from; m <= *to; m = m.next()) {
            months.emplace_back(schema::month_term(m.year, m.month));
        }
        query = Xapian::Query(Xapian::Query::OP_OR, months.begin(), months.end());
    } else if (from && to) {
        query = Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::slot_period, number(*from),
                              number(*to));
    } else if (from) {
        query = Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::slot_period, number(*from));
    } else {
        query = Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::slot_period, number(*to));
    }
    return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, query, 0.0);
}

MonthRangeProcessor::MonthRangeProcessor() : Xapian::RangeProcessor(schema::slot_period) {}

Xapian::Query MonthRangeProcessor::operator()(const std::string& begin, const std::string& end) {
    std::optional<YearMonth> from = begin.empty() ? std::nullopt : parse_month(begin, false);
    std::optional<YearMonth> to = end.empty() ? std::nullopt : parse_month(end, true);
    if ((!begin.empty() && !from) || (!end.empty() && !to)) {
        return Xapian::Query(Xapian::Query::OP_INVALID);
    }
    return month_query(from, to);
}

} // namespace baocao::query
