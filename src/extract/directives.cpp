#include "extract/directives.h"

#include "baocao/error.h"
#include "normalize/line_shape.h"

#include <algorithm>

namespace baocao::extract_detail {

namespace {

bool ends_sentence(const Piece& piece) {
    return piece.kind == PieceKind::punct &&
           (piece.text == "." || piece.text == ";" || piece.text == "!" || piece.text == "?");
}

// How far before a date a deadline word may stand ("chậm nhất ngày 25/12",
// "dự kiến tổ chức vào ngày 23-24/12"): a few words, within the sentence.
constexpr std::size_t deadline_window = 7;

int days_in_month(int year, int month) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

// "TP", "Q", "TX": one or two capital letters, an abbreviation that a dot
// follows inside a name.
bool is_short_abbreviation(const std::string& word) {
    constexpr std::size_t max_letters = 2;
    std::size_t letters = 0;
    for (char c : word) {
        if (c < 'A' || c > 'Z') {
            return false;
        }
        ++letters;
    }
    return letters > 0 && letters <= max_letters;
}

} // namespace

DirectiveReader::DirectiveReader(const Dictionaries& dictionaries, const Normalizer& normalizer)
    : m_normalizer(normalizer) {
    const Table& table = dictionaries.table("directive_cues");
    m_cues = phrase_set(table, "phrase", normalizer);
    std::size_t kind = table.column("kind");
    for (const auto& row : table.rows) {
        const std::string& name = row[kind];
        if (name == "deadline") {
            m_kinds.push_back(Cue::deadline);
        } else if (name == "month") {
            m_kinds.push_back(Cue::month);
        } else if (name == "schedule") {
            m_kinds.push_back(Cue::schedule);
        } else if (name == "start") {
            m_kinds.push_back(Cue::start);
        } else if (name == "topic") {
            m_kinds.push_back(Cue::topic);
        } else if (name == "action") {
            m_kinds.push_back(Cue::action);
        } else if (name == "lead") {
            m_kinds.push_back(Cue::lead);
        } else if (name == "office_lead") {
            m_kinds.push_back(Cue::office_lead);
        } else {
            throw Error(
                table.path + ": unknown cue kind '" + name +
                "'; use deadline, month, schedule, start, topic, action, lead or office_lead");
        }
    }
}

bool DirectiveReader::is_subheading(const std::vector<Piece>& pieces) const {
    if (pieces.empty() || pieces.back().kind != PieceKind::punct || pieces.back().text != ":") {
        return false;
    }
    // However long: "Để hoàn thành các chỉ tiêu năm 2025, UBND phường giao
    // nhiệm vụ cụ thể như sau:" introduces the tasks below it, it is none.
    return std::none_of(pieces.begin(), pieces.end(), ends_sentence);
}

std::vector<std::pair<std::size_t, std::size_t>>
DirectiveReader::assigned_items(const std::vector<Piece>& pieces) const {
    constexpr std::size_t max_office_words = 15; // "Giao Văn phòng HĐND và UBND phường:"
    constexpr std::size_t min_item_words = 3;
    std::vector<std::pair<std::size_t, std::size_t>> items;
    std::size_t at = 0;
    while (at < pieces.size() && pieces[at].kind == PieceKind::punct) {
        ++at;
    }
    auto lead = m_cues.match_at(pieces, at);
    if (lead.length == 0 || m_kinds[lead.payload] != Cue::office_lead) {
        return items;
    }
    // The office is a name: "Giao Công an phường:", "Giao công chức Tư pháp:",
    // not "Giao nhận quân:" (a capitalised word before ':').
    at += lead.length;
    std::size_t words = 0;
    bool named = false;
    while (at < pieces.size() && !(pieces[at].kind == PieceKind::punct && pieces[at].text == ":")) {
        if (ends_sentence(pieces[at]) || ++words > max_office_words) {
            return items;
        }
        named = named || (pieces[at].kind == PieceKind::word && starts_upper(pieces[at].text));
        ++at;
    }
    if (!named || at >= pieces.size()) {
        return items;
    }
    // The items: between ':' and each ';', the last up to the end.
    std::size_t begin = at + 1;
    words = 0;
    for (std::size_t k = begin; k <= pieces.size(); ++k) {
        bool end = k == pieces.size() ||
                   (pieces[k].kind == PieceKind::punct &&
                    (pieces[k].text == ";" || (pieces[k].text == "." && k + 1 == pieces.size())));
        if (!end) {
            words += pieces[k].kind == PieceKind::word;
            continue;
        }
        if (k > begin && words >= min_item_words) {
            items.emplace_back(pieces[begin].begin, pieces[k - 1].end);
        } else if (k > begin) {
            return {}; // a short piece: the line is no list of tasks
        }
        begin = k + 1;
        words = 0;
    }
    if (items.size() < 2) {
        items.clear();
    }
    return items;
}

std::vector<std::pair<std::size_t, std::size_t>>
DirectiveReader::sentence_items(const std::vector<Piece>& pieces) const {
    constexpr std::size_t min_sentence_words = 4;
    std::vector<std::pair<std::size_t, std::size_t>> items;
    // A marker ("- ", "+ ", "1.", "a)") makes the paragraph one list item,
    // whatever sentences it holds ("… trước 15/4. Công an xã chủ trì.").
    if (pieces.empty() || pieces[0].kind != PieceKind::word || !starts_upper(pieces[0].text)) {
        return items;
    }
    std::size_t begin = 0;
    std::size_t words = 0;
    bool colon = false;
    for (std::size_t k = 0; k < pieces.size(); ++k) {
        words += pieces[k].kind == PieceKind::word;
        colon = colon || (pieces[k].kind == PieceKind::punct && pieces[k].text == ":");
        bool stop = pieces[k].kind == PieceKind::punct &&
                    (pieces[k].text == "." || pieces[k].text == "!" || pieces[k].text == "?");
        // "Sở Y tế TP. Hồ Chí Minh": a dot after a short capitalised
        // abbreviation belongs to a name. "tr.đ": a dot before a word of the
        // same sentence, which has no capital.
        if (stop && k > 0 && pieces[k - 1].kind == PieceKind::word && !pieces[k].space_before &&
            is_short_abbreviation(pieces[k - 1].text)) {
            stop = false;
        }
        bool last = k + 1 == pieces.size();
        if (!last &&
            !(stop && pieces[k + 1].kind == PieceKind::word && starts_upper(pieces[k + 1].text))) {
            continue;
        }
        // "Thời gian: từ ngày 05/12." or "Các khu phố thực hiện:" after a
        // task names its time, its doers or its steps, and "Xong trước 15/4."
        // is too short for a task: part of the task before it.
        bool part_of_last = colon || words < min_sentence_words;
        if (part_of_last && items.empty() && !last) {
            continue; // the first task begins with it
        }
        if (part_of_last && !items.empty()) {
            items.back().second = pieces[k].end;
        } else {
            items.emplace_back(pieces[begin].begin, pieces[k].end);
        }
        begin = k + 1;
        words = 0;
        colon = false;
    }
    if (items.size() < 2 || begin < pieces.size()) {
        items.clear();
    }
    return items;
}

void DirectiveReader::read(std::string_view text, const std::vector<Piece>& pieces,
                           const std::vector<DateMatch>& dates, YearMonth period, YearMonth plan,
                           Directive& directive) const {
    // The action: the first action phrase, after bullets and lead words.
    std::size_t at = 0;
    while (at < pieces.size() && pieces[at].kind == PieceKind::punct) {
        ++at;
    }
    while (at < pieces.size()) {
        auto match = m_cues.match_at(pieces, at);
        if (match.length == 0) {
            break;
        }
        if (m_kinds[match.payload] == Cue::lead) {
            at += match.length;
            continue;
        }
        if (m_kinds[match.payload] == Cue::action) {
            directive.action = std::string(text.substr(
                pieces[at].begin, pieces[at + match.length - 1].end - pieces[at].begin));
        }
        break;
    }

    YearMonth around = plan.valid() ? plan : period.next();
    Date earliest{period.valid() ? period.year : 0, period.valid() ? period.month : 1, 1};
    YearMonth after = around.valid() ? around.next() : YearMonth{};
    Date latest{after.valid() ? after.year : 9999, after.valid() ? after.month : 12,
                after.valid() ? days_in_month(after.year, after.month) : 31};

    // Strongest cue wins: a deadline word, else a schedule word right before
    // the date; the first such date in the text.
    int best_strength = 0;
    for (const auto& date : dates) {
        if (date.year_only) {
            continue;
        }
        auto immediate = m_cues.match_before(pieces, date.first);
        Cue immediate_kind = immediate.length > 0 ? m_kinds[immediate.payload] : Cue::lead;
        Date day = date.finish;
        if (date.every_month) {
            // "trước ngày 15 hằng tháng": this plan's occurrence, in the plan month.
            if (!around.valid() || date.start.day > days_in_month(around.year, around.month)) {
                continue;
            }
            day = {around.year, around.month, date.start.day};
        } else if (date.month_only) {
            // "trong tháng 12/2023": due by the end of that month. Any other
            // month mention ("kết quả tháng 11") names a period, not a deadline.
            if (immediate_kind != Cue::month) {
                continue;
            }
            if (day.year == 0) {
                if (!around.valid()) {
                    continue;
                }
                day = DateFinder::resolve_year({0, day.month, 1}, around);
            }
            day.day = days_in_month(day.year, day.month);
            // A plan is not due within a month that is already over.
            if (around.valid() && YearMonth{day.year, day.month} < around) {
                continue;
            }
        } else if (day.year == 0) {
            if (!around.valid()) {
                continue;
            }
            day = DateFinder::resolve_year(day, around);
        }
        if (period.valid() && (day < earliest || day > latest)) {
            continue;
        }
        // "từ ngày 05/12": the day the work begins, which is no deadline (a
        // task is not overdue the day after it starts). A range after it
        // ("từ ngày 10-20/12") ends on its last day, as "đến ngày" would say.
        if (immediate_kind == Cue::start && date.start == date.finish) {
            continue;
        }
        // Words right before the date, back to the start of the sentence.
        std::size_t cue_begin = date.first;
        int strength = 0;
        if (immediate.length > 0) {
            Cue kind = immediate_kind;
            if (kind == Cue::month) {
                // Weaker than a stated day: "trong tháng 12, xong trước ngày 20/12".
                strength = 1;
                cue_begin = date.first - immediate.length;
            } else if (kind == Cue::deadline || kind == Cue::start) {
                strength = 2;
                cue_begin = date.first - immediate.length;
            } else if (kind == Cue::schedule) {
                strength = 1;
                cue_begin = date.first - immediate.length;
            }
        }
        bool topic = false;
        std::size_t words = 0;
        for (std::size_t k = date.first; k > 0; --k) {
            const Piece& piece = pieces[k - 1];
            if (ends_sentence(piece)) {
                break;
            }
            auto match = m_cues.match_before(pieces, k);
            if (match.length > 0) {
                Cue kind = m_kinds[match.payload];
                if (kind == Cue::topic) {
                    topic = true;
                } else if (kind == Cue::deadline && words < deadline_window && strength > 0) {
                    // "dự kiến tổ chức vào ngày …": the schedule is a deadline.
                    strength = 2;
                    cue_begin = std::min(cue_begin, k - match.length);
                }
            }
            words += piece.kind == PieceKind::word;
        }
        if (strength == 1 && topic) {
            continue; // "tuyên truyền việc khám tuyển vào ngày …": not this task's date
        }
        if (strength > best_strength) {
            best_strength = strength;
            directive.deadline = day;
            std::size_t begin = pieces[cue_begin].begin;
            directive.deadline_raw = std::string(text.substr(begin, date.end - begin));
        }
    }
}

} // namespace baocao::extract_detail
