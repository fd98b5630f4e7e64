#include "segment/report_json.h"

namespace baocao {

namespace {

nlohmann::json optional_string(const std::string& text) {
    return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text);
}

} // namespace

nlohmann::json diagnostics_to_json(const Diagnostics& diagnostics) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& d : diagnostics) {
        out.push_back({{"severity", severity_name(d.severity)},
                       {"file", d.file},
                       {"page", d.page == 0 ? nlohmann::json(nullptr) : nlohmann::json(d.page)},
                       {"message", d.message}});
    }
    return out;
}

nlohmann::json raw_to_json(const RawDocument& raw) {
    nlohmann::json pages = nlohmann::json::array();
    for (const auto& page : raw.pages) {
        pages.push_back({{"number", page.number}, {"text", page.text}});
    }
    return {{"source", raw.path},
            {"sha256", raw.sha256},
            {"format", raw.format},
            {"encoding", raw.encoding},
            {"failed", raw.failed},
            {"pages", pages},
            {"diagnostics", diagnostics_to_json(raw.diagnostics)}};
}

nlohmann::json text_to_json(const TextDocument& text) {
    nlohmann::json blocks = nlohmann::json::array();
    for (const auto& block : text.blocks) {
        blocks.push_back({{"text", block.text},
                          {"page", block.page},
                          {"raw_begin", block.raw_begin},
                          {"raw_end", block.raw_end}});
    }
    return {{"source", text.source},
            {"sha256", text.sha256},
            {"blocks", blocks},
            {"diagnostics", diagnostics_to_json(text.diagnostics)}};
}

nlohmann::json report_to_json(const Report& report, bool with_paragraphs) {
    nlohmann::json parts = nlohmann::json::array();
    for (const auto& part : report.parts) {
        parts.push_back({{"key", part.key}, {"label", part.label}});
    }
    nlohmann::json sections = nlohmann::json::array();
    for (const auto& section : report.sections) {
        nlohmann::json entry = {{"part", section.part},
                                {"number", section.number},
                                {"title", section.title},
                                {"level", section.level}};
        if (with_paragraphs) {
            nlohmann::json paragraphs = nlohmann::json::array();
            for (const auto& paragraph : section.paragraphs) {
                paragraphs.push_back({{"text", paragraph.text},
                                      {"page", paragraph.page},
                                      {"raw_begin", paragraph.raw_begin},
                                      {"raw_end", paragraph.raw_end}});
            }
            entry["paragraphs"] = paragraphs;
        }
        sections.push_back(entry);
    }
    return {{"source", report.source},
            {"sha256", report.sha256},
            {"issuer", optional_string(report.issuer)},
            {"report_number", optional_string(report.report_number)},
            {"date_line", optional_string(report.date_line)},
            {"issued", report.issued ? nlohmann::json(report.issued->str()) : nullptr},
            {"title", optional_string(report.title)},
            {"kind", report_kind_name(report.kind)},
            {"period", optional_string(report.period.str())},
            {"plan_period", optional_string(report.plan_period.str())},
            {"parts", parts},
            {"sections", sections},
            {"diagnostics", diagnostics_to_json(report.diagnostics)}};
}

} // namespace baocao
