// query: search the index and read its records back (DESIGN.md §4).
//
// Index::open takes one or more database paths (directories, Xapian stub
// files, or a stub naming a remote shard served by xapian-tcpsrv) and
// searches them as one. Besides `search`, the record readers give the
// structured results of extraction to the commands built on the index
// (trends, directive tracking):
//
//   baocao::Index index = baocao::Index::open({db}, context);
//   baocao::RecordFilter filter;
//   filter.from = baocao::YearMonth{2023, 1};
//   filter.metric = "tong_thu_ngan_sach";
//   for (const auto& record : index.figures(filter)) { ... record.figure.value ... }
//
// Records come sorted by period, then report, then their order in it.
#pragma once

#include "baocao/document.h"
#include "baocao/pipeline.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace baocao {

// Which records to read or search. Empty fields do not filter.
struct RecordFilter {
    std::optional<YearMonth> from; // report period, inclusive
    std::optional<YearMonth> to;
    std::string issuer;  // words of the issuer, any diacritics ("lai cach")
    std::string part;    // "results", "plan", …
    std::string section; // "3" also matches "3.1", "3.2", …
    std::string metric;  // figures only: metric key
    std::string report;  // SHA-256 of one report
};

struct SearchOptions {
    std::string query; // words, "phrases", AND/OR/NOT, ( ), thang:, so:, muc:, phan:
    RecordFilter filter;
    std::size_t limit = 10;
    std::size_t offset = 0;
};

// Where a record came from: shared by every record type.
struct RecordOrigin {
    std::string report; // SHA-256 of the report's content
    std::string issuer;
    YearMonth period;
    std::string source; // file the report was read from (the first, if several)
};

struct SearchHit {
    RecordOrigin origin;
    std::string part;
    std::string section;
    std::string section_title;
    std::string text;
    int page = 1;
    // A window of the text around the matches, with the byte spans of the
    // matched words in `snippet` (ascending, not overlapping).
    std::string snippet;
    std::vector<std::pair<std::size_t, std::size_t>> highlights;
    double score = 0;
};

struct SearchResults {
    std::string query;
    std::size_t total = 0; // estimated number of matching paragraphs
    std::vector<SearchHit> hits;
};

struct ParagraphRecord {
    RecordOrigin origin;
    std::size_t index = 0; // among all paragraphs of the report
    std::string part;
    std::string section;
    std::string section_title;
    std::string text;
    int page = 1;
};

struct FigureRecord {
    RecordOrigin origin;
    Figure figure;
};

struct DirectiveRecord {
    RecordOrigin origin;
    Directive directive;
};

struct ReportRecord {
    std::string sha256;
    std::vector<std::string> sources; // every file with this content
    std::string issuer;
    std::string report_number;
    std::string title;
    ReportKind kind = ReportKind::unknown;
    YearMonth period;
    YearMonth plan_period;
    std::size_t pages = 0;
    std::size_t paragraphs = 0;
    std::size_t figures = 0;
    std::size_t directives = 0;
    Diagnostics diagnostics;
};

class Index {
public:
    // Throws baocao::Error ("DIR: what happened; what to do") when a
    // database cannot be opened, or is not a baocao index (ExitCode::unusable).
    // Every reader method sees one committed state; when an ingest commits
    // meanwhile and Xapian reports the old state gone, it moves to the newest
    // commit and reads again. An empty list opens default_database_path(),
    // so every command that takes --db gets the same default. `context` must
    // outlive the Index.
    static Index open(const std::vector<std::string>& databases, const Context& context);
    ~Index();
    Index(Index&&) noexcept;
    Index& operator=(Index&&) noexcept;

    // Throws baocao::Error with exit code "usage" for a malformed query.
    SearchResults search(const SearchOptions& options) const;

    std::vector<ReportRecord> reports() const;
    std::vector<ParagraphRecord> paragraphs(const RecordFilter& filter) const;
    std::vector<FigureRecord> figures(const RecordFilter& filter) const;
    std::vector<DirectiveRecord> directives(const RecordFilter& filter) const;

    // Consistency of the index: one line ("what is wrong; what to do") per
    // report whose stored paragraphs, figures or directives do not match the
    // counts in its record (a half-written report), and per set of documents
    // that belong to no report. Empty when the index is sound. A large report
    // still being staged (hidden from every command) is not a problem.
    std::vector<std::string> check() const;

private:
    struct Impl;
    explicit Index(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace baocao
