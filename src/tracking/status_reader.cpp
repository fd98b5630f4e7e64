#include "tracking/status_reader.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string_view>

namespace baocao::tracking_detail {

namespace {

// How far after "chưa" a completion phrase is negated ("chưa tổ chức được").
constexpr std::size_t negation_reach = 4;
// A number with a result beside it says the work produced something.
constexpr double figure_strength = 0.3;
constexpr double share_strength = 1.5;
constexpr double ratio_strength = 0.75;
constexpr double target_strength = 1.5;
// "hoàn thành, bàn giao 02/03 nhà" of "xây mới 03 nhà": part of the task's
// own count, whatever completion words stand beside it.
constexpr double own_count_strength = 3;
// A partial count at least this share of its whole is the work done, the
// rest put off ("312/318 trẻ, 06 trẻ hoãn tiêm do ốm").
constexpr double near_whole = 0.95;
// "86,5/100 điểm" is a mark on a scale, not work done so far.
constexpr double score_scale = 100;
// Below this share of the best clause's match, a clause is mostly about
// something else (a trailing remark in another sentence).
constexpr double low_relevance = 0.3;
// A progress phrase this strong says the work is not finished ("chưa hoàn
// thành", "chưa thực hiện xong"), not merely that it goes on.
constexpr double firm_progress = 1.5;
// A syllable weighing this little is a grammar word ("các", "việc").
constexpr double low_weight = 0.1;
// How far after "dự kiến" the task's specific words may stand, and how much
// more the forecast then weighs.
constexpr std::size_t forecast_reach = 4;
constexpr double specific_forecast_share = 0.5;
// How far after a completion word "chưa triển khai" takes it back ("Kết
// quả: chưa triển khai").
constexpr std::size_t not_started_reach = 3;
// How far after "phấn đấu", "nâng tỷ lệ" the target percentage may come
// (abbreviations count their long form's syllables).
constexpr std::size_t target_reach = 16;
// How many syllables before and after a percentage say what it measures.
constexpr std::size_t share_context = 8;
constexpr std::size_t share_context_after = 4;
// How far before "chưa" an inspection's finding verb makes it a finding
// ("nhắc nhở 03 cơ sở chưa …").
constexpr std::size_t finding_reach = 5;

// "dd/mm" with a day 1–31 and a month 1–12, as day and month; else nothing.
std::optional<std::pair<int, int>> day_month(const std::string& w) {
    std::size_t slash = w.find('/');
    if (slash == std::string::npos || slash == 0 || slash + 1 >= w.size() || slash > 2 ||
        w.size() - slash - 1 > 2 || w.find('/', slash + 1) != std::string::npos ||
        !std::all_of(w.begin(), w.end(),
                     [](char c) { return (c >= '0' && c <= '9') || c == '/'; })) {
        return std::nullopt;
    }
    int day = std::stoi(w.substr(0, slash));
    int month = std::stoi(w.substr(slash + 1));
    if (day < 1 || day > 31 || month < 1 || month > 12) {
        return std::nullopt;
    }
    return std::pair{day, month};
}

// A date on its own, whatever the words around it: "10/5/2024", "15-20/8",
// or a day above its month ("20/11" is no partial count).
bool plain_date(const std::string& w) {
    if (std::count(w.begin(), w.end(), '/') >= 2) {
        return true;
    }
    if (w.find('/') != std::string::npos && w.find('-') != std::string::npos) {
        return true;
    }
    auto dm = day_month(w);
    return dm && dm->first > dm->second;
}

// A date rather than a count: "10/5/2024", "15-20/8", "ngày 10/11", "trước
// 20/11", "từ 01/7 đến 31/7", "(06/7 và 20/7)". A short "a/b" that can be a
// day and month is a date after a date word (dictionaries/date_words.tsv,
// role cue), after a link ("và") that follows a date, or before a cue or
// link and a plain date or another day of the same month; "6/8 thôn và 4/6
// khóm" stays two counts.
bool is_date_like(const TextProfile& p, std::size_t i, const Vocabulary& vocabulary) {
    const std::string& w = p.syllables[i].written;
    if (std::count(w.begin(), w.end(), '/') >= 2) {
        return true;
    }
    // "ngày 10", "tháng 8", "năm 2024"; "từ 20 hộ" is a count.
    if (i > 0 && vocabulary.date_heads.count(p.syllables[i - 1].key)) {
        return true;
    }
    if (w.find('-') != std::string::npos) {
        return true;
    }
    if (w.find('/') == std::string::npos) {
        return false;
    }
    if (plain_date(w)) {
        return true;
    }
    auto day = day_month(w);
    if (!day) {
        return false;
    }
    if (i > 0 && vocabulary.date_cues.count(p.syllables[i - 1].key)) {
        return true;
    }
    // "kỷ niệm 80 năm Quốc khánh 2/9, xã treo 45 băng rôn": nothing counted
    // after it, the end of its clause or a mark right after it.
    const Syllable& here = p.syllables[i];
    bool nothing_counted =
        i + 1 >= p.syllables.size() || p.syllables[i + 1].clause != here.clause ||
        (here.end < p.text.size() &&
         std::string_view(",.;)").find(p.text[here.end]) != std::string_view::npos);
    // "… đạt 5/8." stays a count: a ratio cue right before it says so.
    bool counted_before = i > 0 && p.syllables[i - 1].clause == here.clause &&
                          vocabulary.status.match({p.syllables[i - 1].key}, 0, "ratio_cue");
    if (nothing_counted && !counted_before) {
        return true;
    }
    if (i > 1 && vocabulary.date_links.count(p.syllables[i - 1].key) &&
        p.syllables[i - 2].numeric && is_date_like(p, i - 2, vocabulary)) {
        return true;
    }
    if (i + 2 >= p.syllables.size() || !p.syllables[i + 2].numeric) {
        return false;
    }
    const std::string& key_after = p.syllables[i + 1].key;
    if (!vocabulary.date_cues.count(key_after) && !vocabulary.date_links.count(key_after)) {
        return false;
    }
    const std::string& next = p.syllables[i + 2].written;
    if (plain_date(next)) {
        return true;
    }
    // "02/7 và 05/7": two days of one month, with no counting noun after
    // the second ("5/7 và 3/7 thôn" stay counts; units.tsv, kind count).
    auto other = day_month(next);
    bool counted_after = i + 3 < p.syllables.size() && !p.syllables[i + 3].numeric &&
                         vocabulary.counted.count(p.syllables[i + 3].key) != 0;
    return other && other->second == day->second && other->first != day->first && !counted_after;
}

// A number, or one with its unit written on ("1,2km", "4.200m3"): the
// number. A date or a ratio ("30/6") is none.
bool number_with_unit(const std::string& written, double& value) {
    std::size_t end = 0;
    while (end < written.size() && ((written[end] >= '0' && written[end] <= '9') ||
                                    written[end] == '.' || written[end] == ',')) {
        ++end;
    }
    if (end < written.size()) {
        auto u = static_cast<unsigned char>(written[end]);
        bool letter = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
        if (!letter || written.find('/', end) != std::string::npos) {
            return false;
        }
    }
    return end > 0 && parse_vn_number(written.substr(0, end), value);
}

// "a/b" as two numbers ("0,7/1,2km": the unit goes with the second).
bool ratio(const std::string& written, double& a, double& b) {
    std::size_t slash = written.find('/');
    if (slash == std::string::npos || written.find('/', slash + 1) != std::string::npos) {
        return false;
    }
    return parse_vn_number(written.substr(0, slash), a) &&
           number_with_unit(written.substr(slash + 1), b) && b > 0;
}

// Does the task's own text hold keys[at, at + length) followed by the same
// next word? Then the paragraph quotes the task ("học sinh chưa đủ tuổi",
// "lớp 1, lớp 6"): what it says there is the object, not its status.
bool quotes_task(const std::vector<std::string>& task_keys, const std::vector<std::string>& keys,
                 std::size_t at, std::size_t length) {
    std::size_t span = std::min(keys.size() - at, length + 1);
    if (span <= length && at > 0) {
        // The phrase ends the paragraph: compare with the word before it.
        --at;
        ++span;
    }
    if (span <= length) {
        return false;
    }
    auto first = keys.begin() + static_cast<long>(at);
    return std::search(task_keys.begin(), task_keys.end(), first,
                       first + static_cast<long>(span)) != task_keys.end();
}

// The words [from, to) as the paragraph writes them, for the cues shown.
std::string written_of(const std::vector<Syllable>& s, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t k = from; k < to; ++k) {
        out += (k > from ? " " : "") + s[k].written;
    }
    return out;
}

// Is the first real word at `next` (within two syllables, same clause) one
// of the task's? "tiếp tục số hóa …", "dự kiến tổ chức vui Tết …" go on
// with the task's own work; "tiếp tục giữ vững danh hiệu" with other work.
bool task_work_follows(const std::vector<Syllable>& s, const std::vector<std::string>& task_keys,
                       std::size_t next, std::size_t clause) {
    for (std::size_t k = next; k < s.size() && k < next + 2 && s[k].clause == clause; ++k) {
        if (s[k].weight > low_weight) {
            return std::find(task_keys.begin(), task_keys.end(), s[k].key) != task_keys.end();
        }
    }
    return false;
}

// Is syllable i the number of a thing named by its head ("Đề án 06", "đợt
// 2"; tracking_words kinds event_head, ordinal_head)? Then it counts nothing.
bool numbers_a_name(const TextProfile& p, const std::vector<std::string>& keys, std::size_t i,
                    const Vocabulary& vocabulary) {
    constexpr std::size_t longest_head = 3;
    for (std::size_t back = 1; back <= longest_head && back <= i; ++back) {
        for (const char* kind : {"event_head", "ordinal_head"}) {
            const auto* head = vocabulary.words.match(keys, i - back, kind);
            if (head && head->keys.size() == back &&
                p.syllables[i - back].clause == p.syllables[i].clause) {
                return true;
            }
        }
    }
    return false;
}

// Does the directive ask for a paper that orders work ("xây dựng kế hoạch",
// kind order_paper) or launch a campaign (kind launch)? Then issuing its
// plan fulfils it.
bool plan_fulfils(const std::vector<std::string>& task_keys, const Vocabulary& vocabulary) {
    for (std::size_t k = 0; k < task_keys.size(); ++k) {
        if (vocabulary.status.match(task_keys, k, "order_paper") ||
            vocabulary.status.match(task_keys, k, "launch")) {
            return true;
        }
    }
    return false;
}

bool in(const std::vector<std::size_t>& clauses, std::size_t c) {
    return std::find(clauses.begin(), clauses.end(), c) != clauses.end();
}

// The target of a directive: "phấn đấu … đạt 95%".
std::optional<double> target_of(const TextProfile& task, const Vocabulary& vocabulary) {
    std::vector<std::string> keys = task.keys();
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const auto* cue = vocabulary.status.match(keys, i, "target");
        if (!cue) {
            continue;
        }
        for (std::size_t j = i + cue->keys.size();
             j < keys.size() && j < i + cue->keys.size() + target_reach; ++j) {
            double value = 0;
            if (task.syllables[j].numeric && followed_by_percent(task, j) &&
                parse_vn_number(task.syllables[j].written, value)) {
                return value;
            }
        }
    }
    // "cho 100% công dân", "cho 100% hộ": a share of the people or things the
    // task is for is what it must reach, even without a target verb. Only when
    // the figure comes right after the word: "cho" is too common to reach far.
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const auto* cue = vocabulary.status.match(keys, i, "target_share");
        if (!cue) {
            continue;
        }
        std::size_t j = i + cue->keys.size();
        double value = 0;
        if (j < keys.size() && task.syllables[j].numeric && followed_by_percent(task, j) &&
            parse_vn_number(task.syllables[j].written, value)) {
            return value;
        }
    }
    return std::nullopt;
}

// An amount the directive aims at ("phấn đấu đạt 150 triệu đồng", "đạt
// 4.500 tấn trở lên"): a figure flagged as a target in the profile and the
// unit after it.
struct TargetAmount {
    double value = 0;
    std::string unit;
};

std::optional<TargetAmount> target_amount_of(const TextProfile& task) {
    const auto& s = task.syllables;
    for (std::size_t j = 0; j + 1 < s.size(); ++j) {
        double value = 0;
        if (s[j].numeric && s[j].target && !followed_by_percent(task, j) && !s[j + 1].numeric &&
            s[j + 1].clause == s[j].clause && parse_vn_number(s[j].written, value)) {
            return TargetAmount{value, s[j + 1].key};
        }
    }
    return std::nullopt;
}

} // namespace

StatusReading read_status(const TextProfile& task, const TextProfile& paragraph,
                          const std::vector<std::size_t>& clauses,
                          const std::vector<double>& relevance, const Vocabulary& vocabulary) {
    StatusReading out;
    std::vector<std::string> keys = paragraph.keys();
    const auto& s = paragraph.syllables;
    // Counts the directive set ("hoàn thiện 12 hồ sơ"): "7/12 hồ sơ" in the
    // evidence is that target half met, whatever words surround it.
    std::vector<double> task_counts;
    // And the things it counts ("06 nhà còn lại"): "16/18 nhà" in the
    // evidence counts the same things, part of them still to do.
    std::vector<std::string> task_units;
    // A count of things the task must do ("02 lớp", "04 đơn"), not a target
    // share or an amount: fewer of them reported is part of the task.
    std::map<std::string, double> task_things;
    const std::vector<std::string> task_keys = task.keys();
    for (std::size_t j = 0; j < task.syllables.size(); ++j) {
        double value = 0;
        if (task.syllables[j].numeric && !is_date_like(task, j, vocabulary) &&
            !numbers_a_name(task, task_keys, j, vocabulary) &&
            number_with_unit(task.syllables[j].written, value)) {
            task_counts.push_back(value);
            if (j + 1 < task.syllables.size() && !task.syllables[j + 1].numeric) {
                task_units.push_back(task.syllables[j + 1].key);
                if (!task.syllables[j].target && !task.syllables[j + 1].measure &&
                    !followed_by_percent(task, j) && value >= 2) {
                    task_things[task.syllables[j + 1].key] = value;
                }
            }
        }
    }
    // The whole stated in the paragraph ("03 trường hợp: 02 … đã tháo dỡ; 01
    // … cưỡng chế"): smaller counts beside it may be its breakdown, and then
    // only the status words of the parts say whether all is done.
    // Where the first such whole stands: a smaller count before it ("96 lao
    // động (kế hoạch tháng 150 lao động)") is no part of it.
    std::size_t whole_at = s.size();
    for (std::size_t j = 0; j + 1 < s.size() && whole_at == s.size(); ++j) {
        double value = 0;
        auto things = task_things.find(s[j + 1].key);
        if (s[j].numeric && things != task_things.end() && parse_vn_number(s[j].written, value) &&
            value >= things->second) {
            whole_at = j;
        }
    }
    double fewer_before_whole = 0; // progress read from smaller counts before the whole
    double fewer_after_whole = 0;  // the same after it, perhaps its breakdown
    const bool plan_is_the_task = plan_fulfils(task_keys, vocabulary);
    const std::optional<double> task_target = target_of(task, vocabulary);
    // "đạt 71,7% kế hoạch năm": how far the year has come, which says nothing
    // of a task of the month that does not speak of the year.
    const bool task_of_year =
        std::find(task_keys.begin(), task_keys.end(), "năm") != task_keys.end();
    // "kiểm tra PCCC tại 9/21 kho, đại lý" of a task to check the
    // warehouses: a part of the things the task is about, so work left.
    auto counts_task_things = [&](std::size_t at) {
        return at + 1 < s.size() && s[at + 1].clause == s[at].clause &&
               s[at + 1].weight > low_weight &&
               std::find(task_keys.begin(), task_keys.end(), s[at + 1].key) != task_keys.end();
    };
    std::size_t negated_until = 0; // syllables before this index follow a "chưa"
    // Each share the paragraph states, for the directive's target: how much
    // the clause is about the task, and how many of the task's words stand
    // right before it ("tỷ lệ hồ sơ trực tuyến toàn trình đạt 47,3%" answers
    // "… trực tuyến toàn trình, phấn đấu đạt 60%"; "đúng hạn 100%" beside it
    // does not).
    struct Share {
        double value = 0;
        double relevance = 0;
        std::size_t context = 0;
    };
    std::vector<Share> shares;
    // "… xử phạt 01 trường hợp; trường hợp còn lại chủ đầu tư vắng mặt, đang
    // xác minh": what follows "the rest" in its sentence is about the task's
    // rest, however few of its words it repeats. From syllable `rest_from`.
    std::size_t rest_from = s.size();
    // The last completion word read, so that "Kết quả: chưa triển khai"
    // takes back the label's completion.
    std::size_t last_completion_at = s.size();
    std::size_t last_completion_end = s.size();
    double last_completion = 0;
    // Where a count of nearly all was read ("312/320 trẻ, 08 trẻ hoãn tiêm do
    // đang ốm sẽ được tiêm vét"): what its sentence says next of work to come
    // is about the few left, not the task.
    std::size_t nearly_all_at = s.size();
    for (std::size_t i = 0; i < s.size();) {
        if (!in(clauses, s[i].clause)) {
            ++i;
            continue;
        }
        if (nearly_all_at < i && paragraph.clause_sentence[s[i].clause] ==
                                     paragraph.clause_sentence[s[nearly_all_at].clause]) {
            const PhraseTable::Entry* rest = nullptr;
            for (const char* kind :
                 {"progress", "forecast", "continuation", "negation", "remainder"}) {
                const auto* found = vocabulary.status.match(keys, i, kind);
                if (found && (!rest || found->keys.size() > rest->keys.size())) {
                    rest = found;
                }
            }
            if (rest) {
                out.cues.push_back("(" + written_of(s, i, i + rest->keys.size()) + ")");
                i += rest->keys.size();
                continue;
            }
        }
        // Every clause of a sentence about the task counts at least a half.
        double r = s[i].clause < relevance.size() ? std::max(0.5, relevance[s[i].clause]) : 1.0;
        if (relevance.size() > s[i].clause && relevance[s[i].clause] < low_relevance) {
            r = relevance[s[i].clause] / low_relevance * 0.5;
        }
        if (i > rest_from && paragraph.clause_sentence[s[i].clause] ==
                                 paragraph.clause_sentence[s[rest_from].clause]) {
            r = 1.0;
        }
        if (s[i].numeric && quotes_task(task_keys, keys, i, 1)) {
            ++i; // a number of the task itself ("lớp 6", "đợt 1")
            continue;
        }
        if (s[i].numeric) {
            double value = 0, a = 0, b = 0;
            if (followed_by_percent(paragraph, i) && parse_vn_number(s[i].written, value)) {
                // Several shares in a sentence ("57,8% dự toán; riêng thuế
                // … đạt 85,7%"): the one most about the task.
                Share stated{value, s[i].clause < relevance.size() ? relevance[s[i].clause] : 1.0,
                             0};
                for (std::size_t back = 1; back <= share_context && back <= i; ++back) {
                    const Syllable& before = s[i - back];
                    if (before.clause != s[i].clause) {
                        break;
                    }
                    stated.context += before.weight > low_weight &&
                                      std::find(task_keys.begin(), task_keys.end(), before.key) !=
                                          task_keys.end();
                }
                // And what follows it: "31,8% dự toán huyện giao" for a target
                // of "30% dự toán huyện giao", not "tăng 12% so với cùng kỳ".
                for (std::size_t ahead = 1; ahead <= share_context_after && i + ahead < s.size();
                     ++ahead) {
                    const Syllable& after = s[i + ahead];
                    if (after.clause != s[i].clause || after.numeric) {
                        break;
                    }
                    stated.context +=
                        after.weight > low_weight &&
                        std::find(task_keys.begin(), task_keys.end(), after.key) != task_keys.end();
                }
                shares.push_back(stated);
                const auto* share = vocabulary.status.match(keys, i + 1, "plan_share");
                // "vượt 3,5% kế hoạch": the part beyond the plan.
                std::string excess;
                for (std::size_t back = 1; back <= 2 && back <= i && excess.empty(); ++back) {
                    const auto* cue = vocabulary.status.match(keys, i - back, "excess");
                    if (cue && cue->keys.size() == back) {
                        for (std::size_t k = i - back; k < i; ++k) {
                            excess += s[k].written + " ";
                        }
                    }
                }
                if (share) {
                    bool under = value < 100 && excess.empty();
                    // "đạt 71,7% kế hoạch năm": the year's (task_of_year).
                    std::size_t after = i + 1 + share->keys.size();
                    bool of_year = !task_of_year && after < s.size() &&
                                   s[after].clause == s[i].clause && s[after].key == "năm";
                    // With a target of its own ("đạt tối thiểu 70% kế hoạch
                    // vốn"), the share is measured against the target below,
                    // not against the whole plan.
                    if (!task_target && !of_year) {
                        (under ? out.progress : out.completion) += r * share_strength;
                    }
                    out.cues.push_back((of_year ? "(" : "") + excess + s[i].written + "% " +
                                       s[i + 1].written + (of_year ? ")" : ""));
                    // The share's words are read: "khối lượng dự kiến" is the
                    // planned volume, not a plan.
                    i += 1 + share->keys.size();
                    continue;
                }
            } else if (ratio(s[i].written, a, b) && !is_date_like(paragraph, i, vocabulary) &&
                       b != score_scale) {
                bool cue = false;
                for (std::size_t j = 0; j < s.size(); ++j) {
                    if (s[j].clause == s[i].clause &&
                        vocabulary.status.match(keys, j, "ratio_cue")) {
                        cue = true;
                    }
                }
                // "tại 6/8 TDP", "4/6 khóm": places done of all (kind
                // place_unit), what a completion word beside it is said of.
                bool of_target =
                    std::find(task_counts.begin(), task_counts.end(), b) != task_counts.end() ||
                    (i + 1 < s.size() && s[i + 1].clause == s[i].clause &&
                     (std::find(task_units.begin(), task_units.end(), s[i + 1].key) !=
                          task_units.end() ||
                      vocabulary.status.match(keys, i + 1, "place_unit")));
                // "thu hồi nợ đọng thuế 24/38 triệu đồng", "186/245 tr": an
                // amount collected of the amount due (a unit of measure
                // after it, tracking_words kind measure).
                bool amount =
                    i + 1 < s.size() && s[i + 1].clause == s[i].clause && s[i + 1].measure;
                if (task_target && a <= b && b > 0) {
                    // "17.236/20.205 công dân" of a task aiming at 85% of
                    // them: measured against the target, not the whole.
                    bool missed = 100 * a / b < *task_target;
                    (missed ? out.progress : out.completion) +=
                        r * (of_target ? own_count_strength : ratio_strength);
                    out.cues.push_back(s[i].written);
                } else if (a < b && !amount && a >= near_whole * b) {
                    // "312/318 trẻ, 06 trẻ tạm hoãn do ốm": nearly all of
                    // it, the rest put off for reasons of their own.
                    out.completion += r * ratio_strength;
                    out.cues.push_back(s[i].written);
                    nearly_all_at = std::min(nearly_all_at, i);
                } else if (a < b && (cue || of_target || amount || counts_task_things(i))) {
                    out.progress += r * (of_target ? own_count_strength : ratio_strength);
                    out.cues.push_back(s[i].written);
                } else if (a == b) {
                    // "48/48 công dân" of the task's 48: all of it, whatever
                    // comes next ("đang chờ xét duyệt").
                    out.completion += r * (of_target ? own_count_strength : ratio_strength);
                    out.cues.push_back(s[i].written);
                } else if (a > b) {
                    out.completion += r * figure_strength;
                }
                // A part of a whole ("112/118 trẻ") without a cue says
                // nothing either way.
            } else if (!is_date_like(paragraph, i, vocabulary) &&
                       parse_vn_number(s[i].written, value) && s[i].written.size() != 4) {
                auto things = i + 1 < s.size() && s[i + 1].clause == s[i].clause
                                  ? task_things.find(s[i + 1].key)
                                  : task_things.end();
                if (things != task_things.end() && value > 0 && value < things->second) {
                    // "xong 02 đơn" of the task's 04 đơn.
                    (i < whole_at ? fewer_before_whole : fewer_after_whole) += r * target_strength;
                    out.cues.push_back(s[i].written + " " + s[i + 1].written);
                } else {
                    out.completion += r * figure_strength; // a result with figures
                }
            }
            ++i;
            continue;
        }
        // "Ngày 10/5/2024, …" opening a clause dates something that took
        // place; a deadline or a plan puts a word before it ("trước ngày",
        // "dự kiến ngày").
        if (const auto* dated = vocabulary.status.match(keys, i, "dated_event");
            dated && (i == 0 || s[i - 1].clause != s[i].clause) &&
            i + dated->keys.size() < s.size()) {
            const Syllable& date = s[i + dated->keys.size()];
            if (date.numeric && std::count(date.written.begin(), date.written.end(), '/') == 2) {
                out.completion += r * dated->value;
                out.cues.push_back(s[i].written + " " + date.written);
                i += dated->keys.size() + 1;
                continue;
            }
        }
        // "tiếp tục quản lý …" beside a finished task is other work going
        // on; "tiếp tục số hóa …" is the task itself under way.
        if (const auto* going = vocabulary.status.match(keys, i, "continuation")) {
            std::size_t next = i + going->keys.size();
            std::string written = written_of(s, i, next);
            if (task_work_follows(s, task_keys, next, s[i].clause)) {
                out.progress += r * going->value;
                out.word_progress += r * going->value;
                out.cues.push_back(written);
            } else {
                out.cues.push_back("(" + written + ")");
            }
            i = next;
            continue;
        }
        // "… dự kiến tổ chức vui Tết thiếu nhi ngày 31/5": the task's own
        // work put off, in full, however few of its words the clause holds.
        if (const auto* plan = vocabulary.status.match(keys, i, "forecast")) {
            std::size_t next = i + plan->keys.size();
            if (task_work_follows(s, task_keys, next, s[i].clause)) {
                // "dự kiến tổ chức cưỡng chế …": the task's own specific
                // work, not only its generic verb, is what is put off.
                double strength = plan->value;
                for (std::size_t k = next;
                     k < s.size() && k < next + forecast_reach && s[k].clause == s[i].clause; ++k) {
                    if (s[k].weight >= 1.0 && !s[k].numeric &&
                        std::find(task_keys.begin(), task_keys.end(), s[k].key) !=
                            task_keys.end()) {
                        strength += plan->value * specific_forecast_share;
                        break;
                    }
                }
                out.progress += strength;
                out.word_progress += strength;
                out.cues.push_back(written_of(s, i, next));
                negated_until = next + negation_reach;
                i = next;
                continue;
            }
        }
        // "còn 340 khẩu", "còn lại 05 hộ": a remainder counted in things is
        // work left, even in a clause that shares few of the task's words.
        if (const auto* rest = vocabulary.status.match(keys, i, "remainder")) {
            std::size_t at = i + rest->keys.size();
            if (at + 1 < s.size() && s[at].numeric && s[at].clause == s[i].clause &&
                !followed_by_percent(paragraph, at) && !is_date_like(paragraph, at, vocabulary) &&
                !s[at + 1].numeric && !s[at + 1].measure && s[at + 1].clause == s[i].clause &&
                s[at + 1].weight > low_weight) {
                double strength = std::max(r, 0.5) * rest->value;
                out.progress += strength;
                out.word_progress += strength;
                out.cues.push_back(written_of(s, i, at + 2));
                i = at + 2;
                continue;
            }
            if (rest->keys.size() >= 2) {
                rest_from = i; // "còn lại" with no count after it
            }
        }
        const auto* negation = vocabulary.status.match(keys, i, "negation");
        const auto* completion = vocabulary.status.match(keys, i, "completion");
        if (const auto* issuing = vocabulary.status.match(keys, i, "issuing");
            issuing && (!completion || issuing->keys.size() >= completion->keys.size())) {
            completion = issuing;
        }
        const auto* progress = vocabulary.status.match(keys, i, "progress");
        if (negation && (!progress || progress->keys.size() <= negation->keys.size())) {
            negated_until = i + negation->keys.size() + negation_reach;
        }
        const auto* not_started = vocabulary.status.match(keys, i, "not_started");
        const auto* cue = completion;
        if (progress && (!cue || progress->keys.size() >= cue->keys.size())) {
            cue = progress;
        }
        if (not_started && (!cue || not_started->keys.size() >= cue->keys.size())) {
            cue = not_started;
        }
        if (!cue) {
            ++i;
            continue;
        }
        if (quotes_task(task_keys, keys, i, cue->keys.size())) {
            i += cue->keys.size(); // "học sinh chưa đủ tuổi": the task's own words
            continue;
        }
        // "nhắc nhở 03 cơ sở chưa bảo đảm điều kiện vệ sinh": what an
        // inspection found (kind finding a few words before, same clause),
        // not work left. A longer cue ("xử phạt chưa hoàn thành") says the
        // work itself is unfinished, unless a count of what was inspected
        // stands between ("nhắc nhở 03 cơ sở chưa thực hiện khai báo tạm
        // trú" describes those premises).
        if ((cue->kind == "progress" || cue->kind == "not_started") && negation) {
            bool bare = cue->keys.size() == negation->keys.size();
            bool found = false;
            bool counted = false;
            for (std::size_t back = 1; back <= finding_reach && back <= i && !found; ++back) {
                if (s[i - back].clause != s[i].clause) {
                    break;
                }
                counted = counted || s[i - back].numeric;
                found = vocabulary.status.match(keys, i - back, "finding") != nullptr &&
                        (bare || counted);
            }
            if (found) {
                out.cues.push_back("(" + written_of(s, i, i + cue->keys.size()) + ")");
                i += cue->keys.size();
                continue;
            }
        }
        std::string written = written_of(s, i, i + cue->keys.size());
        // "ban hành Kế hoạch số 71/KH-UBND về kiểm tra, xử lý tàu cá": for a
        // task that asked for the inspection, not for a plan, the plan (a
        // paper that orders work, kind order_paper, right after the verb) is
        // the work begun, not done. A decision ("Quyết định kiện toàn Ban
        // Chỉ huy") is the act itself.
        std::size_t after_cue = i + cue->keys.size();
        std::string kind = cue->kind;
        // "…; chủ đầu tư cam kết tự tháo dỡ, đến nay chưa thực hiện xong.": a
        // firm "not finished" standing alone between a comma and the end of
        // its clause names nothing else, so it says it of what its sentence
        // is about: in full, when an earlier clause of the sentence is about
        // the task. "việc chỉnh trang vỉa hè … chưa hoàn thành" names its own.
        auto stands_alone = [&] {
            if (after_cue < s.size() && s[after_cue].clause == s[i].clause) {
                return false; // the clause goes on after it
            }
            std::size_t opens = i; // after the comma before the cue, or the clause start
            while (opens > 0 && s[opens - 1].clause == s[i].clause &&
                   std::string_view(paragraph.text)
                           .substr(s[opens - 1].end, s[opens].begin - s[opens - 1].end)
                           .find(',') == std::string_view::npos) {
                --opens;
            }
            for (std::size_t k = opens; k < i;) {
                const auto* light = vocabulary.status.match(keys, k, "progress"); // "đến nay"
                if (light && k + light->keys.size() <= i) {
                    k += light->keys.size();
                } else if (s[k].weight > low_weight) {
                    return false;
                } else {
                    ++k;
                }
            }
            return true;
        };
        if (kind == "progress" && cue->value >= firm_progress && stands_alone()) {
            for (std::size_t c = 0; c < s[i].clause && c < relevance.size(); ++c) {
                if (relevance[c] >= low_relevance &&
                    paragraph.clause_sentence[c] == paragraph.clause_sentence[s[i].clause]) {
                    r = 1.0;
                    break;
                }
            }
        }
        if (kind == "issuing") {
            bool order_only = !plan_is_the_task && after_cue < keys.size() &&
                              vocabulary.status.match(keys, after_cue, "order_paper");
            kind = order_only ? "progress" : "completion";
        }
        // "các xóm còn lại hoàn thành trước ngày 25/5": the rest is still to
        // be finished by a date (a date cue after the completion word). A
        // completion word between "còn lại" and it, or leading it ("số còn
        // lại đã hoàn thành"), says it is done.
        auto completes = [&](const std::string& key) {
            return vocabulary.status.match({key}, 0, "completion") != nullptr;
        };
        bool rest_to_come =
            kind == "completion" && rest_from < i && s[rest_from].clause == s[i].clause &&
            after_cue < s.size() && vocabulary.date_cues.count(s[after_cue].key) != 0 &&
            !(cue->keys.size() > 1 && completes(cue->keys.front())) &&
            std::none_of(s.begin() + static_cast<long>(rest_from), s.begin() + static_cast<long>(i),
                         [&](const Syllable& x) { return completes(x.key); });
        if (rest_to_come) {
            out.progress += r * cue->value;
            out.word_progress += r * cue->value;
            out.cues.push_back("còn lại … " + written);
        } else if (kind == "completion" && i < negated_until) {
            // "chưa … tổ chức được": the negation already counted as progress.
            out.cues.push_back("(" + written + ")");
        } else {
            if (kind == "not_started" && last_completion_at < i &&
                i <= last_completion_at + not_started_reach &&
                s[last_completion_at].clause == s[i].clause) {
                out.completion -= last_completion;
                out.cues.push_back("(" + written_of(s, last_completion_at, last_completion_end) +
                                   ")");
            }
            (kind == "completion" ? out.completion : out.progress) += r * cue->value;
            // An order issued is work begun, not a word about it.
            out.word_progress +=
                kind == "completion" || cue->kind == "issuing" ? 0.0 : r * cue->value;
            out.not_started += kind == "not_started" ? r * cue->value : 0.0;
            if (kind == "completion") {
                last_completion_at = i;
                last_completion_end = i + cue->keys.size();
                last_completion = r * cue->value;
            }
            out.cues.push_back(written);
        }
        i += cue->keys.size();
    }
    // A breakdown of the whole is work left only when status words say so.
    if (out.progress > 0) {
        out.progress += fewer_after_whole;
    }
    out.progress += fewer_before_whole;
    auto reached =
        std::max_element(shares.begin(), shares.end(), [](const Share& a, const Share& b) {
            return a.context != b.context ? a.context < b.context
                                          : a.relevance < b.relevance - 1e-9;
        });
    if (task_target && reached != shares.end()) {
        bool missed = reached->value < *task_target;
        (missed ? out.progress : out.completion) += target_strength;
        out.cues.push_back(missed ? "below target" : "target reached");
    } else if (auto amount = target_amount_of(task)) {
        // The first figure in the same unit in the clauses about the task.
        for (std::size_t i = 0; i + 1 < s.size(); ++i) {
            double value = 0;
            if (in(clauses, s[i].clause) && s[i].numeric && s[i + 1].key == amount->unit &&
                s[i + 1].clause == s[i].clause && !is_date_like(paragraph, i, vocabulary) &&
                parse_vn_number(s[i].written, value)) {
                bool missed = value < amount->value;
                (missed ? out.progress : out.completion) += target_strength;
                out.cues.push_back(s[i].written + " " + s[i + 1].written +
                                   (missed ? " below target" : " target reached"));
                break;
            }
        }
    }
    // A report with no status words reports the work done; one where
    // progress weighs as much as completion ("xây dựng xong kịch bản …, dự
    // kiến tổ chức diễn tập") is not done yet.
    out.done = out.progress <= 0 || out.completion > out.progress + 1e-9;
    return out;
}

} // namespace baocao::tracking_detail
