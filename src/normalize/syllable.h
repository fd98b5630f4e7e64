// Vietnamese syllable structure: onset + rhyme + at most one tone. Knowing
// what a well-formed syllable is lets the repair split "dịchtrên" without ever
// touching a real word (DESIGN.md §3).
#pragma once

#include "baocao/dictionaries.h"

#include <set>
#include <string>

namespace baocao {

enum class Tone { none, grave, acute, hook, tilde, dot };

class SyllableRules {
public:
    // Reads dictionaries/syllables.tsv (kind: onset | rhyme | common).
    explicit SyllableRules(const Dictionaries& dictionaries);

    // `toneless` is lower-case NFC with tone marks removed (vowel marks kept).
    bool is_valid(const std::string& toneless, Tone tone) const;

    // A syllable seen often in reports; breaks ties when a glued word splits
    // two ways ("thịtrấn": "thị trấn", not "thịt rấn").
    bool is_common(const std::string& lower) const { return m_common.count(lower) != 0; }
    const std::set<std::string>& common() const { return m_common; }

    // `ascii` is lower-case letters typed with no mark at all ("tien",
    // "truong", "nguoi"): true when some placement of vowel marks and tone
    // makes it a syllable. A clerk who types without marks writes whole
    // syllables, so such a word must not be split as if it were glued.
    bool is_valid_unmarked(const std::string& ascii) const;

private:
    // True when `word` splits into a known onset (or none) and one of
    // `rhymes`, spelled right, and `accept(rhyme)` agrees.
    template <typename Accept>
    bool any_split(const std::string& word, const std::set<std::string>& rhymes,
                   Accept accept) const;

    std::set<std::string> m_onsets;
    std::set<std::string> m_rhymes;
    std::set<std::string> m_common;
    std::set<std::string> m_unmarked_rhymes; // rhymes with ê, ơ, ư, ô, â, ă folded
};

} // namespace baocao
