// Rows for the trend functions: flattened figures of processed reports, and
// the selection by issuer words and months that the index would otherwise do.
#include "baocao/trend.h"

#include <algorithm>
#include <unordered_set>

namespace baocao {

void append_rows(const Report& report, const Findings& findings, TrendData& data) {
    // The same content under two file names is one report (as in the index).
    for (const auto& known : data.reports) {
        if (!report.sha256.empty() && known.report == report.sha256) {
            return;
        }
    }
    data.reports.push_back(
        ReportRow{report.sha256, report.issuer, report.period, report.kind, report.source});
    for (const auto& figure : findings.figures) {
        FigureRow row;
        row.issuer = report.issuer;
        row.period = report.period;
        row.metric = figure.metric;
        row.label = figure.label;
        row.value = figure.value;
        row.unit = figure.unit;
        row.part = figure.part;
        row.section = figure.section;
        row.source = report.source;
        row.report = report.sha256;
        data.figures.push_back(std::move(row));
    }
}

namespace {

std::vector<std::string> folded_words(const Normalizer& normalizer, std::string_view text) {
    std::vector<std::string> out;
    for (const auto& token : normalizer.tokenize(text)) {
        out.push_back(normalizer.fold(token.text));
    }
    return out;
}

} // namespace

TrendData select_rows(const TrendData& data, const Normalizer& normalizer,
                      std::string_view issuer_words, std::optional<YearMonth> from,
                      std::optional<YearMonth> to) {
    const std::vector<std::string> wanted = folded_words(normalizer, issuer_words);
    // Issuers are few and rows many: decide once per distinct issuer.
    std::unordered_set<std::string> accepted;
    std::unordered_set<std::string> rejected;
    auto issuer_ok = [&](const std::string& issuer) {
        if (wanted.empty() || accepted.count(issuer) != 0) {
            return true;
        }
        if (rejected.count(issuer) != 0) {
            return false;
        }
        const std::vector<std::string> have = folded_words(normalizer, issuer);
        bool ok = std::all_of(wanted.begin(), wanted.end(), [&](const std::string& word) {
            return std::find(have.begin(), have.end(), word) != have.end();
        });
        (ok ? accepted : rejected).insert(issuer);
        return ok;
    };
    auto period_ok = [&](const YearMonth& period) {
        return (!from || *from <= period) && (!to || period <= *to);
    };

    TrendData out;
    for (const auto& report : data.reports) {
        if (period_ok(report.period) && issuer_ok(report.issuer)) {
            out.reports.push_back(report);
        }
    }
    for (const auto& row : data.figures) {
        if (period_ok(row.period) && issuer_ok(row.issuer)) {
            out.figures.push_back(row);
        }
    }
    return out;
}

} // namespace baocao
