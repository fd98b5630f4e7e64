#include "tracking/profile.h"

#include "normalize/line_shape.h"
#include "util/utf8.h"

#include <algorithm>

namespace baocao::tracking_detail {

namespace {

// A name is a few words ("Tiểu học Lai Cách"), sometimes six: the last
// one of "Trường Tiểu học Ngọc Khê Tây B" tells it from "… Tây A".
constexpr std::size_t max_name_words = 7;
// How far before a place's head its location word may stand ("tại khu chợ").
constexpr std::size_t location_reach = 2;
// How many syllables after "phấn đấu", "đạt", "chỉ tiêu" a figure is the target.
constexpr std::size_t target_reach = 4;

bool is_capital(const std::string& word, const Normalizer& normalizer) {
    std::size_t pos = 0;
    char32_t first = utf8::next(word, pos);
    std::string one;
    utf8::append(one, first);
    return normalizer.search_key(one) != one;
}

bool has_letter(const std::string& number) {
    return std::any_of(number.begin(), number.end(), [](char c) {
        auto u = static_cast<unsigned char>(c);
        return (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || u >= 0x80;
    });
}

bool is_roman(const std::string& word) {
    return !word.empty() && word.size() <= 4 && std::all_of(word.begin(), word.end(), [](char c) {
        return c == 'I' || c == 'V' || c == 'X';
    });
}

// The number of a numbered thing, so that "đợt II/2024", "đợt 02" and "đợt
// 2" agree: the part before a "/year", Roman figures as Arabic, no leading
// zeros. A range is read by its first number, so that "năm học 2025-2026"
// agrees with "năm học 2025 - 2026", whose second year is a token of its
// own. Anything else keeps its key.
std::string ordinal_value(const std::string& written, const std::string& key) {
    std::string head = written.substr(0, std::min(written.find('/'), written.find('-')));
    if (is_roman(head)) {
        int value = 0;
        auto digit = [](char c) { return c == 'I' ? 1 : c == 'V' ? 5 : 10; };
        for (std::size_t k = 0; k < head.size(); ++k) {
            int d = digit(head[k]);
            value += k + 1 < head.size() && digit(head[k + 1]) > d ? -d : d;
        }
        return std::to_string(value);
    }
    if (!head.empty() &&
        std::all_of(head.begin(), head.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        std::size_t lead = head.find_first_not_of('0');
        return lead == std::string::npos ? "0" : head.substr(lead);
    }
    return key;
}

// Gap between two tokens: does it end a clause, or start a new sentence?
// A bare dot before a lower-case word is inside an abbreviation ("1.246
// tr.đ, đạt 83% KH"), not the end of a sentence; "xong.Trong tháng", a
// missing space before a capital, still ends one.
void read_gap(std::string_view gap, bool next_lower, bool& clause_break, bool& sentence_break,
              bool& sentence_start) {
    if (gap == "." && next_lower) {
        return;
    }
    for (char c : gap) {
        if (c == '.' || c == '!' || c == '?' || c == '\n') {
            clause_break = true;
            sentence_break = true;
            sentence_start = true;
        } else if (c == ';') {
            clause_break = true;
            sentence_start = true;
        } else if (c == ':' || c == '"') {
            sentence_start = true;
        }
    }
}

// End of a list marker opening the text ("5) ", "12. ", "a) ", "B. ",
// "- 3. "), read as the segmenter reads line shapes; 0 when there is none.
// A directive's text keeps its number; the number counts nothing, and the
// word after it opens the sentence.
std::size_t list_marker_end(const std::string& text) {
    std::string_view rest = text;
    // A dash may come before the number ("- 3. …").
    for (int depth = 0; depth < 2; ++depth) {
        LineShape shape = classify_line(rest);
        bool marker = shape.kind == LineKind::bullet || shape.kind == LineKind::number_heading ||
                      shape.kind == LineKind::letter_heading ||
                      shape.kind == LineKind::group_heading;
        if (!marker || shape.title.size() >= rest.size()) {
            break;
        }
        rest = rest.substr(rest.size() - shape.title.size());
        if (shape.kind != LineKind::bullet) {
            break;
        }
    }
    return text.size() - rest.size();
}

// "(Giao Công an phường chủ trì, thực hiện trong tháng 9)", "…; giao Công
// chức Địa chính thực hiện", "(thời gian: trước ngày 15/8)": who does the
// task and by when. A report says what was done, rarely who was told to, so
// these words would only dilute the match. An assignment phrase
// (tracking_words.tsv, kind assignment) opening a parenthesis, a clause or
// a sentence, followed by a capitalised name when its weight is 1, runs to
// the closing parenthesis or the end of its sentence. Never the task's
// first words ("Giao nhận quân").
// `keys`: the search key of each token; `marker_end`: list_marker_end(text).
std::vector<bool> assignment_tokens(const std::string& text, const std::vector<Token>& tokens,
                                    const std::vector<std::string>& keys,
                                    const Vocabulary& vocabulary, const Normalizer& normalizer,
                                    std::size_t marker_end) {
    std::vector<bool> out(tokens.size(), false);
    // The task's first word, after its list marker ("12. Giao Trạm Y tế …":
    // the dot after the number opens no sentence).
    std::size_t first = 0;
    while (first < tokens.size() && tokens[first].begin < marker_end) {
        ++first;
    }
    for (std::size_t t = first + 1; t < tokens.size(); ++t) {
        const auto* phrase = vocabulary.words.match(keys, t, "assignment");
        if (!phrase) {
            continue;
        }
        std::string_view gap =
            std::string_view(text).substr(tokens[t - 1].end, tokens[t].begin - tokens[t - 1].end);
        bool paren = gap.find('(') != std::string_view::npos;
        bool opens = paren || gap.find_first_of(";.") != std::string_view::npos;
        std::size_t after = t + phrase->keys.size();
        bool named = after < tokens.size() && !tokens[after].numeric &&
                     is_capital(tokens[after].text, normalizer);
        if (!opens || (phrase->value >= 1 && !named)) {
            continue;
        }
        std::size_t end = paren ? text.find(')', tokens[t].begin) : std::string::npos;
        for (std::size_t k = t; k < tokens.size(); ++k) {
            if (paren ? tokens[k].begin > end
                      : k > t && text.find_first_of(".;", tokens[k - 1].end) < tokens[k].begin) {
                break;
            }
            out[k] = true;
        }
    }
    // The office that does it, named without "giao" (tracking_words, kind
    // office): a last parenthesis "(CC Địa chính - NN; xong trước 25/2)",
    // "(Trạm Y tế xã)", or a lead-in "Công an xã: tuần tra …". Only a
    // capitalised office: "(khu phố 4)" and "(tàu \"3 không\")" say where and
    // what.
    // `lead_in`: opening the text, where only offices of weight 1 count.
    auto office_at = [&](std::size_t t, bool lead_in) {
        if (tokens[t].numeric || !is_capital(tokens[t].text, normalizer)) {
            return false;
        }
        const auto* office = vocabulary.words.match(keys, t, "office");
        return office != nullptr && (!lead_in || office->value >= 1);
    };
    for (std::size_t t = 1; t < tokens.size(); ++t) {
        std::string_view gap =
            std::string_view(text).substr(tokens[t - 1].end, tokens[t].begin - tokens[t - 1].end);
        if (gap.find('(') == std::string_view::npos || !office_at(t, false)) {
            continue;
        }
        std::size_t end = text.find(')', tokens[t].begin);
        if (end == std::string::npos ||
            text.find_first_not_of(" .;,", end + 1) != std::string::npos) {
            continue;
        }
        for (std::size_t k = t; k < tokens.size() && tokens[k].begin < end; ++k) {
            out[k] = true;
        }
    }
    // "Giao đồng chí Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội chỉ đạo
    // khởi công …": the task opens with whom it is given to, up to the first
    // administrative verb (kind generic), within one clause.
    constexpr std::size_t max_assignee = 16; // words from "giao" to the verb
    if (first < tokens.size()) {
        const auto* give = vocabulary.words.match(keys, first, "assignment");
        std::size_t at = give ? first + give->keys.size() : tokens.size();
        if (give && give->value >= 1 && at < tokens.size() &&
            vocabulary.words.match(keys, at, "office")) {
            for (std::size_t k = at + 1; k < tokens.size() && k < first + max_assignee; ++k) {
                std::string_view gap = std::string_view(text).substr(
                    tokens[k - 1].end, tokens[k].begin - tokens[k - 1].end);
                // "Giao Phòng Kinh tế, Hạ tầng và Đô thị …": a comma before a
                // capital goes on with the office's name.
                bool name_goes_on = gap.find_first_of(";.:(") == std::string_view::npos &&
                                    !tokens[k].numeric && is_capital(tokens[k].text, normalizer);
                if (gap.find_first_of(",;.:(") != std::string_view::npos && !name_goes_on) {
                    break;
                }
                // "Ủy ban nhân dân" is an office and a generic phrase: within
                // an office's name no verb ends the assignee.
                // "tổ" is an office, "tổ chức" a verb: the longer phrase wins.
                const auto* office = vocabulary.words.match(keys, k, "office");
                const auto* generic = vocabulary.words.match(keys, k, "generic");
                if (office && (!generic || office->keys.size() >= generic->keys.size())) {
                    k += office->keys.size() - 1;
                    continue;
                }
                if (generic) {
                    std::fill(out.begin() + static_cast<std::ptrdiff_t>(first),
                              out.begin() + static_cast<std::ptrdiff_t>(k), true);
                    break;
                }
                // "… Đô thị chủ trì, phối hợp …": the office's role ends it
                // and is left out with it.
                if (const auto* role = vocabulary.words.match(keys, k, "assignment")) {
                    std::fill(out.begin() + static_cast<std::ptrdiff_t>(first),
                              out.begin() + static_cast<std::ptrdiff_t>(k + role->keys.size()),
                              true);
                    break;
                }
            }
        }
    }
    constexpr std::size_t max_lead_in = 8; // words of an office name before ':'
    if (first < tokens.size() && office_at(first, true)) {
        for (std::size_t k = first; k + 1 < tokens.size() && k < first + max_lead_in; ++k) {
            std::string_view gap =
                std::string_view(text).substr(tokens[k].end, tokens[k + 1].begin - tokens[k].end);
            if (gap.find(':') != std::string_view::npos) {
                std::fill(out.begin() + static_cast<std::ptrdiff_t>(first),
                          out.begin() + static_cast<std::ptrdiff_t>(k + 1), true);
                break;
            }
            if (gap.find_first_of(".;(") != std::string_view::npos) {
                break;
            }
        }
    }
    return out;
}

} // namespace

std::vector<std::string> TextProfile::keys() const {
    std::vector<std::string> out;
    out.reserve(syllables.size());
    for (const auto& s : syllables) {
        out.push_back(s.key);
    }
    return out;
}

bool parse_vn_number(const std::string& text, double& value) {
    // "1.327.732" groups thousands with dots; "62,9" has a decimal comma.
    std::string plain;
    for (char c : text) {
        if (c >= '0' && c <= '9') {
            plain += c;
        } else if (c == ',') {
            plain += '.';
        } else if (c != '.') {
            return false;
        }
    }
    if (plain.empty() || plain.front() == '.') {
        return false;
    }
    try {
        value = std::stod(plain);
    } catch (...) {
        return false;
    }
    return true;
}

TextProfile build_profile(const std::string& text, const Vocabulary& vocabulary,
                          const Normalizer& normalizer) {
    TextProfile out;
    out.text = text;
    std::size_t previous_end = 0;
    std::size_t clause = 0;
    out.clause_begin.push_back(0);
    out.clause_sentence.push_back(0);
    out.clause_opened_by_word.push_back(0);
    std::size_t sentence = 0;
    bool sentence_start = true;
    std::vector<Token> tokens = normalizer.tokenize(text);
    std::vector<std::string> token_keys;
    token_keys.reserve(tokens.size());
    for (const auto& token : tokens) {
        token_keys.push_back(normalizer.search_key(token.text));
    }
    std::size_t marker_end = list_marker_end(text);
    std::vector<bool> assignment =
        assignment_tokens(text, tokens, token_keys, vocabulary, normalizer, marker_end);
    // "Mười lăm là, rà soát …": an item numbered in words.
    {
        std::size_t t = 0;
        while (t < tokens.size() && tokens[t].end <= marker_end) {
            ++t;
        }
        std::size_t first = t;
        while (t < tokens.size()) {
            const auto* number = vocabulary.words.match(token_keys, t, "number_word");
            if (!number) {
                break;
            }
            t += number->keys.size();
        }
        if (t > first && t < tokens.size() && token_keys[t] == "là" &&
            text.find_first_not_of(' ', tokens[t].end) != std::string::npos &&
            text[text.find_first_not_of(' ', tokens[t].end)] == ',') {
            marker_end = tokens[t].end;
        }
    }
    for (std::size_t t = 0; t < tokens.size(); ++t) {
        const Token& token = tokens[t];
        if (assignment[t]) {
            continue; // who does it and by when: not what is done
        }
        if (token.end <= marker_end) {
            continue; // "5) Nạo vét …": the item's number, not a count of it
        }
        bool clause_break = false;
        bool sentence_break = false;
        read_gap(std::string_view(text).substr(previous_end, token.begin - previous_end),
                 !token.numeric && !is_capital(token.text, normalizer), clause_break,
                 sentence_break, sentence_start);
        // "Đôn đốc các hộ nộp thuế, phấn đấu thu ngân sách đạt 85% dự toán":
        // the target is a clause of its own, a part a report may answer
        // alone ("lũy kế thu ngân sách bằng 84,1% dự toán").
        bool opener =
            !clause_break && vocabulary.words.match(token_keys, t, "clause_opener") != nullptr;
        clause_break = clause_break || opener;
        if (clause_break && !out.syllables.empty()) {
            out.clause_end.push_back(previous_end);
            out.clause_begin.push_back(token.begin);
            sentence += sentence_break ? 1 : 0;
            out.clause_sentence.push_back(sentence);
            out.clause_opened_by_word.push_back(opener ? 1 : 0);
            ++clause;
        }
        previous_end = token.end;
        const std::string& key = token_keys[t];
        if (token.numeric) {
            out.syllables.push_back(
                {key, token.text, token.begin, token.end, clause, true, false, 1});
            if (has_letter(token.text)) {
                out.references.push_back(key);
            }
            sentence_start = false;
            continue;
        }
        bool capital = !sentence_start && is_capital(token.text, normalizer);
        auto abbreviation = vocabulary.abbreviations.find(key);
        // An abbreviation written in capitals stands for its long form, so
        // "BHYT" and "bảo hiểm y tế" share their terms.
        if (abbreviation != vocabulary.abbreviations.end() && token.text != key) {
            for (const auto& word : abbreviation->second) {
                out.syllables.push_back({word, token.text, token.begin, token.end, clause, false,
                                         false, 1, true, abbreviation->second.size()});
            }
        } else {
            out.syllables.push_back(
                {key, token.text, token.begin, token.end, clause, false, capital, 1});
        }
        sentence_start = false;
    }
    out.clause_end.push_back(text.size());

    // Word weights, names and numbered things from tracking_words.
    std::vector<std::string> keys = out.keys();
    for (std::size_t i = 0; i < keys.size();) {
        const auto* entry = vocabulary.words.match(keys, i, "generic");
        const auto* function = vocabulary.words.match(keys, i, "function");
        if (function && (!entry || function->keys.size() > entry->keys.size())) {
            entry = function;
        }
        // "số hóa" is one specific word although "số" alone is a filler.
        const auto* content = vocabulary.words.match(keys, i, "content");
        if (content && (!entry || content->keys.size() >= entry->keys.size())) {
            entry = content;
        }
        if (entry) {
            for (std::size_t k = 0; k < entry->keys.size(); ++k) {
                out.syllables[i + k].weight = entry->value;
            }
            i += entry->keys.size();
        } else {
            ++i;
        }
    }
    // "còn 3 em", "thêm 14 nhà trọ": flags the count right after a phrase.
    auto flag_count_after = [&](std::size_t i, const char* kind, bool Syllable::*flag) {
        const auto* phrase = vocabulary.status.match(keys, i, kind);
        std::size_t at = phrase ? i + phrase->keys.size() : keys.size();
        if (at < keys.size() && out.syllables[at].numeric) {
            out.syllables[at].*flag = true;
        }
    };
    for (std::size_t i = 0; i < keys.size(); ++i) {
        flag_count_after(i, "remainder", &Syllable::remainder);
        flag_count_after(i, "increment", &Syllable::added);
        if (const auto* progress = vocabulary.status.match(keys, i, "progress");
            progress && progress->value >= 1) {
            out.syllables[i].progress = true;
        }
        if (const auto* unit = vocabulary.words.match(keys, i, "measure");
            unit && unit->value > 0) {
            out.syllables[i].measure = true;
        }
        out.syllables[i].organise = vocabulary.words.match(keys, i, "organise") != nullptr;
        out.syllables[i].take_part = vocabulary.words.match(keys, i, "take_part") != nullptr;
        if (const auto* target = vocabulary.status.match(keys, i, "target")) {
            for (std::size_t k = i + target->keys.size();
                 k < keys.size() && k <= i + target->keys.size() + target_reach &&
                 out.syllables[k].clause == out.syllables[i].clause;
                 ++k) {
                out.syllables[k].target = out.syllables[k].numeric;
            }
        }
        // The medium a message goes out on ("trên hệ thống loa truyền
        // thanh", "qua nhóm Zalo") up to the next comma or topic word: it
        // does not tell one message from another.
        if (const auto* channel = vocabulary.words.match(keys, i, "channel")) {
            std::size_t k = i;
            for (; k < keys.size() && out.syllables[k].clause == out.syllables[i].clause; ++k) {
                if (k > i + channel->keys.size() - 1 &&
                    (vocabulary.words.match(keys, k, "topic") ||
                     text.find(',', out.syllables[k - 1].end) < out.syllables[k].begin)) {
                    break;
                }
                out.syllables[k].channel = true;
            }
            i = k - 1;
        }
    }
    // A name opened at syllable `i` by `head` ("khu dân cư", "khu vực"),
    // its words still to collect.
    auto name_opened_by = [&](const auto& head, std::size_t i) {
        Name name;
        name.clause = out.syllables[i].clause;
        name.syllable = i;
        std::size_t begin = out.syllables[i].begin;
        name.aside = std::count(text.begin(), text.begin() + static_cast<long>(begin), '(') >
                     std::count(text.begin(), text.begin() + static_cast<long>(begin), ')');
        name.head_keys = head.keys;
        // "tại khu chợ Nà Đon": a location word up to two syllables before
        // the head, in its clause.
        for (std::size_t back = 1; back <= location_reach && back <= i; ++back) {
            name.located = name.located || (out.syllables[i - back].clause == name.clause &&
                                            vocabulary.words.match(keys, i - back, "location"));
        }
        for (const auto& k : head.keys) {
            name.head += (name.head.empty() ? "" : " ") + k;
        }
        return name;
    };
    // "Ngày Gia đình Việt Nam": a head that ends a longer word is no head.
    // Only a word written as one: its syllables in one clause, nothing but a
    // space between them ("…03 trẻ. Em Lê Văn Bình" keeps its name).
    auto inside_word = [&](std::size_t i) {
        constexpr std::size_t word_reach = 3;
        for (std::size_t back = 1; back <= word_reach && back <= i; ++back) {
            std::size_t from = i - back;
            const auto* word = vocabulary.words.match(keys, from, "not_head");
            if (!word || word->keys.size() <= back) {
                continue;
            }
            bool written_as_one = true;
            for (std::size_t k = from; k < i && written_as_one; ++k) {
                const Syllable& a = out.syllables[k];
                const Syllable& b = out.syllables[k + 1];
                written_as_one = a.clause == b.clause && b.begin > a.end &&
                                 text.find_first_not_of(' ', a.end) == b.begin;
            }
            if (written_as_one) {
                return true;
            }
        }
        return false;
    };
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const auto* name_head = vocabulary.words.match(keys, i, "name_head");
        if (name_head && inside_word(i)) {
            name_head = nullptr; // "gia đình", "trẻ em"
        }
        if (const auto* head = name_head) {
            std::size_t at = i + head->keys.size();
            Name name = name_opened_by(*head, i);
            if (at < keys.size() && out.syllables[at].clause == name.clause &&
                (out.syllables[at].capital || out.syllables[at].expanded ||
                 out.syllables[at].numeric)) {
                out.named_heads.push_back(name);
            }
            // Capitalised words, or a number ("đường 394"); a lower-case word
            // is kept only between capitals ("Tiểu học Lai Cách").
            // "Trường THCS Đồi Thông": an abbreviation between the head and
            // a capitalised name is a word of the name, as written ("thcs").
            if (at < keys.size() && out.syllables[at].expanded &&
                out.syllables[at].clause == name.clause) {
                std::size_t after = at;
                while (after < keys.size() && out.syllables[after].expanded &&
                       out.syllables[after].begin == out.syllables[at].begin) {
                    ++after;
                }
                if (after < keys.size() && out.syllables[after].capital &&
                    out.syllables[after].clause == name.clause) {
                    name.words.push_back(normalizer.search_key(out.syllables[at].written));
                    at = after;
                }
            }
            while (at < keys.size() && out.syllables[at].clause == name.clause &&
                   name.words.size() < max_name_words) {
                const Syllable& s = out.syllables[at];

                // "khu dân cư số 3", "tổ dân phố số 5": the number is the name.
                if (name.words.empty() && s.key == "số" && at + 1 < keys.size() &&
                    out.syllables[at + 1].numeric && out.syllables[at + 1].clause == name.clause) {
                    name.words.push_back(out.syllables[at + 1].key);
                    break;
                }
                // "TDP Hòa Bình, chuyển Chi nhánh …": a comma or a bracket
                // ends the name.
                if (!name.words.empty() &&
                    text.find_first_of(",(", out.syllables[at - 1].end) < s.begin) {
                    break;
                }
                bool next_capital = at + 1 < keys.size() && out.syllables[at + 1].capital &&
                                    out.syllables[at + 1].clause == name.clause;
                // "Bản Phiêng 1", "Khu Nà Lốc 2": one digit after the name
                // is its last word; a count is written "05 hộ", yet not
                // always ("thôn Đông 3 hộ"): a counting noun after it says so.
                bool counts = at + 1 < keys.size() && !out.syllables[at + 1].numeric &&
                              !out.syllables[at + 1].capital &&
                              out.syllables[at + 1].clause == s.clause &&
                              vocabulary.counted.count(out.syllables[at + 1].key) != 0;
                if (!name.words.empty() && s.numeric && s.written.size() == 1 &&
                    s.written[0] >= '1' && s.written[0] <= '9' && !counts) {
                    name.words.push_back(s.key);
                    break;
                }
                if (s.capital || (s.numeric && name.words.empty()) ||
                    (!name.words.empty() && !s.numeric && next_capital)) {
                    name.words.push_back(s.key);
                    ++at;
                    if (s.numeric) {
                        break;
                    }
                } else {
                    break;
                }
            }
            if (!name.words.empty()) {
                out.names.push_back(std::move(name));
            }
        }
        // "khu vực bãi tắm", "khu vực cảng cá": an area named by common
        // nouns, in lower case. Its first words (up to a comma, a number or a
        // grammar word) tell one place from another the way a proper name does.
        if (const auto* head = vocabulary.words.match(keys, i, "area_head")) {
            constexpr std::size_t area_words = 2;
            std::size_t at = i + head->keys.size();
            Name name = name_opened_by(*head, i);
            while (at < keys.size() && out.syllables[at].clause == name.clause &&
                   name.words.size() < area_words) {
                const Syllable& s = out.syllables[at];
                bool comma = text.find(',', out.syllables[at - 1].end) < s.begin;
                if (comma || s.numeric || s.capital ||
                    vocabulary.words.match(keys, at, "function") ||
                    vocabulary.words.match(keys, at, "generic")) {
                    break;
                }
                name.words.push_back(s.key);
                ++at;
            }
            if (name.words.size() == area_words) {
                out.names.push_back(std::move(name));
            }
        }
        if (const auto* head = vocabulary.words.match(keys, i, "event_head")) {
            out.syllables[i].event = true;
            constexpr std::size_t event_reach = 4;
            std::size_t after = i + head->keys.size();
            for (std::size_t at = after; at < keys.size() && at < after + event_reach &&
                                         out.syllables[at].clause == out.syllables[i].clause;
                 ++at) {
                const Syllable& s = out.syllables[at];
                // "Đề án 06", not a date ("ngày 20/11") or a year.
                bool plain_number = s.numeric && at == after && s.written.size() <= 3 &&
                                    std::all_of(s.written.begin(), s.written.end(),
                                                [](char c) { return c >= '0' && c <= '9'; });
                if (s.capital || plain_number) {
                    EventName event{head->keys, s.clause};
                    event.keys.push_back(s.key);
                    out.events.push_back(std::move(event));
                    break;
                }
            }
        }
        // "tăng 15% so với năm 2023": the year compared with, not the task's.
        bool compared = false;
        for (std::size_t back = 1; back <= 3 && back <= i && !compared; ++back) {
            const auto* cue = vocabulary.words.match(keys, i - back, "comparison");
            compared = cue && cue->keys.size() == back;
        }
        const auto* head = compared ? nullptr : vocabulary.words.match(keys, i, "ordinal_head");
        if (head) {
            std::size_t at = i + head->keys.size();
            if (at < keys.size() && out.syllables[at].clause == out.syllables[i].clause) {
                const Syllable& s = out.syllables[at];
                std::string head_key;
                for (const auto& k : head->keys) {
                    head_key += (head_key.empty() ? "" : " ") + k;
                }
                bool year_head = head_key == "năm";
                bool ok = s.numeric ? (!year_head || s.written.size() == 4)
                                    : (!year_head && is_roman(s.written));
                // "năm thứ nhất", "lần thứ hai": the number in words.
                bool linked = vocabulary.words.match(head->keys, head->keys.size() - 1,
                                                     "ordinal_link") != nullptr;
                const auto* word = linked && !s.numeric
                                       ? vocabulary.words.match(keys, at, "ordinal_word")
                                       : nullptr;
                // "lần thứ mười hai" is no 10: a number of several words is
                // not read, rather than read wrong.
                std::size_t after = at + (word ? word->keys.size() : 0);
                // "lần thứ hai năm 2025": "năm" before a figure opens the
                // year, it does not go on with the number.
                const auto* next_head = after < keys.size()
                                            ? vocabulary.words.match(keys, after, "ordinal_head")
                                            : nullptr;
                bool next_is_head = next_head && after + next_head->keys.size() < keys.size() &&
                                    out.syllables[after + next_head->keys.size()].numeric;
                bool longer = word && after < keys.size() && !next_is_head &&
                              out.syllables[after].clause == s.clause &&
                              (vocabulary.words.match(keys, after, "number_word") ||
                               vocabulary.words.match(keys, after, "ordinal_word"));
                if (longer) {
                    // neither this ordinal nor a wrong one
                } else if (word) {
                    out.ordinals.push_back(
                        {head_key, std::to_string(static_cast<int>(word->value)), s.clause});
                } else if (ok) {
                    out.ordinals.push_back(
                        {head_key, year_head ? s.key : ordinal_value(s.written, s.key), s.clause});
                }
            }
        }
    }
    // Quotation marks: straight ones alternate, curly ones open and close.
    {
        bool open = false;
        std::size_t at = 0;
        for (auto& syllable : out.syllables) {
            while (at < syllable.begin) {
                char32_t c = utf8::next(text, at);
                if (c == U'"') {
                    open = !open;
                } else if (c == U'\u201C' || c == U'\u201D') { // “ ”
                    open = c == U'\u201C';
                }
            }
            syllable.quoted = open;
        }
    }
    // A title in quotes ("danh hiệu \"Khu vực văn hóa\"") names no place.
    std::erase_if(out.names, [&](const Name& name) {
        return name.syllable < out.syllables.size() && out.syllables[name.syllable].quoted;
    });
    for (std::size_t c = 0; c < out.clauses(); ++c) {
        out.clause_terms.push_back(terms_of(out, c, c + 1));
    }
    for (std::size_t i = 0; i < keys.size();) {
        const auto* group = vocabulary.groups.match(keys, i);
        // "Hội Người cao tuổi" gives, it does not receive; a disease or a
        // level may be capitalised ("vắc xin Lở mồm long móng").
        if (group && (group->slot != "people" || !out.syllables[i].capital)) {
            out.groups.push_back({group->kind, out.syllables[i].clause, group->slot});
            i += group->keys.size();
        } else {
            ++i;
        }
    }
    // A report names the concrete work ("bón thúc, phun trừ rầy") where the
    // directive named the general duty ("chăm sóc lúa"): a clause with the
    // concrete phrase also holds the general phrase's terms. Only clause
    // terms get them, so they count towards the match and the object, never
    // towards word rarity or the paragraph's own weight.
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const auto* related = vocabulary.related.match(keys, i);
        if (!related) {
            continue;
        }
        std::size_t at = out.syllables[i].clause;
        if (out.syllables[i + related->keys.size() - 1].clause != at) {
            continue;
        }
        auto& terms = out.clause_terms[at];
        const auto& general = related->stands_for;
        for (std::size_t k = 0; k < general.size(); ++k) {
            terms.insert("w:" + general[k]);
            if (k + 1 < general.size()) {
                terms.insert("b:" + general[k] + " " + general[k + 1]);
            }
        }
    }
    return out;
}

bool followed_by_percent(const TextProfile& p, std::size_t i) {
    std::size_t at = p.syllables[i].end;
    while (at < p.text.size() && p.text[at] == ' ') {
        ++at;
    }
    return at < p.text.size() && p.text[at] == '%';
}

std::set<std::string> terms_of(const TextProfile& profile, std::size_t first, std::size_t last) {
    std::set<std::string> out;
    const auto& s = profile.syllables;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i].clause < first || s[i].clause >= last || s[i].numeric) {
            continue;
        }
        out.insert("w:" + s[i].key);
        if (i + 1 < s.size() && s[i + 1].clause == s[i].clause && !s[i + 1].numeric) {
            out.insert("b:" + s[i].key + " " + s[i + 1].key);
        }
    }
    return out;
}

} // namespace baocao::tracking_detail
