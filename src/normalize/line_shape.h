// What a line looks like on the page: a heading, a bullet, or running text.
// Shared by the line joiner (a heading never joins its neighbours) and the
// segmenter (which decides what the heading means).
#pragma once

#include <string>
#include <string_view>

namespace baocao {

enum class LineKind {
    text,
    part_heading,   // "PHẦN I", "PHẦN THỨ HAI"
    roman_heading,  // "I. KẾT QUẢ …", "II- PHƯƠNG HƯỚNG …"
    number_heading, // "1. Công tác …", "3.1. …", "1.Công tác …"
    letter_heading, // "a) Trồng trọt", "b. Chăn nuôi"
    group_heading,  // "A. LĨNH VỰC KINH TẾ", "B) Văn hóa - xã hội": a field above numbers
    bullet,         // "- …", "+ …", "• …"
};

struct LineShape {
    LineKind kind = LineKind::text;
    std::string number; // "3.1", "II", "a", "B"; empty for text and bullets
    std::string title;  // the rest of the line after the number or bullet
};

// `line` is trimmed UTF-8. Only the shape is judged here; whether a numbered
// line really is a heading (numbering sequence, length) is the segmenter's call.
LineShape classify_line(std::string_view line);

// A row of a table exported as text ("3 | Rà soát hộ nghèo | 38 hộ"): the
// character parting its cells, '|' or a tab, when there are two or more;
// '\0' when the line is no table row.
char table_separator(std::string_view line);

// Roman numeral value (I..XX), 0 if not one.
int roman_value(std::string_view text);

// First code point is an upper-case letter (Latin with Vietnamese marks).
bool starts_upper(std::string_view text);
// First code point is a lower-case letter.
bool starts_lower(std::string_view text);

} // namespace baocao
