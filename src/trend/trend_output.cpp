// A trend as JSON (for programs) and CSV (for spreadsheets): one row per
// issuer and month, gaps included with an empty value.
#include "baocao/trend.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <sstream>

namespace baocao {

namespace {

nlohmann::ordered_json number_or_null(const std::optional<double>& value) {
    if (!value || !std::isfinite(*value)) {
        return nullptr;
    }
    // Whole numbers stay integers in the JSON ("1327732848", not "1.327732848e9").
    if (std::fabs(*value) < 9e15 && *value == std::floor(*value)) {
        return static_cast<long long>(*value);
    }
    return *value;
}

nlohmann::ordered_json string_or_null(const std::string& text) {
    return text.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(text);
}

std::string csv_number(const std::optional<double>& value) {
    if (!value || !std::isfinite(*value)) {
        return {};
    }
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.10g", *value);
    if (std::fabs(*value) >= 1e10) {
        std::snprintf(buffer, sizeof buffer, "%.6f", *value);
        std::string text = buffer;
        while (text.back() == '0') {
            text.pop_back();
        }
        if (text.back() == '.') {
            text.pop_back();
        }
        return text;
    }
    return buffer;
}

std::string csv_field(const std::string& text) {
    if (text.find_first_of(",\"\n\r") == std::string::npos) {
        return text;
    }
    std::string out = "\"";
    for (char c : text) {
        out += c;
        if (c == '"') {
            out += '"';
        }
    }
    return out + "\"";
}

} // namespace

std::string trend_to_json(const Trend& trend) {
    nlohmann::ordered_json out;
    out["metric"] = trend.metric;
    out["name"] = trend.name;
    out["unit"] = string_or_null(trend.unit);
    // The series is written row by row, each value by the same library:
    // a tree of a thousand ordered objects cost 12 ms of a 45 ms trend.
    // A placeholder keeps the other members' order and form.
    out["series"] = nullptr;
    auto text = [](const nlohmann::ordered_json& value) {
        return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    };
    std::string series = "[";
    for (const auto& one : trend.series) {
        const std::string issuer = text(one.issuer);
        for (const auto& point : one.points) {
            series += series.size() > 1 ? ",{" : "{";
            series += "\"issuer\":" + issuer;
            series += ",\"period\":" + text(point.period.str());
            series += ",\"value\":" + text(number_or_null(point.value));
            series += ",\"unit\":" + (point.value ? text(string_or_null(point.unit)) : "null");
            series += ",\"change\":" + text(number_or_null(point.change));
            series += ",\"change_pct\":" + text(number_or_null(point.change_pct));
            series += ",\"label\":" + text(string_or_null(point.label));
            series += ",\"source\":" + text(string_or_null(point.source));
            series +=
                ",\"section\":" + (point.value ? text(string_or_null(point.section)) : "null");
            series += point.reported ? ",\"reported\":true}" : ",\"reported\":false}";
        }
    }
    series += "]";
    nlohmann::ordered_json warnings = nlohmann::ordered_json::array();
    for (const auto& warning : trend.warnings) {
        warnings.push_back(nlohmann::ordered_json{
            {"kind", warning_kind_name(warning.kind)},
            {"issuer", warning.issuer},
            {"period", warning.period.str()},
            {"metric", warning.metric},
            {"related", warning.related},
            {"source", string_or_null(warning.source)},
            {"message", warning.message},
        });
    }
    out["warnings"] = std::move(warnings);
    std::string json = text(out);
    const std::string placeholder = "\"series\":null";
    json.replace(json.find(placeholder), placeholder.size(), "\"series\":" + series);
    return json;
}

std::string trend_to_csv(const Trend& trend) {
    std::ostringstream out;
    out << "issuer,period,value,unit,change,change_pct,label,source,section\r\n";
    for (const auto& one : trend.series) {
        for (const auto& point : one.points) {
            out << csv_field(one.issuer) << ',' << point.period.str() << ','
                << csv_number(point.value) << ',' << (point.value ? csv_field(point.unit) : "")
                << ',' << csv_number(point.change) << ',' << csv_number(point.change_pct) << ','
                << csv_field(point.label) << ',' << csv_field(point.source) << ','
                << (point.value ? csv_field(point.section) : "") << "\r\n";
        }
    }
    return out.str();
}

} // namespace baocao
