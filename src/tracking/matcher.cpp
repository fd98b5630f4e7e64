#include "tracking/matcher.h"

#include <algorithm>
#include <cmath>

namespace baocao::tracking_detail {

namespace {

// Why these numbers: a window of up to three clauses holds one reported task
// in every report style we have seen, and a bigram counts a little less than
// its two words because it mostly confirms them.
constexpr std::size_t max_window = 3;
constexpr double bigram_share = 0.7;
constexpr double capital_boost = 1.5;
constexpr double content_weight = 0.5; // syllable multiplier above which a word is "content"
constexpr std::size_t core_size = 2;
constexpr double task_clause_share = 0.3; // of the best clause's matched weight
constexpr double position_decay = 0.025;  // per syllable from the start of the task
constexpr double min_position_weight = 0.4;
// Score = recall of the task's words, mixed with how much of the evidence
// clause is about the task: a short report of a long directive is common.
constexpr double recall_share = 0.6;
// One sentence of a several-sentence task counts when it carries a fair share
// of the task, a little less than the whole.
constexpr double min_part_share = 0.25;
constexpr double part_discount = 0.85;

bool names_agree(const Name& a, const Name& b, const std::set<std::string>& ignored) {
    std::vector<std::string> x, y;
    for (const auto& w : a.words) {
        if (!ignored.count(w)) {
            x.push_back(w);
        }
    }
    for (const auto& w : b.words) {
        if (!ignored.count(w)) {
            y.push_back(w);
        }
    }
    if (x.empty() || y.empty()) {
        return true; // only the commune's name: nothing to compare
    }
    if (x.back() == y.back()) {
        return true;
    }
    auto contains = [](const std::vector<std::string>& big, const std::vector<std::string>& small) {
        return std::all_of(small.begin(), small.end(), [&](const std::string& w) {
            return std::find(big.begin(), big.end(), w) != big.end();
        });
    };
    return contains(x, y) || contains(y, x);
}

bool only_ignored(const Name& name, const std::set<std::string>& ignored) {
    return std::all_of(name.words.begin(), name.words.end(),
                       [&](const std::string& w) { return ignored.count(w) != 0; });
}

} // namespace

void WordStats::add(const std::set<std::string>& terms) {
    ++m_documents;
    for (const auto& t : terms) {
        ++m_df[t];
    }
}

double WordStats::idf(const std::string& term) const {
    auto found = m_df.find(term);
    double df = found == m_df.end() ? 0.0 : static_cast<double>(found->second);
    return std::log(1.0 + static_cast<double>(m_documents + 1) / (1.0 + df));
}

TaskTerms task_terms(const TextProfile& task, const WordStats& stats) {
    TaskTerms out;
    const auto& s = task.syllables;
    std::vector<std::pair<double, std::string>> content;
    auto put = [&](const std::string& term, double weight) {
        double& slot = out.weights[term];
        slot = std::max(slot, weight);
    };
    std::size_t clause_start = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (i > 0 && s[i].clause != s[i - 1].clause) {
            clause_start = i;
        }
        if (s[i].numeric) {
            continue;
        }
        // Each clause of a task names its object first; purpose and manner
        // come after ("…, đảm bảo chất lượng", "theo kế hoạch của huyện").
        double position = std::max(min_position_weight,
                                   1.0 - position_decay * static_cast<double>(i - clause_start));
        std::size_t sentence = task.clause_sentence[s[i].clause];
        if (out.parts.size() <= sentence) {
            out.parts.resize(sentence + 1);
        }
        auto put_part = [&](const std::string& term, double weight) {
            double& slot = out.parts[sentence][term];
            slot = std::max(slot, weight);
        };
        std::string unigram = "w:" + s[i].key;
        double weight =
            position * stats.idf(unigram) * s[i].weight * (s[i].capital ? capital_boost : 1.0);
        put(unigram, weight);
        put_part(unigram, weight);
        if (i + 1 < s.size() && s[i + 1].clause == s[i].clause && !s[i + 1].numeric) {
            std::string bigram = "b:" + s[i].key + " " + s[i + 1].key;
            double w = position * bigram_share * stats.idf(bigram) *
                       std::sqrt(s[i].weight * s[i + 1].weight);
            put(bigram, w);
            put_part(bigram, w);
            // The object: the most specific content pairs of the first part
            // of the task (the end is often a purpose shared by many tasks).
            bool early =
                static_cast<double>(i) < std::max(8.0, 0.6 * static_cast<double>(s.size()));
            if (early && s[i].weight >= content_weight && s[i + 1].weight >= content_weight &&
                !s[i].capital && !s[i + 1].capital) {
                content.push_back({stats.idf(bigram), bigram});
            }
        }
    }
    for (const auto& [term, weight] : out.weights) {
        out.total += weight;
    }
    for (const auto& part : out.parts) {
        double total = 0;
        for (const auto& [term, weight] : part) {
            total += weight;
        }
        out.part_totals.push_back(total);
    }
    std::sort(content.begin(), content.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (const auto& [idf, term] : content) {
        if (std::find(out.core.begin(), out.core.end(), term) == out.core.end()) {
            out.core.push_back(term);
        }
        if (out.core.size() == core_size) {
            break;
        }
    }
    return out;
}

Match match(const TextProfile& task, const TaskTerms& terms, const TextProfile& paragraph,
            const WordStats& stats, const MatchOptions& options) {
    Match best;
    if (terms.total <= 0 || paragraph.syllables.empty()) {
        return best;
    }
    std::size_t n = paragraph.clauses();
    std::vector<std::set<std::string>> clause_terms(n);
    for (std::size_t c = 0; c < n; ++c) {
        clause_terms[c] = terms_of(paragraph, c, c + 1);
    }
    // Bigrams never cross clauses, so a window's terms are its clauses' union.
    double best_recall = -1;
    for (std::size_t first = 0; first < n; ++first) {
        std::set<std::string> window;
        for (std::size_t last = first + 1; last <= std::min(n, first + max_window); ++last) {
            window.insert(clause_terms[last - 1].begin(), clause_terms[last - 1].end());
            double got = 0;
            for (const auto& [term, weight] : terms.weights) {
                if (window.count(term)) {
                    got += weight;
                }
            }
            double recall = got / terms.total;
            if (terms.parts.size() > 1) {
                for (std::size_t k = 0; k < terms.parts.size(); ++k) {
                    if (terms.part_totals[k] < min_part_share * terms.total) {
                        continue;
                    }
                    double part_got = 0;
                    for (const auto& [term, weight] : terms.parts[k]) {
                        if (window.count(term)) {
                            part_got += weight;
                        }
                    }
                    recall = std::max(recall, part_discount * part_got / terms.part_totals[k]);
                }
            }
            if (recall > best_recall + 1e-9) {
                best_recall = recall;
                best.first = first;
                best.last = last;
            }
        }
    }
    best.recall = std::max(0.0, best_recall);
    std::set<std::string> window = terms_of(paragraph, best.first, best.last);

    // Clauses about the task: those carrying a fair share of the matched weight.
    std::vector<double> clause_weight(n, 0);
    double top = 0;
    for (std::size_t c = best.first; c < best.last; ++c) {
        for (const auto& [term, weight] : terms.weights) {
            if (clause_terms[c].count(term)) {
                clause_weight[c] += weight;
            }
        }
        top = std::max(top, clause_weight[c]);
    }
    best.clause_share.assign(n, 0.0);
    for (std::size_t c = 0; c < n; ++c) {
        if (c < best.first || c >= best.last) {
            for (const auto& [term, weight] : terms.weights) {
                if (clause_terms[c].count(term)) {
                    clause_weight[c] += weight;
                }
            }
        }
        best.clause_share[c] = top > 0 ? std::min(1.0, clause_weight[c] / top) : 0.0;
    }
    for (std::size_t c = best.first; c < best.last; ++c) {
        if (top > 0 && clause_weight[c] >= task_clause_share * top) {
            best.task_clauses.push_back(c);
        }
    }
    for (const auto& s : paragraph.syllables) {
        if (s.numeric || s.weight < content_weight ||
            std::find(best.task_clauses.begin(), best.task_clauses.end(), s.clause) ==
                best.task_clauses.end()) {
            continue;
        }
        if (terms.weights.count("w:" + s.key) &&
            std::find(best.matched.begin(), best.matched.end(), s.written) == best.matched.end()) {
            best.matched.push_back(s.written);
        }
    }

    // Coverage: the share of the task clauses' own weight that the directive
    // shares ("Tiếp tục số hóa sổ hộ tịch" is all about the task even when the
    // directive says more).
    double own = 0, common = 0;
    const auto& ps = paragraph.syllables;
    for (std::size_t i = 0; i < ps.size(); ++i) {
        if (ps[i].numeric || std::find(best.task_clauses.begin(), best.task_clauses.end(),
                                       ps[i].clause) == best.task_clauses.end()) {
            continue;
        }
        std::string unigram = "w:" + ps[i].key;
        double w = stats.idf(unigram) * ps[i].weight;
        own += w;
        common += terms.weights.count(unigram) ? w : 0;
        if (i + 1 < ps.size() && ps[i + 1].clause == ps[i].clause && !ps[i + 1].numeric) {
            std::string bigram = "b:" + ps[i].key + " " + ps[i + 1].key;
            double wb =
                bigram_share * stats.idf(bigram) * std::sqrt(ps[i].weight * ps[i + 1].weight);
            own += wb;
            common += terms.weights.count(bigram) ? wb : 0;
        }
    }
    best.coverage = own > 0 ? common / own : 0;

    double factor = 1.0;
    // The object: the directive's heaviest content terms should be there.
    std::size_t core_found = 0;
    for (const auto& term : terms.core) {
        core_found += window.count(term);
    }
    if (!terms.core.empty()) {
        if (core_found == 0) {
            factor *= 0.6;
            best.why = "object words missing";
        }
    }

    // Names: a different village, school or person is a different task.
    double bonus = 0;
    std::map<std::string, std::vector<const Name*>> task_names;
    for (const auto& name : task.names) {
        if (!only_ignored(name, options.ignored_name_words)) {
            task_names[name.head].push_back(&name);
        }
    }
    for (const auto& [head, names] : task_names) {
        bool agree = false;
        bool other = false;
        for (const auto& name : paragraph.names) {
            if (name.head != head || only_ignored(name, options.ignored_name_words)) {
                continue;
            }
            bool any = std::any_of(names.begin(), names.end(), [&](const Name* candidate) {
                return names_agree(*candidate, name, options.ignored_name_words);
            });
            agree = agree || any;
            other = other || !any;
        }
        if (!agree) {
            // The name may stand without its head ("tại Lẻ Doi").
            std::set<std::string> keys;
            for (const auto& s : paragraph.syllables) {
                keys.insert(s.key);
            }
            agree = std::any_of(names.begin(), names.end(), [&](const Name* candidate) {
                return std::all_of(candidate->words.begin(), candidate->words.end(),
                                   [&](const std::string& w) { return keys.count(w) != 0; });
            });
        }
        if (agree) {
            bonus += 0.05;
        } else if (other) {
            best.conflict = true;
            best.why = "different " + head;
        } else {
            factor *= 0.75;
            best.why = head + " not named";
        }
    }

    // Numbered things: "đợt 2" is not "đợt 1", "năm 2024" not "năm 2023".
    std::map<std::string, std::set<std::string>> task_values, window_values;
    for (const auto& o : task.ordinals) {
        task_values[o.head].insert(o.value);
    }
    for (const auto& o : paragraph.ordinals) {
        if (o.clause >= best.first && o.clause < best.last) {
            window_values[o.head].insert(o.value);
        }
    }
    for (const auto& [head, values] : task_values) {
        auto found = window_values.find(head);
        if (found == window_values.end()) {
            continue;
        }
        bool shared = std::any_of(values.begin(), values.end(),
                                  [&](const std::string& v) { return found->second.count(v); });
        if (!shared) {
            // Another round ("đợt 1" for "đợt 2") is another task; another
            // year may be a restated date, so it only weighs.
            if (head == "năm") {
                factor *= 0.5;
            } else {
                best.conflict = true;
            }
            best.why = "different " + head;
        }
    }

    // Document numbers that agree are strong evidence.
    for (const auto& ref : task.references) {
        if (std::find(paragraph.references.begin(), paragraph.references.end(), ref) !=
            paragraph.references.end()) {
            bonus += 0.15;
            break;
        }
    }
    if (options.same_section) {
        bonus += 0.05;
    }
    double similarity = recall_share * best.recall + (1 - recall_share) * best.coverage;
    best.score = best.conflict ? 0.0 : similarity * factor + bonus;
    return best;
}

} // namespace baocao::tracking_detail
