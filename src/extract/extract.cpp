// extract: Report -> Findings. Each paragraph is scanned once; references
// claim their spans first (their numbers and dates are not figures), then
// dates, then figures read what is left. Paragraphs of the plan part become
// directives with their deadlines.
#include "baocao/extract.h"

#include "extract/dates.h"
#include "extract/directives.h"
#include "extract/figures.h"
#include "extract/metric_key.h"
#include "extract/references.h"
#include "extract/task_table.h"
#include "extract/text_scan.h"
#include "extract/units.h"

namespace baocao {

using namespace extract_detail;

namespace {

// Part keys of dictionaries/sections.tsv that hold the plan of the next period.
constexpr const char* plan_part = "plan";

Diagnostic diagnostic(const Report& report, int page, Severity severity, std::string message) {
    Diagnostic d;
    d.severity = severity;
    d.file = report.source;
    d.page = page;
    d.message = std::move(message);
    return d;
}

std::string where(const Section& section) {
    return section.number.empty() ? std::string("the lead-in of part ") + section.part
                                  : "section " + section.number;
}

} // namespace

Findings extract(const Report& report, const Dictionaries& dictionaries,
                 const Normalizer& normalizer) {
    Findings findings;
    DateFinder dates(dictionaries, normalizer);
    UnitTable units(dictionaries, normalizer);
    MetricKeys metrics(dictionaries, normalizer);
    ReferenceFinder references(dictionaries, normalizer, dates);
    FigureFinder figures(dictionaries, normalizer, units, metrics);
    DirectiveReader directives(dictionaries, normalizer);
    TaskTable task_table(dictionaries, normalizer);

    YearMonth plan = report.plan_period;
    std::string period_id = plan.valid()            ? plan.str()
                            : report.period.valid() ? report.period.next().str()
                                                    : std::string("unknown");
    bool has_plan = false;
    std::size_t paragraph_index = 0;
    bool after_task = false; // the last plan paragraph was a task or its detail
    for (const auto& section : report.sections) {
        bool in_plan = section.part == plan_part;
        has_plan = has_plan || in_plan;
        std::size_t task = 0;
        for (const auto& paragraph : section.paragraphs) {
            const std::string& text = paragraph.text;
            auto pieces = scan(text, normalizer);

            std::vector<Span> claimed;
            for (auto& found : references.find(text, pieces)) {
                claimed.push_back(found.span);
                // The report's own "Số: 52/BC-UBND" in a header the segmenter
                // kept as text is its identity, not a citation.
                if (!report.report_number.empty() &&
                    found.reference.number == report.report_number) {
                    continue;
                }
                found.reference.part = section.part;
                found.reference.section = section.number;
                findings.references.push_back(std::move(found.reference));
            }
            auto paragraph_dates = dates.find(pieces, claimed);
            std::vector<Span> claimed_all = claimed;
            for (const auto& date : paragraph_dates) {
                claimed_all.push_back({date.begin, date.end});
            }

            std::vector<std::string> problems;
            std::size_t first_figure = findings.figures.size();
            figures.find(text, pieces, claimed_all, findings.figures, problems);
            for (std::size_t i = first_figure; i < findings.figures.size(); ++i) {
                findings.figures[i].part = section.part;
                findings.figures[i].section = section.number;
                findings.figures[i].paragraph = paragraph_index;
            }
            for (const auto& problem : problems) {
                findings.diagnostics.push_back(diagnostic(report, paragraph.page, Severity::warning,
                                                          where(section) + ": " + problem));
            }

            // A plan written as a table: its header row is no task, and a
            // task row's text is its task cell (its deadline is read from
            // the whole row).
            bool header = in_plan && task_table.read_header(text);
            // "   Thời gian: trước ngày 20/6/2024." under a task: its deadline
            // when it has none, and no task of its own.
            bool detail = in_plan && !header && after_task && task_table.is_detail(text);
            if (detail) {
                Directive& above = findings.directives.back();
                if (!above.deadline) {
                    Directive dated;
                    directives.read(text, pieces, paragraph_dates, report.period, plan, dated);
                    above.deadline = dated.deadline;
                    above.deadline_raw = dated.deadline_raw;
                }
            }
            if (in_plan && !header && !detail && !directives.is_subheading(pieces)) {
                auto add = [&](const std::string& task_text, const std::vector<Piece>& task_pieces,
                               const std::vector<DateMatch>& task_dates) {
                    Directive directive;
                    directive.id = period_id + ":" +
                                   (section.number.empty() ? std::string("0") : section.number) +
                                   ":" + std::to_string(++task);
                    directive.section = section.number;
                    directive.section_title = section.title;
                    auto task_only = task_table.task_of(task_text);
                    if (!task_only) {
                        task_only = task_table.without_details(task_text, task_pieces);
                    }
                    directive.text = task_only.value_or(task_text);
                    directive.paragraph = paragraph_index;
                    directives.read(task_text, task_pieces, task_dates, report.period, plan,
                                    directive);
                    findings.directives.push_back(std::move(directive));
                };
                // "Giao Công an phường: tuần tra …; diễn tập …": one directive
                // per task, each with its own deadline.
                auto items = directives.assigned_items(pieces);
                // A field written as one paragraph of sentences holds one task
                // per sentence; where the writer breaks the field into
                // paragraphs, the paragraph is the task, sentences and all.
                if (items.empty() && section.paragraphs.size() == 1) {
                    items = directives.sentence_items(pieces);
                }
                for (const auto& [begin, end] : items) {
                    std::string item = text.substr(begin, end - begin);
                    auto item_pieces = scan(item, normalizer);
                    std::vector<Span> item_claimed;
                    for (const auto& found : references.find(item, item_pieces)) {
                        item_claimed.push_back(found.span);
                    }
                    add(item, item_pieces, dates.find(item_pieces, item_claimed));
                }
                if (items.empty()) {
                    add(text, pieces, paragraph_dates);
                }
                after_task = true;
            } else if (!detail) {
                after_task = false;
            }
            ++paragraph_index;
        }
    }
    if (!has_plan && plan.valid()) {
        // The segmenter reports a report without a plan part; this is the
        // sharper case of a title that promises one.
        findings.diagnostics.push_back(diagnostic(
            report, 0, Severity::warning,
            "the title names a plan month (" + plan.str() +
                ") but no plan part was found, so no directives were extracted; check the "
                "Part II heading against dictionaries/sections.tsv"));
    } else if (has_plan && !plan.valid() && !report.period.valid()) {
        findings.diagnostics.push_back(diagnostic(
            report, 0, Severity::warning,
            "the report's period is unknown, so deadlines without a year were not resolved; "
            "check the title names the month"));
    }
    return findings;
}

} // namespace baocao
