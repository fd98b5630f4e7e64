// The words tracking reads (dictionaries/tracking_words.tsv,
// tracking_status.tsv, tracking_related.tsv, tracking_groups.tsv,
// abbreviations.tsv), turned into key sequences once.
#pragma once

#include "baocao/dictionaries.h"
#include "baocao/normalize.h"

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace baocao::tracking_detail {

// Phrases over syllable keys, each with a kind and a number; longest match.
class PhraseTable {
public:
    struct Entry {
        std::vector<std::string> keys;
        std::string kind;
        double value = 1;
        // tracking_related: the keys of the general phrase this one stands for.
        std::vector<std::string> stands_for;
        // tracking_groups: what the label tells apart (people, disease, level).
        std::string slot;
    };
    void add(Entry entry);
    // Longest entry of `kind` (any kind when empty) starting at keys[at];
    // nullptr when none.
    const Entry* match(const std::vector<std::string>& keys, std::size_t at,
                       const std::string& kind = {}) const;

private:
    std::map<std::string, std::vector<Entry>> m_by_first; // each list longest first
};

struct Vocabulary {
    PhraseTable words;  // generic, function, name_head, not_head, ordinal_head
    PhraseTable status; // completion, progress, negation, plan_share, target, ratio_cue, excess,
                        // continuation, target_share, remainder, increment, forecast,
                        // place_unit, finding, not_started, issuing,
                        // order_paper, launch
    // Concrete report phrases and the general directive phrase each stands
    // for ("bón thúc" → "chăm sóc"), kind "related".
    PhraseTable related;
    // Groups of people a task is for ("người cao tuổi", "trẻ em"), diseases
    // and levels; each entry's kind is its label, its slot what the label
    // tells apart (tracking_groups.tsv).
    PhraseTable groups;
    // Words after which a number is a date (dictionaries/date_words.tsv):
    // "ngày", "tháng", "năm" (roles day, month, year) before any number;
    // "từ", "đến", "trước", "sáng", … (role cue) before a short "dd/mm".
    std::set<std::string> date_heads;
    std::set<std::string> date_cues;
    std::set<std::string> date_links;
    // First words of the counting nouns and measures that follow a number
    // (units.tsv, kinds count and measure): "3 hộ" counts, "Bản Phiêng 1" names.
    std::set<std::string> counted;
    // Abbreviation (search key) -> long form keys ("bhyt" -> bảo hiểm y tế).
    std::map<std::string, std::vector<std::string>> abbreviations;

    static Vocabulary load(const Dictionaries& dictionaries, const Normalizer& normalizer);
};

// Search keys of the words of a phrase, as tokenize() splits them.
std::vector<std::string> phrase_keys(const std::string& phrase, const Normalizer& normalizer);

} // namespace baocao::tracking_detail
