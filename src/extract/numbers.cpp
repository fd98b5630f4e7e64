#include "extract/numbers.h"

#include <vector>

namespace baocao::extract_detail {

namespace {

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        std::size_t at = text.find(separator, start);
        parts.push_back(text.substr(start, at == std::string_view::npos ? at : at - start));
        if (at == std::string_view::npos) {
            return parts;
        }
        start = at + 1;
    }
}

double digits_value(std::string_view digits) {
    double value = 0;
    for (char c : digits) {
        value = value * 10 + (c - '0');
    }
    return value;
}

// "1.327.732" → true: a first group of 1-3 digits, then groups of exactly 3.
bool thousands_groups(const std::vector<std::string_view>& groups) {
    if (groups.empty() || groups[0].empty() || groups[0].size() > 3) {
        return false;
    }
    for (std::size_t i = 1; i < groups.size(); ++i) {
        if (groups[i].size() != 3) {
            return false;
        }
    }
    return true;
}

double grouped_value(const std::vector<std::string_view>& groups) {
    double value = 0;
    for (auto group : groups) {
        for (char c : group) {
            value = value * 10 + (c - '0');
        }
    }
    return value;
}

double decimals_value(std::string_view digits) {
    double value = 0;
    double scale = 1;
    for (char c : digits) {
        scale /= 10;
        value += (c - '0') * scale;
    }
    return value;
}

} // namespace

ParsedNumber parse_number(std::string_view text) {
    ParsedNumber result;
    if (text.empty() || text[0] < '0' || text[0] > '9') {
        return result;
    }
    result.leading_zero = text.size() > 1 && text[0] == '0' && text[1] >= '0' && text[1] <= '9';
    std::size_t comma = text.find(',');
    std::size_t dot = text.find('.');
    if (comma == std::string_view::npos && dot == std::string_view::npos) {
        result.status = ParsedNumber::Status::ok;
        result.value = digits_value(text);
        return result;
    }
    if (comma != std::string_view::npos && dot != std::string_view::npos) {
        // Both separators: Vietnamese order only (dot thousands, then one comma).
        auto halves = split(text, ',');
        auto groups = split(halves[0], '.');
        if (halves.size() == 2 && halves[1].find('.') == std::string_view::npos &&
            thousands_groups(groups)) {
            result.status = ParsedNumber::Status::ok;
            result.value = grouped_value(groups) + decimals_value(halves[1]);
            return result;
        }
        result.status = ParsedNumber::Status::ambiguous;
        result.why = "'.' and ',' are not in the Vietnamese order (dot for thousands, comma "
                     "for decimals)";
        return result;
    }
    if (dot != std::string_view::npos) {
        auto groups = split(text, '.');
        if (thousands_groups(groups)) {
            result.status = ParsedNumber::Status::ok;
            result.value = grouped_value(groups);
            result.leading_zero = false;
            return result;
        }
        if (groups.size() == 2 && !groups[1].empty() && groups[1].size() < 3) {
            result.status = ParsedNumber::Status::ambiguous;
            result.why = "a dot separates thousands in Vietnamese, but it is followed by " +
                         std::to_string(groups[1].size()) +
                         " digit(s) here, like an English decimal point";
            return result;
        }
        return result; // "1.2.3", "10.11.2023": not a quantity
    }
    auto parts = split(text, ',');
    if (parts.size() == 2) {
        if (parts[1].size() == 3 && parts[0] != "0") {
            result.status = ParsedNumber::Status::ambiguous;
            result.why = "a comma followed by three digits is a decimal comma in Vietnamese "
                         "but a thousands separator in English";
            return result;
        }
        result.status = ParsedNumber::Status::ok;
        result.value = digits_value(parts[0]) + decimals_value(parts[1]);
        return result;
    }
    // Several commas: English thousands ("1,327,732") when every group has three
    // digits; a list of numbers otherwise. Either way a human should look.
    result.status = ParsedNumber::Status::ambiguous;
    result.why = "several commas: English thousands separators or a list of numbers";
    return result;
}

} // namespace baocao::extract_detail
