#include "baocao/document.h"

#include <algorithm>
#include <cstdio>

namespace baocao {

std::string YearMonth::str() const {
    if (!valid()) {
        return {};
    }
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
    return buffer;
}

YearMonth YearMonth::next() const {
    return month == 12 ? YearMonth{year + 1, 1} : YearMonth{year, month + 1};
}

YearMonth YearMonth::previous() const {
    return month == 1 ? YearMonth{year - 1, 12} : YearMonth{year, month - 1};
}

std::optional<YearMonth> YearMonth::parse(const std::string& text) {
    int year = 0;
    int month = 0;
    char tail = 0;
    if (std::sscanf(text.c_str(), "%4d-%2d%c", &year, &month, &tail) != 2) {
        return std::nullopt;
    }
    YearMonth result{year, month};
    if (!result.valid()) {
        return std::nullopt;
    }
    return result;
}

std::string Date::str() const {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return buffer;
}

const char* report_kind_name(ReportKind kind) {
    switch (kind) {
    case ReportKind::monthly:
        return "monthly";
    case ReportKind::quarterly:
        return "quarterly";
    case ReportKind::six_month:
        return "six_month";
    case ReportKind::nine_month:
        return "nine_month";
    case ReportKind::annual:
        return "annual";
    case ReportKind::unknown:
        return "unknown";
    }
    return "unknown";
}

std::size_t TextDocument::raw_offset(std::size_t block, std::size_t text_offset) const {
    const Block& b = blocks.at(block);
    if (b.anchors.empty()) {
        return b.raw_begin + text_offset;
    }
    // Last anchor at or before the offset; bytes after it map one to one.
    auto it = std::upper_bound(
        b.anchors.begin(), b.anchors.end(), text_offset,
        [](std::size_t value, const OffsetAnchor& anchor) { return value < anchor.text; });
    if (it == b.anchors.begin()) {
        return b.raw_begin;
    }
    --it;
    return std::min(it->raw + (text_offset - it->text), b.raw_end);
}

} // namespace baocao
