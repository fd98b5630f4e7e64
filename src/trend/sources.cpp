// Where trend rows come from: report files run through the whole pipeline
// (no index needed), or the figure records of the index.
#include "baocao/error.h"
#include "baocao/ingest.h"
#include "baocao/pipeline.h"
#include "baocao/query.h"
#include "baocao/trend.h"

#include "util/display_path.h"

#include <nlohmann/json.hpp>

#include <istream>
#include <map>
#include <set>

namespace baocao {

TrendData rows_from_files(const std::vector<std::string>& paths, const Context& context,
                          Diagnostics& diagnostics, bool& some_failed) {
    TrendData data;
    some_failed = false;
    const std::size_t before = diagnostics.size();
    std::vector<std::string> files = collect_inputs(paths, diagnostics);
    some_failed = diagnostics.size() > before;
    for (const auto& path : files) {
        ProcessedFile file = process_file(path, context, Stage::extract);
        if (file.failed) {
            some_failed = true;
            for (const auto& diagnostic : file.diagnostics()) {
                diagnostics.push_back(diagnostic);
            }
            continue;
        }
        if (!file.report.period.valid()) {
            // A report without a month cannot be placed in a series.
            diagnostics.push_back(Diagnostic{Severity::warning, path, 0,
                                             "no report month found; left out of the trend "
                                             "(check the title with 'baocao inspect')"});
            continue;
        }
        append_rows(file.report, file.findings, data);
    }
    return data;
}

TrendData rows_from_index(const Index& index, const std::vector<std::string>& metrics,
                          const RecordFilter& filter, bool with_reports) {
    TrendData data;
    auto add = [&](const RecordFilter& one) {
        std::vector<FigureRecord> records = index.figures(one);
        data.figures.reserve(data.figures.size() + records.size());
        for (auto& record : records) {
            FigureRow row;
            row.issuer = std::move(record.origin.issuer);
            row.period = record.origin.period;
            row.metric = std::move(record.figure.metric);
            row.label = std::move(record.figure.label);
            row.value = record.figure.value;
            row.unit = std::move(record.figure.unit);
            row.part = std::move(record.figure.part);
            row.section = std::move(record.figure.section);
            row.source = display_path(record.origin.source);
            row.report = std::move(record.origin.report);
            data.figures.push_back(std::move(row));
        }
    };
    if (metrics.empty()) {
        add(filter);
    }
    for (const auto& metric : metrics) {
        RecordFilter one = filter;
        one.metric = metric;
        add(one);
    }

    if (!with_reports) {
        return data;
    }
    // Reports tell "not stated" from "no report"; only those of the issuers
    // and months at hand matter.
    std::set<std::string> issuers;
    for (const auto& row : data.figures) {
        issuers.insert(row.issuer);
    }
    for (auto& record : index.reports()) {
        if (issuers.count(record.issuer) == 0 || (filter.from && record.period < *filter.from) ||
            (filter.to && *filter.to < record.period)) {
            continue;
        }
        data.reports.push_back(ReportRow{
            record.sha256, record.issuer, record.period, record.kind,
            record.sources.empty() ? std::string() : display_path(record.sources.front())});
    }
    return data;
}

TrendData rows_from_json_lines(std::istream& in, const std::string& name) {
    TrendData data;
    std::map<std::string, std::size_t> reports; // report id → index in data.reports
    std::string line;
    std::size_t number = 0;
    auto text = [](const nlohmann::json& object, const char* key) {
        auto found = object.find(key);
        return found == object.end() || found->is_null() ? std::string()
                                                         : found->get<std::string>();
    };
    while (std::getline(in, line)) {
        ++number;
        if (line.find_first_not_of(" \t\r") == std::string::npos) {
            continue;
        }
        const std::string where = name + ":" + std::to_string(number) + ": ";
        try {
            nlohmann::json object = nlohmann::json::parse(line);
            FigureRow row;
            row.issuer = text(object, "issuer");
            std::optional<YearMonth> period = YearMonth::parse(text(object, "period"));
            if (!period) {
                throw Error(where + "no \"period\" (YYYY-MM); give each row its report month",
                            ExitCode::input_failed);
            }
            row.period = *period;
            row.metric = text(object, "metric");
            if (row.metric.empty() || !object.contains("value") || !object["value"].is_number()) {
                throw Error(where + "a row needs \"metric\" and a numeric \"value\"",
                            ExitCode::input_failed);
            }
            row.value = object["value"].get<double>();
            row.label = text(object, "label");
            row.unit = text(object, "unit");
            row.part = text(object, "part");
            row.section = text(object, "section");
            row.source = text(object, "source");
            row.report = text(object, "report");
            if (row.report.empty()) {
                row.report = row.source.empty() ? row.issuer + "@" + row.period.str() : row.source;
            }
            if (reports.count(row.report) == 0) {
                ReportKind kind = ReportKind::unknown;
                const std::string kind_name = text(object, "kind");
                for (ReportKind k :
                     {ReportKind::monthly, ReportKind::quarterly, ReportKind::six_month,
                      ReportKind::nine_month, ReportKind::annual}) {
                    if (kind_name == report_kind_name(k)) {
                        kind = k;
                    }
                }
                reports.emplace(row.report, data.reports.size());
                data.reports.push_back(
                    ReportRow{row.report, row.issuer, row.period, kind, row.source});
            }
            data.figures.push_back(std::move(row));
        } catch (const nlohmann::json::exception& e) {
            throw Error(where + "not a JSON object (" + e.what() + "); write one row per line",
                        ExitCode::input_failed);
        }
    }
    return data;
}

} // namespace baocao
