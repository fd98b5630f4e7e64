// Tracker: for each directive of month N's plan part, the reports of months
// N+1, N+2, … of the same commune are read in order; the first one that
// reports the task gives the evidence, and a later one can still turn "in
// progress" into "done" ("first reported done in N+2"). A clause that
// another directive due the same month matches far better is that
// directive's evidence, not this one's (Claims); the other clauses of the
// same paragraph can still report this one.
#include "baocao/tracking.h"

#include "tracking/mark_restorer.h"
#include "tracking/matcher.h"
#include "tracking/profile.h"
#include "tracking/status_reader.h"
#include "tracking/vocabulary.h"
#include "util/utf8.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace baocao {

using namespace tracking_detail;

namespace {

// A paragraph whose score reaches this is about the task. Below it, the best
// candidate shares words but not the task (a look-alike or nothing).
constexpr double accept_score = 0.33;
// Two plan texts are the same task (for recurring directives).
constexpr double same_task_score = 0.6;
constexpr int recurring_months = 3;
// A paragraph answers the directive it is most about. When another directive
// due the same month matches it by this much more, it is that directive's
// evidence, and only a weak look-alike for this one (a job fair reported for
// "vocational training", a mosquito spraying for "disinfectant spraying").
constexpr double rival_margin = 0.2;
// One action of a several-action task is unfinished when its own clauses
// weigh at least one plain progress word ("dự kiến", "đang") over their
// completion.
constexpr double min_action_progress = 1.0;
// At one of the task's places, "tiếp tục khám" (the task's own work going
// on) is enough: the place says which part of the task it is.
constexpr double min_place_progress = 0.5;
// The weight of a task word that ties another sentence naming one of the
// task's places to the task.
constexpr double min_place_word = 1.0;
// A heading longer than this is no label of one paragraph.
constexpr std::size_t max_label_size = 120;
// "Chưa triển khai" outweighs what completion stands beside it (a figure, a
// "Kết quả:" label) when that is under this share of it.
constexpr double not_started_share = 0.5;

Date end_of_month(YearMonth m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (m.year % 4 == 0 && m.year % 100 != 0) || m.year % 400 == 0;
    return {m.year, m.month, m.month == 2 && leap ? 29 : days[m.month - 1]};
}

// The clause a match is most about: where the directive's matched weight
// peaks. Another directive claims the paragraph from this one only there.
std::vector<std::size_t> main_clauses(const Match& m) {
    std::vector<std::size_t> out;
    for (std::size_t c : m.task_clauses) {
        if (c < m.clause_share.size() && m.clause_share[c] >= 1.0 - 1e-9) {
            out.push_back(c);
        }
    }
    return out;
}

double clamp01(double x) {
    return std::max(0.0, std::min(1.0, x));
}

} // namespace

// Who else claims each paragraph: every directive due that month, or due a
// month before and possibly reported late, that matches it well enough to be
// accepted, with the clauses its match is about.
// A long paragraph often reports several tasks, one per sentence or clause,
// so another directive is a rival only for the clauses it is about too.
struct Claims {
    struct Claim {
        double score = 0;
        const TextProfile* task = nullptr;
        std::vector<std::size_t> clauses; // Match::task_clauses
        std::vector<std::size_t> main;    // main_clauses of the match
        // Due in an earlier month: reported late, if at all. It keeps its
        // status words but does not take the paragraph from the month's own
        // directives.
        bool late = false;
    };
    std::vector<std::vector<Claim>> paragraphs;
    // The best score of another directive whose clauses overlap `clauses`.
    double rival(std::size_t paragraph, const TextProfile* self,
                 const std::vector<std::size_t>& clauses) const {
        if (paragraph >= paragraphs.size()) {
            return 0;
        }
        double best = 0;
        for (const Claim& claim : paragraphs[paragraph]) {
            if (claim.task == self || claim.late || claim.score <= best) {
                continue;
            }
            bool overlap =
                std::any_of(claim.clauses.begin(), claim.clauses.end(), [&](std::size_t c) {
                    return std::find(clauses.begin(), clauses.end(), c) != clauses.end();
                });
            if (overlap) {
                best = claim.score;
            }
        }
        return best;
    }
    // Is clause c the clause another accepted directive is most about? Then
    // its status words are that directive's ("Hoàn thành xây dựng dự toán
    // 2025; về giải ngân vốn …, mới đạt 53,4%, chưa đạt").
    // A directive due in an earlier month (reported late, if at all) that
    // matches the paragraph less well than `self_score` does not take the
    // clause: both are about it, and it is the month's own directive's.
    bool other_main(std::size_t paragraph, const TextProfile* self, std::size_t c,
                    double self_score) const {
        if (paragraph >= paragraphs.size()) {
            return false;
        }
        return std::any_of(
            paragraphs[paragraph].begin(), paragraphs[paragraph].end(), [&](const Claim& claim) {
                return claim.task != self && (!claim.late || claim.score >= self_score) &&
                       std::find(claim.main.begin(), claim.main.end(), c) != claim.main.end();
            });
    }
};

struct Tracker::Impl {
    const Normalizer& normalizer;
    Vocabulary vocabulary;

    TextProfile profile(const std::string& text) const {
        return build_profile(text, vocabulary, normalizer);
    }

    // "2.1.3. Về hỗ trợ xóa nhà tạm, nhà dột nát: đã rà soát …" is cut into a
    // heading and a paragraph that opens in lower case: the heading is the
    // paragraph's own label, the object it reports on, so it is read with it.
    std::string labelled(const ResultParagraph& r) const {
        const std::string& t = r.text;
        std::size_t first = t.find_first_not_of(" \t-+*");
        if (first == std::string::npos || r.section_title.empty() ||
            r.section_title.size() > max_label_size) {
            return t;
        }
        std::size_t pos = first;
        char32_t c = utf8::next(t, pos);
        std::string letter;
        utf8::append(letter, c);
        bool lower =
            (c >= U'a' && c <= U'z') || (c >= U'\u00e0' && normalizer.search_key(letter) == letter);
        // "c) BHYT: …" opens with an item's letter, not a lower-case word.
        std::size_t space = t.find(' ', first);
        std::string_view word(t.data() + first,
                              (space == std::string::npos ? t.size() : space) - first);
        bool marker = word.ends_with(')') || word.ends_with('.');
        return lower && !marker ? r.section_title + ": " + t : t;
    }

    // A text typed without marks is read with the marks the commune's other
    // texts use for the same letters.
    TextProfile profile(const std::string& text, const MarkRestorer& marks) const {
        return profile(marks.unmarked(text) ? marks.restore(text) : text);
    }

    MarkRestorer marks_of(const std::vector<const std::string*>& texts) const {
        MarkRestorer marks(normalizer);
        for (const auto* text : texts) {
            if (!marks.unmarked(*text)) {
                marks.learn(*text);
            }
        }
        return marks;
    }

    WordStats stats_of(const std::vector<const TextProfile*>& profiles) const {
        WordStats stats;
        for (const auto* p : profiles) {
            stats.add(terms_of(*p, 0, p->clauses()));
        }
        return stats;
    }

    std::set<std::string> issuer_words(const std::string& issuer) const {
        // The commune's own name is in every name of its places.
        std::set<std::string> out;
        for (const auto& t : normalizer.tokenize(issuer)) {
            out.insert(normalizer.search_key(t.text));
        }
        return out;
    }

    // A task that can be finished: it has a deadline, or names a place or
    // person, a document, a round or a count. A standing duty ("duy trì chế
    // độ trực", "cân đối nguồn thu, đảm bảo chi lương") is planned every
    // month by design; planning it again says nothing about a stuck task.
    bool finishable(const Directive& directive, const TextProfile& task,
                    const std::set<std::string>& ignored) const {
        if (directive.deadline || !task.references.empty()) {
            return true;
        }

        for (const auto& name : task.names) {
            for (const auto& w : name.words) {
                if (!ignored.count(w)) {
                    return true;
                }
            }
        }
        for (const auto& o : task.ordinals) {
            if (o.head != "năm" && o.head != "năm học") {
                return true;
            }
        }
        for (const auto& s : task.syllables) {
            double value = 0;
            // A count ("12 hồ sơ", "03 hộ"), not a date or a year.
            if (s.numeric && s.written.find('/') == std::string::npos && s.written.size() < 4 &&
                parse_vn_number(s.written, value)) {
                return true;
            }
        }
        return false;
    }

    bool same_title(const std::string& a, const std::string& b) const {
        if (a.empty() || b.empty()) {
            return false;
        }
        return phrase_keys(a, normalizer) == phrase_keys(b, normalizer);
    }

    Decision decide(const TextProfile& task, const TaskTerms& terms, const std::string& section,
                    const std::string& section_title, const std::vector<ResultParagraph>& results,
                    const std::vector<TextProfile>& profiles, YearMonth period,
                    const WordStats& stats, const std::set<std::string>& ignored,
                    const Claims* claims = nullptr) const {
        Decision out;
        Match best;
        std::size_t best_index = results.size();
        auto options_for = [&](std::size_t i) {
            MatchOptions options;
            options.ignored_name_words = ignored;
            options.same_section = (!section.empty() && section == results[i].section) ||
                                   same_title(section_title, results[i].section_title);
            return options;
        };
        double best_score = 0;
        for (std::size_t i = 0; i < results.size(); ++i) {
            Match m = match(task, terms, profiles[i], stats, options_for(i));
            double score = m.score;
            if (claims && score > 0 &&
                claims->rival(i, &task, main_clauses(m)) >=
                    std::max(accept_score, score + rival_margin)) {
                continue; // another directive's evidence
            }
            if (score > best_score) {
                best_score = score;
                best_index = i;
                best = std::move(m);
            }
        }
        out.similarity = best.score;
        if (best_index == results.size() || best.score < accept_score) {
            out.status = DirectiveStatus::not_reported;
            // Sure when nothing came close, unsure near the threshold.
            out.confidence = clamp01(0.55 + 0.45 * (1.0 - best.score / accept_score));
            return out;
        }
        const TextProfile& paragraph = profiles[best_index];
        // Status words count in the sentences about the task: a progress note
        // after ';' belongs to it, a new sentence ("Hiện nay thời tiết đang
        // thuận lợi.") does not.
        std::vector<std::size_t> status_clauses;
        for (std::size_t c = 0; c < paragraph.clauses(); ++c) {
            bool own_main = c < best.clause_share.size() && best.clause_share[c] >= 1.0 - 1e-9;
            if (claims && !own_main && claims->other_main(best_index, &task, c, best.score)) {
                continue;
            }
            for (std::size_t t : best.task_clauses) {
                // Nor does another directive's clause open its sentence to
                // this one's status reading.
                bool own = t < best.clause_share.size() && best.clause_share[t] >= 1.0 - 1e-9;
                if (claims && !own && claims->other_main(best_index, &task, t, best.score)) {
                    continue;
                }
                if (paragraph.clause_sentence[c] == paragraph.clause_sentence[t]) {
                    status_clauses.push_back(c);
                    break;
                }
            }
        }
        StatusReading reading =
            read_status(task, paragraph, status_clauses, best.clause_share, vocabulary);
        // A task of several actions is done when each action reported is:
        // "hoàn thành phúc tra …; việc sơ tuyển dự kiến tổ chức trong tháng
        // 9" leaves the second action to do, however firmly the first is
        // finished. Each action's clauses are read on their own.
        std::map<std::size_t, std::vector<std::size_t>> by_action;
        std::vector<std::size_t> actions = clause_actions(terms, paragraph);
        for (std::size_t c : status_clauses) {
            if (actions[c] != std::string::npos) {
                by_action[actions[c]].push_back(c);
            }
        }
        // Another sentence of the paragraph can report another action ("Tổ
        // chức tiếp công dân ngày 15/7. Riêng đơn của ông Thắng đang xác
        // minh."), or more of one already read ("đã khởi công 02 nhà. Nhà
        // thứ ba … chưa khởi công được"): it is read for that action, unless
        // another directive is what it is most about.
        for (std::size_t c = 0; !by_action.empty() && c < paragraph.clauses(); ++c) {
            if (actions[c] == std::string::npos ||
                std::find(status_clauses.begin(), status_clauses.end(), c) !=
                    status_clauses.end() ||
                (claims && claims->other_main(best_index, &task, c, best.score))) {
                continue;
            }
            by_action[actions[c]].push_back(c);
        }
        // Each group of clauses (an action's, a place's) read on its own: one
        // where firm progress words outweigh completion leaves the task
        // under way, however finished the others are.
        auto one_part_under_way = [&](const std::map<std::size_t, std::vector<std::size_t>>& groups,
                                      double min_progress, const char* cue) {
            std::vector<double> whole(paragraph.clauses(), 1.0);
            for (const auto& [part_index, clauses] : groups) {
                StatusReading part = read_status(task, paragraph, clauses, whole, vocabulary);
                // A firm progress word, not a share of a year's plan.
                if (part.word_progress >= min_progress && part.word_progress > part.completion) {
                    reading.done = false;
                    reading.cues.push_back(cue);
                    reading.progress = std::max(reading.progress, reading.completion);
                    return;
                }
            }
        };
        if (reading.done && by_action.size() >= 2) {
            one_part_under_way(by_action, min_action_progress, "an action not done");
        }
        // Done in one of the task's places, under way in another ("đã tổ
        // chức tại thôn Phước Lộc …. Tại thôn Tân An, chiến dịch đang triển
        // khai"): each place's clauses are read on their own, those of
        // another sentence when they also share a word of the task.
        if (reading.done) {
            std::vector<std::vector<std::size_t>> places = clause_places(task, paragraph, ignored);
            std::map<std::size_t, std::vector<std::size_t>> by_place;
            // A word of the task's own, besides the place ("Tại thôn Tân An,
            // chiến dịch đang triển khai" of "chiến dịch diệt lăng quăng").
            std::set<std::string> place_terms;
            for (const Name& name : task.names) {
                for (const auto& w : name.words) {
                    place_terms.insert("w:" + w);
                }
            }
            auto shares_object = [&](std::size_t c) {
                return std::any_of(paragraph.clause_terms[c].begin(),
                                   paragraph.clause_terms[c].end(), [&](const std::string& t) {
                                       auto found = terms.weights.find(t);
                                       return t.starts_with("w:") && found != terms.weights.end() &&
                                              found->second >= min_place_word &&
                                              !place_terms.count(t);
                                   });
            };
            for (std::size_t c = 0; c < paragraph.clauses(); ++c) {
                bool own = std::find(status_clauses.begin(), status_clauses.end(), c) !=
                           status_clauses.end();
                if (places[c].empty() ||
                    (!own && actions[c] == std::string::npos && !shares_object(c)) ||
                    (!own && claims && claims->other_main(best_index, &task, c, best.score))) {
                    continue;
                }
                for (std::size_t p : places[c]) {
                    by_place[p].push_back(c);
                }
            }
            // One place named: the reading above is the place's.
            if (by_place.size() >= 2) {
                one_part_under_way(by_place, min_place_progress, "a place not done");
            }
        }
        // Done in one of the task's places, not yet reported in the other.
        if (reading.done && !best.unnamed_place.empty()) {
            reading.done = false;
            reading.cues.push_back("not named: " + best.unnamed_place);
        }
        // "…; kiểm tra ATTP tại các quầy hàng ở chợ phiên Nà Đon": an action
        // after the first, at a place the evidence paragraph does not name
        // (not one of its words) while it reports the task: that action is
        // still to do.
        if (reading.done) {
            for (const Name& name : task.names) {
                if (name.aside || !name.located || name.clause == 0) {
                    continue;
                }
                std::size_t found = 0, counted = 0; // words outside the commune's name
                for (const auto& w : name.words) {
                    if (ignored.count(w)) {
                        continue;
                    }
                    ++counted;
                    found += std::any_of(paragraph.syllables.begin(), paragraph.syllables.end(),
                                         [&](const Syllable& x) { return x.key == w; });
                }
                if (counted > 0 && found == 0) {
                    reading.done = false;
                    std::string place = name.head;
                    for (const auto& w : name.words) {
                        place += " " + w;
                    }
                    reading.cues.push_back("an action's place not named: " + place);
                    break;
                }
            }
        }
        out.status = reading.done ? DirectiveStatus::done : DirectiveStatus::in_progress;
        // "Kết quả: chưa triển khai, lý do: …" with nothing done and no
        // partial figure: the report says the task was not started. Not
        // reported as done, nor under way; the paragraph stays as evidence.
        if (!reading.done && reading.not_started > 0 &&
            reading.completion < not_started_share * reading.not_started &&
            reading.progress - reading.word_progress <= 1e-9) {
            out.status = DirectiveStatus::not_reported;
            reading.cues.push_back("not started");
        }
        Evidence evidence;
        evidence.period = period;
        evidence.section = results[best_index].section;
        evidence.section_title = results[best_index].section_title;
        evidence.text = results[best_index].text;
        for (std::size_t c : best.task_clauses) {
            std::string clause = paragraph.text.substr(
                paragraph.clause_begin[c], paragraph.clause_end[c] - paragraph.clause_begin[c]);
            evidence.clauses += (evidence.clauses.empty() ? "" : " … ") + clause;
        }
        if (paragraph.text != evidence.text) {
            // Read with its marks restored (MarkRestorer): show it as
            // written, so the reader finds it in the report.
            evidence.clauses = evidence.text;
        }
        evidence.matched = best.matched;
        evidence.cues = reading.cues;
        out.evidence = std::move(evidence);
        double margin = std::abs(reading.completion - reading.progress);
        double match_part = clamp01(0.5 + (best.score - accept_score));
        double status_part = clamp01(0.55 + 0.3 * margin);
        out.confidence = clamp01(match_part * status_part + 0.15);
        return out;
    }
};

Tracker::Tracker(const Dictionaries& dictionaries, const Normalizer& normalizer)
    : m_impl(std::make_unique<Impl>(Impl{normalizer, Vocabulary::load(dictionaries, normalizer)})) {
}
Tracker::~Tracker() = default;
Tracker::Tracker(Tracker&&) noexcept = default;
Tracker& Tracker::operator=(Tracker&&) noexcept = default;

Tracker::Decision Tracker::decide(const Directive& directive,
                                  const std::string& directive_section_title,
                                  const std::vector<ResultParagraph>& results, YearMonth period,
                                  const std::vector<std::string>& context) const {
    std::vector<const std::string*> texts{&directive.text};
    for (const auto& r : results) {
        texts.push_back(&r.text);
    }
    for (const auto& text : context) {
        texts.push_back(&text);
    }
    MarkRestorer marks = m_impl->marks_of(texts);
    TextProfile task = m_impl->profile(directive.text, marks);
    std::vector<TextProfile> profiles;
    for (const auto& r : results) {
        profiles.push_back(m_impl->profile(m_impl->labelled(r), marks));
    }
    std::vector<TextProfile> extra;
    for (const auto& text : context) {
        extra.push_back(m_impl->profile(text, marks));
    }
    std::vector<const TextProfile*> all;
    for (const auto& p : profiles) {
        all.push_back(&p);
    }
    for (const auto& p : extra) {
        all.push_back(&p);
    }
    all.push_back(&task);
    WordStats stats = m_impl->stats_of(all);
    TaskTerms terms = task_terms(task, stats);
    return m_impl->decide(task, terms, directive.section, directive_section_title, results,
                          profiles, period, stats, {});
}

double Tracker::same_task(std::string_view a, std::string_view b,
                          const std::vector<std::string>& context) const {
    TextProfile pa = m_impl->profile(std::string(a));
    TextProfile pb = m_impl->profile(std::string(b));
    std::vector<TextProfile> extra;
    for (const auto& text : context) {
        extra.push_back(m_impl->profile(text));
    }
    std::vector<const TextProfile*> all{&pa, &pb};
    for (const auto& p : extra) {
        all.push_back(&p);
    }
    WordStats stats = m_impl->stats_of(all);
    Match ab = match(pa, task_terms(pa, stats), pb, stats, {});
    Match ba = match(pb, task_terms(pb, stats), pa, stats, {});
    if (ab.conflict || ba.conflict) {
        return 0;
    }
    return std::min(ab.score, ba.score);
}

std::vector<TrackedDirective> Tracker::track(const std::vector<TrackedReport>& reports,
                                             const TrackOptions& options) const {
    const Impl& impl = *m_impl;
    // Same commune only: group by the issuer's search key.
    std::map<std::string, std::map<YearMonth, const TrackedReport*>> communes;
    for (const auto& r : reports) {
        if (!r.period.valid()) {
            continue;
        }
        std::string key;
        for (const auto& t : impl.normalizer.tokenize(r.issuer)) {
            key += (key.empty() ? "" : " ") + impl.normalizer.search_key(t.text);
        }
        communes[key].emplace(r.period, &r); // the first of a commune and period wins
    }
    std::vector<TrackedDirective> out;
    for (const auto& [commune, months] : communes) {
        // Profiles of every results paragraph and directive, and word rarity
        // over all of them: what is rare in this commune's reports is specific.
        std::map<YearMonth, std::vector<TextProfile>> result_profiles;
        std::map<YearMonth, std::vector<TextProfile>> task_profiles;
        std::vector<const TextProfile*> all;
        std::vector<const std::string*> texts;
        for (const auto& [period, report] : months) {
            for (const auto& r : report->results) {
                texts.push_back(&r.text);
            }
            for (const auto& d : report->directives) {
                texts.push_back(&d.text);
            }
        }
        MarkRestorer marks = impl.marks_of(texts);
        for (const auto& [period, report] : months) {
            auto& rp = result_profiles[period];
            for (const auto& r : report->results) {
                rp.push_back(impl.profile(impl.labelled(r), marks));
            }
            auto& tp = task_profiles[period];
            for (const auto& d : report->directives) {
                tp.push_back(impl.profile(d.text, marks));
            }
        }
        for (auto& [period, list] : result_profiles) {
            for (auto& p : list) {
                all.push_back(&p);
            }
        }
        for (auto& [period, list] : task_profiles) {
            for (auto& p : list) {
                all.push_back(&p);
            }
        }
        WordStats stats = impl.stats_of(all);
        // Each directive's weighted terms, computed once: every directive is
        // compared with the next plans too (planned again, recurring).
        std::map<const TextProfile*, TaskTerms> term_cache;
        for (const auto& [period, list] : task_profiles) {
            for (const auto& p : list) {
                term_cache.emplace(&p, task_terms(p, stats));
            }
        }
        auto terms_of_task = [&](const TextProfile& p) -> const TaskTerms& {
            return term_cache.at(&p);
        };
        std::set<std::string> ignored = impl.issuer_words(months.rbegin()->second->issuer);
        // Two plan texts are the same task: each matches the other well, with
        // no conflicting name or round (planned again, recurring).
        auto same_task = [&](const TextProfile& a, const TextProfile& b) {
            Match ab = match(a, terms_of_task(a), b, stats, {ignored, false});
            Match ba = match(b, terms_of_task(b), a, stats, {ignored, false});
            return !ab.conflict && !ba.conflict && std::min(ab.score, ba.score) >= same_task_score;
        };
        // Who claims each results paragraph: the directives due that month.
        std::map<YearMonth, Claims> claims;
        for (const auto& [period, report] : months) {
            auto due = months.find(report->plan_period);
            if (!report->plan_period.valid() || due == months.end()) {
                continue;
            }
            // The month the plan is due, and the later months a late report
            // may come in.
            YearMonth answering = due->first;
            for (int k = 0; k < options.horizon && months.count(answering);
                 ++k, answering = answering.next()) {
                const auto& results = months.at(answering)->results;
                Claims& c = claims[answering];
                c.paragraphs.resize(results.size());
                const auto& tasks = task_profiles[period];
                for (std::size_t t = 0; t < tasks.size(); ++t) {
                    const TaskTerms& terms = terms_of_task(tasks[t]);
                    const Directive& directive = report->directives[t];
                    for (std::size_t i = 0; i < results.size(); ++i) {
                        MatchOptions matching;
                        matching.ignored_name_words = ignored;
                        matching.same_section =
                            (!directive.section.empty() &&
                             directive.section == results[i].section) ||
                            impl.same_title(directive.section_title, results[i].section_title);
                        Match m =
                            match(tasks[t], terms, result_profiles[answering][i], stats, matching);
                        if (m.score >= accept_score) {
                            c.paragraphs[i].push_back(
                                {m.score, &tasks[t], m.task_clauses, main_clauses(m), k > 0});
                        }
                    }
                }
            }
        }
        std::size_t first = out.size(); // this commune's directives start here
        std::vector<std::pair<YearMonth, std::size_t>> tracked_index;
        const TrackedReport* latest = months.rbegin()->second;
        Date as_of = options.as_of    ? *options.as_of
                     : latest->issued ? *latest->issued
                                      : end_of_month(latest->period);

        for (const auto& [period, report] : months) {
            if (!report->plan_period.valid() || !months.count(report->plan_period)) {
                continue; // nothing reports on this plan yet
            }
            const auto& tasks = task_profiles[period];
            for (std::size_t t = 0; t < report->directives.size(); ++t) {
                const Directive& directive = report->directives[t];
                const TaskTerms& terms = terms_of_task(tasks[t]);
                TrackedDirective tracked;
                tracked.directive = directive;
                tracked.issuer = report->issuer;
                tracked.planned_in = period;
                tracked.due = report->plan_period;
                // Is the same task in the plan part of `month`'s report?
                auto planned_again = [&](YearMonth month) {
                    auto found = task_profiles.find(month);
                    if (found == task_profiles.end()) {
                        return false;
                    }
                    return std::any_of(
                        found->second.begin(), found->second.end(),
                        [&](const TextProfile& p) { return same_task(tasks[t], p); });
                };
                // Month N+1 answers. A later month answers only for a task
                // that was not planned again (a re-planned task is answered
                // by its new directive): "done" ends the search ("first
                // reported done in N+2"); "in progress" stands when nothing
                // done comes later.
                YearMonth month = report->plan_period;
                Decision final_decision =
                    impl.decide(tasks[t], terms, directive.section, directive.section_title,
                                months.at(month)->results, result_profiles[month], month, stats,
                                ignored, &claims[month]);
                if (final_decision.status == DirectiveStatus::not_reported &&
                    !planned_again(month)) {
                    YearMonth later = month.next();
                    for (int k = 1; k < options.horizon && months.count(later);
                         ++k, later = later.next()) {
                        Decision d =
                            impl.decide(tasks[t], terms, directive.section, directive.section_title,
                                        months.at(later)->results, result_profiles[later], later,
                                        stats, ignored, &claims[later]);
                        if (d.status == DirectiveStatus::done) {
                            final_decision = d;
                            tracked.months_late = k;
                            break;
                        }
                        if (d.status == DirectiveStatus::in_progress &&
                            final_decision.status == DirectiveStatus::not_reported) {
                            final_decision = d;
                            tracked.months_late = k;
                        }
                        if (planned_again(later)) {
                            break;
                        }
                    }
                }
                tracked.status = final_decision.status;
                tracked.evidence = final_decision.evidence;
                tracked.confidence = final_decision.confidence;
                tracked.similarity = final_decision.similarity;
                tracked.overdue = tracked.status != DirectiveStatus::done && directive.deadline &&
                                  *directive.deadline < as_of;

                tracked_index.push_back({period, t});
                out.push_back(std::move(tracked));
            }
        }

        // Recurring: the same task planned again because the month before
        // did not report it done, three or more months in a row. A standing
        // duty reported done every month is no chain.
        std::map<std::pair<YearMonth, std::size_t>, std::size_t> where;
        for (std::size_t i = 0; i < tracked_index.size(); ++i) {
            where[tracked_index[i]] = first + i;
        }
        std::vector<long> previous(tracked_index.size(), -1);
        for (std::size_t i = 0; i < tracked_index.size(); ++i) {
            auto [period, t] = tracked_index[i];
            YearMonth before = period.previous();
            auto found = task_profiles.find(before);
            if (found == task_profiles.end()) {
                continue;
            }
            const TextProfile& task = task_profiles[period][t];
            for (std::size_t k = 0; k < found->second.size(); ++k) {
                auto at = where.find({before, k});
                if (at == where.end() || out[at->second].status == DirectiveStatus::done) {
                    continue;
                }
                if (same_task(task, found->second[k])) {
                    previous[i] = static_cast<long>(at->second - first);
                    break;
                }
            }
        }
        std::vector<long> next(tracked_index.size(), -1);
        for (std::size_t i = 0; i < previous.size(); ++i) {
            if (previous[i] >= 0 && next[static_cast<std::size_t>(previous[i])] < 0) {
                next[static_cast<std::size_t>(previous[i])] = static_cast<long>(i);
            }
        }
        for (std::size_t i = 0; i < tracked_index.size(); ++i) {
            long head = static_cast<long>(i);
            while (previous[static_cast<std::size_t>(head)] >= 0) {
                head = previous[static_cast<std::size_t>(head)];
            }
            std::vector<YearMonth> chain;
            long tail = head;
            for (long at = head; at >= 0; at = next[static_cast<std::size_t>(at)]) {
                chain.push_back(tracked_index[static_cast<std::size_t>(at)].first);
                tail = at;
            }
            // The latest report's plan cannot be checked yet (no later
            // report), but planning the task there again still counts:
            // planned in January, February and March without a done report
            // is three months.
            if (out[first + static_cast<std::size_t>(tail)].status != DirectiveStatus::done) {
                auto [tail_month, tail_task] = tracked_index[static_cast<std::size_t>(tail)];
                YearMonth after = tail_month.next();
                bool tracked_month =
                    std::any_of(tracked_index.begin(), tracked_index.end(),
                                [&](const auto& entry) { return entry.first == after; });
                auto plan = task_profiles.find(after);
                if (!tracked_month && plan != task_profiles.end()) {
                    const TextProfile& task = task_profiles[tail_month][tail_task];
                    if (std::any_of(plan->second.begin(), plan->second.end(),
                                    [&](const TextProfile& p) { return same_task(task, p); })) {
                        chain.push_back(after);
                    }
                }
            }
            TrackedDirective& d = out[first + i];
            d.history = chain;
            bool finishable = false;
            for (long at = head; at >= 0; at = next[static_cast<std::size_t>(at)]) {
                const TrackedDirective& member = out[first + static_cast<std::size_t>(at)];
                auto [month, t] = tracked_index[static_cast<std::size_t>(at)];
                finishable = finishable ||
                             impl.finishable(member.directive, task_profiles[month][t], ignored);
            }
            d.recurring = static_cast<int>(chain.size()) >= recurring_months && finishable;
        }
    }
    return out;
}

} // namespace baocao
