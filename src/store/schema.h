// The term and value layout of the index (DESIGN.md §4). The writer and the
// query side both use these names and nothing else, so the layout can only
// change here.
//
// Documents (one database holds all of them):
//   paragraph  one per paragraph of a report: the hit unit of `search`
//   figure     one per Figure from extract, its JSON as data
//   directive  one per Directive from extract, its JSON as data
//   report     one per distinct file content: metadata, counts, sources
//   staging    the marker of a large report being written (Qw<sha256>)
//
// Terms:
//   Q<kind><sha256>[:<n>]  unique id (kind: r report, p paragraph, f figure,
//                          d directive); re-ingest replaces by this term
//   XR<sha256>             every document of one report: delete by this term
//   XT<type>               paragraph | figure | directive | report
//   M<YYYYMM>              the report's month (period)
//   XI<word>               issuer, one folded word per term ("lai", "cach")
//   XP<part>               results | plan | …
//   XS<number>             section number and its ancestors ("3.1" and "3")
//   XREF<reference>        a document reference as written, search key
//                          ("76/tb-ubnd"), boolean
//   XSRC<path>             absolute path of a source file (report documents)
//   XMET<metric>           metric key of a figure
//   XW<sha256>             a large report still being written over several
//                          commits (its staging marker, see writer.h):
//                          readers hide every XR<sha256> document while
//                          the marker exists
//   <key>                  unprefixed: search key of a token (lower case NFC,
//                          canonical tone placement), with positions; only
//                          for words with marks (a word without marks is
//                          its own folded form and is stored once, as F)
//   F<folded>              the folded form (no marks, đ -> d) of every token
//                          at the same positions, so phrases work typed
//                          either way
//
// Values: period as YYYYMM, a figure's value, a directive's deadline as
// YYYYMMDD, all with Xapian::sortable_serialise so ranges and sorting work.
#pragma once

#include <string>
#include <string_view>

#include <xapian.h>

namespace baocao::schema {

inline constexpr const char* id_prefix = "Q";
inline constexpr const char* report_prefix = "XR";
inline constexpr const char* type_prefix = "XT";
inline constexpr const char* month_prefix = "M";
inline constexpr const char* issuer_prefix = "XI";
inline constexpr const char* part_prefix = "XP";
inline constexpr const char* section_prefix = "XS";
inline constexpr const char* reference_prefix = "XREF";
inline constexpr const char* source_prefix = "XSRC";
inline constexpr const char* metric_prefix = "XMET";
inline constexpr const char* staging_prefix = "XW";
inline constexpr const char* folded_prefix = "F";

inline constexpr const char* type_paragraph = "paragraph";
inline constexpr const char* type_figure = "figure";
inline constexpr const char* type_directive = "directive";
inline constexpr const char* type_report = "report";

inline constexpr Xapian::valueno slot_period = 0;   // YYYYMM
inline constexpr Xapian::valueno slot_value = 1;    // figure value
inline constexpr Xapian::valueno slot_deadline = 2; // YYYYMMDD
inline constexpr Xapian::valueno slot_order = 3;    // index within the report
inline constexpr Xapian::valueno slot_figure = 4;   // packed figure (packed_figure.h)

// Positions left empty between the fields of one document (section title,
// text) so a phrase never spans two of them.
inline constexpr Xapian::termpos field_gap = 100;

// Xapian refuses terms longer than this (the limit is 245 bytes of key).
inline constexpr std::size_t max_term_bytes = 240;

// The metadata key under which the writer records the layout version; a
// reader refuses a database written with another layout.
inline constexpr const char* layout_key = "baocao.layout";
inline constexpr const char* layout_version = "1";
// Present in an index that keeps every metric's figures together in
// metadata under series_key_prefix + metric (figure_series.h); indexes
// created before that have no such mark and are read document by document.
// Its value is series_stamp() of the commit that last updated the series: a
// baocao older than the series writes without updating them (and without
// the stamp), and the stamp then no longer matches, so readers use the
// documents and the next writer drops the series.
inline constexpr const char* series_mark_key = "baocao.series";
inline std::string series_stamp(const Xapian::Database& database) {
    return std::to_string(database.get_lastdocid()) + ":" + std::to_string(database.get_doccount());
}
inline constexpr const char* series_key_prefix = "baocao.series.";

inline std::string report_id(std::string_view sha) {
    return std::string(id_prefix) + "r" + std::string(sha);
}
inline std::string item_id(char kind, std::string_view sha, std::size_t n) {
    return std::string(id_prefix) + kind + std::string(sha) + ":" + std::to_string(n);
}
// A report's content id as stored after XR and XW (lower-case hex).
inline bool is_sha256(std::string_view text) {
    return text.size() == 64 && text.find_first_not_of("0123456789abcdef") == std::string::npos;
}
inline std::string staging_id(std::string_view sha) {
    return std::string(id_prefix) + "w" + std::string(sha);
}
inline std::string staging_term(std::string_view sha) {
    return std::string(staging_prefix) + std::string(sha);
}
inline std::string report_term(std::string_view sha) {
    return std::string(report_prefix) + std::string(sha);
}
inline std::string type_term(std::string_view type) {
    return std::string(type_prefix) + std::string(type);
}
inline std::string month_term(int year, int month) {
    // Appended piece by piece: g++ 12 at -O3 sees a bogus overlap (-Wrestrict)
    // in `prefix + std::to_string(...)`.
    std::string out(month_prefix);
    out += std::to_string(year);
    if (month < 10) {
        out += '0';
    }
    out += std::to_string(month);
    return out;
}

// A term that may carry user text: cut to what Xapian accepts (an over-long
// boolean term could then only match a prefix; such text is never a real key).
inline std::string bounded(std::string term) {
    if (term.size() > max_term_bytes) {
        term.resize(max_term_bytes);
    }
    return term;
}

} // namespace baocao::schema
