// What tracking needs from one report. Extraction gives the directives; while
// it finds none (a report style it does not read yet), every paragraph of a
// plan section is a directive, and a line starting with "-" its own item.
#include "baocao/tracking.h"

#include "util/utf8.h"

namespace baocao {

namespace {

bool counts_as_results(const std::string& part) {
    // Achievements and shortcomings both say what happened in month N.
    return part == "results" || part == "difficulties";
}

std::string directive_id(const Report& report, const std::string& section, std::size_t n) {
    return report.period.str() + ":" + (section.empty() ? "-" : section) + ":" + std::to_string(n);
}

std::vector<Directive> directives_from_plan(const Report& report) {
    std::vector<Directive> out;
    std::size_t paragraph_index = 0;
    for (const auto& section : report.sections) {
        std::size_t n = 0;
        for (const auto& paragraph : section.paragraphs) {
            std::size_t index = paragraph_index++;
            if (section.part != "plan") {
                continue;
            }
            // Items inside one paragraph: lines that start with "-".
            std::vector<std::string> items;
            std::string current;
            std::size_t start = 0;
            const std::string& text = paragraph.text;
            while (start <= text.size()) {
                std::size_t end = text.find('\n', start);
                std::string line(utf8::trim(std::string_view(text).substr(
                    start, end == std::string::npos ? std::string::npos : end - start)));
                if (!line.empty() && line.front() == '-' && !current.empty()) {
                    items.push_back(current);
                    current.clear();
                }
                current += (current.empty() ? "" : " ") + line;
                if (end == std::string::npos) {
                    break;
                }
                start = end + 1;
            }
            if (!current.empty()) {
                items.push_back(current);
            }
            for (auto& item : items) {
                std::string_view body = utf8::trim(item);
                while (!body.empty() && (body.front() == '-' || body.front() == ' ')) {
                    body.remove_prefix(1);
                }
                // A sub-heading ("- Công tác y tế:") is no task.
                if (body.empty() || body.back() == ':') {
                    continue;
                }
                Directive d;
                d.section = section.number;
                d.section_title = section.title;
                d.text = std::string(body);
                d.paragraph = index;
                d.id = directive_id(report, section.number, ++n);
                out.push_back(std::move(d));
            }
        }
    }
    return out;
}

} // namespace

TrackedReport tracked_report(const Report& report, const Findings& findings) {
    TrackedReport out;
    out.issuer = report.issuer;
    out.source = report.source;
    out.period = report.period;
    out.plan_period = report.plan_period;
    out.issued = report.issued;
    out.directives =
        findings.directives.empty() ? directives_from_plan(report) : findings.directives;
    for (const auto& section : report.sections) {
        if (!counts_as_results(section.part)) {
            continue;
        }
        for (const auto& paragraph : section.paragraphs) {
            // A sub-heading ("- Công tác giáo dục:") reports nothing.
            std::string_view text = utf8::trim(paragraph.text);
            if (!text.empty() && text.back() == ':' && text.size() < 80) {
                continue;
            }
            out.results.push_back({section.number, section.title, paragraph.text});
        }
    }
    return out;
}

} // namespace baocao
