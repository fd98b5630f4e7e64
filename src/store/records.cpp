#include "store/records.h"

#include "baocao/error.h"

#include <cstdio>

namespace baocao::store {

namespace {

nlohmann::json date_to_json(const std::optional<Date>& date) {
    return date ? nlohmann::json(date->str()) : nlohmann::json(nullptr);
}

std::optional<Date> date_from_json(const nlohmann::json& json) {
    if (!json.is_string()) {
        return std::nullopt;
    }
    Date date;
    if (std::sscanf(json.get<std::string>().c_str(), "%d-%d-%d", &date.year, &date.month,
                    &date.day) != 3) {
        return std::nullopt;
    }
    return date;
}

YearMonth month_from_json(const nlohmann::json& json) {
    if (!json.is_string()) {
        return {};
    }
    return YearMonth::parse(json.get<std::string>()).value_or(YearMonth{});
}

std::string text(const nlohmann::json& json, const char* key) {
    auto found = json.find(key);
    return found != json.end() && found->is_string() ? found->get<std::string>() : std::string();
}

template <typename T> T number(const nlohmann::json& json, const char* key) {
    auto found = json.find(key);
    return found != json.end() && found->is_number() ? found->get<T>() : T{};
}

ReportKind kind_from_name(const std::string& name) {
    for (ReportKind kind : {ReportKind::monthly, ReportKind::quarterly, ReportKind::six_month,
                            ReportKind::nine_month, ReportKind::annual}) {
        if (name == report_kind_name(kind)) {
            return kind;
        }
    }
    return ReportKind::unknown;
}

Severity severity_from_name(const std::string& name) {
    for (Severity severity : {Severity::info, Severity::warning, Severity::error}) {
        if (name == severity_name(severity)) {
            return severity;
        }
    }
    return Severity::warning;
}

} // namespace

nlohmann::json origin_to_json(const RecordOrigin& origin) {
    return {{"report", origin.report},
            {"issuer", origin.issuer},
            {"period", origin.period.str()},
            {"source", origin.source}};
}

RecordOrigin origin_from_json(const nlohmann::json& json) {
    return {text(json, "report"), text(json, "issuer"), month_from_json(json.value("period", "")),
            text(json, "source")};
}

nlohmann::json paragraph_to_json(const ParagraphRecord& record) {
    nlohmann::json out = origin_to_json(record.origin);
    out["type"] = "paragraph";
    out["index"] = record.index;
    out["part"] = record.part;
    out["section"] = record.section;
    out["section_title"] = record.section_title;
    out["text"] = record.text;
    out["page"] = record.page;
    return out;
}

ParagraphRecord paragraph_from_json(const nlohmann::json& json) {
    ParagraphRecord record;
    record.origin = origin_from_json(json);
    record.index = number<std::size_t>(json, "index");
    record.part = text(json, "part");
    record.section = text(json, "section");
    record.section_title = text(json, "section_title");
    record.text = text(json, "text");
    record.page = number<int>(json, "page");
    return record;
}

nlohmann::json figure_to_json(const FigureRecord& record) {
    const Figure& f = record.figure;
    nlohmann::json out = origin_to_json(record.origin);
    out["type"] = "figure";
    out["part"] = f.part;
    out["section"] = f.section;
    out["label"] = f.label;
    out["metric"] = f.metric;
    out["value"] = f.value;
    out["unit"] = f.unit;
    out["of"] = f.of ? nlohmann::json(*f.of) : nlohmann::json(nullptr);
    out["raw"] = f.raw;
    out["paragraph"] = f.paragraph;
    out["span"] = {f.begin, f.end};
    return out;
}

FigureRecord figure_from_json(const nlohmann::json& json) {
    FigureRecord record;
    record.origin = origin_from_json(json);
    Figure& f = record.figure;
    f.part = text(json, "part");
    f.section = text(json, "section");
    f.label = text(json, "label");
    f.metric = text(json, "metric");
    f.value = number<double>(json, "value");
    f.unit = text(json, "unit");
    if (auto of = json.find("of"); of != json.end() && of->is_number()) {
        f.of = of->get<double>();
    }
    f.raw = text(json, "raw");
    f.paragraph = number<std::size_t>(json, "paragraph");
    if (auto span = json.find("span");
        span != json.end() && span->is_array() && span->size() == 2) {
        f.begin = (*span)[0].get<std::size_t>();
        f.end = (*span)[1].get<std::size_t>();
    }
    return record;
}

nlohmann::json directive_to_json(const DirectiveRecord& record) {
    const Directive& d = record.directive;
    nlohmann::json out = origin_to_json(record.origin);
    out["type"] = "directive";
    out["id"] = d.id;
    out["section"] = d.section;
    out["section_title"] = d.section_title;
    out["text"] = d.text;
    out["deadline"] = date_to_json(d.deadline);
    out["deadline_raw"] = d.deadline_raw;
    out["action"] = d.action;
    out["paragraph"] = d.paragraph;
    return out;
}

DirectiveRecord directive_from_json(const nlohmann::json& json) {
    DirectiveRecord record;
    record.origin = origin_from_json(json);
    Directive& d = record.directive;
    d.id = text(json, "id");
    d.section = text(json, "section");
    d.section_title = text(json, "section_title");
    d.text = text(json, "text");
    d.deadline = date_from_json(json.value("deadline", nlohmann::json()));
    d.deadline_raw = text(json, "deadline_raw");
    d.action = text(json, "action");
    d.paragraph = number<std::size_t>(json, "paragraph");
    return record;
}

nlohmann::json report_to_json(const ReportRecord& record) {
    nlohmann::json diagnostics = nlohmann::json::array();
    for (const auto& d : record.diagnostics) {
        diagnostics.push_back({{"severity", severity_name(d.severity)},
                               {"file", d.file},
                               {"page", d.page},
                               {"message", d.message}});
    }
    return {{"type", "report"},
            {"sha256", record.sha256},
            {"sources", record.sources},
            {"issuer", record.issuer},
            {"report_number", record.report_number},
            {"title", record.title},
            {"kind", report_kind_name(record.kind)},
            {"period", record.period.str()},
            {"plan_period", record.plan_period.str()},
            {"pages", record.pages},
            {"paragraphs", record.paragraphs},
            {"figures", record.figures},
            {"directives", record.directives},
            {"diagnostics", diagnostics}};
}

ReportRecord report_from_json(const nlohmann::json& json) {
    ReportRecord record;
    record.sha256 = text(json, "sha256");
    if (auto sources = json.find("sources"); sources != json.end() && sources->is_array()) {
        record.sources = sources->get<std::vector<std::string>>();
    }
    record.issuer = text(json, "issuer");
    record.report_number = text(json, "report_number");
    record.title = text(json, "title");
    record.kind = kind_from_name(text(json, "kind"));
    record.period = month_from_json(json.value("period", ""));
    record.plan_period = month_from_json(json.value("plan_period", ""));
    record.pages = number<std::size_t>(json, "pages");
    record.paragraphs = number<std::size_t>(json, "paragraphs");
    record.figures = number<std::size_t>(json, "figures");
    record.directives = number<std::size_t>(json, "directives");
    if (auto list = json.find("diagnostics"); list != json.end() && list->is_array()) {
        for (const auto& d : *list) {
            record.diagnostics.push_back({severity_from_name(text(d, "severity")), text(d, "file"),
                                          number<int>(d, "page"), text(d, "message")});
        }
    }
    return record;
}

nlohmann::json parse_data(const std::string& data, const std::string& database) {
    nlohmann::json json = nlohmann::json::parse(data, nullptr, false);
    if (json.is_discarded() || !json.is_object()) {
        throw Error(database +
                    ": a document's data is not a baocao record; is this a baocao index? "
                    "Re-create it with 'baocao ingest'");
    }
    return json;
}

} // namespace baocao::store
