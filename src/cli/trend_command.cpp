// `baocao trend METRIC [--db DIR]... [--from-files PATH...] [--issuer TEXT]
// [--from YYYY-MM] [--to YYYY-MM] [--format table|csv|json] [--chart FILE.svg]`:
// month-over-month series of one reported figure, commune by commune, with
// consistency warnings (issue 5). METRIC is what the user types ("tong thu
// NS"); when it could mean several metrics the command lists them instead.
#include "cli/commands.h"
#include "cli/report_output.h"
#include "cli/source_options.h"

#include "baocao/pipeline.h"
#include "baocao/query.h"
#include "baocao/store.h"
#include "baocao/trend.h"

#include "util/utf8.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <set>

namespace baocao::cli {

namespace {

struct TrendCommandOptions {
    std::vector<std::string> words; // the metric as typed, possibly several shell words
    std::vector<std::string> databases;
    std::vector<std::string> files; // --from-files: read reports directly, no index
    std::string rows;               // --from-rows: figure rows as JSON lines ("-": stdin)
    std::string issuer;
    std::string from;
    std::string to;
    std::string format = "table";
    std::string chart;
    bool all = false;    // every metric, one JSON object per line (for exports and evaluation)
    bool timing = false; // time of each step on stderr (for the benchmark)
    bool with_reports = false; // --db: read every report to tell "not stated" from "no report"
};

std::optional<YearMonth> month_option(const std::string& value, const char* name) {
    if (value.empty()) {
        return std::nullopt;
    }
    std::optional<YearMonth> month = YearMonth::parse(value);
    if (!month) {
        throw Error(std::string(name) + " " + value + ": not a month; write YYYY-MM, e.g. 2023-11",
                    ExitCode::usage);
    }
    return month;
}

using Clock = std::chrono::steady_clock;

class Stopwatch {
public:
    explicit Stopwatch(bool on) : m_on(on), m_start(Clock::now()), m_lap(m_start) {}
    void lap(const char* what) {
        if (!m_on) {
            return;
        }
        auto now = Clock::now();
        std::cerr << "timing: " << what << " "
                  << std::chrono::duration<double, std::milli>(now - m_lap).count() << " ms\n";
        m_lap = now;
    }
    void total() {
        if (m_on) {
            std::cerr << "timing: total "
                      << std::chrono::duration<double, std::milli>(Clock::now() - m_start).count()
                      << " ms\n";
        }
    }

private:
    bool m_on;
    Clock::time_point m_start;
    Clock::time_point m_lap;
};

// ------------------------------------------------------------ table output

std::size_t width_of(const std::string& text) {
    return utf8::length(text);
}

std::string pad(const std::string& text, std::size_t width, bool right = false) {
    std::size_t have = width_of(text);
    std::string fill(have < width ? width - have : 0, ' ');
    return right ? fill + text : text + fill;
}

std::string shown_unit(const std::string& unit) {
    return unit == "percent" ? "%" : unit;
}

std::string signed_number(const std::optional<double>& value, int decimals) {
    if (!value) {
        return "";
    }
    std::string text = format_number_vi(*value, decimals);
    return *value > 0 ? "+" + text : text;
}

std::vector<std::optional<double>> values_of(const Series& series) {
    std::vector<std::optional<double>> out;
    for (const auto& point : series.points) {
        out.push_back(point.value);
    }
    return out;
}

// Issuer names without the words every one of them starts with ("UBND xã …"),
// so that several communes fit side by side.
std::vector<std::string> short_names(const std::vector<Series>& series) {
    std::vector<std::string> names;
    for (const auto& one : series) {
        names.push_back(one.issuer);
    }
    if (names.size() < 2) {
        return names;
    }
    std::size_t common = 0;
    for (;;) {
        std::size_t space = names.front().find(' ', common);
        if (space == std::string::npos) {
            break;
        }
        std::string prefix = names.front().substr(0, space + 1);
        bool shared = std::all_of(names.begin(), names.end(), [&](const std::string& name) {
            return name.size() > prefix.size() && name.compare(0, prefix.size(), prefix) == 0;
        });
        if (!shared) {
            break;
        }
        common = space + 1;
    }
    for (auto& name : names) {
        name = name.substr(common);
    }
    return names;
}

void print_header(const Trend& trend, std::ostream& out) {
    out << trend.name;
    if (!trend.unit.empty()) {
        out << " (" << shown_unit(trend.unit) << ")";
    }
    out << "  [" << trend.metric << "]\n";
}

// One issuer: every column, one row per month.
void print_one(const Series& series, std::ostream& out) {
    out << series.issuer << "  " << sparkline(values_of(series)) << "\n\n";
    std::vector<std::vector<std::string>> rows;
    rows.push_back({"month", "value", "unit", "change", "change %", "label", "source"});
    for (const auto& point : series.points) {
        std::string source = point.source;
        if (!point.section.empty()) {
            source += " §" + point.section;
        }
        if (!point.value) {
            rows.push_back({point.period.str(), "–", "", "", "",
                            point.reported ? "(not stated in the report)" : "(no report)", source});
            continue;
        }
        rows.push_back({point.period.str(), format_number_vi(*point.value, 4),
                        shown_unit(point.unit), signed_number(point.change, 4),
                        signed_number(point.change_pct, 1), point.label, source});
    }
    std::vector<std::size_t> widths(rows.front().size(), 0);
    for (const auto& row : rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            widths[i] = std::max(widths[i], width_of(row[i]));
        }
    }
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) {
            bool numeric = i == 1 || i == 3 || i == 4;
            line += (i == 0 ? "" : "  ") +
                    (i + 1 == row.size() ? row[i] : pad(row[i], widths[i], numeric));
        }
        out << line << "\n";
    }
}

// Several issuers side by side: one column each, one row per month.
void print_many(const Trend& trend, std::ostream& out) {
    std::vector<std::string> names = short_names(trend.series);
    std::set<int> months;
    for (const auto& series : trend.series) {
        for (const auto& point : series.points) {
            months.insert(point.period.index());
        }
    }
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> header{"month"};
    header.insert(header.end(), names.begin(), names.end());
    rows.push_back(header);
    for (int index : months) {
        YearMonth period{index / 12, index % 12 + 1};
        std::vector<std::string> row{period.str()};
        for (const auto& series : trend.series) {
            auto point = std::find_if(series.points.begin(), series.points.end(),
                                      [&](const SeriesPoint& p) { return p.period == period; });
            row.push_back(point != series.points.end() && point->value
                              ? format_number_vi(*point->value, 4)
                              : "–");
        }
        rows.push_back(std::move(row));
    }
    std::vector<std::size_t> widths(header.size(), 0);
    for (const auto& row : rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            widths[i] = std::max(widths[i], width_of(row[i]));
        }
    }
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) {
            line += (i == 0 ? "" : "  ") + pad(row[i], widths[i], i > 0);
        }
        out << line << "\n";
    }
    out << "\n";
    std::size_t name_width = 0;
    for (const auto& series : trend.series) {
        name_width = std::max(name_width, width_of(series.issuer));
    }
    for (const auto& series : trend.series) {
        out << pad(series.issuer, name_width) << "  " << sparkline(values_of(series)) << "\n";
    }
}

void print_table(const Trend& trend, std::ostream& out) {
    print_header(trend, out);
    out << "\n";
    if (trend.series.empty()) {
        out << "no values in this range\n";
    } else if (trend.series.size() == 1) {
        print_one(trend.series.front(), out);
    } else {
        print_many(trend, out);
    }
    if (!trend.warnings.empty()) {
        out << "\nWARNINGS (" << trend.warnings.size() << ")\n";
        for (const auto& warning : trend.warnings) {
            out << "  " << warning.period.str() << "  " << warning.issuer << "  "
                << warning_kind_name(warning.kind) << " [" << warning.metric
                << "]: " << warning.message << "\n";
        }
    }
}

// ------------------------------------------------------------------ run

void print_candidates(const MetricResolution& resolution, std::ostream& out) {
    if (resolution.candidates.empty()) {
        out << "baocao: no metric matches '" << resolution.typed
            << "'; run 'baocao metrics' to list them\n";
        return;
    }
    out << "baocao: '" << resolution.typed << "' matches " << resolution.candidates.size()
        << " metrics; did you mean one of these? (give its key)\n";
    std::size_t shown = 0;
    for (const auto& candidate : resolution.candidates) {
        if (++shown > 20) {
            out << "  … and " << resolution.candidates.size() - 20 << " more\n";
            break;
        }
        const MetricSummary& s = candidate.summary;
        out << "  " << s.metric << "  \"" << s.name << "\"  " << s.months
            << (s.months == 1 ? " month, " : " months, ") << s.communes
            << (s.communes == 1 ? " commune" : " communes");
        if (!s.unit.empty()) {
            out << ", " << shown_unit(s.unit);
        }
        out << "\n";
    }
}

// The rows a trend of `metric` needs: its own and those of the metrics its
// consistency checks compare it with.
std::vector<std::string> metrics_for(const std::string& metric, const ConsistencyRules& rules) {
    std::vector<std::string> out{metric};
    for (const auto& other : rules.related(metric)) {
        out.push_back(other);
    }
    return out;
}

void write_output(const Trend& trend, const TrendCommandOptions& options) {
    if (options.format == "json") {
        std::cout << trend_to_json(trend) << "\n";
    } else if (options.format == "csv") {
        std::cout << trend_to_csv(trend);
    } else {
        print_table(trend, std::cout);
    }
    if (!options.chart.empty()) {
        std::ofstream file(options.chart, std::ios::binary);
        file << render_svg_chart(trend);
        file.close();
        if (!file) {
            throw Error(options.chart + ": cannot write the chart; check the folder exists and "
                                        "is writable",
                        ExitCode::input_failed);
        }
        std::cerr << "chart: " << options.chart << "\n";
    }
}

int run(const TrendCommandOptions& options, const GlobalOptions& global) {
    Stopwatch watch(options.timing);
    Context context = Context::load(global.dictionaries);
    MetricVocabulary vocabulary(context.dictionaries, context.normalizer);
    ConsistencyRules rules = ConsistencyRules::load(context.dictionaries);
    TrendOptions trend_options;
    trend_options.from = month_option(options.from, "--from");
    trend_options.to = month_option(options.to, "--to");
    std::string typed;
    for (const auto& word : options.words) {
        typed += (typed.empty() ? "" : " ") + word;
    }
    if (typed.empty() && !options.all) {
        throw Error("no metric given; name one (e.g. \"tong thu ngan sach\") or run "
                    "'baocao metrics' to list them",
                    ExitCode::usage);
    }
    watch.lap("setup");

    int result = 0;
    TrendData data;
    std::string metric;
    if (!options.rows.empty()) {
        if (options.rows == "-") {
            data = rows_from_json_lines(std::cin, "stdin");
        } else {
            std::ifstream in(options.rows, std::ios::binary);
            if (!in) {
                throw Error(options.rows + ": cannot open; check the path", ExitCode::input_failed);
            }
            data = rows_from_json_lines(in, options.rows);
        }
        data = select_rows(data, context.normalizer, options.issuer, trend_options.from,
                           trend_options.to);
        watch.lap("read rows");
    } else if (!options.files.empty()) {
        Diagnostics diagnostics;
        bool failed = false;
        data = rows_from_files(options.files, context, diagnostics, failed);
        print_diagnostics(diagnostics, std::cerr);
        result = failed ? static_cast<int>(ExitCode::input_failed) : 0;
        data = select_rows(data, context.normalizer, options.issuer, trend_options.from,
                           trend_options.to);
        watch.lap("read files");
    } else {
        Index index = Index::open(options.databases, context);
        RecordFilter filter;
        filter.issuer = options.issuer;
        filter.from = trend_options.from;
        filter.to = trend_options.to;
        // Most of the time the words name a key or a metrics.tsv variant:
        // ask the index for that metric alone before reading every figure.
        if (!options.all) {
            for (const auto& key : vocabulary.direct_keys(typed)) {
                data =
                    rows_from_index(index, metrics_for(key, rules), filter, options.with_reports);
                if (std::any_of(data.figures.begin(), data.figures.end(),
                                [&](const FigureRow& row) {
                                    return row.metric == key && row.part != "plan";
                                })) {
                    metric = key;
                    break;
                }
            }
        }
        if (metric.empty()) {
            data = rows_from_index(index, {}, filter, options.with_reports);
        }
        watch.lap("read index");
    }

    // The catalogue is needed to list every metric or to resolve words
    // that name no key directly; a metric found by its key skips it.
    std::vector<MetricSummary> known;
    if (options.all || metric.empty()) {
        known = summarize_metrics(data, vocabulary);
    }
    if (options.all) {
        for (const auto& summary : known) {
            Trend trend = build_trend(data, summary.metric, rules, trend_options, summary.name);
            std::cout << trend_to_json(trend) << "\n";
        }
        watch.lap("trends");
        watch.total();
        return result;
    }
    if (metric.empty()) {
        MetricResolution resolution = vocabulary.resolve(typed, known);
        const MetricCandidate* chosen = resolution.chosen();
        if (chosen == nullptr) {
            print_candidates(resolution, std::cerr);
            return static_cast<int>(ExitCode::usage);
        }
        metric = chosen->summary.metric;
    }
    watch.lap("resolve");
    std::string name = metric;
    if (known.empty()) {
        TrendData own;
        std::copy_if(data.figures.begin(), data.figures.end(), std::back_inserter(own.figures),
                     [&](const FigureRow& row) { return row.metric == metric; });
        known = summarize_metrics(own, vocabulary);
    }
    for (const auto& summary : known) {
        if (summary.metric == metric) {
            name = summary.name;
        }
    }
    Trend trend = build_trend(data, metric, rules, trend_options, name);
    watch.lap("trend");
    write_output(trend, options);
    watch.lap("output");
    watch.total();
    return result;
}

} // namespace

void add_trend_command(CLI::App& app, GlobalOptions& global) {
    auto options = std::make_shared<TrendCommandOptions>();
    CLI::App* command = app.add_subcommand(
        "trend", "Month-over-month series of one reported figure, commune by commune, with "
                 "consistency warnings (running totals, balances, tenfold jumps).");
    command->add_option("metric", options->words,
                        "The figure: its key or words of its label, with or without diacritics "
                        "or abbreviations (\"tong thu NS\", \"hộ nghèo\")");
    add_source_options(*command, options->databases, options->files);
    command
        ->add_option("--from-rows", options->rows,
                     "Read figure rows from a JSON-lines file (\"-\": stdin) instead: "
                     "{\"issuer\",\"period\",\"metric\",\"value\",\"unit\",\"label\",…}")
        ->excludes("--db")
        ->excludes("--from-files");
    command->add_option("--issuer", options->issuer, "Words of the issuer, e.g. \"Lai Cach\"");
    command->add_option("--from", options->from, "First month, YYYY-MM");
    command->add_option("--to", options->to, "Last month, YYYY-MM");
    command->add_option("--format", options->format, "table (with sparklines), csv or json")
        ->check(CLI::IsMember({"table", "csv", "json"}));
    command->add_option("--chart", options->chart, "Also write an SVG line chart to this file");
    command->add_flag("--all", options->all,
                      "Every metric instead of one, one JSON object per line");
    command->add_flag("--with-reports", options->with_reports,
                      "--db: also read every report, so that a month whose report does not state "
                      "the figure says so (slower)");
    command->add_flag("--timing", options->timing, "Print the time of each step on stderr");
    command->callback([options, &global] { global.result = run(*options, global); });
}

} // namespace baocao::cli
