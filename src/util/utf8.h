// Small UTF-8 helpers shared by stages that walk text code point by code
// point without needing ICU (ICU stays inside normalize/).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace baocao::utf8 {

// Decodes the code point at `pos` and advances `pos`. Invalid or truncated
// sequences yield U+FFFD and advance by one byte.
char32_t next(std::string_view text, std::size_t& pos);

void append(std::string& out, char32_t cp);

bool is_valid(std::string_view text);

// Number of code points.
std::size_t length(std::string_view text);

// ASCII-only helpers; safe on UTF-8 because they never touch bytes >= 0x80.
inline bool is_ascii_digit(char32_t c) {
    return c >= U'0' && c <= U'9';
}
inline bool is_ascii_space(char32_t c) {
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v';
}

// Trims ASCII white space and U+00A0 on both sides.
std::string_view trim(std::string_view text);

bool starts_with(std::string_view text, std::string_view prefix);
bool ends_with(std::string_view text, std::string_view suffix);

} // namespace baocao::utf8
