// baocao::Index: one Xapian::Database over every --db given (directories,
// stub files, remote shards), searched and read as one.
#include "baocao/query.h"
#include "baocao/store.h"

#include "query/month_range.h"
#include "query/query_parser.h"
#include "query/snippet.h"
#include "store/analyzer.h"
#include "store/document_builder.h"
#include "store/figure_series.h"
#include "store/packed_figure.h"
#include "store/records.h"
#include "store/schema.h"
#include "store/xapian_error.h"
#include "util/display_path.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <tuple>

namespace baocao {

namespace {

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& name : names) {
        out += out.empty() ? name : ", " + name;
    }
    return out;
}

} // namespace

struct Index::Impl {
    Impl(const std::vector<std::string>& databases, const Context& context)
        : names(joined(databases)), analyzer(context.dictionaries, context.normalizer) {
        for (const auto& path : databases) {
            database.add_database(open_shard(path));
        }
        // Metadata of several shards is the first one's only: the series
        // are read from one index directory, never from a combination.
        std::error_code error;
        single_directory =
            databases.size() == 1 && std::filesystem::is_directory(databases.front(), error);
    }

    // One --db: a directory, a stub file or a remote shard, checked to be a
    // baocao index of this layout.
    static Xapian::Database open_shard(const std::string& path) {
        std::error_code error;
        if (!std::filesystem::exists(path, error)) {
            throw Error(path + ": no index here; create it with 'baocao ingest FILES --db " + path +
                        "' or give the right --db");
        }
        if (std::filesystem::is_directory(path, error) && !has_xapian_mark(path)) {
            throw Error(path +
                        ": not a baocao index (a folder without an index in it); give "
                        "the --db that 'baocao ingest' wrote, or create one with 'baocao "
                        "ingest FILES --db " +
                        path + "'");
        }
        return store::guarded(path, [&] {
            Xapian::Database shard;
            try {
                shard = Xapian::Database(path);
            } catch (const Xapian::DatabaseOpeningError& e) {
                // Corrupt, version and lock errors derive from it too: let
                // those through with their own advice.
                std::string type = e.get_type();
                if (type != "DatabaseOpeningError") {
                    throw;
                }
                throw Error(path + ": not a baocao index (" + e.get_msg() +
                            "); give the --db that 'baocao ingest' wrote, or a stub file "
                            "listing such indexes");
            }
            std::string layout = shard.get_metadata(schema::layout_key);
            // Empty and unmarked: an ingest killed before its first commit;
            // nothing in it to misread, and the next ingest marks it.
            if (layout.empty() && shard.get_doccount() == 0) {
                return shard;
            }
            if (layout.empty()) {
                throw Error(path + ": a Xapian database but not a baocao index (it has no "
                                   "baocao layout mark); give the --db that 'baocao ingest' wrote");
            }
            if (layout != schema::layout_version) {
                throw Error(path + ": not a baocao index of this version (layout '" + layout +
                            "'); run 'baocao ingest' into a new --db");
            }
            return shard;
        });
    }

    static bool has_xapian_mark(const std::filesystem::path& path) {
        std::error_code error;
        // XAPIANDB: a stub file inside a folder, which Xapian also accepts.
        for (const char* mark : {"iamglass", "iamchert", "iamhoney", "XAPIANDB"}) {
            if (std::filesystem::exists(path / mark, error)) {
                return true;
            }
        }
        return false;
    }

    // Runs `function` (which reads `database`) under guarded(). A reader
    // sees one revision; when the writer commits twice meanwhile, Xapian may
    // reuse that revision's blocks and throws DatabaseModifiedError. Then
    // reopen() moves to the newest commit and the read starts over, so the
    // caller sees the last committed state. Every command built on Index
    // (search, trend, directives, metrics, reports) gets this for free.
    template <typename Function> auto read(Function&& function) const {
        return store::guarded(names, [&] {
            for (int attempt = 1;; ++attempt) {
                try {
                    if (attempt > 1) {
                        database.reopen();
                    }
                    return function();
                } catch (const Xapian::DatabaseModifiedError&) {
                    if (attempt == max_read_attempts) {
                        throw;
                    }
                }
            }
        });
    }
    static constexpr int max_read_attempts = 10;

    // Paragraph, figure or directive documents passing `filter`.
    Xapian::Query filter_query(const char* type, const RecordFilter& filter) const {
        std::vector<Xapian::Query> all{Xapian::Query(schema::type_term(type))};
        if (filter.from || filter.to) {
            all.push_back(query::month_query(filter.from, filter.to));
        }
        for (const auto& term : store::issuer_terms(filter.issuer, analyzer)) {
            all.emplace_back(term);
        }
        if (!filter.part.empty()) {
            all.emplace_back(schema::bounded(schema::part_prefix + filter.part));
        }
        if (!filter.section.empty()) {
            all.emplace_back(schema::bounded(schema::section_prefix + filter.section));
        }
        if (!filter.metric.empty()) {
            all.emplace_back(schema::bounded(schema::metric_prefix + filter.metric));
        }
        if (!filter.report.empty()) {
            all.emplace_back(schema::report_term(filter.report));
        }
        return Xapian::Query(Xapian::Query::OP_AND, all.begin(), all.end());
    }

    // Reports whose staging marker exists (see store/writer.h): a large
    // report being written over several commits, or one an interrupted
    // ingest left for the next to clean up. Called inside read() only.
    std::vector<std::string> staging() const {
        std::vector<std::string> out;
        const std::string prefix = schema::staging_prefix;
        for (auto it = database.allterms_begin(prefix); it != database.allterms_end(prefix); ++it) {
            std::string sha = (*it).substr(prefix.size());
            if (schema::is_sha256(sha)) {
                out.push_back(std::move(sha));
            }
        }
        return out;
    }

    // `query` without the documents of reports still being staged, so that
    // every command sees a report whole or not at all.
    Xapian::Query visible(const Xapian::Query& query) const {
        std::vector<Xapian::Query> hidden;
        for (const auto& sha : staging()) {
            hidden.emplace_back(schema::report_term(sha));
        }
        if (hidden.empty()) {
            return query;
        }
        return Xapian::Query(Xapian::Query::OP_AND_NOT, query,
                             Xapian::Query(Xapian::Query::OP_OR, hidden.begin(), hidden.end()));
    }

    // Every visible document matching `query`, unranked, in docid order.
    // Called inside read() only.
    Xapian::MSet all_matches(const Xapian::Query& query) const {
        Xapian::Enquire enquire(database);
        enquire.set_query(visible(query));
        enquire.set_weighting_scheme(Xapian::BoolWeight());
        enquire.set_docid_order(Xapian::Enquire::ASCENDING);
        // Sized by the match's upper bound, not the whole index: the
        // matcher reserves room for as many items as it is asked for.
        Xapian::doccount bound = enquire.get_mset(0, 0).get_matches_upper_bound();
        return enquire.get_mset(0, std::max(1u, bound));
    }

    std::vector<nlohmann::json> all_data(const Xapian::Query& query) const {
        return read([&] {
            Xapian::MSet mset = all_matches(query);
            std::vector<nlohmann::json> out;
            out.reserve(mset.size());
            for (auto it = mset.begin(); it != mset.end(); ++it) {
                out.push_back(store::parse_data(it.get_document().get_data(), names));
            }
            return out;
        });
    }

    // The values in `slot` of every document matching `query`, unranked, in
    // docid order, with the docid; a document without the value gets "".
    // Streams the slot instead of loading each document.
    std::vector<std::pair<Xapian::docid, std::string>> all_values(const Xapian::Query& query,
                                                                  Xapian::valueno slot) const {
        return read([&] {
            Xapian::MSet mset = all_matches(query);
            std::vector<std::pair<Xapian::docid, std::string>> out;
            out.reserve(mset.size());
            Xapian::ValueIterator value = database.valuestream_begin(slot);
            Xapian::ValueIterator end = database.valuestream_end(slot);
            for (auto it = mset.begin(); it != mset.end(); ++it) {
                Xapian::docid docid = *it;
                if (value != end && value.get_docid() < docid) {
                    value.skip_to(docid);
                }
                bool found = value != end && value.get_docid() == docid;
                out.emplace_back(docid, found ? *value : std::string());
            }
            return out;
        });
    }

    // The record data of one document (a fallback for old indexes).
    nlohmann::json document_data(Xapian::docid docid) const {
        return read(
            [&] { return store::parse_data(database.get_document(docid).get_data(), names); });
    }

    // The current first source of a report (files can be renamed or
    // aliased after its paragraphs were written).
    std::string source_of(const std::string& report, const std::string& fallback,
                          std::map<std::string, std::string>& cache) const {
        auto found = cache.find(report);
        if (found != cache.end()) {
            return found->second;
        }
        std::string source = fallback;
        std::string id = schema::report_id(report);
        auto posting = database.postlist_begin(id);
        if (posting != database.postlist_end(id)) {
            ReportRecord record = store::report_from_json(
                store::parse_data(database.get_document(*posting).get_data(), names));
            if (!record.sources.empty()) {
                source = record.sources.front();
            }
        }
        cache.emplace(report, source);
        return source;
    }

    // The figures of `filter` (whose metric is set) from that metric's
    // series (store/figure_series.h), or nullopt when this index keeps no
    // series: the caller then reads the figure documents. Applies the same
    // filter as filter_query() and hides staged reports as visible() does.
    std::optional<std::vector<FigureRecord>> series_figures(const RecordFilter& filter) const {
        return read([&]() -> std::optional<std::vector<FigureRecord>> {
            if (!single_directory ||
                database.get_metadata(schema::series_mark_key) != schema::series_stamp(database)) {
                return std::nullopt;
            }
            std::vector<std::string> hidden = staging();
            std::vector<std::string> wanted = store::issuer_terms(filter.issuer, analyzer);
            std::map<std::string, bool> issuer_matches; // per issuer as written
            std::string section = schema::bounded(schema::section_prefix + filter.section);
            std::vector<FigureRecord> out;
            bool malformed = false;
            std::string series = database.get_metadata(store::series_key(filter.metric));
            std::size_t entries = 0;
            store::for_each_series_entry(series,
                                         [&](std::string_view, std::string_view) { ++entries; });
            out.reserve(entries);
            bool read = store::for_each_series_entry(
                series, [&](std::string_view sha, std::string_view packed) {
                    if (malformed || (!filter.report.empty() && sha != filter.report) ||
                        std::find(hidden.begin(), hidden.end(), sha) != hidden.end()) {
                        return;
                    }
                    FigureRecord record;
                    if (!store::unpack_figure(packed, record)) {
                        malformed = true;
                        return;
                    }
                    const YearMonth& period = record.origin.period;
                    if ((filter.from || filter.to) &&
                        (!period.valid() || (filter.from && period < *filter.from) ||
                         (filter.to && *filter.to < period))) {
                        return;
                    }
                    if (!filter.part.empty() && record.figure.part != filter.part) {
                        return;
                    }
                    if (!filter.section.empty()) {
                        auto terms = store::section_terms(record.figure.section);
                        if (std::find(terms.begin(), terms.end(), section) == terms.end()) {
                            return;
                        }
                    }
                    if (!wanted.empty()) {
                        auto [found, fresh] = issuer_matches.emplace(record.origin.issuer, false);
                        if (fresh) {
                            auto has = store::issuer_terms(record.origin.issuer, analyzer);
                            found->second =
                                std::all_of(wanted.begin(), wanted.end(), [&](const auto& term) {
                                    return std::find(has.begin(), has.end(), term) != has.end();
                                });
                        }
                        if (!found->second) {
                            return;
                        }
                    }
                    out.push_back(std::move(record));
                });
            if (!read || malformed) {
                return std::nullopt;
            }
            return out;
        });
    }

    std::string names;
    bool single_directory = false;
    store::Analyzer analyzer;
    // Mutable: read() reopens it at the newest commit, which changes no
    // result a const method promised.
    mutable Xapian::Database database;
};

template <typename Record> static void sort_records(std::vector<Record>& records) {
    std::stable_sort(records.begin(), records.end(), [](const Record& a, const Record& b) {
        return std::tie(a.origin.period, a.origin.report) <
               std::tie(b.origin.period, b.origin.report);
    });
}

Index::Index(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Index::~Index() = default;
Index::Index(Index&&) noexcept = default;
Index& Index::operator=(Index&&) noexcept = default;

Index Index::open(const std::vector<std::string>& databases, const Context& context) {
    if (databases.empty()) {
        return Index(
            std::make_unique<Impl>(std::vector<std::string>{default_database_path()}, context));
    }
    return Index(std::make_unique<Impl>(databases, context));
}

SearchResults Index::search(const SearchOptions& options) const {
    const Impl& impl = *m_impl;
    return impl.read([&] {
        Xapian::Query user = query::parse_query(options.query, impl.analyzer);
        Xapian::Query query =
            impl.visible(Xapian::Query(Xapian::Query::OP_FILTER, user,
                                       impl.filter_query(schema::type_paragraph, options.filter)));
        query::MatchTerms terms = query::MatchTerms::of(user);
        Xapian::Enquire enquire(impl.database);
        enquire.set_query(query);
        Xapian::MSet mset = enquire.get_mset(static_cast<Xapian::doccount>(options.offset),
                                             static_cast<Xapian::doccount>(options.limit));
        SearchResults out;
        out.query = options.query;
        out.total = mset.get_matches_estimated();
        std::map<std::string, std::string> sources;
        for (auto it = mset.begin(); it != mset.end(); ++it) {
            ParagraphRecord record = store::paragraph_from_json(
                store::parse_data(it.get_document().get_data(), impl.names));
            SearchHit hit;
            hit.origin = record.origin;
            hit.origin.source =
                display_path(impl.source_of(record.origin.report, record.origin.source, sources));
            hit.part = record.part;
            hit.section = record.section;
            hit.section_title = record.section_title;
            hit.page = record.page;
            query::Snippet snippet = query::make_snippet(record.text, terms, impl.analyzer);
            hit.snippet = std::move(snippet.text);
            hit.highlights = std::move(snippet.highlights);
            hit.text = std::move(record.text);
            hit.score = it.get_weight();
            out.hits.push_back(std::move(hit));
        }
        return out;
    });
}

std::vector<ReportRecord> Index::reports() const {
    std::vector<ReportRecord> out;
    for (const auto& json :
         m_impl->all_data(Xapian::Query(schema::type_term(schema::type_report)))) {
        out.push_back(store::report_from_json(json));
        for (auto& source : out.back().sources) {
            source = display_path(source);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const ReportRecord& a, const ReportRecord& b) {
        return std::tie(a.period, a.issuer, a.sha256) < std::tie(b.period, b.issuer, b.sha256);
    });
    return out;
}

std::vector<ParagraphRecord> Index::paragraphs(const RecordFilter& filter) const {
    std::vector<ParagraphRecord> out;
    for (const auto& json :
         m_impl->all_data(m_impl->filter_query(schema::type_paragraph, filter))) {
        out.push_back(store::paragraph_from_json(json));
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return std::tie(a.origin.period, a.origin.report, a.index) <
               std::tie(b.origin.period, b.origin.report, b.index);
    });
    return out;
}

std::vector<FigureRecord> Index::figures(const RecordFilter& filter) const {
    if (!filter.metric.empty()) {
        if (auto series = m_impl->series_figures(filter)) {
            sort_records(*series); // entries keep report order within a report
            return std::move(*series);
        }
    }
    std::vector<FigureRecord> out;
    auto packed =
        m_impl->all_values(m_impl->filter_query(schema::type_figure, filter), schema::slot_figure);
    out.reserve(packed.size());
    for (const auto& [docid, value] : packed) {
        FigureRecord record;
        if (!store::unpack_figure(value, record)) {
            record = store::figure_from_json(m_impl->document_data(docid)); // an older index
        }
        out.push_back(std::move(record));
    }
    sort_records(out); // docids keep report order within a report
    return out;
}

std::vector<DirectiveRecord> Index::directives(const RecordFilter& filter) const {
    std::vector<DirectiveRecord> out;
    for (const auto& json :
         m_impl->all_data(m_impl->filter_query(schema::type_directive, filter))) {
        out.push_back(store::directive_from_json(json));
    }
    sort_records(out);
    return out;
}

std::vector<std::string> Index::check() const {
    const Impl& impl = *m_impl;
    return impl.read([&] {
        const Xapian::Database& db = impl.database;
        Xapian::doccount all = std::max(1u, db.get_doccount());
        auto count = [&](const std::string& report, const char* type) {
            Xapian::Enquire enquire(db);
            enquire.set_query(Xapian::Query(Xapian::Query::OP_AND,
                                            Xapian::Query(schema::report_term(report)),
                                            Xapian::Query(schema::type_term(type))));
            enquire.set_weighting_scheme(Xapian::BoolWeight());
            return static_cast<std::size_t>(enquire.get_mset(0, 0, all).get_matches_estimated());
        };
        std::vector<std::string> problems;
        std::map<std::string, ReportRecord> records;
        std::string type = schema::type_term(schema::type_report);
        for (auto it = db.postlist_begin(type); it != db.postlist_end(type); ++it) {
            ReportRecord record = store::report_from_json(
                store::parse_data(db.get_document(*it).get_data(), impl.names));
            std::string sha = record.sha256;
            if (!records.emplace(sha, std::move(record)).second) {
                problems.push_back("report " + sha +
                                   ": stored twice; run 'baocao ingest' into a "
                                   "new --db");
            }
        }
        for (const auto& [sha, record] : records) {
            std::size_t paragraphs = count(sha, schema::type_paragraph);
            std::size_t figures = count(sha, schema::type_figure);
            std::size_t directives = count(sha, schema::type_directive);
            if (paragraphs != record.paragraphs || figures != record.figures ||
                directives != record.directives) {
                std::string source = record.sources.empty() ? sha : record.sources.front();
                problems.push_back(source + ": half-indexed report (" + std::to_string(paragraphs) +
                                   "/" + std::to_string(record.paragraphs) + " paragraphs, " +
                                   std::to_string(figures) + "/" + std::to_string(record.figures) +
                                   " figures, " + std::to_string(directives) + "/" +
                                   std::to_string(record.directives) +
                                   " directives stored); run 'baocao ingest' into a new --db");
            }
        }
        // A report being staged has documents and no record yet by design,
        // and no command sees them: not a problem (the next ingest removes
        // what a stopped one left).
        for (const auto& sha : impl.staging()) {
            records.emplace(sha, ReportRecord{});
        }
        // XR<sha256>: the prefix is shared with XREF terms, which are told
        // apart by their length and upper case.
        std::string prefix = schema::report_prefix;
        for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
            std::string term = *it;
            std::string sha = term.substr(prefix.size());
            if (sha.size() != 64 ||
                sha.find_first_not_of("0123456789abcdef") != std::string::npos) {
                continue;
            }
            if (records.count(sha) == 0) {
                problems.push_back("report " + sha + ": " + std::to_string(it.get_termfreq()) +
                                   " documents without their report record; run 'baocao "
                                   "ingest' into a new --db");
            }
        }
        return problems;
    });
}

} // namespace baocao
