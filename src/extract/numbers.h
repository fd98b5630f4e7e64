// Vietnamese number format: '.' groups thousands and ',' marks the decimals
// ("1.327.732.848", "0,74", "8.505,3"). Text that could be read two ways is
// reported as ambiguous instead of guessed (DESIGN.md §5).
#pragma once

#include <string>
#include <string_view>

namespace baocao::extract_detail {

struct ParsedNumber {
    enum class Status {
        ok,
        ambiguous,  // e.g. "2.5" or "1,250": a human must say what was meant
        not_number, // e.g. "1.2.3", "10.11.2023": a code or a date, not a quantity
    };
    Status status = Status::not_number;
    double value = 0;
    bool leading_zero = false; // "05": Vietnamese reports pad small counts
    std::string why;           // for ambiguous numbers: the reason, for the diagnostic
};

// `text` is one number piece: digits with inner '.' and ',' only.
ParsedNumber parse_number(std::string_view text);

} // namespace baocao::extract_detail
