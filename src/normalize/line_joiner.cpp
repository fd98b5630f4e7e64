#include "normalize/line_joiner.h"

#include "normalize/line_shape.h"
#include "util/utf8.h"

#include <algorithm>

namespace baocao {

namespace {

// One printed line (or one column of a two-column line) after cleaning.
struct Line {
    std::string text; // trimmed, inner space runs collapsed, glued words split
    int page = 1;
    std::size_t raw_begin = 0;
    std::size_t raw_end = 0;
    bool indented = false;
    bool blank_before = false;
    LineShape shape;
    std::vector<OffsetAnchor> anchors; // text offsets relative to this line
};

bool is_terminal(std::string_view text) {
    for (std::string_view end : {".", ";", ":", "!", "?", "\u2026", ".)", ";)", ".\"", ".\u201D"}) {
        if (utf8::ends_with(text, end)) {
            return true;
        }
    }
    return false;
}

bool only_digits(std::string_view text) {
    if (text.empty() || text.size() > 4) {
        return false;
    }
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return utf8::is_ascii_digit(static_cast<unsigned char>(c)); });
}

// Page furniture: a lone page number ("3", "- 3 -", "Trang 3").
bool is_page_number(std::string_view text) {
    if (only_digits(text)) {
        return true;
    }
    if (utf8::starts_with(text, "- ") && utf8::ends_with(text, " -")) {
        return only_digits(utf8::trim(text.substr(2, text.size() - 4)));
    }
    if (utf8::starts_with(text, "Trang ")) {
        return only_digits(text.substr(6));
    }
    return false;
}

// Splits a raw line at runs of 5+ spaces: the columns of a two-column header
// ("UBND XÃ …      CỘNG HÒA XÃ HỘI …") as physical layout prints them.
std::vector<std::pair<std::size_t, std::size_t>> columns_of(std::string_view line) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    std::size_t pos = 0;
    while (pos < line.size()) {
        while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t')) {
            ++pos;
        }
        if (pos >= line.size()) {
            break;
        }
        std::size_t start = pos;
        std::size_t spaces = 0;
        std::size_t end = pos;
        while (pos < line.size()) {
            if (line[pos] == ' ' || line[pos] == '\t') {
                ++spaces;
                if (spaces >= 5) {
                    break;
                }
            } else {
                spaces = 0;
                end = pos + 1;
            }
            ++pos;
        }
        out.emplace_back(start, end);
    }
    return out;
}

// Collapses inner white space runs to one space, keeping an anchor wherever
// the byte mapping shifts.
std::string collapse_spaces(std::string_view text, std::vector<std::size_t>& removed_before) {
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == ' ' || c == '\t') {
            if (space) {
                removed_before.push_back(out.size());
                continue;
            }
            space = true;
        } else {
            space = false;
        }
        out += c;
    }
    return out;
}

std::vector<Line> read_lines(const RawDocument& raw, const LineRepair& repair) {
    std::vector<Line> lines;
    for (const RawPage& page : raw.pages) {
        std::vector<Line> page_lines;
        bool blank = false;
        std::size_t pos = 0;
        const std::string& text = page.text;
        while (pos <= text.size()) {
            std::size_t nl = text.find('\n', pos);
            std::size_t end = nl == std::string::npos ? text.size() : nl;
            std::string_view raw_line(text.data() + pos, end - pos);
            if (!raw_line.empty() && raw_line.back() == '\r') {
                raw_line.remove_suffix(1);
            }
            auto columns = columns_of(raw_line);
            if (columns.empty()) {
                blank = true;
            }
            for (auto [begin, stop] : columns) {
                std::string cleaned = repair.clean(raw_line.substr(begin, stop - begin));
                std::vector<std::size_t> collapsed;
                std::string single = collapse_spaces(utf8::trim(cleaned), collapsed);
                if (single.empty()) {
                    // Only invisible or control characters (the form feed
                    // poppler ends a page with): a blank line.
                    blank = true;
                    continue;
                }
                Line line;
                line.page = page.number;
                line.raw_begin = pos + begin;
                line.raw_end = pos + stop;
                line.indented = begin > 0 && columns.size() == 1;
                line.blank_before = blank;
                blank = false;
                std::vector<std::size_t> inserted;
                line.text = repair.split(single, inserted);
                // Anchors: the line start, then one after each inserted space.
                line.anchors.push_back({0, line.raw_begin});
                for (std::size_t k = 0; k < inserted.size(); ++k) {
                    std::size_t at = inserted[k];
                    std::size_t shift = static_cast<std::size_t>(
                        std::count_if(collapsed.begin(), collapsed.end(),
                                      [&](std::size_t r) { return r <= at; }));
                    line.anchors.push_back(
                        {at + k + 1, std::min(line.raw_begin + at + shift, line.raw_end)});
                }
                line.shape = classify_line(line.text);
                page_lines.push_back(std::move(line));
            }
            if (nl == std::string::npos) {
                break;
            }
            pos = nl + 1;
        }
        // Drop a page number on the first or last line of the page.
        if (!page_lines.empty() && is_page_number(page_lines.back().text)) {
            page_lines.pop_back();
        }
        if (!page_lines.empty() && is_page_number(page_lines.front().text)) {
            page_lines.erase(page_lines.begin());
        }
        for (auto& line : page_lines) {
            lines.push_back(std::move(line));
        }
    }
    return lines;
}

// The width of a full printed line, to tell a paragraph's last (short) line
// from a line that was wrapped. 0 when there are too few lines to tell.
std::size_t typical_width(const std::vector<Line>& lines) {
    std::vector<std::size_t> widths;
    for (const auto& line : lines) {
        std::size_t n = utf8::length(line.text);
        if (n >= 20) {
            widths.push_back(n);
        }
    }
    if (widths.size() < 5) {
        return 0;
    }
    std::sort(widths.begin(), widths.end());
    return widths[widths.size() * 8 / 10];
}

// Every letter is a capital and there are at least two of them.
bool all_caps(std::string_view text) {
    std::size_t letters = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t start = pos;
        utf8::next(text, pos);
        std::string_view one = text.substr(start, pos - start);
        if (starts_lower(one)) {
            return false;
        }
        letters += starts_upper(one) ? 1 : 0;
    }
    return letters >= 2;
}

bool is_heading(const LineShape& shape) {
    return shape.kind == LineKind::part_heading || shape.kind == LineKind::roman_heading ||
           shape.kind == LineKind::number_heading || shape.kind == LineKind::letter_heading ||
           shape.kind == LineKind::group_heading;
}

// Does `next` continue the block whose last printed line is `last`?
bool continues(const Line& last, const LineShape& block_shape, const Line& next, std::size_t width,
               bool bullet_style, bool indent_style) {
    std::string_view prev = last.text;
    // Each row of a table is one record ("3 | Rà soát hộ nghèo … | 38 hộ |
    // Đang hoàn thiện hồ sơ"): never joined with the row above or below.
    if (table_separator(prev) != '\0' || table_separator(next.text) != '\0') {
        return false;
    }
    bool short_line = width > 0 && utf8::length(prev) * 5 < width * 4;
    if (is_heading(next.shape)) {
        return false;
    }
    if (next.shape.kind == LineKind::bullet) {
        // A dash after a full line that ends mid-sentence is an apposition
        // ("… đồng chí Nguyễn Văn A" / "- Phó chỉ huy trưởng …"), not a list
        // item. After a line indented under an item ("  Đơn vị thực hiện: …;
        // thời gian: tháng 11/2025"), a dash back at the margin opens the
        // next item.
        return !is_heading(block_shape) && block_shape.kind != LineKind::bullet && width > 0 &&
               !short_line && !is_terminal(prev) && !next.indented && !last.indented;
    }
    if (is_heading(block_shape)) {
        // A heading wraps only when it is long and the next line goes on in
        // lower case, or, in a list wrapped by hand, under a hanging indent
        // ("b/ Rà soát … khai thác" / "   (tàu \"3 không\") …", "   Giữa, …").
        return !short_line && !is_terminal(prev) && (starts_lower(next.text) || next.indented);
    }
    // "2021-" + "2025": the hyphen stays, no space (handled by the caller).
    if (utf8::ends_with(prev, "-") && !next.text.empty() &&
        utf8::is_ascii_digit(static_cast<unsigned char>(next.text[0]))) {
        return true;
    }
    if (starts_lower(next.text)) {
        return true; // the sentence goes on
    }

    if (!starts_upper(next.text)) {
        // Digits or punctuation: a continuation ("Lũy kế thu:" / "9.611.073.450đ")
        // unless an indent after a full stop opens a new paragraph.
        return !(is_terminal(prev) && next.indented);
    }
    // A line in capitals ("BÁO CÁO", a title) does not continue a sentence.
    if (all_caps(next.text) && !all_caps(prev)) {
        return false;
    }
    // Where every item opens with a dash, a line without one belongs to the
    // item above, unless either is a label ("- Công tác y tế:", "Nơi nhận:"),
    // or the item ended its sentence and a blank line follows: that is a
    // paragraph of its own (the closing "Trên đây là báo cáo…" after the
    // last item of the plan).
    if (bullet_style && block_shape.kind == LineKind::bullet && !utf8::ends_with(prev, ":") &&
        !utf8::ends_with(next.text, ":") && !(next.blank_before && is_terminal(prev))) {
        return true;
    }
    if (next.indented) {
        return false; // first-line indent opens a paragraph
    }
    // Where paragraphs open with an indent, a full stop at the end of a line
    // followed by an unindented line is a sentence inside the paragraph.
    if (is_terminal(prev)) {
        return indent_style;
    }
    // No punctuation at the end: a wrapped line is full, a last line is short.
    // Without enough lines to know the width, keep the lines apart.
    return width > 0 && !short_line;
}

} // namespace

// Does the document open its items with dashes? More dash lines than lines
// that start a new sentence after a full stop.
bool is_bullet_style(const std::vector<Line>& lines) {
    std::size_t bullets = 0;
    std::size_t sentences = 0;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        if (lines[i].shape.kind == LineKind::bullet) {
            ++bullets;
        } else if (lines[i].shape.kind == LineKind::text && starts_upper(lines[i].text) &&
                   is_terminal(lines[i - 1].text)) {
            ++sentences;
        }
    }
    return bullets > sentences;
}

// Do paragraphs open with a first-line indent? Most lines that start a new
// sentence after a full stop are indented. Only after the unindented last
// line of a paragraph of text: lines indented under a numbered task ("1.
// Tổ chức …" / "   Thời gian: …" / "   Phân công: …") hang, they open nothing.
bool is_indent_style(const std::vector<Line>& lines) {
    std::size_t starts = 0;
    std::size_t indented = 0;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        if (lines[i].shape.kind == LineKind::text && starts_upper(lines[i].text) &&
            is_terminal(lines[i - 1].text) && lines[i - 1].shape.kind == LineKind::text &&
            !lines[i - 1].indented) {
            ++starts;
            indented += lines[i].indented ? 1 : 0;
        }
    }
    return starts >= 5 && indented * 10 >= starts * 6;
}

std::vector<Block> join_lines(const RawDocument& raw, const LineRepair& repair) {
    std::vector<Line> lines = read_lines(raw, repair);
    std::size_t width = typical_width(lines);
    bool bullet_style = is_bullet_style(lines);
    bool indent_style = is_indent_style(lines);
    std::vector<Block> blocks;
    LineShape block_shape;
    const Line* last = nullptr;
    for (const Line& line : lines) {
        if (last != nullptr &&
            continues(*last, block_shape, line, width, bullet_style, indent_style)) {
            Block& block = blocks.back();
            bool glue = utf8::ends_with(block.text, "-") && !line.text.empty() &&
                        utf8::is_ascii_digit(static_cast<unsigned char>(line.text[0]));
            if (!glue) {
                block.text += ' ';
            }
            std::size_t base = block.text.size();
            for (const auto& anchor : line.anchors) {
                block.anchors.push_back({base + anchor.text, anchor.raw});
            }
            block.text += line.text;
            if (line.page == block.page) {
                block.raw_end = line.raw_end;
            }
        } else {
            Block block;
            block.text = line.text;
            block.page = line.page;
            block.raw_begin = line.raw_begin;
            block.raw_end = line.raw_end;
            block.indented = line.indented;
            block.anchors = line.anchors;
            blocks.push_back(std::move(block));
            block_shape = line.shape;
        }
        last = &line;
    }
    return blocks;
}

} // namespace baocao
