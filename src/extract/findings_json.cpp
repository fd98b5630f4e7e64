#include "extract/findings_json.h"

#include "segment/report_json.h"

#include <cmath>
#include <cstdint>

namespace baocao {

namespace {

nlohmann::json date_json(const std::optional<Date>& date) {
    return date ? nlohmann::json(date->str()) : nlohmann::json(nullptr);
}

nlohmann::json string_or_null(const std::string& text) {
    return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text);
}

// Whole numbers print as integers ("1327732848", not "1.327732848e9").
nlohmann::json number_json(double value) {
    if (std::fabs(value) < 9e15 && std::floor(value) == value) {
        return nlohmann::json(static_cast<std::int64_t>(value));
    }
    return nlohmann::json(value);
}

} // namespace

nlohmann::json findings_to_json(const Report& report, const Findings& findings,
                                const Diagnostics& diagnostics) {
    nlohmann::json sections = nlohmann::json::array();
    for (const auto& section : report.sections) {
        sections.push_back(
            {{"part", section.part}, {"number", section.number}, {"title", section.title}});
    }
    nlohmann::json figures = nlohmann::json::array();
    for (const auto& f : findings.figures) {
        figures.push_back({{"part", f.part},
                           {"section", f.section},
                           {"label", f.label},
                           {"metric", f.metric},
                           {"value", number_json(f.value)},
                           {"unit", string_or_null(f.unit)},
                           {"of", f.of ? number_json(*f.of) : nlohmann::json(nullptr)},
                           {"raw", f.raw},
                           {"paragraph", f.paragraph},
                           {"span", {f.begin, f.end}}});
    }
    nlohmann::json references = nlohmann::json::array();
    for (const auto& r : findings.references) {
        references.push_back({{"kind", r.kind},
                              {"number", r.number},
                              {"date", date_json(r.date)},
                              {"raw", r.raw},
                              {"part", r.part},
                              {"section", r.section}});
    }
    nlohmann::json directives = nlohmann::json::array();
    for (const auto& d : findings.directives) {
        directives.push_back({{"id", d.id},
                              {"section", d.section},
                              {"section_title", d.section_title},
                              {"text", d.text},
                              {"action", string_or_null(d.action)},
                              {"deadline", date_json(d.deadline)},
                              {"deadline_raw", string_or_null(d.deadline_raw)},
                              {"paragraph", d.paragraph}});
    }
    return {{"source", report.source},
            {"sha256", report.sha256},
            {"issuer", string_or_null(report.issuer)},
            {"report_number", string_or_null(report.report_number)},
            {"kind", report_kind_name(report.kind)},
            {"period", string_or_null(report.period.str())},
            {"plan_period", string_or_null(report.plan_period.str())},
            {"sections", sections},
            {"figures", figures},
            {"references", references},
            {"directives", directives},
            {"diagnostics", diagnostics_to_json(diagnostics)}};
}

nlohmann::json findings_to_json(const Report& report, const Findings& findings) {
    Diagnostics all = report.diagnostics;
    all.insert(all.end(), findings.diagnostics.begin(), findings.diagnostics.end());
    return findings_to_json(report, findings, all);
}

} // namespace baocao
