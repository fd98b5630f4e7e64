// `baocao directives [--db DIR | --from-files PATH...] [--period YYYY-MM]
// [--issuer TEXT] [--status done|in_progress|not_reported|overdue] [--json]`:
// were the directives planned for a month reported as done by the same
// commune (issue 6)? Reads the index, or report files directly with
// --from-files (no index needed; also what the evaluation uses).
#include "cli/commands.h"
#include "cli/source_options.h"

#include "baocao/ingest.h"
#include "baocao/pipeline.h"
#include "baocao/query.h"
#include "baocao/store.h"
#include "baocao/tracking.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iostream>
#include <map>
#include <memory>

namespace baocao::cli {

namespace {

struct DirectivesOptions {
    std::vector<std::string> databases;
    std::vector<std::string> files;
    std::string period;
    std::string issuer;
    std::string status;
    bool json = false;
};

std::string folded(const Normalizer& normalizer, const std::string& text) {
    std::string out;
    for (const auto& t : normalizer.tokenize(text)) {
        out += (out.empty() ? "" : " ") + normalizer.fold(t.text);
    }
    return out;
}

// Reports read from files: every stage, then what tracking needs.
std::vector<TrackedReport> from_files(const std::vector<std::string>& paths, const Context& context,
                                      int& result) {
    Diagnostics problems;
    std::vector<TrackedReport> out;
    for (const auto& path : collect_inputs(paths, problems)) {
        ProcessedFile file = process_file(path, context, Stage::extract);
        if (file.failed) {
            for (const auto& d : file.diagnostics()) {
                std::cerr << d.format() << "\n";
            }
            result = static_cast<int>(ExitCode::input_failed);
            continue;
        }
        out.push_back(tracked_report(file.report, file.findings));
    }
    for (const auto& d : problems) {
        std::cerr << d.format() << "\n";
        result = static_cast<int>(ExitCode::input_failed);
    }
    return out;
}

// Reports read from the index: paragraphs and directives records rebuilt
// into the shape tracked_report() reads, so the fallback stays in one place.
std::vector<TrackedReport> from_index(const std::vector<std::string>& databases,
                                      const Context& context) {
    Index index = Index::open(databases, context);
    std::vector<TrackedReport> out;
    for (const auto& record : index.reports()) {
        RecordFilter filter;
        filter.report = record.sha256;
        Report report;
        report.source = record.sources.empty() ? "" : record.sources.front();
        report.sha256 = record.sha256;
        report.issuer = record.issuer;
        report.period = record.period;
        report.plan_period = record.plan_period;
        for (const auto& p : index.paragraphs(filter)) {
            if (report.sections.empty() || report.sections.back().part != p.part ||
                report.sections.back().number != p.section) {
                report.sections.push_back({p.part, p.section, p.section_title, 0, {}});
            }
            report.sections.back().paragraphs.push_back({p.text, p.page, 0, 0, p.index});
        }
        Findings findings;
        for (const auto& d : index.directives(filter)) {
            findings.directives.push_back(d.directive);
        }
        out.push_back(tracked_report(report, findings));
    }
    return out;
}

nlohmann::json to_json(const TrackedDirective& d) {
    nlohmann::json evidence = nullptr;
    if (d.evidence) {
        evidence = {{"period", d.evidence->period.str()},
                    {"section", d.evidence->section},
                    {"section_title", d.evidence->section_title},
                    {"text", d.evidence->text},
                    {"clauses", d.evidence->clauses},
                    {"matched", d.evidence->matched},
                    {"cues", d.evidence->cues}};
    }
    nlohmann::json history = nlohmann::json::array();
    for (const auto& m : d.history) {
        history.push_back(m.str());
    }
    return {
        {"id", d.directive.id},
        {"issuer", d.issuer},
        {"planned_in", d.planned_in.str()},
        {"period", d.due.str()},
        {"section", d.directive.section},
        {"text", d.directive.text},
        {"deadline", d.directive.deadline ? nlohmann::json(d.directive.deadline->str())
                                          : nlohmann::json(nullptr)},
        {"status", directive_status_name(d.status)},
        {"overdue", d.overdue},
        {"recurring", d.recurring},
        {"history", history},
        {"months_late", d.months_late},
        {"reported_in",
         d.evidence ? nlohmann::json(d.evidence->period.str()) : nlohmann::json(nullptr)},
        {"evidence", evidence},
        {"confidence", static_cast<double>(static_cast<int>(d.confidence * 100 + 0.5)) / 100},
        {"similarity", static_cast<double>(static_cast<int>(d.similarity * 1000 + 0.5)) / 1000}};
}

std::string shorten(const std::string& text, std::size_t bytes) {
    if (text.size() <= bytes) {
        return text;
    }
    std::size_t cut = bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
        --cut; // never split a UTF-8 sequence
    }
    return text.substr(0, cut) + "…";
}

void print_table(const std::vector<TrackedDirective>& list, std::ostream& out) {
    std::map<std::pair<std::string, YearMonth>, std::vector<const TrackedDirective*>> groups;
    for (const auto& d : list) {
        groups[{d.issuer, d.due}].push_back(&d);
    }
    for (const auto& [key, items] : groups) {
        int done = 0, progress = 0, missing = 0, overdue = 0, recurring = 0;
        for (const auto* d : items) {
            done += d->status == DirectiveStatus::done;
            progress += d->status == DirectiveStatus::in_progress;
            missing += d->status == DirectiveStatus::not_reported;
            overdue += d->overdue;
            recurring += d->recurring;
        }
        out << "# " << (key.first.empty() ? "?" : key.first) << " — directives for "
            << key.second.str() << " (planned in " << items.front()->planned_in.str()
            << "): " << done << " done, " << progress << " in progress, " << missing
            << " not reported, " << overdue << " overdue, " << recurring << " recurring\n";
        for (const auto* d : items) {
            const char* mark = d->status == DirectiveStatus::done          ? "done       "
                               : d->status == DirectiveStatus::in_progress ? "in progress"
                                                                           : "NOT REPORTED";
            out << "  " << mark << (d->overdue ? " OVERDUE" : "")
                << (d->recurring ? " RECURRING" : "") << "  [" << d->directive.section << "] "
                << shorten(d->directive.text, 110);
            if (d->directive.deadline) {
                out << "  (deadline " << d->directive.deadline->str() << ")";
            }
            out << "  conf " << static_cast<int>(d->confidence * 100 + 0.5) << "%\n";
            if (d->evidence) {
                out << "      evidence " << d->evidence->period.str()
                    << (d->months_late > 0 ? " (first reported " + std::to_string(d->months_late) +
                                                 " month(s) late)"
                                           : "")
                    << " [" << d->evidence->section << "]: " << shorten(d->evidence->clauses, 160)
                    << "\n";
                std::string words;
                for (const auto& w : d->evidence->matched) {
                    words += (words.empty() ? "" : ", ") + w;
                }
                std::string cues = describe_status_words(d->evidence->cues);
                out << "      matching: " << words
                    << (cues.empty() ? "" : "   status words: " + cues) << "\n";
            }
            if (d->recurring) {
                std::string months;
                for (const auto& m : d->history) {
                    months += (months.empty() ? "" : ", ") + m.str();
                }
                out << "      planned in: " << months << "\n";
            }
        }
        out << "\n";
    }
    if (groups.empty()) {
        out << "no directive to check: give reports of at least two consecutive months of one "
               "commune\n";
    }
}

int run(const DirectivesOptions& options, const GlobalOptions& global) {
    Context context = Context::load(global.dictionaries);
    std::optional<YearMonth> period;
    if (!options.period.empty()) {
        period = YearMonth::parse(options.period);
        if (!period || !period->valid()) {
            throw Error("--period '" + options.period + "': write the month as YYYY-MM",
                        ExitCode::usage);
        }
    }
    std::optional<DirectiveStatus> status;
    bool overdue_only = options.status == "overdue";
    if (!options.status.empty() && !overdue_only) {
        status = parse_directive_status(options.status);
        if (!status) {
            throw Error("--status '" + options.status +
                            "': use done, in_progress, not_reported or overdue",
                        ExitCode::usage);
        }
    }
    int result = 0;
    std::vector<TrackedReport> reports;
    if (!options.files.empty()) {
        reports = from_files(options.files, context, result);
    } else {
        reports = from_index(options.databases, context);
    }
    Tracker tracker(context.dictionaries, context.normalizer);
    std::vector<TrackedDirective> tracked = tracker.track(reports);

    std::string issuer = folded(context.normalizer, options.issuer);
    std::vector<TrackedDirective> shown;
    for (auto& d : tracked) {
        if (period && d.due != *period) {
            continue;
        }
        if (!issuer.empty() &&
            folded(context.normalizer, d.issuer).find(issuer) == std::string::npos) {
            continue;
        }
        if ((status && d.status != *status) || (overdue_only && !d.overdue)) {
            continue;
        }
        shown.push_back(std::move(d));
    }
    if (options.json) {
        nlohmann::json out = {{"period", period ? nlohmann::json(period->str()) : nullptr},
                              {"issuer", options.issuer.empty() ? nlohmann::json(nullptr)
                                                                : nlohmann::json(options.issuer)},
                              {"directives", nlohmann::json::array()}};
        for (const auto& d : shown) {
            out["directives"].push_back(to_json(d));
        }
        std::cout << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else {
        print_table(shown, std::cout);
    }
    return result;
}

} // namespace

void add_directives_command(CLI::App& app, GlobalOptions& global) {
    auto options = std::make_shared<DirectivesOptions>();
    CLI::App* command = app.add_subcommand(
        "directives", "Check each directive of a month's plan part against what the same "
                      "commune reported afterwards: done, in progress or not reported, with the "
                      "evidence.");
    add_source_options(*command, options->databases, options->files);
    command->add_option("--period", options->period,
                        "Only the directives planned for this month (YYYY-MM)");
    command->add_option("--issuer", options->issuer,
                        "Only communes whose issuer contains these words (any diacritics)");
    command->add_option("--status", options->status,
                        "Only this status: done, in_progress, not_reported or overdue");
    command->add_flag("--json", options->json,
                      "JSON {\"period\",\"issuer\",\"directives\":[…]} instead of a table");
    command->callback([options, &global] { global.result = run(*options, global); });
}

} // namespace baocao::cli
