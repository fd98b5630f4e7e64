// trend: month-over-month series of one reported figure, commune by commune,
// with the consistency checks a clerk would otherwise do by hand (issue 5).
//
// Pure functions over plain records: the rows come from the index
// (Index::figures) or straight from processed reports (append_rows), and
// nothing here needs either. Typical use:
//
//   baocao::TrendData data;                       // rows of many reports
//   baocao::append_rows(file.report, file.findings, data);
//   baocao::MetricVocabulary vocabulary(context.dictionaries, context.normalizer);
//   auto known = baocao::summarize_metrics(data, vocabulary);
//   auto resolution = vocabulary.resolve("tong thu NS", known);
//   baocao::ConsistencyRules rules = baocao::ConsistencyRules::load(context.dictionaries);
//   baocao::Trend trend = baocao::build_trend(data, resolution.chosen()->metric, rules, {});
//   std::string svg = baocao::render_svg_chart(trend);
#pragma once

#include "baocao/dictionaries.h"
#include "baocao/document.h"
#include "baocao/normalize.h"

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace baocao {

struct Context;
class Index;
struct RecordFilter;

// ------------------------------------------------------------------ rows

// One figure of one report, flattened with where it came from.
struct FigureRow {
    std::string issuer;
    YearMonth period;
    std::string metric;
    std::string label; // as written ("Tổng thu ngân sách tháng 11/2023")
    double value = 0;
    std::string unit;
    std::string part;    // "results", "plan", …: plan-part figures are targets, not results
    std::string section; // section number
    std::string source;  // file the report was read from
    std::string report;  // SHA-256 of the report; the rows of one report share it
};

// One report: tells a month that has a report without the figure ("not
// stated") from a month without any report.
struct ReportRow {
    std::string report; // SHA-256
    std::string issuer;
    YearMonth period;
    ReportKind kind = ReportKind::unknown;
    std::string source;
};

struct TrendData {
    std::vector<ReportRow> reports; // may be empty: then every figure's month counts as reported
    std::vector<FigureRow> figures; // any order
};

// Appends the report and its figures. A report whose SHA-256 is already in
// `data` (the same content under two file names) is not added twice.
void append_rows(const Report& report, const Findings& findings, TrendData& data);

// The rows whose issuer contains every word of `issuer_words` (compared
// folded: "lai cach" finds "UBND thị trấn Lai Cách") and whose period lies in
// [from, to]. Empty words and absent bounds do not filter.
TrendData select_rows(const TrendData& data, const Normalizer& normalizer,
                      std::string_view issuer_words, std::optional<YearMonth> from,
                      std::optional<YearMonth> to);

// Every report among `paths` (files and folders) run through the pipeline.
// Unreadable inputs and reports without a month are added to `diagnostics`;
// `some_failed` says whether any input could not be read.
TrendData rows_from_files(const std::vector<std::string>& paths, const Context& context,
                          Diagnostics& diagnostics, bool& some_failed);

// The figure records of `metrics` (all figures when empty) passing `filter`,
// and with `with_reports` the reports of their issuers. Reading every report
// record costs more than the figures of one metric (about 0.2 s for 1,200
// reports), so a quick trend goes without: then a month counts as reported
// when any figure read is from it. Throws baocao::Error as Index does.
TrendData rows_from_index(const Index& index, const std::vector<std::string>& metrics,
                          const RecordFilter& filter, bool with_reports);

// Rows from JSON lines, one figure per line: {"issuer","period" (YYYY-MM),
// "metric","value"} and optionally "label","unit","part","section","source",
// "report" (an id shared by the rows of one report; default: source) and
// "kind" (monthly, quarterly, …). For figures kept outside baocao and for
// measuring the trend functions alone. Throws baocao::Error
// ("name:line: what; what to do") on a malformed line.
TrendData rows_from_json_lines(std::istream& in, const std::string& name);

// --------------------------------------------------------------- metrics

// What is known about one metric across the rows (plan-part targets left out).
struct MetricSummary {
    std::string metric;
    std::string name;                // display name (see MetricVocabulary::display_name)
    std::string unit;                // the most frequent unit
    std::size_t months = 0;          // distinct report months with a value
    std::size_t communes = 0;        // distinct issuers with a value
    std::size_t values = 0;          // (issuer, month) pairs with a value
    YearMonth first;                 // earliest month with a value
    YearMonth last;                  // latest
    std::vector<std::string> labels; // distinct labels as written, most frequent first
};

class MetricVocabulary;

// One summary per metric, sorted by metric key.
std::vector<MetricSummary> summarize_metrics(const TrendData& data,
                                             const MetricVocabulary& vocabulary);

// One metric that what the user typed may mean.
struct MetricCandidate {
    enum class Match {
        key,     // the typed words are the metric key ("tong_thu_ngan_sach", "hộ nghèo")
        variant, // …a label variant of dictionaries/metrics.tsv ("tong thu NS")
        phrase,  // …a run of words of a label or variant ("thu ngân sách")
        words,   // every typed word appears somewhere in the key, labels or variants
    };
    Match match = Match::words;
    MetricSummary summary;
};

struct MetricResolution {
    std::string typed;
    std::vector<MetricCandidate> candidates; // best first

    // The one metric meant, or null when none matches or several do equally
    // (then `candidates` is the "did you mean" list).
    const MetricCandidate* chosen() const;
};

// Names of metrics: the label variants of dictionaries/metrics.tsv and the
// abbreviations of dictionaries/abbreviations.tsv (when present), compared
// folded (no diacritics, đ → d, lower case) on both sides.
class MetricVocabulary {
public:
    MetricVocabulary(const Dictionaries& dictionaries, const Normalizer& normalizer);

    // The first metrics.tsv variant of the metric, else its most frequent
    // label (shortest on ties), else the key.
    std::string display_name(const std::string& metric,
                             const std::vector<std::string>& labels) const;

    MetricResolution resolve(std::string_view typed, const std::vector<MetricSummary>& known) const;

    // The metric keys `typed` names without looking at any data, most likely
    // first: its words as a key ("hộ nghèo" → "ho_ngheo"), the metric of a
    // metrics.tsv variant it equals, its words with abbreviations expanded.
    // Lets a source holding many figures be asked for one metric at once.
    std::vector<std::string> direct_keys(std::string_view typed) const;

    // Folded words of a text, abbreviations left as written: "Tổng thu NS" →
    // {"tong","thu","ns"}. Numbers are dropped; "_" separates words.
    std::vector<std::string> words(std::string_view text) const;
    // The same words with each known abbreviation replaced by its long form:
    // {"tong","thu","ngan","sach","nha","nuoc"} for "Tổng thu NSNN".
    std::vector<std::string> expanded_words(std::string_view text) const;

private:
    struct Variant {
        std::string metric;
        std::string text;
        std::vector<std::string> words;
        std::vector<std::string> expanded;
    };
    const Normalizer& m_normalizer;
    std::vector<Variant> m_variants;
    std::vector<std::pair<std::string, std::vector<std::string>>>
        m_abbreviations; // folded short → long words
};

// ----------------------------------------------------------- consistency

// Relations between metrics, from dictionaries/consistency.tsv.
struct ConsistencyRules {
    struct Cumulative {
        std::string total;   // "luy_ke_thu_ngan_sach": running total since January
        std::string monthly; // "tong_thu_ngan_sach": this month's figure; empty when not stated
    };
    struct Balance {
        std::string balance; // "du_chuyen_sang_thang_sau" = plus − minus
        std::string plus;    // "luy_ke_thu_ngan_sach"
        std::string minus;   // "luy_ke_chi_ngan_sach"
    };
    std::vector<Cumulative> cumulatives;
    std::vector<Balance> balances;
    double jump_factor = 10; // a value more than this many times the previous one (or less
                             // than its 1/jump_factor), at most three months before, is a jump

    // Empty rules when the table is absent; throws baocao::Error for a bad row.
    static ConsistencyRules load(const Dictionaries& dictionaries);

    // The metrics a check of `metric` needs besides itself.
    std::vector<std::string> related(const std::string& metric) const;
    bool is_cumulative(const std::string& metric) const;
    // A running total, or a balance of two: expected to drop in January.
    bool restarts_in_january(const std::string& metric) const;
};

enum class WarningKind {
    cumulative_mismatch, // running total ≠ previous total + this month (≠ this month in
                         // January), or a running total that falls inside a year
    reset,               // a running total restarted at this month's figure inside a year
    balance,             // plus − minus ≠ balance, all three stated in one report
    jump,                // more than jump_factor times the previous value, or less than 1/…
    duplicate,           // two different values for one metric in one month
    unit,                // a value in another unit than the series'
};
const char* warning_kind_name(WarningKind kind);

struct TrendWarning {
    WarningKind kind = WarningKind::jump;
    std::string issuer;
    YearMonth period;
    std::string metric;               // the figure the warning is about
    std::vector<std::string> related; // the other metrics of the check
    std::string source;               // report file of `period`
    std::string message;              // "what is wrong; the numbers"
};

// The checks over every metric of `data`, or only those that involve
// `metric` when it is not empty. Sorted by issuer, period, metric.
std::vector<TrendWarning> check_consistency(const TrendData& data, const ConsistencyRules& rules,
                                            const std::string& metric = {});

// ----------------------------------------------------------------- trend

struct SeriesPoint {
    YearMonth period;
    std::optional<double> value; // absent: a gap (no report, or the report does not state it)
    bool reported = false;       // a report exists for this month
    std::string unit;
    std::optional<double> change;     // against the previous calendar month, when both have a value
    std::optional<double> change_pct; // change / |previous| × 100; absent when previous is 0
    std::string label;
    std::string source;  // report file (also set for a report that does not state the figure)
    std::string section; // section number
};

struct Series {
    std::string issuer;
    std::vector<SeriesPoint> points; // every calendar month of the range, ascending
};

struct TrendOptions {
    // The months shown. Absent: each series runs from its first to its last value.
    std::optional<YearMonth> from;
    std::optional<YearMonth> to;
};

struct Trend {
    std::string metric;
    std::string name;           // display name
    std::string unit;           // the most frequent unit of the values
    std::vector<Series> series; // sorted by issuer
    std::vector<TrendWarning> warnings;
};

// The series of `metric` per issuer. Plan-part figures (targets) are left
// out. When one month has several values, the one from a monthly report and
// then the first in the report wins, and differing values are a `duplicate`
// warning. Warnings are those of check_consistency that involve `metric`.
Trend build_trend(const TrendData& data, const std::string& metric, const ConsistencyRules& rules,
                  const TrendOptions& options, const std::string& name = {});

// ---------------------------------------------------------------- output

// Vietnamese number format: "1.327.732.848", "0,74", "-8.505,3". At most
// `max_decimals` decimals, trailing zeros dropped.
std::string format_number_vi(double value, int max_decimals = 2);

// ▁▂▃▄▅▆▇█ per value between the series' minimum and maximum; a gap is a space.
std::string sparkline(const std::vector<std::optional<double>>& values);

struct ChartOptions {
    int width = 960;
    int height = 540;
};

// A standalone SVG line chart: one line per issuer (broken at gaps), month
// labels, axis ticks in Vietnamese number format, a title with the metric and
// unit, a legend. Generic font families only; valid XML.
std::string render_svg_chart(const Trend& trend, const ChartOptions& options = {});

// JSON {"metric","name","unit","series":[…],"warnings":[…]}, one object per
// issuer and month (gaps with "value": null).
std::string trend_to_json(const Trend& trend);
// The same rows as CSV (RFC 4180, plain numbers with "." decimals).
std::string trend_to_csv(const Trend& trend);

} // namespace baocao
