// The values that flow through the pipeline (DESIGN.md §2):
//   RawDocument --normalize--> TextDocument --segment--> Report --extract--> Findings
// Plain data, our own types only: no third-party type appears here.
#pragma once

#include "baocao/error.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace baocao {

// ---------------------------------------------------------------- ingest

struct RawPage {
    int number = 0;   // 1-based
    std::string text; // UTF-8 as extracted (not yet normalised)
};

struct RawDocument {
    std::string path;
    std::string sha256;   // of the file's bytes: the report's identity
    std::string format;   // "pdf" or "txt"
    std::string encoding; // how the bytes were decoded ("utf-8", "utf-16le", "windows-1258", …)
    std::vector<RawPage> pages;
    Diagnostics diagnostics;
    bool failed = false; // nothing usable could be read; diagnostics say why
};

// ------------------------------------------------------------- normalize

// A point where normalised and raw offsets are known to correspond.
struct OffsetAnchor {
    std::size_t text = 0; // byte offset in Block::text
    std::size_t raw = 0;  // byte offset in RawPage::text of Block::page
};

// One logical line after repair: a paragraph re-joined from the lines that
// extraction broke, or a heading. NFC UTF-8, with glued words split.
struct Block {
    std::string text;
    int page = 1;              // page of the first raw line
    std::size_t raw_begin = 0; // span in that page's raw text
    std::size_t raw_end = 0;
    bool indented = false;             // the first raw line started with white space
    std::vector<OffsetAnchor> anchors; // ascending; maps Block::text back to raw text
};

struct TextDocument {
    std::string source;
    std::string sha256;
    std::vector<Block> blocks;
    Diagnostics diagnostics;

    // Offset in the raw page text of a byte offset in blocks[block].text.
    std::size_t raw_offset(std::size_t block, std::size_t text_offset) const;
};

// --------------------------------------------------------------- segment

struct YearMonth {
    int year = 0;
    int month = 0; // 1..12; 0 when unknown
    bool valid() const { return year > 0 && month >= 1 && month <= 12; }
    std::string str() const; // "YYYY-MM", or "" when invalid
    YearMonth next() const;
    YearMonth previous() const;
    int index() const { return year * 12 + (month - 1); } // for differences
    friend bool operator==(const YearMonth&, const YearMonth&) = default;
    friend auto operator<=>(const YearMonth&, const YearMonth&) = default;
    static std::optional<YearMonth> parse(const std::string& text); // "YYYY-MM"
};

struct Date {
    int year = 0;
    int month = 0;
    int day = 0;
    std::string str() const; // "YYYY-MM-DD"
    friend bool operator==(const Date&, const Date&) = default;
    friend auto operator<=>(const Date&, const Date&) = default;
};

enum class ReportKind { monthly, quarterly, six_month, nine_month, annual, unknown };
const char* report_kind_name(ReportKind kind);

struct Paragraph {
    std::string text;
    int page = 1;
    std::size_t raw_begin = 0;
    std::size_t raw_end = 0;
    std::size_t block = 0; // index in TextDocument::blocks
};

// A numbered heading ("3.1. Công tác thông tin truyền thanh") and the
// paragraphs under it up to the next heading. Paragraphs that come before the
// first numbered heading of a part live in a section with an empty number.
struct Section {
    std::string part;   // "results", "plan", or another key from dictionaries/sections.tsv
    std::string number; // "3.1", "a", "" for a part's lead-in
    std::string title;
    int level = 0; // 1 for "3.", 2 for "3.1.", …
    std::vector<Paragraph> paragraphs;
};

struct Part {
    std::string key; // "results", "plan", "preamble", "closing", …
    std::string label; // the heading as written ("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 11")
};

struct Report {
    std::string source;
    std::string sha256;
    std::string issuer;        // "UBND thị trấn Lai Cách"
    std::string report_number; // "52/BC-UBND"
    std::string date_line;     // "Lai Cách, ngày 25 tháng 11 năm 2023"
    std::optional<Date> issued;
    std::string title;
    YearMonth period;      // month N (for non-monthly reports: the last month covered)
    YearMonth plan_period; // month N+1, invalid when the report has no plan part
    ReportKind kind = ReportKind::unknown;
    std::vector<Part> parts;
    std::vector<Section> sections;
    Diagnostics diagnostics;
};

// --------------------------------------------------------------- extract

struct Figure {
    std::string part;
    std::string section; // section number
    std::string label;   // as written
    std::string metric;  // stable key across months
    double value = 0;
    std::string unit;         // "VND", "percent", "ha", "hộ", … or "" when none
    std::optional<double> of; // denominator ("33 hộ/4.474 hộ" → 4474)
    std::string raw;
    std::size_t paragraph = 0; // index among all paragraphs of the report
    std::size_t begin = 0;     // byte span in the paragraph's text
    std::size_t end = 0;
};

struct Reference {
    std::string kind;   // "Thông báo", "Nghị quyết", …
    std::string number; // "76/TB-UBND"
    std::optional<Date> date;
    std::string raw;
    std::string part;
    std::string section;
};

struct Directive {
    std::string id; // stable within the report: "<period>:<section>:<n>"
    std::string section;
    std::string section_title;
    std::string text;
    std::optional<Date> deadline;
    std::string deadline_raw;
    std::string action; // the main verb phrase ("tổ chức", "xây dựng", …)
    std::size_t paragraph = 0;
};

struct Findings {
    std::vector<Figure> figures;
    std::vector<Reference> references;
    std::vector<Directive> directives;
    Diagnostics diagnostics;
};

} // namespace baocao
