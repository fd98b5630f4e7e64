// baocao::Index: one Xapian::Database over every --db given (directories,
// stub files, remote shards), searched and read as one.
#include "baocao/query.h"
#include "baocao/store.h"

#include "query/month_range.h"
#include "query/query_parser.h"
#include "query/snippet.h"
#include "store/analyzer.h"
#include "store/document_builder.h"
#include "store/packed_figure.h"
#include "store/records.h"
#include "store/schema.h"
#include "store/xapian_error.h"

#include <algorithm>
#include <filesystem>
#include <map>
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
            store::guarded(path, [&] {
                std::error_code error;
                if (!std::filesystem::exists(path, error)) {
                    throw Error(path +
                                ": no index here; create it with 'baocao ingest FILES --db " +
                                path + "' or give the right --db");
                }
                Xapian::Database shard(path);
                std::string layout = shard.get_metadata(schema::layout_key);
                if (layout != schema::layout_version) {
                    throw Error(path + ": not a baocao index of this version (layout '" + layout +
                                "'); run 'baocao ingest' into a new --db");
                }
                database.add_database(shard);
            });
        }
    }

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

    // Data of every document matching `query`, unranked.
    std::vector<nlohmann::json> all_data(const Xapian::Query& query) const {
        return store::guarded(names, [&] {
            Xapian::Enquire enquire(database);
            enquire.set_query(query);
            enquire.set_weighting_scheme(Xapian::BoolWeight());
            enquire.set_docid_order(Xapian::Enquire::ASCENDING);
            Xapian::MSet mset = enquire.get_mset(0, std::max(1u, database.get_doccount()));
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
        return store::guarded(names, [&] {
            Xapian::Enquire enquire(database);
            enquire.set_query(query);
            enquire.set_weighting_scheme(Xapian::BoolWeight());
            enquire.set_docid_order(Xapian::Enquire::ASCENDING);
            Xapian::MSet mset = enquire.get_mset(0, std::max(1u, database.get_doccount()));
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
        return store::guarded(names, [&] {
            return store::parse_data(database.get_document(docid).get_data(), names);
        });
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

    std::string names;
    store::Analyzer analyzer;
    Xapian::Database database;
};

// Shown as given when inside the current directory, else absolute.
static std::string display_path(const std::string& path) {
    std::error_code error;
    std::filesystem::path current = std::filesystem::current_path(error);
    if (error) {
        return path;
    }
    std::filesystem::path relative = std::filesystem::path(path).lexically_relative(current);
    if (relative.empty() || *relative.begin() == "..") {
        return path;
    }
    return relative.string();
}

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
    return store::guarded(impl.names, [&] {
        Xapian::Query user = query::parse_query(options.query, impl.analyzer);
        Xapian::Query query(Xapian::Query::OP_FILTER, user,
                            impl.filter_query(schema::type_paragraph, options.filter));
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

} // namespace baocao
