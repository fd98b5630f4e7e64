// `baocao search QUERY [--db DIR]... [filters] [--limit N] [--json]`:
// paragraphs that match, best first, with where they come from and the
// matched words highlighted (bold on a terminal, «…» otherwise).
#include "cli/commands.h"

#include "baocao/query.h"
#include "baocao/store.h"
#include "query/month_range.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <iomanip>
#include <iostream>
#include <memory>

#include <unistd.h>

namespace baocao::cli {

namespace {

struct SearchCommandOptions {
    std::vector<std::string> words;
    std::vector<std::string> databases;
    std::string from;
    std::string to;
    std::string issuer;
    std::string part;
    std::string section;
    std::size_t limit = 10;
    bool json = false;
};

std::string marked(const SearchHit& hit, const std::string& open, const std::string& close) {
    std::string out;
    std::size_t at = 0;
    for (const auto& [begin, end] : hit.highlights) {
        out.append(hit.snippet, at, begin - at);
        out += open;
        out.append(hit.snippet, begin, end - begin);
        out += close;
        at = end;
    }
    out.append(hit.snippet, at, std::string::npos);
    return out;
}

std::optional<YearMonth> month_option(const std::string& value, const char* name, bool end) {
    if (value.empty()) {
        return std::nullopt;
    }
    std::optional<YearMonth> month = query::parse_month(value, end);
    if (!month) {
        throw Error(std::string(name) + " " + value + ": not a month; write YYYY-MM, e.g. 2023-11",
                    ExitCode::usage);
    }
    return month;
}

int run(const SearchCommandOptions& options, const GlobalOptions& global) {
    Context context = Context::load(global.dictionaries);
    Index index = Index::open(options.databases, context);
    SearchOptions search;
    for (const auto& word : options.words) {
        search.query += search.query.empty() ? word : " " + word;
    }
    search.filter.from = month_option(options.from, "--from", false);
    search.filter.to = month_option(options.to, "--to", true);
    search.filter.issuer = options.issuer;
    search.filter.part = options.part;
    search.filter.section = options.section;
    search.limit = options.limit;
    auto started = std::chrono::steady_clock::now();
    SearchResults results = index.search(search);
    double milliseconds =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
            .count();

    if (options.json) {
        nlohmann::json hits = nlohmann::json::array();
        for (const auto& hit : results.hits) {
            hits.push_back({{"issuer", hit.origin.issuer},
                            {"period", hit.origin.period.str()},
                            {"part", hit.part},
                            {"section", hit.section},
                            {"section_title", hit.section_title},
                            {"text", hit.text},
                            {"snippet", marked(hit, "«", "»")},
                            {"score", hit.score},
                            {"source", hit.origin.source},
                            {"page", hit.page}});
        }
        nlohmann::json out = {{"query", results.query}, {"total", results.total}, {"hits", hits}};
        std::cout << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        return 0;
    }
    bool terminal = isatty(STDOUT_FILENO) != 0;
    std::string open = terminal ? "\x1b[1;33m" : "«";
    std::string close = terminal ? "\x1b[0m" : "»";
    std::string dim = terminal ? "\x1b[2m" : "";
    std::string plain = terminal ? "\x1b[0m" : "";
    std::size_t rank = 0;
    for (const auto& hit : results.hits) {
        ++rank;
        std::cout << rank << ". " << (hit.origin.issuer.empty() ? "?" : hit.origin.issuer) << " · "
                  << (hit.origin.period.valid() ? hit.origin.period.str() : "?") << " · "
                  << hit.part;
        if (!hit.section.empty() || !hit.section_title.empty()) {
            std::cout << " · " << hit.section << (hit.section.empty() ? "" : " ")
                      << hit.section_title;
        }
        std::cout << "\n   " << marked(hit, open, close) << "\n   " << dim << hit.origin.source
                  << ":p" << hit.page << "  score " << std::fixed << std::setprecision(2)
                  << hit.score << plain << "\n";
    }
    std::cout << results.hits.size() << " of about " << results.total << " paragraphs ("
              << std::fixed << std::setprecision(1) << milliseconds << " ms)\n";
    return 0;
}

} // namespace

void add_search_command(CLI::App& app, GlobalOptions& global) {
    auto options = std::make_shared<SearchCommandOptions>();
    CLI::App* command = app.add_subcommand(
        "search", "Search the paragraphs of the ingested reports (with or without diacritics, "
                  "abbreviations either way, \"phrases\", AND/OR/NOT, thang:/so:/muc:/phan:).");
    command->add_option("query", options->words, "Query words")->required();
    command->add_option("--db", options->databases,
                        "Index directory or Xapian stub file; repeat to search several "
                        "(default: $BAOCAO_DB, else .baocao/db)");
    command->add_option("--from", options->from, "First report month, YYYY-MM");
    command->add_option("--to", options->to, "Last report month, YYYY-MM");
    command->add_option("--issuer", options->issuer, "Words of the issuer, e.g. \"Lai Cach\"");
    command->add_option("--part", options->part, "results (month N) or plan (month N+1)")
        ->check(CLI::IsMember({"results", "plan"}));
    command->add_option("--section", options->section, "Section number, e.g. 3 or 3.1");
    command->add_option("--limit,-n", options->limit, "Hits to show")
        ->check(CLI::Range(std::size_t{1}, std::size_t{10000}))
        ->capture_default_str();
    command->add_flag("--json", options->json,
                      "{\"query\",\"total\",\"hits\":[{issuer,period,part,section,...}]}");
    command->footer("Examples:\n  baocao search kham so tuyen\n  baocao search NVQS "
                    "thang:2023-11..2023-12\n  baocao search so:76/TB-UBND\n"
                    "  baocao search '\"văn hóa\" NOT thể thao' --part results");
    command->callback([options, &global] { global.result = run(*options, global); });
}

} // namespace baocao::cli
