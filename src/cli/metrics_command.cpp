// `baocao metrics [--db DIR]... [--from-files PATH...] [--json]`: the figures
// the reports state month after month: key, name, unit, how many months and
// communes, first and last month (issue 5). The list `baocao trend` picks from.
#include "cli/commands.h"
#include "cli/report_output.h"
#include "cli/source_options.h"

#include "baocao/pipeline.h"
#include "baocao/query.h"
#include "baocao/store.h"
#include "baocao/trend.h"

#include "util/utf8.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <iostream>
#include <memory>

namespace baocao::cli {

namespace {

struct MetricsCommandOptions {
    std::vector<std::string> databases;
    std::vector<std::string> files;
    bool json = false;
};

std::string pad(const std::string& text, std::size_t width, bool right = false) {
    std::size_t have = utf8::length(text);
    std::string fill(have < width ? width - have : 0, ' ');
    return right ? fill + text : text + fill;
}

int run(const MetricsCommandOptions& options, const GlobalOptions& global) {
    Context context = Context::load(global.dictionaries);
    MetricVocabulary vocabulary(context.dictionaries, context.normalizer);
    int result = 0;
    TrendData data;
    if (!options.files.empty()) {
        Diagnostics diagnostics;
        bool failed = false;
        data = rows_from_files(options.files, context, diagnostics, failed);
        print_diagnostics(diagnostics, std::cerr);
        result = failed ? static_cast<int>(ExitCode::input_failed) : 0;
    } else {
        Index index = Index::open(options.databases, context);
        data = rows_from_index(index, {}, RecordFilter{}, false);
    }
    std::vector<MetricSummary> metrics = summarize_metrics(data, vocabulary);
    // The figures stated most often first: those are the series worth a trend.
    std::stable_sort(
        metrics.begin(), metrics.end(),
        [](const MetricSummary& a, const MetricSummary& b) { return a.values > b.values; });

    if (options.json) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& m : metrics) {
            out.push_back(
                {{"metric", m.metric},
                 {"name", m.name},
                 {"unit", m.unit.empty() ? nlohmann::json(nullptr) : nlohmann::json(m.unit)},
                 {"months", m.months},
                 {"communes", m.communes},
                 {"values", m.values},
                 {"first", m.first.str()},
                 {"last", m.last.str()}});
        }
        std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        return result;
    }
    std::vector<std::vector<std::string>> rows;
    rows.push_back({"metric", "unit", "months", "communes", "first", "last", "name"});
    for (const auto& m : metrics) {
        rows.push_back({m.metric, m.unit == "percent" ? "%" : m.unit, std::to_string(m.months),
                        std::to_string(m.communes), m.first.str(), m.last.str(), m.name});
    }
    std::vector<std::size_t> widths(rows.front().size(), 0);
    for (const auto& row : rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            widths[i] = std::max(widths[i], utf8::length(row[i]));
        }
    }
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) {
            line += (i == 0 ? "" : "  ") +
                    (i + 1 == row.size() ? row[i] : pad(row[i], widths[i], i == 2 || i == 3));
        }
        std::cout << line << "\n";
    }
    std::cout << metrics.size() << " metrics\n";
    return result;
}

} // namespace

void add_metrics_command(CLI::App& app, GlobalOptions& global) {
    auto options = std::make_shared<MetricsCommandOptions>();
    CLI::App* command = app.add_subcommand(
        "metrics", "List the figures the reports state (key, unit, months, communes, first and "
                   "last month): what 'baocao trend' can show.");
    add_source_options(*command, options->databases, options->files);
    command->add_flag("--json", options->json, "One JSON array of metrics");
    command->callback([options, &global] { global.result = run(*options, global); });
}

} // namespace baocao::cli
