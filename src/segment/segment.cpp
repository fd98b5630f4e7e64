#include "baocao/segment.h"

#include "normalize/line_shape.h"
#include "segment/header.h"
#include "util/utf8.h"

#include <algorithm>
#include <optional>

namespace baocao {

namespace {

struct PartRule {
    std::string part;
    std::string keyword; // folded
    bool at_start = false;
};

std::vector<PartRule> load_part_rules(const Dictionaries& dictionaries,
                                      const Normalizer& normalizer) {
    std::vector<PartRule> rules;
    const Table& table = dictionaries.table("sections");
    std::size_t part = table.column("part");
    std::size_t keyword = table.column("keyword");
    std::size_t where = table.column("where");
    for (const auto& row : table.rows) {
        if (row[where] != "heading" && row[where] != "start") {
            throw Error(table.path + ": where must be 'heading' or 'start', not '" + row[where] +
                        "'");
        }
        rules.push_back({row[part], folded_words(normalizer, row[keyword]), row[where] == "start"});
    }
    return rules;
}

std::string part_of_heading(const std::string& title, const std::vector<PartRule>& rules,
                            const Normalizer& normalizer) {
    std::string folded = folded_words(normalizer, title);
    for (const auto& rule : rules) {
        if (!rule.at_start && contains_phrase(folded, rule.keyword)) {
            return rule.part;
        }
    }
    return "other";
}

std::optional<std::string> part_of_paragraph_start(const std::string& text,
                                                   const std::vector<PartRule>& rules,
                                                   const Normalizer& normalizer) {
    std::string folded = folded_words(normalizer, text.substr(0, 80));
    for (const auto& rule : rules) {
        if (rule.at_start && folded.compare(0, rule.keyword.size(), rule.keyword) == 0) {
            return rule.part;
        }
    }
    return std::nullopt;
}

std::vector<int> parse_number(const std::string& number) {
    std::vector<int> out;
    int value = 0;
    for (char c : number) {
        if (c == '.') {
            out.push_back(value);
            value = 0;
        } else {
            value = value * 10 + (c - '0');
        }
    }
    out.push_back(value);
    return out;
}

// The numbering inside one part (or one roman field of a "PHẦN" report):
// a numbered line is a heading only when it continues the sequence, so a
// list inside a paragraph ("1. …" after section 5) stays text.
class Numbering {
public:
    // `part`: the number of the part just opened, when it has one ("Phần
    // 2:", "II."): some writers number its sections "2.1.", "2.2." without
    // a "2." line.
    void reset(int part = 0) {
        m_path.clear();
        m_part = part;
    }

    bool accepts(const std::vector<int>& number) const {
        std::size_t depth = number.size();
        if (m_path.empty() && m_part > 0 && number == std::vector<int>{m_part, 1}) {
            return true;
        }
        if (depth > m_path.size() + 1) {
            return false;
        }
        for (std::size_t i = 0; i + 1 < depth; ++i) {
            if (number[i] != m_path[i]) {
                return false;
            }
        }
        int last = number.back();
        if (depth == m_path.size() + 1) {
            return last == 1 || (m_path.empty() && last <= 2);
        }
        int current = m_path[depth - 1];
        return last == current + 1 || last == current + 2;
    }

    void take(const std::vector<int>& number) { m_path = number; }

private:
    std::vector<int> m_path;
    int m_part = 0;
};

constexpr std::size_t k_max_title = 160; // code points
// A numbered line of the plan with more words than this that ends its
// sentence is a task ("3. Tổ chức ra quân … trước ngày 20/10."), not the
// heading of a group of tasks ("3. Lĩnh vực văn hóa - xã hội").
constexpr std::size_t k_max_heading_words = 10;

std::size_t count_words(const std::string& text) {
    std::size_t words = 0;
    bool in_word = false;
    for (char c : text) {
        bool space = c == ' ' || c == '\t';
        words += !space && !in_word ? 1 : 0;
        in_word = !space;
    }
    return words;
}

bool ends_sentence(const std::string& title) {
    std::size_t end = title.find_last_not_of(" \t");
    return end != std::string::npos && (title[end] == '.' || title[end] == ';');
}

// The first space-separated word of `text`, "" for none.
std::string first_word(const std::string& text) {
    std::size_t begin = text.find_first_not_of(" \t");
    if (begin == std::string::npos) {
        return "";
    }
    return text.substr(begin, text.find_first_of(" \t", begin) - begin);
}

// "2. Lập lại trật tự …:", "1. Giao Văn phòng - Thống kê:": a line over
// the lines under it.
bool ends_with_colon(const std::string& title) {
    std::size_t end = title.find_last_not_of(" \t");
    return end != std::string::npos && title[end] == ':';
}

bool reads_as_task(const std::string& title) {
    return ends_sentence(title) && count_words(title) > k_max_heading_words;
}

// A heading line whose text is a whole sentence ("a) Hội đồng NVQS phường họp
// giao ban ngày 06/11, hoàn thành phúc tra …."): the number structures the
// report, the text reports something and must stay a paragraph.
bool reads_as_sentence(const std::string& title) {
    return reads_as_task(title);
}

// The heading kept for a section whose line is a sentence: its lead-in before
// ':' when short ("Đề án 06: thu nhận 93 hồ sơ …" → "Đề án 06"), else none.
std::string lead_in(const std::string& title) {
    std::size_t colon = title.find(':');
    if (colon == std::string::npos) {
        return "";
    }
    std::string head = title.substr(0, colon);
    return count_words(head) <= k_max_heading_words ? head : "";
}

// "KINH TẾ", "VĂN HÓA - XÃ HỘI", "QUỐC PHÒNG - AN NINH:": an unnumbered field
// heading written in capitals. A short line with two or more letters, none of
// them lower case, not a finished sentence.
bool is_caps_heading(const std::string& line) {
    constexpr std::size_t max_words = 12;
    std::size_t end = line.find_last_not_of(" \t");
    if (end == std::string::npos || line[end] == '.' || line[end] == ';' || line[end] == ',') {
        return false;
    }
    std::size_t letters = 0;
    std::size_t words = 0;
    bool in_word = false;
    std::size_t pos = 0;
    while (pos < line.size()) {
        std::size_t at = pos;
        char32_t c = utf8::next(line, pos);
        std::string one = line.substr(at, pos - at);
        if (starts_lower(one)) {
            return false;
        }
        letters += starts_upper(one) ? 1 : 0;
        bool space = c == U' ' || c == U'\t';
        words += !space && !in_word ? 1 : 0;
        in_word = !space;
    }
    return letters >= 4 && words <= max_words;
}

bool is_part_start(const LineShape& shape, bool part_style, bool letter_style) {
    if (part_style) {
        return shape.kind == LineKind::part_heading;
    }
    return shape.kind == (letter_style ? LineKind::group_heading : LineKind::roman_heading);
}

} // namespace

Report segment(const TextDocument& text, const Dictionaries& dictionaries,
               const Normalizer& normalizer) {
    Report report;
    report.source = text.source;
    report.sha256 = text.sha256;
    report.diagnostics = text.diagnostics;
    std::vector<PartRule> rules = load_part_rules(dictionaries, normalizer);

    std::vector<LineShape> shapes;
    bool part_style = false; // "PHẦN I / PHẦN II", roman numerals are fields
    bool any_roman = false;
    // "A. KẾT QUẢ …" / "B. NHIỆM VỤ …" with "I. LĨNH VỰC KINH TẾ" under
    // them: the letters open the parts and the roman numerals are fields,
    // as in a "PHẦN" report. Only when no roman heading names a part
    // ("I. KẾT QUẢ" over "A. Kinh tế" is the usual way round).
    bool letter_parts = false;
    auto names_part = [&](const LineShape& shape) {
        std::string named = part_of_heading(shape.title, rules, normalizer);
        return named == "results" || named == "plan";
    };
    // What the roman headings name: the results, the plan, and whether the
    // first of them names no part ("I. LĨNH VỰC KINH TẾ").
    bool roman_results = false;
    bool roman_plan = false;
    bool first_roman_unnamed = false;
    char last_letter = 0; // of the last "A." … "H." field heading
    for (const auto& block : text.blocks) {
        shapes.push_back(classify_line(block.text));
        // "H. Quốc phòng, an ninh" then "I. Cải cách hành chính": the letter
        // after H, not the roman one.
        LineShape& line = shapes.back();
        if (line.kind == LineKind::roman_heading && line.number.size() == 1 && last_letter != 0 &&
            line.number[0] == last_letter + 1) {
            line.kind = LineKind::group_heading;
        }
        if (line.kind == LineKind::group_heading && line.number.size() == 1) {
            last_letter = line.number[0];
        } else if (line.kind == LineKind::roman_heading || line.kind == LineKind::part_heading) {
            last_letter = 0;
        }
        const LineShape& shape = shapes.back();
        part_style = part_style || shape.kind == LineKind::part_heading;
        letter_parts = letter_parts || (shape.kind == LineKind::group_heading && names_part(shape));
        if (shape.kind == LineKind::roman_heading) {
            std::string named = part_of_heading(shape.title, rules, normalizer);
            first_roman_unnamed = first_roman_unnamed || (!any_roman && named == "other");
            roman_results = roman_results || named == "results";
            roman_plan = roman_plan || named == "plan";
            any_roman = true;
        }
    }
    bool roman_parts = roman_results || roman_plan;
    bool letter_style = !part_style && letter_parts && !roman_parts;
    // "I. LĨNH VỰC KINH TẾ", "II. VĂN HÓA - XÃ HỘI" … then "IV. PHƯƠNG
    // HƯỚNG, NHIỆM VỤ THÁNG 4": no heading opens the results, the fields
    // before the plan are them. Only when the first roman heading names no
    // part and none names the results.
    bool fields_first =
        !part_style && !letter_style && first_roman_unnamed && roman_plan && !roman_results;

    std::vector<std::string> preamble;
    std::vector<std::string> body;
    std::vector<std::string> part_headings;
    std::string part = "preamble";
    Numbering numbering;
    std::string roman_prefix; // "II." inside a PHẦN report
    int roman_level = 0;
    bool has_plan = false;
    bool has_results = false;
    // Numbered headings before any part heading mean a report without parts:
    // treat it as results.
    bool seen_part = false;

    // The field heading ("A. Kinh tế", "KINH TẾ") the current lines are under.
    struct Group {
        std::string number;
        std::string title;
        int level = 0;
    } group;
    // The number of the last heading of the plan that ends with ':' over its
    // bullets ("1. Giao Văn phòng - Thống kê:"): once the writer groups tasks
    // that way, a later sibling written the same way is a group too, even
    // after a group whose one task shares its line ("6. Giao công chức Tư
    // pháp: tiếp tục rà soát …."), which reads as a numbered task.
    std::vector<int> colon_group;
    auto open_section = [&](std::string number, std::string title, int level) {
        report.sections.push_back({part, std::move(number), std::move(title), level, {}});
    };
    // Blocks [first, end) as one paragraph of the current section (a
    // section of its own when the part just changed).
    auto add_paragraph = [&](std::size_t first, std::size_t end) {
        const Block& block = text.blocks[first];
        if (report.sections.empty() || report.sections.back().part != part) {
            open_section("", "", 0);
        }
        Paragraph paragraph{block.text, block.page, block.raw_begin, text.blocks[end - 1].raw_end,
                            first};
        for (std::size_t k = first + 1; k < end; ++k) {
            paragraph.text += " " + text.blocks[k].text;
        }
        report.sections.back().paragraphs.push_back(std::move(paragraph));
    };
    auto start_part = [&](const std::string& label, const std::string& title,
                          const std::string& number) {
        part = part_of_heading(title, rules, normalizer);
        seen_part = true;
        has_plan = has_plan || part == "plan";
        has_results = has_results || part == "results";
        report.parts.push_back({part, label});
        part_headings.push_back(label);
        int value = roman_value(number);
        if (value == 0 && number.size() == 1 && number[0] >= '1' && number[0] <= '9') {
            value = number[0] - '0';
        }
        numbering.reset(value);
        roman_prefix.clear();
        group = {};
        colon_group.clear();
    };

    // In the plan part, a numbered sentence with nothing under it (the next line
    // is another number of the same or a higher level, a field heading or
    // the end) is a task: "1. Tổ chức khám tuyển NVQS." then "2. …". A
    // heading has its tasks under it: bullets, letters, deeper numbers, text.
    auto is_task_line = [&](std::size_t i) {
        const LineShape& shape = shapes[i];
        // A field title ("1. Lĩnh vực kinh tế, đô thị") has no full stop.
        if (is_caps_heading(shape.title) ||
            (!ends_sentence(shape.title) && count_words(shape.title) <= k_max_heading_words)) {
            return false;
        }
        if (i + 1 >= shapes.size()) {
            return true;
        }
        const LineShape& next = shapes[i + 1];
        if (next.kind == LineKind::number_heading) {
            return parse_number(next.number).size() <= parse_number(shape.number).size();
        }
        return next.kind == LineKind::group_heading || next.kind == LineKind::roman_heading ||
               next.kind == LineKind::part_heading ||
               part_of_paragraph_start(text.blocks[i + 1].text, rules, normalizer).has_value();
    };

    // The number of the last numbered task of the plan: its successor is a
    // task too, even when it ends with ':' over its steps.
    std::vector<int> last_task;
    auto follows = [](const std::vector<int>& before, const std::vector<int>& after) {
        return !before.empty() && before.size() == after.size() &&
               std::equal(before.begin(), before.end() - 1, after.begin()) &&
               before.back() + 1 == after.back();
    };
    // "2. Tăng cường kiểm tra, lập lại trật tự lòng lề đường chợ Bến Lội:"
    // then "+ Lập biên bản …;" "+ Vận động …": where the numbered lines
    // around it are tasks, an item ending with ':' and its bullets are one
    // task with its steps, not a field with tasks. The end of its bullets,
    // or `i` when it is no such item.
    auto steps_end = [&](std::size_t i) {
        const LineShape& shape = shapes[i];
        if (shape.kind != LineKind::number_heading || !ends_with_colon(shape.title)) {
            return i;
        }
        std::size_t j = i + 1;
        while (j < shapes.size() && shapes[j].kind == LineKind::bullet) {
            ++j;
        }
        if (j == i + 1) {
            return i;
        }
        std::vector<int> number = parse_number(shape.number);
        if (colon_group.size() == number.size()) {
            return i;
        }
        // "1. Giao Văn phòng:" over bullets, then "2. Giao Bộ phận Một cửa:
        // tiếp nhận …": the next sibling opens with the same word before its
        // colon, so both are groups named the same way, the second with its
        // one task on its line.
        bool next_sibling = j < shapes.size() && shapes[j].kind == LineKind::number_heading &&
                            follows(number, parse_number(shapes[j].number));
        if (next_sibling && first_word(lead_in(shapes[j].title)) == first_word(shape.title) &&
            count_words(shape.title) <= k_max_heading_words) {
            return i;
        }
        bool next_task = next_sibling && (reads_as_task(shapes[j].title) || is_task_line(j));
        return next_task || follows(last_task, number) ? j : i;
    };

    for (std::size_t i = 0; i < text.blocks.size(); ++i) {
        const Block& block = text.blocks[i];
        const LineShape& shape = shapes[i];
        body.push_back(block.text);

        if (fields_first && shape.kind == LineKind::roman_heading &&
            (part == "preamble" || part == "results") &&
            part_of_heading(shape.title, rules, normalizer) == "other") {
            if (part == "preamble") {
                part = "results";
                has_results = true;
                seen_part = true;
                report.parts.push_back({part, ""});
            }
            roman_prefix = shape.number + ".";
            roman_level = 1;
            numbering.reset();
            open_section(shape.number, shape.title, 1);
            continue;
        }
        if (is_part_start(shape, part_style, letter_style)) {
            std::string title = shape.title;
            std::string label = block.text;
            // "PHẦN I" alone on its line: the next line names the part.
            if (title.empty() && i + 1 < text.blocks.size() &&
                shapes[i + 1].kind == LineKind::text) {
                title = text.blocks[i + 1].text;
                label += " " + title;
                body.push_back(text.blocks[i + 1].text);
                ++i;
            }
            start_part(label, title, shape.number);
            continue;
        }
        if (part == "preamble" && !seen_part) {
            bool numbered = shape.kind == LineKind::number_heading &&
                            parse_number(shape.number) == std::vector<int>{1} && !any_roman &&
                            !part_style;
            if (!numbered) {
                preamble.push_back(block.text);
                add_paragraph(i, i + 1);
                continue;
            }
            // A report with numbered sections but no part headings.
            part = "results";
            has_results = true;
            seen_part = true;
            report.parts.push_back({part, ""});
        }
        if (auto closing = part_of_paragraph_start(block.text, rules, normalizer)) {
            if (*closing != part) {
                part = *closing;
                report.parts.push_back({part, ""});
                numbering.reset();
            }
            add_paragraph(i, i + 1);
            continue;
        }
        if ((part_style || letter_style) && shape.kind == LineKind::roman_heading) {
            roman_prefix = shape.number + ".";
            roman_level = 1;
            numbering.reset();
            open_section(shape.number, shape.title, 1);
            continue;
        }
        bool in_body = part == "results" || part == "plan" || part == "difficulties";
        if (in_body && shape.kind == LineKind::group_heading) {
            // "A. Kinh tế": a field; its numbered sections are "A.1", "A.2".
            roman_prefix = shape.number + ".";
            roman_level = 1;
            numbering.reset();
            open_section(shape.number, shape.title, 1);
            group = {shape.number, shape.title, 1};
            continue;
        }
        if (in_body && shape.kind == LineKind::text && is_caps_heading(block.text)) {
            // "KINH TẾ": a field without a number.
            numbering.reset();
            open_section("", block.text, 1);
            group = {"", block.text, 1};
            continue;
        }
        if (std::size_t end = part == "plan" ? steps_end(i) : i; end > i) {
            for (std::size_t k = i + 1; k < end; ++k) {
                body.push_back(text.blocks[k].text);
            }
            add_paragraph(i, end);
            last_task = parse_number(shape.number);
            i = end - 1;
            continue;
        }
        // Among groups written "N. Giao …:", "6. Giao công chức Tư pháp: tiếp
        // tục rà soát …." is a group too, its one task on the same line.
        bool group_with_task = shape.kind == LineKind::number_heading &&
                               colon_group.size() == parse_number(shape.number).size() &&
                               !lead_in(shape.title).empty();
        if (shape.kind == LineKind::number_heading && part == "plan" && !group_with_task &&
            (reads_as_task(shape.title) || is_task_line(i))) {
            last_task = parse_number(shape.number);
            // Some communes number their tasks instead of dashing them. A
            // task after the sub-items of a numbered heading ("1. … cụ thể:"
            // then "a)", "b)") belongs to the field again, not to "1.b".
            const std::string* current =
                report.sections.empty() || report.sections.back().part != part
                    ? nullptr
                    : &report.sections.back().number;
            if (current && !current->empty() && current->back() >= 'a' && current->back() <= 'z') {
                open_section(group.number, group.title, group.level);
            }
            add_paragraph(i, i + 1);
            continue;
        }
        if (shape.kind == LineKind::number_heading) {
            std::vector<int> number = parse_number(shape.number);
            if (numbering.accepts(number)) {
                numbering.take(number);
                std::string title = shape.title;
                std::string rest;
                if (utf8::length(title) > k_max_title) {
                    // "1. Công tác tài chính: Tổng thu …" — heading and text on one line.
                    std::size_t cut = title.find(": ");
                    if (cut == std::string::npos) {
                        cut = title.find(". ");
                    }
                    if (cut != std::string::npos &&
                        utf8::length(title.substr(0, cut)) <= k_max_title) {
                        if (count_words(title.substr(0, cut)) <= k_max_heading_words) {
                            rest = title.substr(cut + 2);
                            title = title.substr(0, cut);
                        } else {
                            // "3.5. Bộ phận một cửa tiếp nhận 174 hồ sơ …. Công an
                            // xã …": the first sentence reports too, it is no title.
                            rest = title;
                            title = lead_in(title);
                        }
                    }
                }
                if (rest.empty() && reads_as_sentence(title)) {
                    rest = title;
                    title = lead_in(title);
                }
                open_section(roman_prefix + shape.number, title,
                             static_cast<int>(number.size()) + roman_level);
                if (part == "plan" && ends_with_colon(shape.title) && i + 1 < shapes.size() &&
                    shapes[i + 1].kind == LineKind::bullet) {
                    colon_group = number;
                }
                if (!rest.empty()) {
                    report.sections.back().paragraphs.push_back(
                        {rest, block.page, block.raw_begin, block.raw_end, i});
                }
                continue;
            }
        }
        if (shape.kind == LineKind::letter_heading && !report.sections.empty() &&
            !report.sections.back().number.empty() && utf8::length(shape.title) <= k_max_title) {
            // "a)" opens a subsection of the current numbered section; "b)"
            // follows "a)".
            Section& current = report.sections.back();
            std::string parent = current.number;
            char letter = shape.number[0];
            std::size_t dot = parent.rfind('.');
            std::string tail = dot == std::string::npos ? parent : parent.substr(dot + 1);
            bool sibling = tail.size() == 1 && tail[0] >= 'a' && tail[0] <= 'z';
            if ((sibling && letter == tail[0] + 1) || (!sibling && letter == 'a')) {
                std::string base = sibling ? parent.substr(0, dot) : parent;
                int level = sibling ? current.level : current.level + 1;
                bool sentence = reads_as_sentence(shape.title);
                open_section(base + "." + shape.number,
                             sentence ? lead_in(shape.title) : shape.title, level);
                if (sentence) {
                    report.sections.back().paragraphs.push_back(
                        {shape.title, block.page, block.raw_begin, block.raw_end, i});
                }
                continue;
            }
        }
        add_paragraph(i, i + 1);
    }

    read_header(preamble, body, dictionaries, normalizer, report);
    read_period(part_headings, has_plan, dictionaries, normalizer, report);
    if (!has_plan && report.period.valid()) {
        report.diagnostics.push_back(
            {Severity::info, report.source, 0,
             "no plan part (Phương hướng, nhiệm vụ …) found; the report has no directives to "
             "track"});
    }
    if (!has_results && !has_plan) {
        report.diagnostics.push_back(
            {Severity::warning, report.source, 0,
             "no part headings (I. KẾT QUẢ …, II. PHƯƠNG HƯỚNG …) found; all text is kept in the "
             "preamble: check the report's layout"});
    }
    return report;
}

} // namespace baocao
