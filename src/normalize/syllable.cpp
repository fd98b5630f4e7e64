#include "normalize/syllable.h"

#include "baocao/error.h"
#include "util/utf8.h"

#include <algorithm>
#include <string_view>
#include <utility>

namespace baocao {

namespace {

// A rhyme as typed without marks: "ương" -> "uong", "iê" -> "ie".
std::string unmarked(const std::string& rhyme) {
    static const std::pair<std::string_view, char> marked[] = {{"ê", 'e'}, {"ơ", 'o'}, {"ư", 'u'},
                                                               {"ô", 'o'}, {"â", 'a'}, {"ă", 'a'}};
    std::string out;
    std::size_t pos = 0;
    while (pos < rhyme.size()) {
        bool replaced = false;
        for (const auto& [from, to] : marked) {
            if (rhyme.compare(pos, from.size(), from) == 0) {
                out += to;
                pos += from.size();
                replaced = true;
                break;
            }
        }
        if (!replaced) {
            out += rhyme[pos++];
        }
    }
    return out;
}

} // namespace

SyllableRules::SyllableRules(const Dictionaries& dictionaries) {
    const Table& table = dictionaries.table("syllables");
    std::size_t kind = table.column("kind");
    std::size_t value = table.column("value");
    for (const auto& row : table.rows) {
        if (row[kind] == "onset") {
            m_onsets.insert(row[value]);
        } else if (row[kind] == "rhyme") {
            m_rhymes.insert(row[value]);
            m_unmarked_rhymes.insert(unmarked(row[value]));
        } else if (row[kind] == "common") {
            m_common.insert(row[value]);
        } else {
            throw Error(table.path + ": unknown kind '" + row[kind] +
                        "'; use onset, rhyme or common");
        }
    }
}

namespace {

// c/k and g/gh, ng/ngh spelling: k, gh, ngh only before i, e, ê, y; "qu"
// already holds the glide ("quoa" is not a syllable).
bool spelled_right(const std::string& onset, const std::string& rhyme) {
    bool front = utf8::starts_with(rhyme, "i") || utf8::starts_with(rhyme, "e") ||
                 utf8::starts_with(rhyme, "ê") || utf8::starts_with(rhyme, "y");
    if ((onset == "k" || onset == "gh" || onset == "ngh") && !front) {
        return false;
    }
    if ((onset == "c" || onset == "ng") && front) {
        return false;
    }
    return !(onset == "qu" && (utf8::starts_with(rhyme, "o") || utf8::starts_with(rhyme, "u")));
}

} // namespace

template <typename Accept>
bool SyllableRules::any_split(const std::string& word, const std::set<std::string>& rhymes,
                              Accept accept) const {
    // Try every onset that prefixes the word (including none); the rest must
    // be a known rhyme obeying the spelling rules.
    for (std::size_t onset_len = 0; onset_len <= 3 && onset_len < word.size(); ++onset_len) {
        std::string onset = word.substr(0, onset_len);
        if (onset_len > 0 && m_onsets.count(onset) == 0) {
            continue;
        }
        std::string rhyme = word.substr(onset_len);
        if (rhymes.count(rhyme) != 0 && spelled_right(onset, rhyme) && accept(rhyme)) {
            return true;
        }
    }
    return false;
}

bool SyllableRules::is_valid(const std::string& toneless, Tone tone) const {
    if (toneless.empty() || toneless.size() > 24) {
        return false;
    }
    return any_split(toneless, m_rhymes, [&](const std::string& rhyme) {
        // Stop finals take only the sắc or nặng tone.
        bool stop = utf8::ends_with(rhyme, "p") || utf8::ends_with(rhyme, "t") ||
                    utf8::ends_with(rhyme, "c") || utf8::ends_with(rhyme, "ch");
        return !stop || tone == Tone::acute || tone == Tone::dot;
    });
}

bool SyllableRules::is_valid_unmarked(const std::string& ascii) const {
    if (ascii.empty() || ascii.size() > 12 ||
        !std::all_of(ascii.begin(), ascii.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
        return false;
    }
    // The tone is unknown, so the stop-final rule cannot be applied.
    return any_split(ascii, m_unmarked_rhymes, [](const std::string&) { return true; });
}

} // namespace baocao
