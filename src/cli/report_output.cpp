#include "cli/report_output.h"

#include "util/utf8.h"

namespace baocao::cli {

namespace {

std::string or_dash(const std::string& text) {
    return text.empty() ? "—" : text;
}

// The first `count` code points, with an ellipsis when cut.
std::string prefix(const std::string& text, std::size_t count) {
    std::size_t pos = 0;
    std::size_t n = 0;
    while (pos < text.size() && n < count) {
        utf8::next(text, pos);
        ++n;
    }
    return pos < text.size() ? text.substr(0, pos) + "…" : text;
}

} // namespace

void print_diagnostics(const Diagnostics& diagnostics, std::ostream& out) {
    for (const auto& d : diagnostics) {
        out << severity_name(d.severity) << ": " << d.format() << "\n";
    }
}

void print_report_summary(const Report& report, std::ostream& out) {
    out << "# " << report.source << "\n"
        << "issuer:      " << or_dash(report.issuer) << "\n"
        << "number:      " << or_dash(report.report_number) << "\n"
        << "date line:   " << or_dash(report.date_line) << "\n"
        << "title:       " << or_dash(report.title) << "\n"
        << "kind:        " << report_kind_name(report.kind) << "\n"
        << "period:      " << or_dash(report.period.str()) << "\n"
        << "plan period: " << or_dash(report.plan_period.str()) << "\n";
    std::string part;
    for (const auto& section : report.sections) {
        if (section.part != part) {
            part = section.part;
            out << "\n== " << part << "\n";
        }
        std::string indent(static_cast<std::size_t>(std::max(section.level, 1)) * 2, ' ');
        if (!section.number.empty()) {
            out << indent << section.number << ". " << section.title << "\n";
        }
        for (const auto& paragraph : section.paragraphs) {
            out << indent << "  ¶ " << prefix(paragraph.text, 90) << "\n";
        }
    }
}

} // namespace baocao::cli
