// tracking: were the directives of month N's plan part reported as done in
// month N+1 (or later) by the same commune? (DESIGN.md §5 Tracking, issue 6)
//
// Pure functions over our own types: no index is needed. The caller gathers,
// for one or several communes, the directives of each report's plan part and
// the paragraphs of each report's results part (from files through
// process_file, or from the index), and Tracker decides per directive:
//
//   baocao::Tracker tracker(context.dictionaries, context.normalizer);
//   std::vector<baocao::TrackedReport> reports = ...; // tracked_report(report, findings)
//   for (const auto& d : tracker.track(reports)) { ... d.status, d.evidence ... }
//
// The words that carry the decision (generic administrative verbs, status
// cues, name heads) live in dictionaries/tracking_words.tsv and
// dictionaries/tracking_status.tsv.
#pragma once

#include "baocao/dictionaries.h"
#include "baocao/document.h"
#include "baocao/normalize.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace baocao {

enum class DirectiveStatus { done, in_progress, not_reported };
const char* directive_status_name(DirectiveStatus status);
// "done", "in_progress" (or "in-progress"), "not_reported"; nullopt otherwise.
std::optional<DirectiveStatus> parse_directive_status(std::string_view text);

// One paragraph of a results part, where a directive may be reported.
struct ResultParagraph {
    std::string section; // "3.1", "" for a part's lead-in
    std::string section_title;
    std::string text;
};

// One report of one commune as tracking sees it.
struct TrackedReport {
    std::string issuer;                   // as written; grouped by search key
    std::string source;                   // file or record it came from
    YearMonth period;                     // month N: what its results part reports
    YearMonth plan_period;                // month N+1: what its directives are for
    std::optional<Date> issued;           // date line of the report
    std::vector<Directive> directives;    // its plan part
    std::vector<ResultParagraph> results; // its results part (and difficulties)
};

// The directives of a report: extraction's when it found any, else every
// paragraph of a plan section, a line starting with "-" being its own item.
// Keeps tracking usable while extraction is still partial.
TrackedReport tracked_report(const Report& report, const Findings& findings);

struct Evidence {
    YearMonth period; // the report that says it
    std::string section;
    std::string section_title;
    std::string text;                 // the whole paragraph
    std::string clauses;              // the clauses about the task, joined
    std::vector<std::string> matched; // directive words found there, as written in the evidence
    // Status words read in those clauses, as written; one in parentheses
    // was read but not counted ("(Kết quả)": a label whose completion the
    // clause takes back).
    std::vector<std::string> cues;
};

// `cues` for a person: "đang, 62,9% kế hoạch; not counted: Kết quả". A cue
// both counted and taken back is listed once, as not counted; "" when none.
std::string describe_status_words(const std::vector<std::string>& cues);

struct TrackedDirective {
    Directive directive;
    std::string issuer;
    YearMonth planned_in; // the report whose plan part holds it
    YearMonth due;        // the month it was planned for (planned_in + 1)
    DirectiveStatus status = DirectiveStatus::not_reported;
    std::optional<Evidence> evidence;
    double confidence = 0; // 0..1: how sure the status is
    double similarity = 0; // of the closest results paragraph, even when not accepted
    bool overdue = false;  // a deadline passed without a done report
    // Months after `due` before the first report (0: reported in `due`).
    int months_late = 0;
    // Planned in three or more consecutive months without a done report.
    bool recurring = false;
    std::vector<YearMonth> history; // months whose plan part held the same task, oldest first
};

struct TrackOptions {
    // How many reports after the one that planned a task may report it
    // (1: only month N+1).
    int horizon = 2;
    // Deadlines before this date count as passed; empty: the latest issue
    // date (or the end of the latest period) among the commune's reports.
    std::optional<Date> as_of;
};

class Tracker {
public:
    // Throws baocao::Error when a tracking table is missing or malformed.
    Tracker(const Dictionaries& dictionaries, const Normalizer& normalizer);
    ~Tracker();
    Tracker(Tracker&&) noexcept;
    Tracker& operator=(Tracker&&) noexcept;

    // Every directive of every report whose plan period has a later report of
    // the same commune among `reports` (order does not matter; duplicates of
    // a commune and period are ignored after the first). Sorted by commune,
    // planned_in, then the directive's order.
    std::vector<TrackedDirective> track(const std::vector<TrackedReport>& reports,
                                        const TrackOptions& options = {}) const;

    // One directive against the results of one later report; the word
    // statistics come from `context` (the commune's paragraphs), or from the
    // given paragraphs alone when it is empty. For tests and tools.
    struct Decision {
        DirectiveStatus status = DirectiveStatus::not_reported;
        std::optional<Evidence> evidence;
        double confidence = 0;
        double similarity = 0; // of the best candidate, even when rejected
    };
    Decision decide(const Directive& directive, const std::string& directive_section_title,
                    const std::vector<ResultParagraph>& results, YearMonth period,
                    const std::vector<std::string>& context = {}) const;

    // How much two task texts are about the same task (0..1), for recurring.
    double same_task(std::string_view a, std::string_view b,
                     const std::vector<std::string>& context = {}) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace baocao
