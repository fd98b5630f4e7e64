#include "baocao/normalize.h"

#include "normalize/icu_text.h"
#include "normalize/line_joiner.h"
#include "normalize/line_shape.h"
#include "normalize/syllable.h"
#include "util/utf8.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <utility>

namespace baocao {

namespace {

char32_t parse_code_point(const Table& table, const std::string& cell) {
    if (cell.size() < 6 || cell.compare(0, 2, "U+") != 0) {
        throw Error(table.path + ": '" + cell + "' is not a code point; write it as U+XXXX");
    }
    char* end = nullptr;
    unsigned long value = std::strtoul(cell.c_str() + 2, &end, 16);
    if (end == nullptr || *end != 0 || value > 0x10FFFF) {
        throw Error(table.path + ": '" + cell + "' is not a code point; write it as U+XXXX");
    }
    return static_cast<char32_t>(value);
}

bool is_letter(char32_t c) {
    return u_isalpha(static_cast<UChar32>(c)) != 0 ||
           u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK;
}

bool is_upper(char32_t c) {
    return u_isupper(static_cast<UChar32>(c)) != 0;
}

Tone tone_of_mark(char32_t c) {
    switch (c) {
    case 0x0300:
        return Tone::grave;
    case 0x0301:
        return Tone::acute;
    case 0x0309:
        return Tone::hook;
    case 0x0303:
        return Tone::tilde;
    case 0x0323:
        return Tone::dot;
    default:
        return Tone::none;
    }
}

} // namespace

struct Normalizer::Impl {
    std::map<char32_t, std::string> characters; // replacement, "" removes
    std::vector<std::pair<std::string, std::string>> tone_pairs;
    SyllableRules syllables;
    // The common syllables with every mark taken off ("trấn" -> "tran"),
    // filled by Normalizer once `fold` can run.
    std::set<std::string> common_folded;

    explicit Impl(const Dictionaries& dictionaries) : syllables(dictionaries) {
        const Table& chars = dictionaries.table("characters");
        std::size_t from = chars.column("from");
        std::size_t to = chars.column("to");
        for (const auto& row : chars.rows) {
            std::string replacement;
            if (!row[to].empty()) {
                utf8::append(replacement, parse_code_point(chars, row[to]));
            }
            characters[parse_code_point(chars, row[from])] = replacement;
        }
        const Table& tones = dictionaries.table("tone_placement");
        std::size_t written = tones.column("written");
        std::size_t canonical = tones.column("canonical");
        for (const auto& row : tones.rows) {
            tone_pairs.emplace_back(icu_text::nfc(row[written]), icu_text::nfc(row[canonical]));
        }
    }

    std::string clean(std::string_view text) const {
        std::string out;
        out.reserve(text.size());
        std::size_t pos = 0;
        while (pos < text.size()) {
            char32_t c = utf8::next(text, pos);
            auto it = characters.find(c);
            if (it != characters.end()) {
                out += it->second;
            } else if (c < 0x20 && c != '\n') {
                out += ' '; // control characters read as a space
            } else {
                utf8::append(out, c);
            }
        }
        return icu_text::nfc(out);
    }

    // One canonical tone placement for each letter run of a lower-case word.
    std::string canonical_tones(const std::string& lower) const {
        std::string out;
        std::size_t pos = 0;
        while (pos < lower.size()) {
            std::size_t start = pos;
            std::size_t probe = pos;
            char32_t c = utf8::next(lower, probe);
            if (!is_letter(c)) {
                out.append(lower, start, probe - start);
                pos = probe;
                continue;
            }
            std::size_t end = probe;
            while (end < lower.size()) {
                std::size_t next = end;
                if (!is_letter(utf8::next(lower, next))) {
                    break;
                }
                end = next;
            }
            std::string run = lower.substr(start, end - start);
            for (const auto& [written, canonical] : tone_pairs) {
                if (utf8::ends_with(run, written)) {
                    std::size_t at = run.size() - written.size();
                    if (at == 0 || run[at - 1] != 'q') {
                        run.replace(at, written.size(), canonical);
                    }
                    break;
                }
            }
            out += run;
            pos = end;
        }
        return out;
    }

    // Lower-case NFC word -> (toneless NFC, tone, number of tone marks).
    void split_tone(const std::string& lower, std::string& toneless, Tone& tone, int& count) const {
        std::string decomposed = icu_text::nfd(lower);
        std::string stripped;
        tone = Tone::none;
        count = 0;
        std::size_t pos = 0;
        while (pos < decomposed.size()) {
            char32_t c = utf8::next(decomposed, pos);
            Tone t = tone_of_mark(c);
            if (t != Tone::none) {
                tone = t;
                ++count;
                continue;
            }
            utf8::append(stripped, c);
        }
        toneless = icu_text::nfc(stripped);
    }

    // After removing marks the first letter is a vowel ("ạ", "ơ", "ư" …).
    bool starts_with_vowel(const std::string& lower) const {
        std::string toneless;
        Tone tone = Tone::none;
        int count = 0;
        split_tone(lower, toneless, tone, count);
        std::string base = icu_text::nfd(toneless);
        return !base.empty() && std::string_view("aeiouy").find(base[0]) != std::string_view::npos;
    }

    bool is_syllable_lower(const std::string& lower) const {
        std::string toneless;
        Tone tone = Tone::none;
        int count = 0;
        split_tone(lower, toneless, tone, count);
        return count <= 1 && syllables.is_valid(toneless, tone);
    }
};

Normalizer::Normalizer(const Dictionaries& dictionaries)
    : m_impl(std::make_unique<Impl>(dictionaries)) {
    for (const auto& syllable : m_impl->syllables.common()) {
        m_impl->common_folded.insert(fold(syllable));
    }
}
Normalizer::~Normalizer() = default;
Normalizer::Normalizer(Normalizer&&) noexcept = default;
Normalizer& Normalizer::operator=(Normalizer&&) noexcept = default;

std::string Normalizer::clean(std::string_view text) const {
    return m_impl->clean(text);
}

std::string Normalizer::search_key(std::string_view word) const {
    return m_impl->canonical_tones(icu_text::nfc(icu_text::lower(m_impl->clean(word))));
}

std::string Normalizer::fold(std::string_view word) const {
    std::string decomposed = icu_text::nfd(search_key(word));
    std::string out;
    std::size_t pos = 0;
    while (pos < decomposed.size()) {
        char32_t c = utf8::next(decomposed, pos);
        if (u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK) {
            continue;
        }
        if (c == U'đ') {
            c = U'd';
        }
        utf8::append(out, c);
    }
    return out;
}

std::string Normalizer::title_case(std::string_view text) const {
    return icu_text::title_case(text);
}

bool Normalizer::is_syllable(std::string_view word) const {
    return m_impl->is_syllable_lower(icu_text::lower(icu_text::nfc(word)));
}

std::vector<std::string> Normalizer::split_glued(std::string_view token) const {
    std::vector<std::string> whole{std::string(token)};
    // Walk the code points once: letters, digits, case.
    std::vector<std::size_t> offsets;
    std::size_t letters = 0;
    std::size_t digits = 0;
    std::size_t uppers = 0;
    std::size_t first_digit = std::string::npos;
    std::size_t pos = 0;
    while (pos < token.size()) {
        offsets.push_back(pos);
        char32_t c = utf8::next(token, pos);
        if (utf8::is_ascii_digit(c)) {
            ++digits;
            if (first_digit == std::string::npos) {
                first_digit = offsets.back();
            }
        } else if (is_letter(c)) {
            if (first_digit != std::string::npos) {
                return whole; // digits then letters again: "H5N1", a code
            }
            ++letters;
            uppers += is_upper(c) ? 1 : 0;
        } else {
            return whole;
        }
    }
    // "BHYT63": an upper-case abbreviation glued to a count.
    if (digits > 0 && letters >= 2 && uppers == letters && first_digit != std::string::npos) {
        return {std::string(token.substr(0, first_digit)), std::string(token.substr(first_digit))};
    }
    if (digits > 0 || letters < 3) {
        return whole;
    }
    // Capitals inside the word ("HĐND", "TTHC", "eKYC"): an abbreviation or a
    // name, not a glued pair of syllables.
    std::string lower = icu_text::lower(token);
    bool first_upper = uppers > 0 && is_upper([&] {
                           std::size_t p = 0;
                           return utf8::next(token, p);
                       }());
    if (uppers > (first_upper ? 1u : 0u)) {
        return whole;
    }
    if (m_impl->is_syllable_lower(lower) || m_impl->syllables.is_valid_unmarked(lower)) {
        return whole;
    }
    // Two syllables, both well formed. Prefer a split into syllables seen
    // often in reports, then the longer first syllable ("đến hoạt" over
    // "đế nhoạt").
    bool unmarked =
        std::all_of(lower.begin(), lower.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    auto common_unmarked = [&](const std::string& half) {
        return half.size() >= 2 && m_impl->common_folded.count(half) != 0;
    };
    int best_score = -1;
    std::size_t best = 0;
    for (std::size_t i = 1; i < offsets.size(); ++i) {
        std::size_t cut = offsets[i];
        std::string left = icu_text::lower(token.substr(0, cut));
        std::string right = icu_text::lower(token.substr(cut));
        if (!m_impl->is_syllable_lower(left) || !m_impl->is_syllable_lower(right)) {
            continue;
        }
        // A word typed with no mark at all is a loanword ("mini", "game",
        // "video") far more often than two glued syllables: split it only
        // into two common syllables of two letters or more ("thitran").
        if (unmarked && !(common_unmarked(left) && common_unmarked(right))) {
            continue;
        }
        // A vowel-initial second half usually means its onset was taken by
        // the first half ("đếnh oạt"), so a consonant start scores higher.
        std::size_t p = 0;
        char32_t first = utf8::next(right, p);
        bool consonant = first != U'a' && first != U'e' && first != U'i' && first != U'o' &&
                         first != U'u' && first != U'y' && !m_impl->starts_with_vowel(right);
        int score = (m_impl->syllables.is_common(left) ? 4 : 0) +
                    (m_impl->syllables.is_common(right) ? 4 : 0) + (consonant ? 2 : 0) + 1;
        if (score >= best_score) { // later cut = longer first syllable wins ties
            best_score = score;
            best = cut;
        }
    }
    if (best_score < 0) {
        return whole;
    }
    return {std::string(token.substr(0, best)), std::string(token.substr(best))};
}

std::vector<Token> Normalizer::tokenize(std::string_view text) const {
    std::vector<Token> tokens;
    std::size_t pos = 0;
    auto peek = [&](std::size_t at) -> char32_t {
        if (at >= text.size()) {
            return 0;
        }
        std::size_t p = at;
        return utf8::next(text, p);
    };
    while (pos < text.size()) {
        std::size_t start = pos;
        char32_t c = utf8::next(text, pos);
        if (utf8::is_ascii_digit(c)) {
            // Number with inner separators; a '/' or '-' between alphanumerics
            // makes a compound ("76/TB-UBND", "03/11/2023", "2021-2025").
            bool compound = false;
            while (pos < text.size()) {
                char32_t d = peek(pos);
                std::size_t after = pos + 1;
                char32_t e = peek(after);
                if (utf8::is_ascii_digit(d)) {
                    ++pos;
                } else if ((d == '.' || d == ',') && utf8::is_ascii_digit(e)) {
                    pos += 1;
                } else if ((d == '/' || d == '-') && (utf8::is_ascii_digit(e) || is_letter(e))) {
                    compound = true;
                    pos += 1;
                } else if (compound && is_letter(d)) {
                    std::size_t p = pos;
                    utf8::next(text, p);
                    pos = p;
                } else if (compound && d == '.' && is_letter(e)) {
                    pos += 1;
                } else {
                    break;
                }
            }
            tokens.push_back({std::string(text.substr(start, pos - start)), start, pos, true});
        } else if (is_letter(c)) {
            while (pos < text.size()) {
                std::size_t p = pos;
                char32_t d = utf8::next(text, p);
                if (is_letter(d) || utf8::is_ascii_digit(d)) {
                    pos = p;
                } else {
                    break;
                }
            }
            tokens.push_back({std::string(text.substr(start, pos - start)), start, pos, false});
        }
    }
    return tokens;
}

namespace {
std::string repair_line(const Normalizer& normalizer, std::string_view line,
                        std::vector<std::size_t>& inserted);
} // namespace

TextDocument Normalizer::normalize(const RawDocument& raw) const {
    TextDocument doc;
    doc.source = raw.path;
    doc.sha256 = raw.sha256;
    doc.diagnostics = raw.diagnostics;
    LineRepair repair;
    repair.clean = [this](std::string_view line) { return m_impl->clean(line); };
    repair.split = [this](std::string_view line, std::vector<std::size_t>& inserted) {
        return repair_line(*this, line, inserted);
    };
    doc.blocks = join_lines(raw, repair);
    return doc;
}

namespace {

// Splits what extraction glued in one cleaned line; records where it inserted
// a space so offsets can be mapped back.
std::string repair_line(const Normalizer& normalizer, std::string_view line,
                        std::vector<std::size_t>& inserted) {
    std::string out;
    out.reserve(line.size() + 8);
    std::size_t copied = 0;
    for (const Token& token : normalizer.tokenize(line)) {
        out.append(line, copied, token.begin - copied);
        copied = token.begin;
        // Sentence punctuation glued to the next word: "thành.Giá", "2023,làm".
        if (token.begin > 0 && !token.numeric) {
            char before = line[token.begin - 1];
            bool after_word =
                token.begin >= 2 && line[token.begin - 2] != ' ' && line[token.begin - 2] != '.';
            if ((before == ',' || before == ';' || (before == '.' && starts_upper(token.text))) &&
                after_word) {
                out += ' ';
                inserted.push_back(token.begin);
            }
        }
        if (!token.numeric) {
            std::vector<std::string> parts = normalizer.split_glued(token.text);
            if (parts.size() == 2) {
                out += parts[0];
                out += ' ';
                inserted.push_back(token.begin + parts[0].size());
                out += parts[1];
                copied = token.end;
                continue;
            }
        }
    }
    out.append(line, copied, std::string::npos);
    return out;
}

} // namespace

} // namespace baocao
