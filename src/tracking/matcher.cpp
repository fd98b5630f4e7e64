#include "tracking/matcher.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <unordered_map>

namespace baocao::tracking_detail {

namespace {

// Why these numbers: a window of up to three clauses holds one reported task
// in every report style we have seen, and a bigram counts a little less than
// its two words because it mostly confirms them.
constexpr std::size_t max_window = 3;
constexpr double bigram_share = 0.7;
constexpr double capital_boost = 1.5;
// A slogan or title in quotation marks is seldom repeated by the report.
constexpr double quoted_share = 0.3;
// An abbreviation this close after a capitalised word belongs to a name.
constexpr std::size_t abbreviation_name_reach = 3;
constexpr double content_weight = 0.5; // syllable multiplier above which a word is "content"
// The object is the smallest set of heaviest content words that carries half
// of the task's content weight, two to five words: enough to name a thing
// ("phun hóa chất khử khuẩn"), too few to include the purpose clause.
constexpr double object_share = 0.5;
constexpr std::size_t min_object_words = 2;
constexpr std::size_t max_object_words = 5;
// A window with none of the object keeps this share of its score; with half
// the object's weight or more, all of it.
constexpr double object_floor = 0.45;
constexpr double object_enough = 0.7;
// With a numbered event that agrees ("đợt 1"), a window without the object
// words keeps this share instead of object_floor.
constexpr double ordinal_object_floor = 0.8;
// "2025" in "02/2025": four digits that can be a year of the reports.
bool is_year(const std::string& w) {
    constexpr int first_year = 1900;
    constexpr int last_year = 2199;
    if (!std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return false;
    }
    int year = std::atoi(w.c_str());
    return year >= first_year && year <= last_year;
}

// Does a verb flagged `verb` stand right before an event's head in the
// clauses `in_scope` accepts ("tổ chức Giải …", "tham gia Hội thi …")?
template <typename InScope>
bool acts_on_event(const TextProfile& p, InScope in_scope, bool Syllable::*verb) {
    constexpr std::size_t event_reach = 4; // "tổ chức các giải": verb, filler, head
    const auto& s = p.syllables;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (!(s[i].*verb) || !in_scope(s[i].clause)) {
            continue;
        }
        for (std::size_t k = i + 1;
             k < s.size() && k <= i + event_reach && s[k].clause == s[i].clause; ++k) {
            if (s[k].event) {
                return true;
            }
        }
    }
    return false;
}

// A different count of the same thing ("02 lớp" planned, "01 lớp" of
// something else reported) keeps this share of the score: nearly always
// another task, yet a partial report may still carry the rest of the match.
constexpr double count_factor = 0.4;
constexpr double task_clause_share = 0.3; // of the best clause's matched weight
constexpr double position_decay = 0.025;  // per syllable from the start of the task
constexpr double min_position_weight = 0.4;
// Score = recall of the task's words, mixed with how much of the evidence
// clause is about the task: a short report of a long directive is common.
constexpr double recall_share = 0.6;
// A directive that names its village, school or person and a paragraph that
// names none: a report of the task nearly always says where or who.
constexpr double unnamed_factor = 0.6;
// A numbered thing that agrees ("kỳ họp thứ 7"); years are too common to count.
constexpr double ordinal_bonus = 0.05;
// One sentence of a several-sentence task counts when it carries a fair share
// of the task, a little less than the whole.
constexpr double min_part_share = 0.25;
constexpr double part_discount = 0.85;
// A clause that recalls this share of one action of the task reports it.
constexpr double action_recall = 0.4;

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

// "TDP" and "tổ dân phố" are one head: a short bulleted report writes the
// initials of a place noun as often as the noun. A head of two or more words
// and a head that is exactly their initials agree.
bool same_head(const std::string& a, const std::string& b) {
    if (a == b) {
        return true;
    }
    auto initials_of = [](const std::string& phrase) {
        std::string out;
        bool start = true;
        std::size_t words = 0;
        for (char c : phrase) {
            if (c == ' ') {
                start = true;
            } else if (start) {
                out += c;
                start = false;
                ++words;
            }
        }
        return words >= 2 ? out : std::string();
    };
    auto is_initials = [&](const std::string& s, const std::string& phrase) {
        std::string i = initials_of(phrase);
        return !i.empty() && s.find(' ') == std::string::npos && s == i;
    };
    return is_initials(a, b) || is_initials(b, a);
}

bool only_ignored(const Name& name, const std::set<std::string>& ignored) {
    return std::all_of(name.words.begin(), name.words.end(),
                       [&](const std::string& w) { return ignored.count(w) != 0; });
}

// A name's word as compared: "06" is "6".
std::string name_word(const std::string& w) {
    std::size_t lead = w.find_first_not_of('0');
    return lead == std::string::npos || lead == 0 ? w : w.substr(lead);
}

// Are all the words of a name numbers ("khu phố 8")?
bool numeric(const std::vector<std::string>& words) {
    return std::all_of(words.begin(), words.end(), [](const std::string& w) {
        return std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
    });
}

// "tại khóm Mỹ Hòa và khóm Tân Thuận" answered by a class at khóm Mỹ Hòa
// alone: the other place is still to do. Of the task's places under one head
// and in one clause, one is named in the window [first, last) and another
// nowhere in the paragraph, not even one word of it ("các trường Mầm non,
// Tiểu học, THCS Lâm Hạ" names them all). Returns that place, or "".
std::string unnamed_place(const std::vector<const Name*>& names, const TextProfile& paragraph,
                          std::size_t first, std::size_t last,
                          const std::set<std::string>& ignored) {
    std::vector<std::vector<std::string>> places;
    // The clause of the first place the task names outright (not an aside
    // in brackets).
    auto outright =
        std::find_if(names.begin(), names.end(), [](const Name* name) { return !name->aside; });
    if (outright == names.end()) {
        return "";
    }
    std::size_t clause = (*outright)->clause;
    for (const Name* name : names) {
        std::vector<std::string> words;
        for (const auto& w : name->words) {
            if (!ignored.count(w)) {
                words.push_back(name_word(w));
            }
        }
        if (name->aside || name->clause != clause || words.empty() ||
            std::find(places.begin(), places.end(), words) != places.end()) {
            continue;
        }
        places.push_back(words);
    }
    if (places.size() < 2) {
        return "";
    }
    // Built only here: match() runs for every directive and paragraph, and
    // most tasks name fewer than two places.
    std::set<std::string> everywhere, in_window;
    for (const auto& s : paragraph.syllables) {
        // An abbreviation is a word of a name as written ("THCS").
        std::string written = s.written;
        std::transform(written.begin(), written.end(), written.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        for (const std::string& w : {name_word(s.key), name_word(written)}) {
            everywhere.insert(w);
            if (s.clause >= first && s.clause < last) {
                in_window.insert(w);
            }
        }
    }
    auto all_in = [](const std::vector<std::string>& words, const std::set<std::string>& keys) {
        return std::all_of(words.begin(), words.end(),
                           [&](const std::string& w) { return keys.count(w) != 0; });
    };
    auto none_in = [](const std::vector<std::string>& words, const std::set<std::string>& keys) {
        return std::none_of(words.begin(), words.end(),
                            [&](const std::string& w) { return keys.count(w) != 0; });
    };
    // A number alone ("thôn 2") is named only under its head: "đợt 2" is no
    // village.
    auto under_head = [&](const std::vector<std::string>& words) {
        return std::any_of(paragraph.names.begin(), paragraph.names.end(), [&](const Name& n) {
            std::vector<std::string> got;
            for (const auto& w : n.words) {
                if (!ignored.count(w)) {
                    got.push_back(name_word(w));
                }
            }
            return n.clause >= first && n.clause < last && same_head(n.head, (*outright)->head) &&
                   got == words;
        });
    };
    bool one_named = std::any_of(places.begin(), places.end(), [&](const auto& words) {
        return numeric(words) ? under_head(words) : all_in(words, in_window);
    });
    auto missing = std::find_if(places.begin(), places.end(),
                                [&](const auto& words) { return none_in(words, everywhere); });
    if (!one_named || missing == places.end()) {
        return "";
    }
    std::string out = (*outright)->head;
    for (const auto& w : *missing) {
        out += " " + w;
    }
    return out;
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
    std::map<std::string, double> content; // content unigram -> heaviest weight
    std::vector<std::map<std::string, double>> part_content;
    auto put = [&](const std::string& term, double weight) {
        double& slot = out.weights[term];
        slot = std::max(slot, weight);
    };
    // Parts: each sentence, and each clause when a sentence has several
    // ("thực hiện tốt nhiệm vụ CCHC; hoàn thiện hồ sơ chấm điểm Chỉ số CCHC"):
    // a report often answers the one concrete clause of a long directive.
    std::size_t sentences = task.clause_sentence.empty() ? 0 : task.clause_sentence.back() + 1;
    bool clause_parts = task.clauses() > sentences;
    out.parts.resize(sentences + (clause_parts ? task.clauses() : 0));
    part_content.resize(out.parts.size());
    out.sentences = sentences;
    std::size_t clause_start = 0;
    std::size_t own_start = 0; // of the clause, however it opened
    for (std::size_t i = 0; i < s.size(); ++i) {
        // A clause opened by a word ("…, phấn đấu tỷ lệ bao phủ BHYT đạt 93%")
        // goes on after the task's object: for the whole task its words stay
        // behind it; as a part of its own it names its object first.
        if (i > 0 && s[i].clause != s[i - 1].clause) {
            own_start = i;
            clause_start = task.clause_opened_by_word[s[i].clause] ? clause_start : i;
        }
        if (s[i].numeric) {
            continue;
        }
        // Each clause of a task names its object first; purpose and manner
        // come after ("…, đảm bảo chất lượng", "theo kế hoạch của huyện").
        auto position_from = [&](std::size_t start) {
            return std::max(min_position_weight,
                            1.0 - position_decay * static_cast<double>(i - start));
        };
        double position = position_from(clause_start);
        double own_factor = position_from(own_start) / position;
        std::size_t sentence = task.clause_sentence[s[i].clause];
        auto put_part = [&](const std::string& term, double weight) {
            double& slot = out.parts[sentence][term];
            slot = std::max(slot, weight);
            if (clause_parts) {
                double& own = out.parts[sentences + s[i].clause][term];
                own = std::max(own, weight * own_factor);
            }
        };
        std::string unigram = "w:" + s[i].key;
        double weight = position * stats.idf(unigram) * s[i].weight *
                        (s[i].capital ? capital_boost : 1.0) * (s[i].quoted ? quoted_share : 1.0);
        put(unigram, weight);
        put_part(unigram, weight);
        // A syllable after a capital in the same clause belongs to a name
        // ("Trạm Trồng trọt", "Hội thi"), checked with the names.
        bool in_name = i > 0 && s[i - 1].capital && s[i - 1].clause == s[i].clause;
        if (s[i].weight >= content_weight && !s[i].capital && !in_name && !s[i].channel) {
            // Names are checked on their own (names_agree); the object is
            // what is done or built.
            // An abbreviation is one word however many syllables it stands
            // for ("BHYT", "PCCC"): its object word is the most specific
            // pair of its long form ("hiểm y", which "BHXH" has not), at the
            // mean weight of its syllables.
            std::string term = unigram;
            double term_weight = weight;
            bool skip = false;
            if (s[i].expanded) {
                std::size_t first = i;
                while (first > 0 && s[first - 1].expanded && s[first - 1].begin == s[i].begin) {
                    --first;
                }
                // Part of a unit's name ("Trạm Trồng trọt và BVTV huyện",
                // "Ban CHQS"): who does it, not what is done.
                for (std::size_t back = 1; back <= abbreviation_name_reach && back <= first;
                     ++back) {
                    const Syllable& before = s[first - back];
                    skip = skip || (before.clause == s[i].clause && before.capital);
                }
                skip = skip || first != i;
                std::size_t end = first;
                while (end < s.size() && s[end].expanded && s[end].begin == s[i].begin) {
                    ++end;
                }
                double best_idf = -1;
                term_weight = 0;
                for (std::size_t k = first; k < end; ++k) {
                    term_weight += position * stats.idf("w:" + s[k].key) * s[k].weight /
                                   static_cast<double>(end - first);
                    if (k + 1 < end) {
                        std::string pair = "b:" + s[k].key + " " + s[k + 1].key;
                        if (stats.idf(pair) > best_idf) {
                            best_idf = stats.idf(pair);
                            term = pair;
                        }
                    }
                }
            }
            if (!skip) {
                double& slot = content[term];
                slot = std::max(slot, term_weight);
                double& in_sentence = part_content[sentence][term];
                in_sentence = std::max(in_sentence, term_weight);
                if (clause_parts) {
                    double& in_clause = part_content[sentences + s[i].clause][term];
                    in_clause = std::max(in_clause, term_weight * own_factor);
                }
            }
        }
        if (i + 1 < s.size() && s[i + 1].clause == s[i].clause && !s[i + 1].numeric) {
            std::string bigram = "b:" + s[i].key + " " + s[i + 1].key;
            double w = position * bigram_share * stats.idf(bigram) *
                       std::sqrt(s[i].weight * s[i + 1].weight) *
                       (s[i].quoted ? quoted_share : 1.0);
            put(bigram, w);
            put_part(bigram, w);
        }
    }
    for (const auto& [term, weight] : out.weights) {
        out.total += weight;
        out.index.emplace(term, out.weight_of.size());
        out.weight_of.push_back(weight);
    }
    for (const auto& part : out.parts) {
        std::vector<double> by_index(out.weight_of.size(), 0.0);
        for (const auto& [term, weight] : part) {
            by_index[out.index.at(term)] = weight;
        }
        out.part_weight.push_back(std::move(by_index));
    }
    for (const auto& part : out.parts) {
        double total = 0;
        for (const auto& [term, weight] : part) {
            total += weight;
        }
        out.part_totals.push_back(total);
    }
    auto object_of = [](const std::map<std::string, double>& words,
                        std::vector<std::pair<std::string, double>>& object, double& total) {
        std::vector<std::pair<std::string, double>> ranked(words.begin(), words.end());
        std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        double content_total = 0;
        for (const auto& [term, weight] : ranked) {
            content_total += weight;
        }
        for (const auto& [term, weight] : ranked) {
            if (object.size() >= max_object_words ||
                (object.size() >= min_object_words && total >= object_share * content_total)) {
                break;
            }
            object.push_back({term, weight});
            total += weight;
        }
    };
    object_of(content, out.object, out.object_total);
    out.part_object.resize(out.parts.size());
    out.part_object_total.assign(out.parts.size(), 0.0);
    for (std::size_t k = 0; k < out.parts.size(); ++k) {
        object_of(part_content[k], out.part_object[k], out.part_object_total[k]);
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
    const std::vector<std::set<std::string>>& clause_terms = paragraph.clause_terms;
    // The directive's terms in each clause. Bigrams never cross clauses, so a
    // window's terms are its clauses' union.
    std::vector<std::vector<std::size_t>> hits(n);
    std::vector<double> clause_weight(n, 0);
    for (std::size_t c = 0; c < n; ++c) {
        for (const auto& term : clause_terms[c]) {
            auto found = terms.index.find(term);
            if (found != terms.index.end()) {
                hits[c].push_back(found->second);
                clause_weight[c] += terms.weight_of[found->second];
            }
        }
    }
    double best_recall = -1;
    // The part whose recall the window's is (parts.size(): the whole task).
    std::size_t best_part = terms.parts.size();
    std::vector<char> in_window(terms.weight_of.size(), 0);
    for (std::size_t first = 0; first < n; ++first) {
        std::fill(in_window.begin(), in_window.end(), 0);
        std::vector<std::size_t> window_hits;
        for (std::size_t last = first + 1; last <= std::min(n, first + max_window); ++last) {
            for (std::size_t k : hits[last - 1]) {
                if (!in_window[k]) {
                    in_window[k] = 1;
                    window_hits.push_back(k);
                }
            }
            double got = 0;
            for (std::size_t k : window_hits) {
                got += terms.weight_of[k];
            }
            double recall = got / terms.total;
            std::size_t part_of_recall = terms.parts.size();
            if (terms.parts.size() > 1) {
                for (std::size_t k = 0; k < terms.parts.size(); ++k) {
                    if (terms.part_totals[k] < min_part_share * terms.total) {
                        continue;
                    }
                    double part_got = 0;
                    for (std::size_t h : window_hits) {
                        part_got += terms.part_weight[k][h];
                    }
                    double part_recall = part_discount * part_got / terms.part_totals[k];
                    if (part_recall > recall) {
                        recall = part_recall;
                        part_of_recall = k;
                    }
                }
            }
            if (recall > best_recall + 1e-9) {
                best_recall = recall;
                best_part = part_of_recall;
                best.first = first;
                best.last = last;
            }
        }
    }
    best.recall = std::max(0.0, best_recall);
    std::set<std::string> window;
    for (std::size_t c = best.first; c < best.last; ++c) {
        window.insert(clause_terms[c].begin(), clause_terms[c].end());
    }

    // Clauses about the task: those carrying a fair share of the matched weight.
    double top = 0;
    for (std::size_t c = best.first; c < best.last; ++c) {
        top = std::max(top, clause_weight[c]);
    }
    best.clause_share.assign(n, 0.0);
    for (std::size_t c = 0; c < n; ++c) {
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
    double object_part = 1.0;
    // The object: the directive's heaviest content words should be there.
    const auto& object =
        best_part < terms.parts.size() ? terms.part_object[best_part] : terms.object;
    double object_total =
        best_part < terms.parts.size() ? terms.part_object_total[best_part] : terms.object_total;
    if (object_total > 0) {
        double found = 0;
        for (const auto& [term, weight] : object) {
            found += window.count(term) ? weight : 0;
        }
        best.object = found / object_total;
        object_part =
            object_floor + (1 - object_floor) * std::min(1.0, best.object / object_enough);
        factor *= object_part;
        if (best.object < object_enough) {
            best.why = "object words missing";
        }
    }

    // Something that names the task as well as its object words (the same
    // event, the same numbered round) makes missing object words weigh less.
    auto relax_object = [&] {
        if (object_part < 1.0) {
            double relaxed = ordinal_object_floor + (1 - ordinal_object_floor) *
                                                        std::min(1.0, best.object / object_enough);
            factor = factor / object_part * relaxed;
            object_part = relaxed;
        }
    };

    // The same event, programme or season ("Tháng Thanh niên", "vụ Mùa"):
    // the report need not repeat the object words ("hưởng ứng" for "tổ chức
    // các hoạt động", "cấy" for "gieo cấy").
    std::set<std::string> window_keys;
    for (const auto& s : paragraph.syllables) {
        if (s.clause >= best.first && s.clause < best.last) {
            window_keys.insert(s.key);
        }
    }
    // An event by another name ("đêm hội trăng rằm" for "Tết Trung thu",
    // tracking_related.tsv) names it too.
    for (std::size_t c = best.first; c < best.last && c < paragraph.clause_terms.size(); ++c) {
        for (const auto& term : paragraph.clause_terms[c]) {
            if (term.rfind("w:", 0) == 0) {
                window_keys.insert(term.substr(2));
            }
        }
    }
    bool same_event = std::any_of(task.events.begin(), task.events.end(), [&](const EventName& e) {
        return std::all_of(e.keys.begin(), e.keys.end(),
                           [&](const std::string& k) { return window_keys.count(k) != 0; });
    });
    if (same_event) {
        relax_object();
    }

    // Names: a different village, school or person is a different task.
    double bonus = 0;
    std::map<std::string, std::vector<const Name*>> task_names;
    // "chợ Mỹ Phước Đông" in commune Mỹ Phước Đông: the head alone names the
    // place. A window that names another kind of place instead ("Trường
    // THCS Mỹ Phước Đông") and no place of the task is about another place.
    std::vector<const Name*> commune_places;
    for (const auto& name : task.names) {
        if (!only_ignored(name, options.ignored_name_words)) {
            task_names[name.head].push_back(&name);
        } else if (!options.ignored_name_words.empty()) {
            commune_places.push_back(&name);
        }
    }
    std::set<std::string> paragraph_keys;
    for (const auto& s : paragraph.syllables) {
        paragraph_keys.insert(s.key);
    }
    for (const auto& [head, names] : task_names) {
        if (best.unnamed_place.empty()) {
            best.unnamed_place =
                unnamed_place(names, paragraph, best.first, best.last, options.ignored_name_words);
        }
        bool agree = false;
        bool other = false;
        for (const auto& name : paragraph.names) {
            if (!same_head(name.head, head) || only_ignored(name, options.ignored_name_words)) {
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
            agree = std::any_of(names.begin(), names.end(), [&](const Name* candidate) {
                return std::all_of(
                    candidate->words.begin(), candidate->words.end(),
                    [&](const std::string& w) { return paragraph_keys.count(w) != 0; });
            });
        }
        if (agree) {
            bonus += 0.05;
        } else if (other) {
            best.conflict = true;
            best.why = "different " + head;
        } else if (std::any_of(names.begin(), names.end(),
                               [](const Name* candidate) { return !candidate->aside; })) {
            // "diễn tập … tại khu chợ Nà Đon" reported "tại Trường Mầm non
            // Hoa Ban": the work was done at another place.
            bool task_located = std::any_of(names.begin(), names.end(), [](const Name* candidate) {
                return !candidate->aside && candidate->located;
            });
            bool elsewhere =
                task_located &&
                std::any_of(paragraph.names.begin(), paragraph.names.end(), [&](const Name& place) {
                    return place.located && place.clause >= best.first &&
                           place.clause < best.last &&
                           !only_ignored(place, options.ignored_name_words);
                });
            if (elsewhere) {
                best.conflict = true;
                best.why = "done at another place than the " + head;
            } else {
                factor *= unnamed_factor;
                best.why = head + " not named";
            }
        }
    }

    // "Đội bóng chuyền của xã tham gia Giải bóng chuyền … huyện" for "Tổ
    // chức Giải bóng chuyền … các bản": the commune took part in someone
    // else's event; the one it was to organise is not reported.
    // Read in the clauses about the task only: "Tổ chức Ngày Sách … . Đội
    // bóng đá phường tham gia Giải …" organised another event.
    auto whole_task = [](std::size_t) { return true; };
    auto about_task = [&](std::size_t c) {
        return std::find(best.task_clauses.begin(), best.task_clauses.end(), c) !=
               best.task_clauses.end();
    };
    if (!best.conflict && acts_on_event(task, whole_task, &Syllable::organise) &&
        !acts_on_event(task, whole_task, &Syllable::take_part) &&
        acts_on_event(paragraph, about_task, &Syllable::take_part) &&
        !acts_on_event(paragraph, about_task, &Syllable::organise)) {
        best.conflict = true;
        best.why = "took part in an event, did not organise it";
    }

    if (!commune_places.empty() && !best.conflict && bonus == 0) {
        bool named_here =
            std::any_of(commune_places.begin(), commune_places.end(), [&](const Name* name) {
                return std::all_of(name->head_keys.begin(), name->head_keys.end(),
                                   [&](const std::string& k) { return window_keys.count(k) != 0; });
            });
        bool other_place = std::any_of(
            paragraph.named_heads.begin(), paragraph.named_heads.end(), [&](const Name& place) {
                return place.clause >= best.first && place.clause < best.last &&
                       std::none_of(
                           commune_places.begin(), commune_places.end(),
                           [&](const Name* name) { return same_head(name->head, place.head); });
            });
        if (!named_here && other_place) {
            best.conflict = true;
            best.why = "another place than the " + commune_places.front()->head;
        }
    }

    // People: a task for the elderly is not reported by the same work for
    // children ("khám, cấp thuốc miễn phí cho người cao tuổi" against "…
    // cho 120 trẻ em"). Only when the clauses about the task name people
    // and none of the task's.
    // The same for diseases (foot-and-mouth disease is not avian flu) and
    // levels ("cấp trường" is not "cấp huyện"), each compared in its slot.
    if (!best.conflict && !task.groups.empty()) {
        std::map<std::string, std::set<std::string>> wanted, named; // by slot
        for (const auto& g : task.groups) {
            wanted[g.slot].insert(g.label);
        }
        for (const auto& g : paragraph.groups) {
            if (std::find(best.task_clauses.begin(), best.task_clauses.end(), g.clause) !=
                best.task_clauses.end()) {
                named[g.slot].insert(g.label);
            }
        }
        for (const auto& [slot, labels] : named) {
            auto want = wanted.find(slot);
            // "cho đàn gia súc, gia cầm": a word for the whole slot ("*")
            // accepts whatever the report names in it.
            if (want != wanted.end() && !want->second.count("*") &&
                std::none_of(labels.begin(), labels.end(),
                             [&](const std::string& l) { return want->second.count(l) != 0; })) {
                best.conflict = true;
                best.why = "other " + slot + " (" + *labels.begin() + ")";
                break;
            }
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
        if (shared && head != "năm") {
            // "kỳ họp thứ 7", "khóa XX", "đợt 2" agreeing: the same event.
            bonus += ordinal_bonus;
            // The same numbered event names the object ("tiêm phòng LMLM đợt
            // 1" for "tiêm phòng vắc xin LMLM đợt 1"): missing object words
            // weigh less.
            relax_object();
        }
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

    // Counts of the same thing: "mở 02 lớp" reported as "mở 01 lớp" of
    // something else is another task, the same count agreeing confirms it.
    // A count is a small plain number followed by its unit word in the
    // same clause; partial figures are written "7/12" and read as status.
    // A partial figure of the same unit ("16/18 nhà") shows the report
    // counting progress towards a whole: its other counts of that unit are
    // increments or remainders ("thêm 04 nhà" for "06 nhà còn lại"), not
    // another task. Its whole is a count that can agree ("18 nhà").
    std::set<std::string> progress_units;
    std::set<std::string> progress_wholes; // "37" of "21/37 phương tiện"
    // Counts of what was added ("thêm 14 nhà trọ"), by unit.
    std::map<std::string, std::set<std::string>> added_counts;
    auto counts_of = [&](const TextProfile& p, std::size_t first, std::size_t last) {
        std::map<std::string, std::set<std::string>> out;
        const auto& s = p.syllables;
        for (std::size_t i = 0; i + 1 < s.size(); ++i) {
            const std::string& w = s[i].written;
            std::size_t slash = w.find('/');
            if (s[i].numeric && slash != std::string::npos && slash + 1 < w.size() &&
                w.find('/', slash + 1) == std::string::npos && s[i].clause >= first &&
                s[i].clause < last && !s[i + 1].numeric && s[i + 1].clause == s[i].clause &&
                s[i + 1].weight >= content_weight) {
                double a = 0, b = 0;
                // "tháng 02/2025 (chi gộp …)" is a month of a year, no count.
                bool month_of_year =
                    w.size() - slash - 1 == 4 && is_year(w.substr(slash + 1)) && slash <= 2;
                if (!month_of_year && parse_vn_number(w.substr(0, slash), a) &&
                    parse_vn_number(w.substr(slash + 1), b) && a <= b) {
                    progress_units.insert(s[i + 1].key);
                    std::string whole = w.substr(slash + 1);
                    std::size_t lead = whole.find_first_not_of('0');
                    whole = lead == std::string::npos ? "0" : whole.substr(lead);
                    progress_wholes.insert(whole);
                    out[s[i + 1].key].insert(whole);
                }
                continue;
            }
            bool plain =
                s[i].numeric && !s[i].target && w.size() <= 3 &&
                std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
            // "100% chủ tàu" is a share, not a hundred of them.
            if (!plain || followed_by_percent(p, i) || s[i].clause < first || s[i].clause >= last ||
                s[i + 1].numeric || s[i + 1].measure || s[i + 1].clause != s[i].clause ||
                s[i + 1].weight < content_weight) {
                continue;
            }
            // "02" and "2" are one count.
            std::size_t lead = w.find_first_not_of('0');
            std::string value = lead == std::string::npos ? "0" : w.substr(lead);
            out[s[i + 1].key].insert(value);
            if (s[i].added) {
                added_counts[s[i + 1].key].insert(value);
            }
        }
        return out;
    };
    {
        auto task_counts = counts_of(task, 0, task.clauses());
        progress_units.clear(); // only the report's partial figures count
        progress_wholes.clear();
        added_counts.clear();
        auto window_counts = counts_of(paragraph, best.first, best.last);
        // "còn 3 em", or a firm progress word: the window counts a part.
        bool window_remainder = std::any_of(
            paragraph.syllables.begin(), paragraph.syllables.end(), [&](const Syllable& s) {
                return (s.remainder || s.progress) && s.clause >= best.first &&
                       s.clause < best.last;
            });
        for (const auto& [unit, values] : task_counts) {
            auto found = window_counts.find(unit);
            // A partial figure out of the task's count, whatever it calls
            // the things ("21/37 phương tiện" for "37 tàu cá"), counts them.
            bool whole_agrees =
                std::any_of(values.begin(), values.end(),
                            [&](const std::string& v) { return progress_wholes.count(v) != 0; });
            if (found == window_counts.end() || progress_units.count(unit) || whole_agrees) {
                continue;
            }
            bool shared = std::any_of(values.begin(), values.end(),
                                      [&](const std::string& v) { return found->second.count(v); });
            auto smaller = [&](const std::string& got) {
                return std::any_of(values.begin(), values.end(), [&](const std::string& v) {
                    return std::strtod(got.c_str(), nullptr) < std::strtod(v.c_str(), nullptr);
                });
            };
            const auto& added = added_counts[unit];
            bool all_smaller = std::all_of(found->second.begin(), found->second.end(), smaller);
            // "vận động thêm 2 học sinh …; còn 3 em" of the task's 5: a part
            // done, the rest counted as left. "kiểm tra thêm 14 nhà trọ" of
            // the task's 22: each smaller count is itself what was added.
            bool part_added = std::all_of(found->second.begin(), found->second.end(),
                                          [&](const std::string& got) { return added.count(got); });
            bool part_with_rest = all_smaller && (window_remainder || part_added);
            if (!shared && !part_with_rest) {
                factor *= count_factor;
                best.why = "different count of " + unit;
            }
        }
    }

    // The task's own target restated ("phấn đấu đạt 93%" / "tỷ lệ bao phủ
    // đạt 92,4%, còn thấp hơn chỉ tiêu 93%") names the task like a document
    // number.
    bool target_restated = false;
    for (std::size_t i = 0; i < task.syllables.size() && !target_restated; ++i) {
        const Syllable& t = task.syllables[i];
        // "100%" is said of everything finished, not of this task.
        if (!t.target || !t.numeric || t.key == "100" || !followed_by_percent(task, i)) {
            continue;
        }
        for (std::size_t j = 0; j < paragraph.syllables.size(); ++j) {
            const Syllable& p = paragraph.syllables[j];
            if (p.numeric && p.key == t.key && p.clause >= best.first && p.clause < best.last &&
                followed_by_percent(paragraph, j)) {
                target_restated = true;
                break;
            }
        }
    }
    if (target_restated) {
        bonus += 0.15;
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

std::vector<std::size_t> clause_actions(const TaskTerms& terms, const TextProfile& paragraph) {
    std::vector<std::size_t> out(paragraph.clauses(), std::string::npos);
    // The actions: the task's clauses when a sentence has several, else its
    // sentences; each must carry a fair share of the task.
    bool clause_parts = terms.parts.size() > terms.sentences;
    std::size_t from = clause_parts ? terms.sentences : 0;
    std::size_t to = clause_parts ? terms.parts.size() : terms.sentences;
    if (to - from < 2) {
        return out;
    }
    for (std::size_t c = 0; c < out.size(); ++c) {
        double best_action = action_recall;
        for (std::size_t k = from; k < to; ++k) {
            if (terms.part_totals[k] < min_part_share * terms.total) {
                continue;
            }
            double got = 0;
            for (const auto& term : paragraph.clause_terms[c]) {
                auto found = terms.index.find(term);
                got += found == terms.index.end() ? 0.0 : terms.part_weight[k][found->second];
            }
            if (got / terms.part_totals[k] > best_action) {
                best_action = got / terms.part_totals[k];
                out[c] = k;
            }
        }
    }
    return out;
}

std::vector<std::vector<std::size_t>> clause_places(const TextProfile& task,
                                                    const TextProfile& paragraph,
                                                    const std::set<std::string>& ignored) {
    struct Place {
        std::string head;
        std::vector<std::string> words;
    };
    std::vector<Place> places;
    auto add = [&](const std::string& head, const std::vector<std::string>& written) {
        Place place{head, {}};
        for (const auto& w : written) {
            if (!ignored.count(w)) {
                place.words.push_back(name_word(w));
            }
        }
        bool known = std::any_of(places.begin(), places.end(),
                                 [&](const Place& p) { return p.words == place.words; });
        if (!place.words.empty() && !known) {
            places.push_back(std::move(place));
        }
    };
    const auto& ts = task.syllables;
    for (const Name& name : task.names) {
        if (name.aside) {
            continue;
        }
        add(name.head, name.words);
        // "thôn Đông Hạ, Tây Hạ, Vũ Lăng": names listed after it, each after
        // a comma or "và", stand under the same head.
        std::size_t at = name.syllable + name.head_keys.size();
        // Past the name's last word ("khu dân cư số 3" has one syllable more).
        std::size_t last = name.syllable + name.head_keys.size() + name.words.size();
        while (at < ts.size() && at < last && ts[at].key != name.words.back()) {
            ++at;
        }
        ++at;
        while (at < ts.size() && ts[at].clause == name.clause) {
            bool comma = task.text.find(',', ts[at - 1].end) < ts[at].begin;
            if (!comma && ts[at].key == "và" && at + 1 < ts.size()) {
                ++at;
                comma = true;
            }
            if (!comma || !ts[at].capital || ts[at].expanded) {
                break;
            }
            std::vector<std::string> words;
            while (at < ts.size() && ts[at].clause == name.clause && ts[at].capital &&
                   !ts[at].expanded &&
                   (words.empty() || task.text.find(',', ts[at - 1].end) > ts[at].begin)) {
                words.push_back(ts[at].key);
                ++at;
            }
            add(name.head, words);
        }
    }
    std::vector<std::vector<std::size_t>> out(paragraph.clauses());
    if (places.size() < 2) {
        return out;
    }
    std::vector<std::set<std::string>> keys(paragraph.clauses());
    for (const auto& s : paragraph.syllables) {
        keys[s.clause].insert(name_word(s.key));
    }
    for (std::size_t c = 0; c < out.size(); ++c) {
        for (std::size_t p = 0; p < places.size(); ++p) {
            const Place& place = places[p];
            // A number alone ("khu phố 8") is named only under its head.
            bool named =
                numeric(place.words)
                    ? std::any_of(paragraph.names.begin(), paragraph.names.end(),
                                  [&](const Name& n) {
                                      std::vector<std::string> got;
                                      for (const auto& w : n.words) {
                                          got.push_back(name_word(w));
                                      }
                                      return n.clause == c && same_head(n.head, place.head) &&
                                             got == place.words;
                                  })
                    : std::all_of(place.words.begin(), place.words.end(),
                                  [&](const std::string& w) { return keys[c].count(w) != 0; });
            if (named) {
                out[c].push_back(p);
            }
        }
    }
    return out;
}

} // namespace baocao::tracking_detail
