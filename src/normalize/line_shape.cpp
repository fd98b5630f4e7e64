#include "normalize/line_shape.h"

#include "util/utf8.h"

#include <algorithm>

#include <unicode/uchar.h>

namespace baocao {

namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t';
}

std::string_view skip_spaces(std::string_view text) {
    while (!text.empty() && is_space(text.front())) {
        text.remove_prefix(1);
    }
    return text;
}

} // namespace

bool starts_upper(std::string_view text) {
    if (text.empty()) {
        return false;
    }
    std::size_t pos = 0;
    char32_t c = utf8::next(text, pos);
    return u_isupper(static_cast<UChar32>(c)) != 0;
}

bool starts_lower(std::string_view text) {
    if (text.empty()) {
        return false;
    }
    std::size_t pos = 0;
    char32_t c = utf8::next(text, pos);
    return u_islower(static_cast<UChar32>(c)) != 0;
}

int roman_value(std::string_view text) {
    static const char* const numerals[] = {"I",    "II",  "III",  "IV",    "V",   "VI",   "VII",
                                           "VIII", "IX",  "X",    "XI",    "XII", "XIII", "XIV",
                                           "XV",   "XVI", "XVII", "XVIII", "XIX", "XX"};
    for (int i = 0; i < 20; ++i) {
        if (text == numerals[i]) {
            return i + 1;
        }
    }
    return 0;
}

LineShape classify_line(std::string_view line) {
    LineShape shape;
    if (line.empty()) {
        return shape;
    }
    // Bullets: "-", "+", "•", "*", en/em dash, followed by text.
    for (std::string_view bullet : {"-", "+", "*", "\u2022", "\u2013", "\u2014", "\u25CF"}) {
        if (utf8::starts_with(line, bullet)) {
            std::string_view rest = line.substr(bullet.size());
            // "-5%" or "--" are not bullets.
            if (!rest.empty() &&
                (utf8::is_ascii_digit(static_cast<unsigned char>(rest[0])) || rest[0] == '-')) {
                break;
            }
            shape.kind = LineKind::bullet;
            shape.title = std::string(skip_spaces(rest));
            return shape;
        }
    }
    // "PHẦN I", "PHẦN THỨ NHẤT", "PHẦN A.", "Phần 1:".
    if (utf8::starts_with(line, "PHẦN ") || utf8::starts_with(line, "Phần ")) {
        std::string_view rest = skip_spaces(line.substr(std::string_view("PHẦN ").size()));
        std::size_t end = 0;
        while (end < rest.size() && rest[end] != ':' && rest[end] != '.' && rest[end] != '-' &&
               !is_space(rest[end])) {
            ++end;
        }
        // "PHẦN THỨ NHẤT": the ordinal word is the number, not the title, so
        // that "Phần thứ nhất" alone on its line takes its title from the next.
        if (utf8::starts_with(rest, "THỨ") || utf8::starts_with(rest, "thứ")) {
            std::size_t word = end;
            while (word < rest.size() && is_space(rest[word])) {
                ++word;
            }
            while (word < rest.size() && rest[word] != ':' && rest[word] != '.' &&
                   rest[word] != '-' && !is_space(rest[word])) {
                ++word;
            }
            end = word;
        }
        std::string_view token = rest.substr(0, end);
        bool letter = token.size() == 1 && token[0] >= 'A' && token[0] <= 'H';
        // "Phần 1: Tình hình …": a digit, then the title or nothing, not "Phần 2 của dự án".
        bool digit = token.size() == 1 && token[0] >= '1' && token[0] <= '9' &&
                     (end == rest.size() || rest[end] == ':' || rest[end] == '.');
        if (roman_value(token) > 0 || letter || digit || utf8::starts_with(rest, "THỨ") ||
            utf8::starts_with(rest, "thứ")) {
            shape.kind = LineKind::part_heading;
            shape.number = std::string(token);
            std::string_view title = rest.substr(end);
            while (!title.empty() &&
                   (title[0] == ':' || title[0] == '.' || title[0] == '-' || is_space(title[0]))) {
                title.remove_prefix(1);
            }
            shape.title = std::string(title);
            return shape;
        }
    }
    // Roman numerals: "I.", "II-", "III/" then text.
    {
        std::size_t end = 0;
        while (end < line.size() && (line[end] == 'I' || line[end] == 'V' || line[end] == 'X')) {
            ++end;
        }
        if (end > 0 && end < line.size() &&
            (line[end] == '.' || line[end] == '-' || line[end] == '/' || line[end] == ')')) {
            std::string_view title = skip_spaces(line.substr(end + 1));
            if (roman_value(line.substr(0, end)) > 0 && starts_upper(title)) {
                shape.kind = LineKind::roman_heading;
                shape.number = std::string(line.substr(0, end));
                shape.title = std::string(title);
                return shape;
            }
        }
    }
    // Numbers: "1.", "3.1.", "3.1", "2)" then an upper-case word.
    {
        std::size_t pos = 0;
        std::string number;
        bool dotted = false;
        while (pos < line.size()) {
            std::size_t digits = 0;
            while (pos + digits < line.size() &&
                   utf8::is_ascii_digit(static_cast<unsigned char>(line[pos + digits]))) {
                ++digits;
            }
            if (digits == 0 || digits > 2) {
                break;
            }
            if (!number.empty()) {
                number += '.';
            }
            number += line.substr(pos, digits);
            pos += digits;
            if (pos < line.size() && line[pos] == '.') {
                dotted = true;
                ++pos;
                continue;
            }
            break;
        }
        // "1/ Nông nghiệp:" in older reports; "15/8, …" is a date.
        bool slash =
            !dotted && pos + 1 < line.size() && line[pos] == '/' && is_space(line[pos + 1]);
        bool closed = dotted || slash || (pos < line.size() && line[pos] == ')');
        if (!number.empty() && pos < line.size() && (line[pos] == ')' || slash)) {
            ++pos;
        }
        std::string_view title = skip_spaces(line.substr(std::min(pos, line.size())));
        // "3.1 Công tác" (no final dot) counts when the number has two levels.
        bool two_levels = number.find('.') != std::string::npos;
        if (!number.empty() && (closed || two_levels) && starts_upper(title)) {
            shape.kind = LineKind::number_heading;
            shape.number = number;
            shape.title = std::string(title);
            return shape;
        }
    }
    // Capital letters A to H: "A. Kinh tế", "B) VĂN HÓA - XÃ HỘI", fields that
    // group numbered sections or tasks. I, V and X are roman numerals above.
    if (line.size() >= 3 && line[0] >= 'A' && line[0] <= 'H' &&
        (line[1] == ')' || line[1] == '.') && is_space(line[2])) {
        std::string_view title = skip_spaces(line.substr(2));
        if (starts_upper(title)) {
            shape.kind = LineKind::group_heading;
            shape.number = std::string(1, line[0]);
            shape.title = std::string(title);
            return shape;
        }
    }
    // Letters: "a)", "b.", "c/" then text.
    if (line.size() >= 3 && line[0] >= 'a' && line[0] <= 'z' &&
        (line[1] == ')' || ((line[1] == '.' || line[1] == '/') && is_space(line[2])))) {
        std::string_view title = skip_spaces(line.substr(2));
        if (starts_upper(title)) {
            shape.kind = LineKind::letter_heading;
            shape.number = std::string(1, line[0]);
            shape.title = std::string(title);
            return shape;
        }
    }
    shape.title = std::string(line);
    return shape;
}

char table_separator(std::string_view line) {
    return std::count(line.begin(), line.end(), '|') >= 2    ? '|'
           : std::count(line.begin(), line.end(), '\t') >= 2 ? '\t'
                                                             : '\0';
}

} // namespace baocao
