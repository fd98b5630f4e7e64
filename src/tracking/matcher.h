// Is this results paragraph about that planned task? Weighted recall of the
// directive's words (rare, specific words weigh most; generic administrative
// verbs little) over the best window of one to three clauses, then the checks
// a careful reader makes: the same named village, school or person, the same
// round or year ("đợt 2", "năm 2024"), the main object words present, the same
// document number.
#pragma once

#include "tracking/profile.h"

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace baocao::tracking_detail {

// Document frequencies of terms over a commune's paragraphs.
class WordStats {
public:
    void add(const std::set<std::string>& terms);
    double idf(const std::string& term) const;
    std::size_t documents() const { return m_documents; }

private:
    std::size_t m_documents = 0;
    std::unordered_map<std::string, std::size_t> m_df;
};

// A directive's terms with their weights, computed once.
struct TaskTerms {
    std::map<std::string, double> weights; // "w:…" and "b:…" terms
    double total = 0;
    // The same per sentence of the task: a long directive lists several
    // tasks, and a report often answers only the main one.
    std::vector<std::map<std::string, double>> parts;
    std::vector<double> part_totals;
    std::size_t sentences = 0; // parts [0, sentences) are sentences, the rest clauses
    // The same terms numbered, for the window search (every paragraph of a
    // month is compared with every directive).
    std::unordered_map<std::string, std::size_t> index;
    std::vector<double> weight_of;                // by index
    std::vector<std::vector<double>> part_weight; // by part, then index (0: not in the part)
    // The task's object: its heaviest content words (single syllables, so a
    // paraphrase that reorders or splits a phrase still finds them), with
    // their weights. A paragraph that has none of them is about something
    // else even when it shares the verbs and the topic.
    std::vector<std::pair<std::string, double>> object;
    double object_total = 0;
    // The same for each part: a report that answers one sentence of a long
    // directive names that sentence's object, not the heaviest words of
    // another ("chăm sóc vườn cà phê …; khuyến cáo không tưới tràn lan").
    std::vector<std::vector<std::pair<std::string, double>>> part_object;
    std::vector<double> part_object_total;
};
TaskTerms task_terms(const TextProfile& task, const WordStats& stats);

struct Match {
    double score = 0;    // similarity after checks and bonuses
    double recall = 0;   // share of the directive's weight found in the window
    double coverage = 0; // share of the task clauses' weight that the directive shares
    double object = 1;   // share of the task's object weight found in the window
    bool conflict = false;
    // A place the task names that the paragraph does not, while it names
    // another of the task's places under the same head ("khóm Tân Thuận" of
    // "tại khóm Mỹ Hòa và khóm Tân Thuận"): empty when all or none are named.
    std::string unnamed_place;
    std::string why;       // the check that rejected or lowered it, for confidence/debug
    std::size_t first = 0; // window of clauses [first, last)
    std::size_t last = 0;
    std::vector<std::size_t> task_clauses; // clauses of the window about the task
    std::vector<double> clause_share; // per clause of the paragraph: matched weight / best clause
    std::vector<std::string> matched; // matched words as written in the paragraph
};

struct MatchOptions {
    std::set<std::string> ignored_name_words; // the commune's own name
    bool same_section = false;
};

Match match(const TextProfile& task, const TaskTerms& terms, const TextProfile& paragraph,
            const WordStats& stats, const MatchOptions& options);

// Per clause of the paragraph, the action of the task it reports: the
// task's clause (or sentence) it recalls best, when the task has several and
// the clause recalls that one well; npos otherwise. "Hoàn thành phúc tra …;
// việc sơ tuyển dự kiến tổ chức tháng 9" reports both actions of "Phúc tra
// …; tổ chức sơ tuyển …", one done and one not. Only the chosen evidence
// needs it, so it is not part of every match.
std::vector<std::size_t> clause_actions(const TaskTerms& terms, const TextProfile& paragraph);

// Per clause of the paragraph, the places of the task it names: the task's
// places are its names ("thôn Phước Lộc và thôn Tân An") and the capitalised
// names listed after one ("4 thôn Đông Hạ, Tây Hạ, Vũ Lăng, Phú Mỹ"), words
// in `ignored` (the commune's own name) left out. "đã tổ chức tại thôn Phước
// Lộc …. Tại thôn Tân An, chiến dịch đang triển khai" reports the task done
// in one place and under way in another.
std::vector<std::vector<std::size_t>> clause_places(const TextProfile& task,
                                                    const TextProfile& paragraph,
                                                    const std::set<std::string>& ignored);

} // namespace baocao::tracking_detail
